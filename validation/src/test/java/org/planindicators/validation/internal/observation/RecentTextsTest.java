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
}
