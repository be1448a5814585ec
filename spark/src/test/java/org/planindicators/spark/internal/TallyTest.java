package org.planindicators.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TallyTest {
    @Test
    void writesAndReadsBack() {
        Tally t = Tally.of(12, new long[] {3, 0, 7}, new boolean[] {false, true, false}, new long[] {0, 2, 0});
        assertThat(t).hasToString("12;3,0,7;010;0,2,0");
        assertThat(Tally.parse(t.toString())).isEqualTo(t);
    }

    @Test
    void noColumnsReadsBack() {
        Tally t = Tally.empty(0);
        assertThat(t).hasToString("0;;;");
        assertThat(Tally.parse("0;;;")).isEqualTo(t);
    }

    @Test
    void sumsCountsAndOrsFlags() {
        Tally a = Tally.of(2, new long[] {1, 0}, new boolean[] {false, true}, new long[] {0, 1});
        Tally b = Tally.of(5, new long[] {4, 2}, new boolean[] {false, false}, new long[] {3, 0});
        Tally sum = a.plus(b);
        assertThat(sum).isEqualTo(Tally.of(7, new long[] {5, 2}, new boolean[] {false, true}, new long[] {3, 1}));
        assertThat(sum).isEqualTo(b.plus(a));
        assertThat(Tally.empty(2).plus(a)).isEqualTo(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1;2;0", "1;2;x;0", "1;2,3;01;0", "-1;;;"})
    void refusesWhatItDidNotWrite(String text) {
        assertThatThrownBy(() -> Tally.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTalliesOfOtherColumns() {
        assertThatThrownBy(() -> Tally.empty(2).plus(Tally.empty(3))).isInstanceOf(IllegalArgumentException.class);
    }
}
