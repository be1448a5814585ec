package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MagnitudeTest {

    @ParameterizedTest(name = "[{index}] {0} = 10^{2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEN              | 十   | 1
            HUNDRED          | 百   | 2
            THOUSAND         | 千   | 3
            TEN_THOUSAND     | 万   | 4
            HUNDRED_THOUSAND | 十万 | 5
            MILLION          | 百万 | 6
            TEN_MILLION      | 千万 | 7
            HUNDRED_MILLION  | 亿   | 8
            BILLION          | 十亿 | 9
            TEN_BILLION      | 百亿 | 10
            HUNDRED_BILLION  | 千亿 | 11
            TRILLION         | 万亿 | 12
            """)
    void prefixAndExponent(Magnitude m, String prefix, int exponent) {
        assertThat(m.prefix()).isEqualTo(prefix);
        assertThat(m.exponent()).isEqualTo(exponent);
        assertThat(Magnitude.matchAt(prefix + "元", 0)).contains(m);
        assertThat(Magnitude.matchAt("达到" + prefix, 2)).contains(m);
    }

    @Test
    void noPrefixIsOne() {
        assertThat(Magnitude.ONE.prefix()).isEmpty();
        assertThat(Magnitude.ONE.exponent()).isZero();
        assertThat(Arrays.stream(Magnitude.values()).mapToInt(Magnitude::exponent)).containsExactly(
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""     | 0
            元     | 0
            万     | 1
            万亿   | 2
            个     | 0
            百分点 | 3
            """)
    void matchAtFindsNothingWhereNoPrefixStarts(String text, int from) {
        assertThat(Magnitude.matchAt(text, from)).isEmpty();
    }
}
