package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planindicators.cli.EvaluateCommandTest.assertGolden;
import static org.planindicators.cli.EvaluateCommandTest.observations;
import static org.planindicators.cli.EvaluateCommandTest.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code evaluate --scheme status|review|sdg}, two-tier targets and directions in the output. */
class EvaluateSchemeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theReviewSchemeMatchesItsGoldenFile(String lang) throws IOException {
        CliRun run = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--lang", lang,
                "--scheme", "review");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertGolden("evaluate-2023-review." + lang + ".txt", run.out());
    }

    @Test
    void theReviewSchemeSpeaksTheReviewsVocabulary() {
        String zh = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--lang", "zh",
                "--scheme", "review").out();
        // 单位地区生产总值能源消耗降低: R = 92.35% — status 滞后 (< 95%), review 基本符合预期 (≥ 90%)
        assertThat(zh).contains("基本符合预期").contains("以预期进度的10%为界").contains("合计：提前实现 1")
                .doesNotContain("符合预期 1，滞后");
        String strict = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--lang", "en",
                "--scheme", "review", "--review-tolerance", "5%").out();
        assertThat(strict).contains("broadly on track within 5% of the expected progress");
    }

    @Test
    void theSdgSchemeRatesWithOpenSdg() {
        CliRun run = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--lang", "en",
                "--scheme", "sdg");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Open SDG rating").contains("On track").contains("not rated");
        JsonNode root = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json",
                "--scheme", "sdg").single();
        assertThat(root.get("scheme").stringValue()).isEqualTo("sdg");
        JsonNode gdp = EvaluateCommandTest.indicator(root, "A01");
        assertThat(gdp.get("sdg_progress").isString()).isTrue();
        int rated = 0;
        for (JsonNode n : root.get("sdg_summary")) {
            rated += n.intValue();
        }
        assertThat(rated).isEqualTo(root.get("indicators").size());
    }

    @Test
    void theJsonCarriesTheReviewClassTheDirectionAndTheMeasure() {
        JsonNode root = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json")
                .single();
        JsonNode energy = EvaluateCommandTest.indicator(root, "C01");
        assertThat(energy.get("status").stringValue()).isEqualTo("lagging");
        assertThat(energy.get("review_class").stringValue()).isEqualTo("broadly_on_track");
        assertThat(energy.get("direction").stringValue()).isEqualTo("higher_is_better");
        assertThat(energy.get("measure").stringValue()).isEqualTo("reduction_rate");
        assertThat(energy.get("tiers").isNull()).isTrue();
        assertThat(root.get("review_summary").get("broadly_on_track").intValue()).isEqualTo(2);
    }

    @Test
    void explainShowsEachIndicatorsDirection() {
        String out = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--lang", "en",
                "--explain").out();
        assertThat(out).contains("direction: higher_is_better, measure: reduction_rate, accumulation: cumulative")
                .contains("direction: lower_is_better, measure: level");
    }

    @Test
    void aTwoTierTargetShowsBothTiers() throws IOException {
        Path plan = dir.resolve("report.json");
        Files.writeString(plan, """
                {"formatVersion": 1, "title": "2023年政府工作报告（测试）",
                 "jurisdiction": {"name": "示范区", "level": "county", "code": "510115"},
                 "kind": "annual_work_report", "status": "approved", "period": "2023", "baseYear": 2022,
                 "parts": [{"level": "chapter", "title": "主要预期目标", "goals": [{"id": "g1", "title": "目标",
                   "indicators": [{"code": "A01", "name": "地区生产总值增长", "unit": "%",
                     "measure": "growth_rate", "targets": [{"year": 2023, "target":
                       {"kind": "two_tier", "floor": "7%以上", "word": "力争", "aspiration": "8%"}}]}]}]}]}
                """, StandardCharsets.UTF_8);
        Path obs = dir.resolve("obs.csv");
        Files.writeString(obs, "指标代码,年份,数值,单位,状态\nA01,2023,7.5,%,final\n", StandardCharsets.UTF_8);
        CliRun text = CliRun.run("evaluate", plan.toString(), "-o", obs.toString(), "--year", "2023", "--lang",
                "zh");
        assertThat(text.exitCode()).as(text.err()).isZero();
        // 7.5 ≥ 7: the floor achieved; 7.5 < 8: the aspiration missed
        assertThat(text.out()).contains("已实现；力争目标未完成");
        JsonNode tiers = EvaluateCommandTest.indicator(CliRun.run("evaluate", plan.toString(), "-o",
                obs.toString(), "--year", "2023", "--format", "json").single(), "A01").get("tiers");
        assertThat(tiers.get("floor").stringValue()).isEqualTo("achieved");
        assertThat(tiers.get("floor_met").booleanValue()).isTrue();
        assertThat(tiers.get("word").stringValue()).isEqualTo("力争");
        assertThat(tiers.get("aspiration").stringValue()).isEqualTo("8%");
        assertThat(tiers.get("aspiration_status").stringValue()).isEqualTo("missed");
        assertThat(tiers.get("aspiration_met").booleanValue()).isFalse();
    }
}
