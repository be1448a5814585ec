package org.planindicators.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 累计 after a span of a year to date (1-6月累计增长5.8%) is a year-to-date growth — the growth of January to June over
 * the same months a year earlier — compared as a year's growth, not a cumulative target over the plan.
 */
class YearToDatePhraseTest {
    @ParameterizedTest(name = "[{index}] {0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # phrase                          | canonical | accumulation
            1-6月累计增长5.8%                 | 增长5.8%  | LEVEL
            地区生产总值1-6月累计增长5.8%     | 增长5.8%  | LEVEL
            1—9月份累计增长6.1%               | 增长6.1%  | LEVEL
            1至11月累计增长4.2%               | 增长4.2%  | LEVEL
            上半年累计增长5.5%                | 增长5.5%  | LEVEL
            前三季度累计增长5.2%              | 增长5.2%  | LEVEL
            一季度累计增长4.5%                | 增长4.5%  | LEVEL
            今年以来累计增长5%                | 增长5%    | LEVEL
            累计增长5.8%                      | [增长5.8%] | CUMULATIVE
            单位地区生产总值能耗累计降低13.5% | [下降13.5%] | CUMULATIVE
            2021—2025年累计增长30%            | [增长30%] | CUMULATIVE
            """)
    void readsAYearToDateGrowthAsAYearsGrowth(String phrase, String canonical, Accumulation accumulation) {
        TargetParseResult r = TargetParser.standard().parse(phrase);
        assertThat(r.error()).isNull();
        NumericTarget n = (NumericTarget) r.expressions().get(0);
        assertThat(n.toString()).isEqualTo(canonical);
        assertThat(n.accumulation()).isEqualTo(accumulation);
    }
}
