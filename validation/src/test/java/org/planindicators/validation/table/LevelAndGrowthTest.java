package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.Problem;
import org.planindicators.validation.Severity;
import org.planindicators.validation.TableProblem;

/**
 * Regression: a table giving, for one indicator, both a level for the last year and the average growth or
 * cumulative change that leads to it (as many provincial 十四五 tables do) was refused whole with the error T019. The
 * year column's target is now kept and the 年均/累计 one reported as a warning with its text.
 */
class LevelAndGrowthTest {
    private static final String TABLE = """
            指标,单位,2020年,2025年,年均增长〔累计〕,属性
            地区生产总值,亿元,48598.8,70000,6左右,预期性
            常住人口城镇化率,%,56.73,62,[5.27],预期性
            研发经费投入增长,%,,,7以上,预期性
            """;

    @Test
    void regressionT019RefusedATableGivingALevelAndItsGrowth() {
        ImportResult<Plan> r = TableFixtures.read(TABLE.getBytes(StandardCharsets.UTF_8), "sichuan-like.csv",
                ImportOptions.defaults());
        assertThat(r.report().errors()).as(r.report().problems().toString()).isZero();
        assertThat(r.report().problems()).filteredOn(p -> p.code() == TableProblem.TARGET_YEAR_CONFLICT)
                .extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.value())
                .containsExactly("2:5 6左右", "3:5 [5.27]");
        Problem first = r.report().problems().stream().filter(p -> p.code() == TableProblem.TARGET_YEAR_CONFLICT)
                .findFirst().orElseThrow();
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        assertThat(first.message(Locale.ENGLISH)).contains("2025", "column 4", "kept");
        assertThat(first.message(Locale.CHINESE)).contains("2025", "第 4 列", "保留");
        Plan plan = r.model().orElseThrow();
        Indicator gdp = plan.indicators().get(0);
        assertThat(gdp.targets()).singleElement().satisfies(t -> {
            assertThat(t.year()).isEqualTo(2025);
            assertThat(t.expression().toString()).isEqualTo("70000亿元");
        });
        Indicator urbanisation = plan.indicators().get(1);
        assertThat(urbanisation.targets()).singleElement()
                .satisfies(t -> assertThat(t.expression().toString()).isEqualTo("62%"));
        // A row with only the growth keeps it, as before.
        Indicator rnd = plan.indicators().get(2);
        assertThat(rnd.targets()).singleElement()
                .satisfies(t -> assertThat(t.expression().toString()).isEqualTo("年均7%以上"));
    }
}
