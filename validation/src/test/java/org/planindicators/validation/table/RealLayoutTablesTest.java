package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Problem;
import org.planindicators.validation.Severity;
import org.planindicators.validation.TableContext;

/** Tables as plans publish them: no base year, a header over two rows, footnote marks, 注 rows (table/real). */
class RealLayoutTablesTest {
    static ImportResult<Plan> read(String name, ImportOptions options) {
        try (InputStream in = RealLayoutTablesTest.class.getResourceAsStream("/table/real/" + name)) {
            return IndicatorTables.read(in, name, options, TableContext.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theShanghaiTableWithOnlyA2025ColumnIsTheFourteenthFiveYearPlan() {
        ImportResult<Plan> r = read("shanghai-14th-fyp-main-indicators.csv", ImportOptions.defaults());
        assertThat(r.report().problems()).as(r.report().problems().toString())
                .extracting(p -> p.code().code()).containsExactly("T027", "T028", "P109", "P109");
        Problem note = r.report().problems().get(0);
        assertThat(note.severity()).isEqualTo(Severity.INFO);
        assertThat(note.location().line()).isEqualTo(2);
        assertThat(note.location().column()).isEqualTo(5);
        assertThat(note.message(Locale.ENGLISH)).contains("2025", "2021–2025", "base year 2020");
        assertThat(r.report().errors()).isZero();
        // 与经济增长基本同步 and 优于国家一级标准 name no indicator of the table: warnings, as for any plan.
        assertThat(r.report().warnings()).isEqualTo(2);
        Plan plan = r.model().orElseThrow();
        assertThat(plan.baseYear()).isEqualTo(2020);
        assertThat(plan.jurisdiction().name()).isEqualTo("上海市");
        assertThat(plan.period()).isEqualTo(Period.of(2021, 2025));
        assertThat(plan.kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(plan.title()).isEqualTo("上海市“十四五”规划《纲要》主要指标");
        assertThat(plan.indicators()).hasSize(20);
        assertThat(plan.indicators()).extracting(Indicator::name).contains("每万人口高价值发明专利拥有量",
                "数字经济增加值占全市生产总值比重", "单位生产总值生产安全事故死亡率").doesNotContain("注");
        Indicator gdp = plan.indicators().get(0);
        assertThat(gdp.targets()).singleElement().satisfies(t -> {
            assertThat(t.year()).isEqualTo(2025);
            assertThat(t.expression().toString()).isEqualTo("年均5%左右");
        });
        Indicator land = plan.indicators().get(2);
        assertThat(land.targets().get(0).expression().toString()).isEqualTo("[20%]");
        Indicator productivity = plan.indicators().get(1);
        assertThat(productivity.targets().get(0).expression().toString()).isEqualTo("36万元/人左右");
    }

    @Test
    void theBaseYearOptionOverridesTheInference() {
        ImportResult<Plan> r = read("shanghai-14th-fyp-main-indicators.csv",
                ImportOptions.defaults().withYears(2019, null));
        assertThat(r.report().problems()).extracting(p -> p.code().code()).doesNotContain("T027");
        assertThat(r.model().orElseThrow().baseYear()).isEqualTo(2019);
    }

    @Test
    void aFifteenthFiveYearPlanTableIsRead2026To2030() {
        ImportResult<Plan> r = read("15th-fyp-2026-2030.csv", ImportOptions.defaults());
        assertThat(r.report().problems()).extracting(p -> p.code().code()).containsExactly("T027");
        assertThat(r.report().problems().get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("2026—2030", "基期为 2025");
        Plan plan = r.model().orElseThrow();
        assertThat(plan.period()).isEqualTo(Period.of(2026, 2030));
        assertThat(plan.baseYear()).isEqualTo(2025);
        assertThat(plan.indicators()).extracting(Indicator::name).containsExactly("地区生产总值增长", "全社会研发经费投入增长",
                "单位地区生产总值能源消耗降低", "城镇调查失业率");
        assertThat(plan.parts().get(0).goals()).extracting(g -> g.title()).containsExactly("经济发展", "绿色生态", "民生福祉");
    }

    @Test
    void aTargetYearThatEndsNoFiveYearPlanStillNeedsABaseYear() {
        ImportResult<Plan> r = IndicatorTables.read(new java.io.ByteArrayInputStream(
                "指标,单位,2027年\n地区生产总值,亿元,1000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "t.csv", ImportOptions.defaults(), TableContext.defaults());
        assertThat(r.report().problems()).extracting(p -> p.code().code()).containsExactly("T011");
    }
}
