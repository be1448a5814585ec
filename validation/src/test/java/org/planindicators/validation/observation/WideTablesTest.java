package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.validation.Problem;

/** Wide (yearbook) observation tables and headers matched by meaning, read as the long format is. */
class WideTablesTest {
    @Test
    void aYearbookTableIsReadAsOneObservationACell() {
        Reads r = Reads.resource("wide/yearbook-wenjiang.csv", TestPlans.wenjiang2023());
        assertThat(r.observations()).extracting(o -> o.indicator() + " " + o.period() + " " + o.value())
                .containsExactly(
                        "地区生产总值 2019 545.81亿元", "地区生产总值 2020 599.30亿元", "地区生产总值 2021 673.55亿元",
                        "地区生产总值 2022 717.11亿元", "地区生产总值 2023-01/06 366.2亿元", "地区生产总值 2023-S1 366.2亿元",
                        "一般公共预算收入 2021 530000万元", "一般公共预算收入 2022 561300万元",
                        "城乡居民人均可支配收入增长 2019 9.5%", "城乡居民人均可支配收入增长 2020 7.1%",
                        "城乡居民人均可支配收入增长 2021 8.7%", "城乡居民人均可支配收入增长 2022 4.4%");
        // The year-to-date (累计) and half-year columns are read as such: no O026 any more.
        assertThat(r.codes()).isEmpty();
        assertThat(r.report().hasErrors()).isFalse();
    }

    @Test
    void aSpanThatIsNoPeriodIsStillReportedWithItsCount() {
        Reads r = Reads.resource("broken/O026-unsupported-period.csv", TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O026");
        assertThat(r.problems().get(0).message(Locale.ENGLISH)).contains("2023年3-5月", "1 values were not read");
        assertThat(r.observations()).extracting(o -> o.period().toString()).containsExactly("2022");
    }

    @Test
    void quartersMonthsJurisdictionsAndCodesAcrossTheTop() {
        Reads r = Reads.resource("wide/quarterly.csv", TestPlans.wenjiang2023());
        assertThat(r.codes()).isEmpty();
        assertThat(r.observations()).extracting(o -> o.indicator() + "|" + o.jurisdiction() + "|" + o.period()
                + "|" + o.value()).containsExactly(
                        "GDP|成都市温江区|2023-Q1|170.1亿元", "GDP|成都市温江区|2023-Q2|196.1亿元",
                        "城乡居民人均可支配收入增长|510115|2023-Q1|5.1%", "城乡居民人均可支配收入增长|510115|2023-Q2|5.3%",
                        "城乡居民人均可支配收入增长|510115|2023-06|5.4%");
        assertThat(r.observations().get(0).period()).isEqualTo(ObservationPeriod.ofQuarter(2023, 1));
    }

    @Test
    void aBrokenCellIsPlacedAtItsCell() {
        Reads r = Reads.resource("wide/bad-cells.csv", TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O006", "O012", "O012");
        Problem bad = r.problems().get(0);
        assertThat(bad.location().line()).isEqualTo(2);
        assertThat(bad.location().column()).isEqualTo(4);
        assertThat(bad.field()).isEqualTo("2022年");
        assertThat(bad.value()).isEqualTo("717.1l");
        assertThat(r.problems().get(1).location().toString()).isEqualTo("wide/bad-cells.csv:3:2");
        assertThat(r.observations()).extracting(Observation::toString).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            项目,期别,实绩                  | 地区生产总值,2022,717.11
            指标名称,统计年度,指标值         | 地区生产总值,2022年,717.11
            指标项,时间,完成值,计量单位      | 地区生产总值,2022,7171100,万元
            Indicator Name,TIME PERIOD,OBS_VALUE | 地区生产总值,2022,717.11
            ＩＮＤＩＣＡＴＯＲ,ＹＥＡＲ,ＶＡＬＵＥ | 地区生产总值,2022,717.11
            指标,年度,数值（亿元）          | 地区生产总值,2022,717.11
            指标,年度,本年,序号,类别        | 地区生产总值,2022,717.11,1,经济
            指标,年度,数据,区划代码          | 地区生产总值,2022,717.11,510115
            指标,年 度,值,行政区划           | 地区生产总值,2022,717.11,温江区
            """)
    void headersAreMatchedByMeaning(String header, String row) {
        Reads r = Reads.of("h.csv", header + "\n" + row + "\n", TestPlans.wenjiang2023());
        assertThat(r.codes()).isEmpty();
        assertThat(r.observations()).hasSize(1);
        Observation o = r.observations().get(0);
        assertThat(o.indicator()).isEqualTo("地区生产总值");
        assertThat(o.period()).isEqualTo(ObservationPeriod.ofYear(2022));
        assertThat(o.value().toString()).isEqualTo("717.11亿元");
        assertThat(o.dimensions()).isEmpty();
    }

    @Test
    void aColumnOfNumbersUnderAnUnknownHeaderIsNotTakenForADimensionInSilence() {
        Reads r = Reads.of("n.csv", "指标,年份,数值,人口\n地区生产总值,2022,717.11,102.5\n地区生产总值,2021,673.55,101\n",
                TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O025");
        assertThat(r.problems().get(0).location().column()).isEqualTo(4);
        assertThat(r.problems().get(0).message(Locale.ENGLISH)).contains("'人口'", "2 cells", "数值");
    }

    @Test
    void aTitleAndAUnitRowAboveTheHeaderAreRead() {
        Reads r = Reads.of("t.csv", "温江区2022年主要指标\n单位：亿元\n指标,2021年,2022年\n地区生产总值,673.55,717.11\n",
                TestPlans.wenjiang2023());
        assertThat(r.codes()).isEmpty();
        assertThat(r.observations()).extracting(o -> o.value().toString()).containsExactly("673.55亿元", "717.11亿元");
    }

    @Test
    void aWideTableWithoutAnIndicatorColumnNamesWhatItFoundAndWhatItAccepts() {
        Reads r = Reads.of("w.csv", "名目,2021年,2022年\n地区生产总值,673.55,717.11\n", null);
        assertThat(r.codes()).containsExactly("O024");
        assertThat(r.problems().get(0).message(Locale.ENGLISH)).contains("'名目', '2021年', '2022年'", "指标名称", "项目");
    }

    @Test
    void observationsForAnotherJurisdictionAreCountedAndReported() {
        Reads r = Reads.of("j.csv", "指标,地区,年份,数值\n地区生产总值,温江区,2022,717.11\n地区生产总值,双流区,2022,1000\n"
                + "地区生产总值,双流区,2021,900\n地区生产总值,510115,2021,673.55\n", TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O027");
        assertThat(r.problems().get(0).message(Locale.ENGLISH))
                .isEqualTo("2 observations for 双流区 were not used: the plan is 成都市温江区's");
        assertThat(r.report().indicators()).isEqualTo(1);
        assertThat(List.of(r.observations().size())).containsExactly(4);
    }
}
