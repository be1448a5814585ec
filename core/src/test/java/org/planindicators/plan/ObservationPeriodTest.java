package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationPeriodTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023           | 2023
            2023年         | 2023
            2023-Q2        | 2023-Q2
            2023Q2         | 2023-Q2
            2023-q4        | 2023-Q4
            2023年第二季度   | 2023-Q2
            2023年一季度     | 2023-Q1
            2023年第3季度    | 2023-Q3
            2023-06        | 2023-06
            2023-6         | 2023-06
            2023-12        | 2023-12
            2023年6月       | 2023-06
            ２０２３－０６   | 2023-06
            ' 2023 - Q1 '  | 2023-Q1
            """)
    void parses(String text, String canonical) {
        assertThat(ObservationPeriod.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-13   | number must be a month 1–12: 13
            2023-00   | number must be a month 1–12: 0
            2023年13月 | number must be a month 1–12: 13
            2023-Q5   | not an observation period: '2023-Q5'
            2023-Q0   | not an observation period: '2023-Q0'
            23        | not an observation period: '23'
            2023-06-01 | not an observation period: '2023-06-01'
            2023年3-6月 | not an observation period: '2023年3-6月': months 3-6 are neither a year to date (from January), a half year nor a quarter
            2023-S3   | not an observation period: '2023-S3'
            2023年1-13月 | not an observation period: '2023年1-13月': month 13 is not 1–12
            ''        | not an observation period: ''
            0999      | year must be a four-digit year (1000–9999): 999
            """)
    void refusesBadText(String text, String message) {
        assertThatThrownBy(() -> ObservationPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void checksTheNumberForTheFrequency() {
        assertThatThrownBy(() -> new ObservationPeriod(2023, ObservationPeriod.Frequency.ANNUAL, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number must be 0 for a year: 1");
        assertThatThrownBy(() -> ObservationPeriod.ofQuarter(2023, 5))
                .hasMessage("number must be a quarter 1–4: 5");
        assertThatThrownBy(() -> ObservationPeriod.ofMonth(2023, 0))
                .hasMessage("number must be a month 1–12: 0");
    }

    @Test
    void knowsItsYearAndMonths() {
        ObservationPeriod q2 = ObservationPeriod.parse("2023-Q2");
        assertThat(q2.year()).isEqualTo(2023);
        assertThat(q2.frequency()).isEqualTo(ObservationPeriod.Frequency.QUARTERLY);
        assertThat(q2.firstMonth()).isEqualTo(4);
        assertThat(q2.lastMonth()).isEqualTo(6);
        assertThat(ObservationPeriod.ofYear(2023).lastMonth()).isEqualTo(12);
        assertThat(ObservationPeriod.ofYear(2023).contains(q2)).isTrue();
        assertThat(q2.contains(ObservationPeriod.ofMonth(2023, 6))).isTrue();
        assertThat(q2.contains(ObservationPeriod.ofMonth(2023, 7))).isFalse();
        assertThat(q2.contains(ObservationPeriod.ofYear(2023))).isFalse();
        assertThat(ObservationPeriod.ofYear(2023).contains(ObservationPeriod.ofMonth(2024, 1))).isFalse();
    }

    @Test
    void ordersByStartThenLongerFirst() {
        List<ObservationPeriod> expected = List.of(
                ObservationPeriod.parse("2022-12"),
                ObservationPeriod.parse("2023"),
                ObservationPeriod.parse("2023-Q1"),
                ObservationPeriod.parse("2023-01"),
                ObservationPeriod.parse("2023-02"),
                ObservationPeriod.parse("2023-03"),
                ObservationPeriod.parse("2023-Q2"),
                ObservationPeriod.parse("2023-04"),
                ObservationPeriod.parse("2024"));
        List<ObservationPeriod> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }
}
