package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.ObservationPeriod.Frequency;

/** Half years and years to date (累计) as bureaus publish them: 上半年, 1-6月, 前三季度. */
class SubAnnualPeriodTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # written             | canonical   | frequency    | months | year to date | Chinese label
            2023年1-6月           | 2023-01/06  | YEAR_TO_DATE | 6      | true         | 2023年1-6月
            2023年1—6月           | 2023-01/06  | YEAR_TO_DATE | 6      | true         | 2023年1-6月
            2023年1–6月份         | 2023-01/06  | YEAR_TO_DATE | 6      | true         | 2023年1-6月
            2023年1至9月累计      | 2023-01/09  | YEAR_TO_DATE | 9      | true         | 2023年1-9月
            2023年01-11月         | 2023-01/11  | YEAR_TO_DATE | 11     | true         | 2023年1-11月
            2023-01/06            | 2023-01/06  | YEAR_TO_DATE | 6      | true         | 2023年1-6月
            2023-1/2              | 2023-01/02  | YEAR_TO_DATE | 2      | true         | 2023年1-2月
            2023年前三季度        | 2023-01/09  | YEAR_TO_DATE | 9      | true         | 2023年1-9月
            2023年1-3季度         | 2023-01/09  | YEAR_TO_DATE | 9      | true         | 2023年1-9月
            2023年1-2季度         | 2023-01/06  | YEAR_TO_DATE | 6      | true         | 2023年1-6月
            2023年4-6月           | 2023-Q2     | QUARTERLY    | 3      | false        | 2023年第二季度
            2023年7-12月          | 2023-S2     | HALF_YEARLY  | 6      | false        | 2023年下半年
            2023年一季度累计      | 2023-01/03  | YEAR_TO_DATE | 3      | true         | 2023年1-3月
            2023年1-12月          | 2023        | ANNUAL       | 12     | false        | 2023年
            2023年1-1月           | 2023-01     | MONTHLY      | 1      | true         | 2023年1月
            2023年上半年          | 2023-S1     | HALF_YEARLY  | 6      | true         | 2023年上半年
            2023上半年            | 2023-S1     | HALF_YEARLY  | 6      | true         | 2023年上半年
            2023年下半年          | 2023-S2     | HALF_YEARLY  | 6      | false        | 2023年下半年
            2023-S1               | 2023-S1     | HALF_YEARLY  | 6      | true         | 2023年上半年
            2023H2                | 2023-S2     | HALF_YEARLY  | 6      | false        | 2023年下半年
            2023年一季度          | 2023-Q1     | QUARTERLY    | 3      | true         | 2023年第一季度
            2023Q2                | 2023-Q2     | QUARTERLY    | 3      | false        | 2023年第二季度
            2023-06               | 2023-06     | MONTHLY      | 1      | false        | 2023年6月
            ２０２３年１－６月    | 2023-01/06  | YEAR_TO_DATE | 6      | true         | 2023年1-6月
            """)
    void readsPublishedForms(String text, String canonical, Frequency frequency, int months, boolean toDate,
            String label) {
        ObservationPeriod p = ObservationPeriod.parse(text);
        assertThat(p.toString()).isEqualTo(canonical);
        assertThat(p.frequency()).isEqualTo(frequency);
        assertThat(p.months()).isEqualTo(months);
        assertThat(p.isYearToDate()).isEqualTo(toDate);
        assertThat(p.chineseLabel()).isEqualTo(label);
        assertThat(ObservationPeriod.parse(p.toString())).isEqualTo(p);
        assertThat(ObservationPeriod.parse(p.chineseLabel())).isEqualTo(p);
    }

    @Test
    void aYearToDateHasOneFormPerSpan() {
        assertThat(ObservationPeriod.ofYearToDate(2023, 12)).isEqualTo(ObservationPeriod.ofYear(2023));
        assertThat(ObservationPeriod.ofYearToDate(2023, 1)).isEqualTo(ObservationPeriod.ofMonth(2023, 1));
        assertThatThrownBy(() -> new ObservationPeriod(2023, Frequency.YEAR_TO_DATE, 12))
                .hasMessageStartingWith("number must be the last month 2–11 of a year to date");
        assertThatThrownBy(() -> ObservationPeriod.ofHalf(2023, 3)).hasMessage("number must be a half year 1–2: 3");
    }

    @Test
    void theSameSpanAYearEarlier() {
        assertThat(ObservationPeriod.parse("2023年1-6月").yearBefore()).isEqualTo(ObservationPeriod.parse("2022-01/06"));
        assertThat(ObservationPeriod.parse("2023年上半年").yearBefore()).isEqualTo(ObservationPeriod.ofHalf(2022, 1));
    }

    @Test
    void containsByMonths() {
        ObservationPeriod h1 = ObservationPeriod.ofHalf(2023, 1);
        assertThat(h1.contains(ObservationPeriod.ofQuarter(2023, 2))).isTrue();
        assertThat(ObservationPeriod.ofYearToDate(2023, 9).contains(h1)).isTrue();
        assertThat(h1.contains(ObservationPeriod.ofYearToDate(2023, 9))).isFalse();
    }

    @Test
    void ordersLongerSpansFirstThenByFrequency() {
        List<ObservationPeriod> expected = List.of(
                ObservationPeriod.parse("2023"),
                ObservationPeriod.parse("2023-01/09"),
                ObservationPeriod.parse("2023-S1"),
                ObservationPeriod.parse("2023-01/06"),
                ObservationPeriod.parse("2023-Q1"),
                ObservationPeriod.parse("2023-01/03"),
                ObservationPeriod.parse("2023-01"),
                ObservationPeriod.parse("2023-Q2"),
                ObservationPeriod.parse("2023-S2"),
                ObservationPeriod.parse("2023-Q3"));
        List<ObservationPeriod> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }
}
