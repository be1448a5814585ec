package org.planindicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The range matching of the target scanner (issue 16) against the copying code it replaced: {@link WordList} gives
 * the word that trying the list in order with {@code endsWith}/{@code startsWith} gives, {@link Words#trimSubject}
 * gives what its two regular expressions gave, and normalisation hands back the very input when nothing changes.
 * Texts are drawn from the characters of the word lists, so that matches, near misses and overlaps are common.
 */
class ScannerWordsProperties {
    private static final String ALPHABET = "增长率下降低提高到至为达是在了实现保持年均累计不于超过约近控制、,;:。()确保力争取其中 [\"";
    private static final Pattern OLD_PUNCTUATION = Pattern.compile("^[、,;:。()]+|[、,;:。(]+$");
    private static final Pattern OLD_OPENERS = Pattern.compile("^(确保|力争|争取|其中)");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(12);
    }

    @Property(tries = 3000)
    void endingAtIsTheFirstWordOfTheListThatTheRangeEndsWith(@ForAll("texts") String text,
            @ForAll @IntRange(min = 0, max = 12) int cut) {
        int from = Math.min(cut, text.length());
        String range = text.substring(from);
        for (String[] list : new String[][] {Words.SUBJECT_TAIL, Words.FILLERS, Words.GROWTH_WORDS,
            Words.REDUCTION_WORDS, prefixWords()}) {
            WordList words = new WordList(list);
            int expected = -1;
            for (int i = 0; i < list.length && expected < 0; i++) {
                if (range.endsWith(list[i])) {
                    expected = i;
                }
            }
            assertThat(words.endingAt(text, from, text.length())).as("%s in %s", range, String.join(" ", list))
                    .isEqualTo(expected);
            int expectedStart = -1;
            for (int i = 0; i < list.length && expectedStart < 0; i++) {
                if (range.startsWith(list[i])) {
                    expectedStart = i;
                }
            }
            assertThat(words.startingAt(text, from, text.length())).isEqualTo(expectedStart);
        }
    }

    @Property(tries = 3000)
    void stripTrailingOnARangeDropsWhatTheCopyingVersionDrops(@ForAll("texts") String text) {
        String before = "前文";
        String padded = before + text;
        assertThat(padded.substring(before.length(), Words.TAIL.stripTrailing(padded, before.length(),
                padded.length()))).isEqualTo(Words.stripTrailing(text, Words.SUBJECT_TAIL));
        assertThat(text.substring(0, Words.FILLER.stripTrailing(text, 0, text.length())))
                .isEqualTo(Words.stripTrailing(text, Words.FILLERS));
    }

    @Property(tries = 3000)
    void trimSubjectDropsWhatTheRegularExpressionsDropped(@ForAll("texts") String text) {
        String old = OLD_OPENERS.matcher(OLD_PUNCTUATION.matcher(text).replaceAll("")).replaceAll("");
        assertThat(Words.trimSubject(text)).isEqualTo(old);
        String padded = "、" + text + "。";
        assertThat(Words.trimSubject(padded, 1, padded.length() - 1))
                .isEqualTo(OLD_OPENERS.matcher(OLD_PUNCTUATION.matcher(text).replaceAll("")).replaceAll(""));
    }

    @Property(tries = 2000)
    void hasDroppedIsWhetherCleanChangesTheRange(@ForAll("texts") String text) {
        assertThat(Words.hasDropped(text, 0, text.length())).isEqualTo(!Words.clean(text).equals(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"增长率", "城镇调查失业率5.5%左右", "PM2.5", "区属国企资产总额、利润总额均增长7%以上"})
    void aNormalTextIsReturnedAsItIs(String text) {
        CjkText norm = CjkText.normalize(text);
        assertThat(norm.text()).isSameAs(text);
        for (int i = 0; i <= text.length(); i++) {
            assertThat(norm.originOf(i, text.length())).isEqualTo(i);
        }
    }

    @Test
    void aTextWithSomethingToFoldIsCopied() {
        CjkText norm = CjkText.normalize("增长 ６％");
        assertThat(norm.text()).isEqualTo("增长6%");
        assertThat(norm.originOf(2, 5)).isEqualTo(3);
        assertThat(norm.originOf(4, 5)).isEqualTo(5);
    }

    @Test
    void wordsOfOneBucketKeepTheirOrder() {
        // 超过 and 不超过 end alike: the list's order decides, as it did when each word was tried in turn.
        WordList list = new WordList("超过", "不超过");
        assertThat(list.endingAt("不超过", 0, 3)).isZero();
        WordList reversed = new WordList("不超过", "超过");
        assertThat(reversed.endingAt("不超过", 0, 3)).isZero();
        assertThat(reversed.endingAt("超过", 0, 2)).isEqualTo(1);
        assertThat(reversed.endingAt("不超过", 1, 3)).isEqualTo(1);
    }

    private static String[] prefixWords() {
        String[] words = new String[Words.PREFIX_BOUNDS.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = Words.PREFIX_BOUNDS[i][0];
        }
        return words;
    }
}
