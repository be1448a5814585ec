package org.planindicators.validation.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/**
 * Issue 15 items 1 and 14: JSON → CSV → JSON changed targets (a unitless 5 in a 万元 indicator came back as 5万元, a
 * qualitative "100%" as an exact 100%) and dropped sources, goal structure, jurisdiction and status, and turned the
 * vision year into a target year, without a word. Each field the table form does not carry is now a T029 warning.
 */
class TableLossesTest {
    private static Plan plan(String indicators, String extra) {
        String json = """
                {"formatVersion": 1, "title": "测试规划", "jurisdiction": {"name": "成都市温江区", "level": "county",
                 "code": "510115"}, "kind": "five_year_plan", "status": "revised", "period": "2021-2025",
                 "baseYear": 2020 %s,
                 "parts": [{"level": "chapter", "title": "第二章", "goals": [
                   {"id": "g1", "title": "目标一", "indicators": [%s]}]}]}
                """.formatted(extra, indicators);
        ImportResult<Plan> r = PlanJson.fromJson(json, "p.json", ImportOptions.defaults());
        assertThat(r.report().hasErrors()).as(r.report().toString()).isFalse();
        return r.value();
    }

    private static List<String> fields(ValidationReport r) {
        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.code().code()).isEqualTo("T029");
            assertThat(p.isError()).isFalse();
            assertThat(p.message(Locale.ENGLISH)).startsWith("The table form does not carry");
        });
        return r.problems().stream().map(Problem::field).toList();
    }

    @Test
    void aUnitlessFigureInAWanYuanIndicatorIsReportedNotChangedInSilence() {
        Plan p = plan("""
                {"name": "一般公共预算收入", "unit": "万元",
                 "targets": [{"year": 2025, "target": {"kind": "exact", "value": "5", "unit": ""}}]}""", "");
        ValidationReport r = IndicatorTables.notCarried(p, "p.json");
        assertThat(fields(r)).contains("'一般公共预算收入' target 2025 expression");
    }

    @Test
    void aQualitativeTargetWhoseWordsReadAsANumberIsReported() {
        Plan p = plan("""
                {"name": "覆盖率", "unit": "%",
                 "targets": [{"year": 2025, "target": {"kind": "qualitative", "text": "100%"}}]}""", "");
        ValidationReport r = IndicatorTables.notCarried(p, "p.json");
        assertThat(fields(r)).contains("'覆盖率' target 2025 expression");
        assertThat(r.problems()).anySatisfy(x -> assertThat(x.message(Locale.ENGLISH)).contains("Qualitative"));
    }

    @Test
    void jurisdictionStatusAndVisionYearAreReported() {
        Plan p = plan("""
                {"name": "集装箱吞吐量", "unit": "万标箱", "targets": [{"year": 2025, "target": "120万标箱"}]}""",
                ", \"visionYear\": 2035");
        assertThat(fields(IndicatorTables.notCarried(p, "p.json"))).contains("jurisdiction", "status", "visionYear");
    }
}
