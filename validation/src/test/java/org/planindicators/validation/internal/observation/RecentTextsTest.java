package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Recent texts are reused by column, and only short texts of the first columns are kept. */
class RecentTextsTest {
    @Test
    void aTextMetAgainInItsColumnIsTheSameString() {
        RecentTexts r = new RecentTexts();
        String a = r.cut("x,亿元,y", 2, 4, 1);
        assertThat(a).isEqualTo("亿元");
        assertThat(r.cut("亿元,z", 0, 2, 1)).isSameAs(a);
        assertThat(r.cut("亿元,z", 0, 2, 2)).isEqualTo("亿元").isNotSameAs(a);
        assertThat(r.cut("abc", 1, 1, 0)).isEmpty();
    }

    @Test
    void longTextsAndFarColumnsAreAlwaysCopied() {
        RecentTexts r = new RecentTexts();
        String line = "," + "x".repeat(RecentTexts.MAX_LENGTH + 1);
        String a = r.cut(line, 1, line.length(), 0);
        assertThat(r.cut(line, 1, line.length(), 0)).isEqualTo(a).isNotSameAs(a);
        String b = r.cut(",2023", 1, 5, RecentTexts.MAX_COLUMNS);
        assertThat(r.cut(",2023", 1, 5, RecentTexts.MAX_COLUMNS)).isEqualTo(b).isNotSameAs(b);
        String c = r.cut("2023", 0, 4, RecentTexts.MAX_COLUMNS - 1);
        assertThat(r.cut("2023", 0, 4, RecentTexts.MAX_COLUMNS - 1)).isSameAs(c);
    }

    @Test
    void aColumnOfTextsSeldomMetAgainIsNotRememberedForAWhileThenJudgedAgain() {
        RecentTexts r = new RecentTexts();
        // Column 0 never repeats (values); column 1 always does (units).
        for (int k = 0; k < RecentTexts.WINDOW; k++) {
            byte[] line = (k + ",亿元").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int comma = line.length - "亿元".getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 1;
            r.cut(line, 0, comma, 0);
            r.cut(line, comma + 1, line.length, 1);
        }
        byte[] a = "7.5,亿元".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String first = r.cut(a, 0, 3, 0);
        assertThat(r.cut(a, 0, 3, 0)).as("skipped: not remembered").isEqualTo(first).isNotSameAs(first);
        String unit = r.cut(a, 4, a.length, 1);
        assertThat(r.cut(a, 4, a.length, 1)).as("the unit column is still remembered").isSameAs(unit);
        // After the skipped windows, the column is remembered again for one window, and judged again.
        for (int k = 0; k < RecentTexts.WINDOW * RecentTexts.SKIPPED_WINDOWS; k++) {
            r.cut(("1" + k).getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, 1, 0);
        }
        String again = r.cut(a, 0, 3, 0);
        assertThat(r.cut(a, 0, 3, 0)).isSameAs(again);
        // Whatever the mode, the text is the text of the bytes.
        assertThat(r.cut("x,12.5".getBytes(java.nio.charset.StandardCharsets.UTF_8), 2, 6, 0)).isEqualTo("12.5");
    }

    @Test
    void aTextOfBytesIsItsUtf8DecodingWhetherAsciiOrNot() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        String[] alphabet = {"a", "Z", "0", "9", ".", "-", " ", "~", "\u007f", "亿", "元", "é", "😀", "　"};
        RecentTexts texts = new RecentTexts();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(1, 12); n > 0; n--) {
                sb.append(alphabet[r.nextInt(r.nextBoolean() ? 9 : alphabet.length)]);
            }
            String text = sb.toString();
            byte[] bytes = ("x," + text + ",y").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int from = 2;
            int to = bytes.length - 2;
            assertThat(texts.cut(bytes, from, to, k % 3)).isEqualTo(text);
        }
    }
}
