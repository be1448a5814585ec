package org.planindicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Normalisation of document text as it behaves now (the target parser depends on it): full-width forms folded,
 * spaces dropped except between two ASCII words or two digit runs, and an origin index for every character.
 */
class CjkTextTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # input                          | normalised
            "１２０万标箱"                   | "120万标箱"
            "６．５％"                       | "6.5%"
            "６～７"                         | "6~7"
            "6〜7"                           | "6~7"
            "6∼7"                            | "6~7"
            "（上年＝100）"                  | "(上年=100)"
            "〔18〕"                         | "[18]"
            "【13.5】"                       | "[13.5]"
            "〖13.5〗"                       | "[13.5]"
            "−2.5%"                          | "-2.5%"
            "－2.5%"                         | "-2.5%"
            "＋3%"                           | "+3%"
            "6.0%―7.0%"                      | "6.0%—7.0%"
            "6.0%‒7.0%"                      | "6.0%—7.0%"
            "6.0%⸺7.0%"                      | "6.0%—7.0%"
            "6.0%—7.0%"                      | "6.0%—7.0%"
            "5﹪"                            | "5%"
            "ＧＤＰ"                         | "GDP"
            "ｋｍ²"                          | "km²"
            "＜５"                           | "<5"
            "≥5"                             | "≥5"
            "Ⅲ类"                            | "Ⅲ类"
            "1484 平 方公里"                 | "1484平方公里"
            "达到　120 万标箱"               | "达到120万标箱"
            "  万 标箱 "                     | "万标箱"
            "平方米 / 人"                    | "平方米/人"
            "3 %"                            | "3%"
            "2020 年"                        | "2020年"
            "PM 2.5"                         | "PM2.5"
            "GDP growth"                     | "GDP growth"
            "GDP   growth"                   | "GDP growth"
            "1 000"                          | "1 000"
            "1  \u3000 000"                  | "1 000"
            "１　０００"                     | "1 000"
            "1 .5"                           | "1.5"
            "2021 2025年"                    | "2021 2025年"
            "a 1"                            | "a1"
            "1 a"                            | "1a"
            "6%以上，7%以内"                 | "6%以上,7%以内"
            "、。"                           | "、。"
            ""                               | ""
            "   "                            | ""
            """)
    void normalizes(String input, String expected) {
        assertThat(CjkText.normalize(input).text()).isEqualTo(expected);
    }

    @Test
    void otherWhiteSpaceIsDroppedOrKeptLikeASpace() {
        assertThat(CjkText.normalize("万\t标\n箱\r").text()).isEqualTo("万标箱");
        assertThat(CjkText.normalize("万\u00A0标\u2002箱\u2003以\u2009上\u202F").text()).isEqualTo("万标箱以上");
        assertThat(CjkText.normalize("1\u00A0000").text()).isEqualTo("1 000");
        assertThat(CjkText.normalize("GDP\tgrowth").text()).isEqualTo("GDP growth");
        assertThat(CjkText.normalize("1\u2007000").text()).isEqualTo("1 000");
    }

    @Test
    void dashesFoldToTheEmDashAndInvisibleCharactersAreDropped() {
        assertThat(CjkText.normalize("6%–7%").text()).isEqualTo("6%—7%");
        assertThat(CjkText.normalize("6%\u20107%").text()).isEqualTo("6%—7%");
        assertThat(CjkText.normalize("万\u200B标箱").text()).isEqualTo("万标箱");
        assertThat(CjkText.normalize("\uFEFF万标箱\u00AD").text()).isEqualTo("万标箱");
        assertThat(CjkText.normalize("㎡").text()).isEqualTo("㎡");
    }

    @Test
    void originPointsIntoTheInput() {
        String input = "达到　１２０ 万 标箱";
        CjkText t = CjkText.normalize(input);
        assertThat(t.text()).isEqualTo("达到120万标箱");
        int[] expected = {0, 1, 3, 4, 5, 7, 9, 10};
        for (int i = 0; i < expected.length; i++) {
            assertThat(t.originOf(i, input.length())).as("origin of %d", i).isEqualTo(expected[i]);
        }
        assertThat(t.originOf(t.text().length(), input.length())).isEqualTo(input.length());
        assertThat(t.originOf(100, input.length())).isEqualTo(input.length());
    }

    @Test
    void aKeptSpaceComesFromTheFirstSpaceOfItsRun() {
        String input = "1 \u3000 000";
        CjkText t = CjkText.normalize(input);
        assertThat(t.text()).isEqualTo("1 000");
        assertThat(IntStream.range(0, 5).map(i -> t.originOf(i, input.length()))).containsExactly(0, 1, 4, 5, 6);
    }

    @ParameterizedTest(name = "[{index}] U+{0}")
    @CsvSource(textBlock = """
            FF01, 0021
            FF10, 0030
            FF19, 0039
            FF05, 0025
            FF08, 0028
            FF09, 0029
            FF0F, 002F
            FF1D, 003D
            FF21, 0041
            FF41, 0061
            FF5E, 007E
            3000, 0020
            00A0, 0020
            3014, 005B
            3015, 005D
            3010, 005B
            3011, 005D
            2212, 002D
            301C, 007E
            2015, 2014
            FE6A, 0025
            4E07, 4E07
            2013, 2014
            2010, 2014
            FF5F, FF5F
            """)
    void foldsOneCharacter(String from, String to) {
        assertThat(CjkText.fold((char) Integer.parseInt(from, 16))).isEqualTo((char) Integer.parseInt(to, 16));
    }

    @Test
    void characterClasses() {
        assertThat(CjkText.isDigit('0')).isTrue();
        assertThat(CjkText.isDigit('9')).isTrue();
        assertThat(CjkText.isDigit('５')).isFalse();
        assertThat(CjkText.isDigit('五')).isFalse();
        assertThat(CjkText.isAsciiLetter('a')).isTrue();
        assertThat(CjkText.isAsciiLetter('Z')).isTrue();
        assertThat(CjkText.isAsciiLetter('ａ')).isFalse();
        assertThat(CjkText.isAsciiLetter('1')).isFalse();
        assertThat(CjkText.isIdeograph('万')).isTrue();
        assertThat(CjkText.isIdeograph('〇')).isTrue();
        assertThat(CjkText.isIdeograph('a')).isFalse();
        assertThat(CjkText.isIdeograph('、')).isFalse();
        assertThat(CjkText.isIdeograph('％')).isFalse();
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll @StringLength(max = 30)
            @Chars({' ', '\u3000', '1', '２', 'a', 'Ｂ', '万', '标', '箱', '％', '/', '～', '.', '（', '）'}) String s) {
        String once = CjkText.normalize(s).text();
        assertThat(CjkText.normalize(once).text()).isEqualTo(once);
    }

    @Property
    void originsIncreaseAndStayInTheInput(@ForAll @StringLength(max = 30)
            @Chars({' ', '\u3000', '\t', '1', '２', 'a', 'Ｂ', '万', '标', '％', '/'}) String s) {
        CjkText t = CjkText.normalize(s);
        int previous = -1;
        for (int i = 0; i < t.text().length(); i++) {
            int o = t.originOf(i, s.length());
            assertThat(o).isGreaterThan(previous).isLessThan(s.length());
            if (t.text().charAt(i) != ' ') {
                assertThat(CjkText.fold(s.charAt(o))).isEqualTo(t.text().charAt(i));
            }
            previous = o;
        }
        assertThat(t.text()).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    }
}
