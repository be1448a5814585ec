package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code evaluate --targets current|published|both} on a target revised mid-term, {@code --explain} naming the
 * revision, {@code convert --to csv} refusing to drop the revision history, the indicator's category, lead agency,
 * price basis and jurisdiction in the JSON, and year-to-date observations. The figures are test data: 地区生产总值增长
 * published as 7%左右 (6.65%–7.35%), revised to 6%左右 (5.7%–6.3%) on 2023-06-30; 2023年1-6月累计增长6.0%.
 */
class RevisedTargetsAndPeriodsTest {
    @TempDir
    Path dir;
    Path plan;
    Path observations;

    @BeforeEach
    void files() throws IOException {
        plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {"formatVersion": 1, "title": "测试年度计划", "jurisdiction": {"name": "成都市温江区", "level": "county",
                 "code": "510115"}, "kind": "annual_work_report", "status": "approved", "period": "2023", "baseYear": 2022,
                 "parts": [{"level": "chapter", "title": "主要预期目标", "goals": [{"id": "g1", "title": "经济",
                   "indicators": [
                     {"name": "地区生产总值增长", "unit": "%", "category": "经济发展", "measure": "growth_rate",
                      "leadAgency": "区发改局", "priceBasis": "comparable",
                      "targets": [{"year": 2023, "target": "6%左右",
                        "revisedFrom": {"original": {"year": 2023, "target": "7%左右"}, "date": "2023-06-30",
                          "reason": "年中调整"}}]},
                     {"name": "一般公共预算收入", "unit": "亿元", "targets": [{"year": 2023, "target": "60亿元"}]}]}]}]}
                """, StandardCharsets.UTF_8);
        observations = dir.resolve("obs.csv");
        Files.writeString(observations, """
                指标,年份,数值,单位,价格口径
                地区生产总值增长,2023年1-3月,5.1,%,可比价
                地区生产总值增长,2023年1-6月,6.0,%,可比价
                """, StandardCharsets.UTF_8);
    }

    private static JsonNode tree(String json) {
        return TargetJson.MAPPER.readTree(json);
    }

    private CliRun evaluate(String... more) {
        String[] args = new String[6 + more.length];
        String[] base = {"evaluate", plan.toString(), "-o", observations.toString(), "--year", "2023"};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.run(args);
    }

    @Test
    void theCurrentTargetByDefaultWithItsRevisionInTheJson() {
        CliRun r = evaluate("--format", "json", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode gdp = tree(r.out()).get("indicators").get(0);
        assertThat(gdp.get("indicator").asString()).isEqualTo("地区生产总值增长");
        assertThat(gdp.get("target").asString()).isEqualTo("6%左右");
        // 6.0% (1-6月) within 5.7%–6.3%: on track within the year, half of it gone
        assertThat(gdp.get("status").asString()).isEqualTo("on_track");
        assertThat(gdp.get("time_progress").asString()).isEqualTo("50.00");
        assertThat(gdp.get("category").asString()).isEqualTo("经济发展");
        assertThat(gdp.get("lead_agency").asString()).isEqualTo("区发改局");
        assertThat(gdp.get("price_basis").asString()).isEqualTo("comparable");
        assertThat(gdp.get("jurisdiction").asString()).isEqualTo("成都市温江区");
        assertThat(gdp.get("revision").get("date").asString()).isEqualTo("2023-06-30");
        assertThat(gdp.get("revision").get("reason").asString()).isEqualTo("年中调整");
        assertThat(gdp.get("revision").get("published_target").asString()).isEqualTo("7%左右");
        assertThat(gdp.get("revision").get("current_target").asString()).isEqualTo("6%左右");
        assertThat(gdp.get("published").isNull()).isTrue();
        JsonNode revenue = tree(r.out()).get("indicators").get(1);
        assertThat(revenue.get("category").isNull()).isTrue();
        assertThat(revenue.get("price_basis").isNull()).isTrue();
        assertThat(revenue.get("revision").isNull()).isTrue();
        assertThat(tree(r.out()).get("targets").asString()).isEqualTo("current");
    }

    @Test
    void thePublishedTargetOnRequest() {
        CliRun r = evaluate("--format", "json", "--targets", "published");
        JsonNode gdp = tree(r.out()).get("indicators").get(0);
        assertThat(gdp.get("target").asString()).isEqualTo("7%左右");
        // 6.0% is below 6.65%: lagging against the published target
        assertThat(gdp.get("status").asString()).isEqualTo("lagging");
        assertThat(tree(r.out()).get("targets").asString()).isEqualTo("published");
        assertThat(evaluate("--targets", "published", "--lang", "en").out())
                .contains("Targets: as first published (revisions not applied)");
    }

    @Test
    void bothShowsThePublishedAndTheCurrentTargetSideBySide() {
        CliRun json = evaluate("--format", "json", "--targets", "both");
        JsonNode gdp = tree(json.out()).get("indicators").get(0);
        assertThat(gdp.get("status").asString()).isEqualTo("on_track");
        assertThat(gdp.get("published").get("target").asString()).isEqualTo("7%左右");
        assertThat(gdp.get("published").get("status").asString()).isEqualTo("lagging");
        assertThat(gdp.get("published").get("actual").asString()).isEqualTo("6.0");
        CliRun text = evaluate("--targets", "both", "--lang", "en");
        assertThat(text.out()).contains("Revised targets, published and current side by side:")
                .containsPattern("地区生产总值增长\\s+7%左右\\s+lagging\\s+6%左右\\s+on track\\s+2023-06-30\\s+年中调整");
        CliRun zh = evaluate("--targets", "both", "--lang", "zh");
        assertThat(zh.out()).contains("调整过的目标（原目标与现行目标对照）：");
    }

    @Test
    void explainNamesTheRevisionAndTheInYearMethod() {
        CliRun r = evaluate("--explain", "--lang", "en");
        assertThat(r.out()).contains("target revised on 2023-06-30 (年中调整): published 7%左右, current 6%左右")
                .contains("in-year monitoring: no figure for the year 2023 yet");
    }

    @Test
    void aBadChoiceOfTargetsIsAUsageError() {
        CliRun r = evaluate("--targets", "original");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'original' is not a choice of targets; use current, published or both");
    }

    @Test
    void convertToCsvRefusesToDropTheRevisionHistoryWithoutAFlag() {
        CliRun refused = CliRun.run("convert", plan.toString(), "--to", "csv", "--lang", "en");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("1 revised target(s) or baseline(s) (地区生产总值增长 target 2023 (revised"
                + " 2023-06-30, 年中调整))").contains("--drop-revisions");
        CliRun dropped = CliRun.run("convert", plan.toString(), "--to", "csv", "--drop-revisions", "--lang", "en");
        assertThat(dropped.exitCode()).isZero();
        assertThat(dropped.out()).contains("6%左右").doesNotContain("7%左右").contains("价格口径").contains("可比价");
        assertThat(dropped.err()).contains("[T029 warning]").contains("target 2023 revisedFrom");
    }
}
