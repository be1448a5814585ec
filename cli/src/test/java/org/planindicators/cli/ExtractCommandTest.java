package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code extract} on the Wenjiang report: the draft validates without errors and round-trips through convert. */
class ExtractCommandTest {
    private static final Path WENJIANG = Path.of("..", "validation", "src", "test", "resources", "org",
            "planindicators", "extract", "seeds", "004_a3eb1e225fd679f6.txt");
    /** What the extractor drafts from the Wenjiang report (EXTRACTION.md has the scores). */
    private static final int TARGETS = 215;
    private static final int RESULTS = 99;
    private static final int OF_TABLE = 21;

    @Test
    void draftOfTheWenjiangReportValidatesAndRoundTrips(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("results.csv");
        Path others = dir.resolve("others.csv");
        CliRun run = CliRun.run("extract", WENJIANG.toString(), "--results", results.toString(), "--other-results",
                others.toString(), "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains(TARGETS + " targets").contains(RESULTS + " results: " + OF_TABLE
                + " of the table's indicators written to");
        Path table = dir.resolve("draft.csv");
        Files.writeString(table, run.out(), StandardCharsets.UTF_8);
        assertThat(run.out()).startsWith("[四川]2023年成都市温江区政府工作报告")
                .contains("2023年政府工作安排,地区生产总值增长,%,预期性,,6.0%—7.0%")
                .contains("交通出行,提升改造路口交通信号控制系统,个,预期性,,75个,区公安分局");

        CliRun validate = CliRun.run("validate", table.toString(), "--lang", "en");
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("0 errors");
        CliRun validateOthers = CliRun.run("validate", others.toString(), "--lang", "en");
        assertThat(validateOthers.exitCode()).as(validateOthers.out()).isZero();
        assertThat(validateOthers.out()).contains((RESULTS - OF_TABLE) + " observations, 0 errors");

        CliRun json = CliRun.run("convert", table.toString(), "--to", "json");
        assertThat(json.exitCode()).isZero();
        Path plan = dir.resolve("draft.json");
        Files.writeString(plan, json.out(), StandardCharsets.UTF_8);
        CliRun back = CliRun.run("convert", plan.toString(), "--to", "csv");
        assertThat(back.exitCode()).isZero();
        Path again = dir.resolve("again.csv");
        Files.writeString(again, back.out(), StandardCharsets.UTF_8);
        for (Path p : new Path[] {plan, again}) {
            CliRun v = CliRun.run("validate", p.toString(), "--lang", "en");
            assertThat(v.exitCode()).as(v.out()).isZero();
        }
        assertThat(back.out().lines().count()).isEqualTo(run.out().lines().count());
    }

    @Test
    void resultsOfTheTableValidateAndAreAssessedWithIt(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("results.csv");
        CliRun run = CliRun.run("extract", WENJIANG.toString(), "--results", results.toString());
        assertThat(run.exitCode()).isZero();
        Path table = dir.resolve("draft.csv");
        Files.writeString(table, run.out(), StandardCharsets.UTF_8);
        // 新增就业 in the text, filed under the drafted target 城镇新增就业 with the text's wording in the source
        assertThat(Files.readString(results, StandardCharsets.UTF_8))
                .contains("城镇新增就业,2022,9360,人,preliminary,\"004_a3eb1e225fd679f6.txt:79 §")
                .contains("(文中:新增就业)");

        CliRun together = CliRun.run("validate", table.toString(), results.toString(), "--lang", "en");
        assertThat(together.exitCode()).as(together.out()).isZero();
        assertThat(together.out()).contains(OF_TABLE + " observations, 0 errors").doesNotContain("O002");

        // The 2022 results are the baselines the evaluator takes when 2023's figures come.
        Path later = dir.resolve("2023.csv");
        Files.writeString(later, "指标,年份,数值,单位\n打造高标准农田,2023,5200,亩\n", StandardCharsets.UTF_8);
        CliRun evaluate = CliRun.run("evaluate", table.toString(), "-o", results.toString(), "-o", later.toString(),
                "--year", "2023", "--explain", "--lang", "en");
        assertThat(evaluate.exitCode()).as(evaluate.out() + evaluate.err()).isZero();
        assertThat(evaluate.out()).containsPattern("打造高标准农田 +expected +achieved")
                .contains("v0 = 3100亩 (2022, first observation, as baseline, preliminary)");
    }

    @Test
    void jsonHoldsTargetsAndResultsWithReasons() {
        CliRun run = CliRun.run("extract", WENJIANG.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode draft = TargetJson.MAPPER.readTree(run.out());
        assertThat(draft.get("targets").size()).isEqualTo(TARGETS);
        assertThat(draft.get("results").get(0).get("ofTable").isBoolean()).isTrue();
        assertThat(draft.get("results").get(0).get("source").asString()).startsWith("004_a3eb1e225fd679f6.txt:");
        assertThat(draft.get("targets").get(0).get("confidence").asString()).isIn("high", "medium", "low");
    }

    @Test
    void aMissingFileIsAnInputError() {
        CliRun run = CliRun.run("extract", "no-such-file.txt", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(PlanIndicatorsCommand.EXIT_INPUT_ERROR);
        assertThat(run.err()).contains("no such file");
    }
}
