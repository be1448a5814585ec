package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.validation.ValidationReport;

/**
 * The duplicate check keys a row by its series (indicator, jurisdiction, frequency, dimensions, price basis) and
 * year, and remembers the series of the row before: rows that change any part of the series, in turn, are never
 * duplicates of each other, and a row repeated is, wherever it is.
 */
class SeriesKeysTest {
    /** Rows of {@code a} and {@code b} in turn, the same years: different series, no duplicate. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            jurisdiction          | 指标,地区,年份,数值,单位  | 地区生产总值,温江区,{y},1.5,亿元 | 地区生产总值,双流区,{y},1.5,亿元
            indicator             | 指标,地区,年份,数值,单位  | 地区生产总值,温江区,{y},1.5,亿元 | 新增就业,温江区,{y},15,人
            frequency             | 指标,地区,期间,数值,单位  | 地区生产总值,温江区,{y},1.5,亿元 | 地区生产总值,温江区,{y}Q1,1.5,亿元
            quarter               | 指标,地区,期间,数值,单位  | 地区生产总值,温江区,{y}Q2,1.5,亿元 | 地区生产总值,温江区,{y}Q1,1.5,亿元
            dimension             | 指标,地区,年份,数值,单位,城乡 | 地区生产总值,温江区,{y},1.5,亿元,城镇 | 地区生产总值,温江区,{y},1.5,亿元,乡村
            """)
    void rowsOfTwoSeriesInTurnAreNotDuplicates(String what, String header, String a, String b) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int y = 2005; y <= 2024; y++) {
            csv.append(a.replace("{y}", Integer.toString(y))).append('\n');
            csv.append(b.replace("{y}", Integer.toString(y))).append('\n');
        }
        // Then one row of each again, years apart: two duplicates, at lines 42 and 43.
        csv.append(a.replace("{y}", "2010")).append('\n');
        csv.append(b.replace("{y}", "2017")).append('\n');
        ValidationReport r = Reads.of("o.csv", csv.toString(), null).report();
        assertThat(r.problems()).as(what).extracting(p -> p.code().code() + "@" + p.location().line())
                .containsExactlyElementsOf(List.of("O015@42", "O015@43"));
        assertThat(r.observations()).isEqualTo(40);
    }
}
