package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.PriceBasis;
import org.planindicators.validation.Problem;

/** Year-to-date periods and price bases in every observation format: long CSV, JSON Lines, wide tables. */
class PeriodsAndPriceBasisTest {

    @Test
    void aLongCsvCarriesYearToDateFiguresAndTheirPriceBasis() {
        Reads r = Reads.of("gdp.csv", """
                指标,年份,数值,单位,价格口径
                地区生产总值,2022年1-6月,345.8,亿元,现价
                地区生产总值,2023年1-6月,366.2,亿元,现价
                地区生产总值,2023年1-6月,5.5,%,可比价
                地区生产总值,2023年1—6月,5.6,%,不变价
                地区生产总值增长,2023年上半年,5.5,%,
                地区生产总值增长,2023年前三季度,5.8,%,comparable
                """, TestPlans.wenjiang2023());
        assertThat(r.observations()).extracting(o -> o.indicator() + " " + o.period() + " " + o.value() + " "
                + o.priceBasis()).containsExactly(
                        "地区生产总值 2022-01/06 345.8亿元 CURRENT",
                        "地区生产总值 2023-01/06 366.2亿元 CURRENT",
                        "地区生产总值 2023-01/06 5.5% COMPARABLE",
                        "地区生产总值增长 2023-S1 5.5% null",
                        "地区生产总值增长 2023-01/09 5.8% COMPARABLE");
        // 1-6月 written twice at comparable prices (5.5% and 5.6%) is one figure given twice.
        assertThat(r.codes()).containsExactly("O015");
        assertThat(r.problems().get(0).location().toString()).isEqualTo("gdp.csv:5:1");
    }

    @Test
    void withoutAPlanALevelAndAGrowthAtOneBasisAreTwoFiguresNotADuplicate() {
        // Regression: 居民人均可支配收入 1-6月 19672元 and 名义增长6.5%, both 现价, were one key without a plan (O015).
        Reads r = Reads.of("income.csv", """
                指标,年份,数值,单位,价格口径
                居民人均可支配收入,2023年1-6月,19672,元,现价
                居民人均可支配收入,2023年1-6月,6.5,%,现价
                居民人均可支配收入,2023年1-6月,5.8,%,可比价
                居民人均可支配收入,2023年1-6月,5.8,%,可比价
                """, null);
        assertThat(r.observations()).hasSize(3);
        assertThat(r.codes()).containsExactly("O015");
    }

    @Test
    void aGrowthOfAMoneyIndicatorWithoutAPriceBasisIsStillAnIncompatibleUnit() {
        Reads r = Reads.of("gdp.csv", """
                指标,年份,数值,单位
                地区生产总值,2023年1-6月,5.5,%
                """, TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O011");
        assertThat(r.observations()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            价格口径 | 名义价
            price_basis | real-ish
            """)
    void anUnknownPriceBasisIsLocatedAndNamed(String header, String value) {
        Reads r = Reads.of("gdp.csv", "指标,年份,数值,单位," + header + "\n地区生产总值,2023,717.11,亿元," + value + "\n",
                TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O029");
        Problem p = r.problems().get(0);
        assertThat(p.location().toString()).isEqualTo("gdp.csv:2:5");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("'" + value
                + "' is not a price basis; expected current (现价) or comparable (可比价, 不变价)");
        assertThat(p.message(Locale.CHINESE)).startsWith("“" + value + "”不是价格口径");
        assertThat(r.observations()).isEmpty();
    }

    @Test
    void jsonLinesCarryThePriceBasisAndYearToDatePeriods() {
        Reads r = Reads.of("gdp.jsonl", """
                {"indicator":"地区生产总值","period":"2023-01/06","value":366.2,"unit":"亿元","price_basis":"current"}
                {"indicator":"地区生产总值","period":"2023年1-6月","value":5.5,"unit":"%","price_basis":"comparable"}
                {"indicator":"地区生产总值","period":"2023年1-6月","value":5.5,"unit":"%","price_basis":"nominalish"}
                """, TestPlans.wenjiang2023());
        assertThat(r.observations()).extracting(o -> o.period() + " " + o.value() + " " + o.priceBasis())
                .containsExactly("2023-01/06 366.2亿元 CURRENT", "2023-01/06 5.5% COMPARABLE");
        assertThat(r.codes()).containsExactly("O029");
        assertThat(r.problems().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void aWideTableWithAPriceBasisColumn() {
        Reads r = Reads.of("wide.csv", """
                指标,单位,价格口径,2022年1-6月,2023年1-6月
                地区生产总值,亿元,现价,345.8,366.2
                地区生产总值,%,可比价,2.1,5.5
                """, TestPlans.wenjiang2023());
        assertThat(r.codes()).isEmpty();
        assertThat(r.observations()).extracting(o -> o.period() + " " + o.value() + " " + o.priceBasis())
                .containsExactly("2022-01/06 345.8亿元 CURRENT", "2023-01/06 366.2亿元 CURRENT",
                        "2022-01/06 2.1% COMPARABLE", "2023-01/06 5.5% COMPARABLE");
        assertThat(r.observations().get(0).period()).isEqualTo(ObservationPeriod.ofYearToDate(2022, 6));
        assertThat(r.observations().get(0).priceBasis()).isEqualTo(PriceBasis.CURRENT);
    }
}
