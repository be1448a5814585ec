package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanJson;
import tools.jackson.databind.JsonNode;

/** {@code validate} and {@code convert}: the JSON contract, the text form, exit codes, files checked together. */
class ValidateCommandTest {
    static final String PLAN = """
            {
              "formatVersion": 1,
              "title": "青白江区十四五规划（节选）",
              "jurisdiction": {"name": "成都市青白江区", "level": "county", "code": "510113"},
              "kind": "five_year_plan",
              "status": "revised",
              "period": "2021-2025",
              "baseYear": 2020,
              "parts": [{"level": "chapter", "title": "第二章", "goals": [{"id": "g1", "title": "努力打造陆港主枢纽",
                "indicators": [{"code": "A1", "name": "集装箱吞吐量", "unit": "万标箱",
                  "baseline": {"year": 2020, "value": "52.5"},
                  "targets": [{"year": 2025, "target": "120万标箱"}]}]}]}]
            }
            """;

    static final String BROKEN_PLAN = """
            {
              "formatVersion": 1,
              "title": "测试规划",
              "jurisdiction": {"name": "成都市青白江区", "level": "county", "code": "510113"},
              "kinds": "five_year_plan",
              "status": "approved",
              "period": "2021-2025",
              "baseYear": 2020
            }
            """;

    static final String OBSERVATIONS = """
            指标,年份,数值,单位,状态
            集装箱吞吐量,2022,60.5,万标箱,preliminary
            集装箱运量,2022,12,万标箱,final
            """;

    static final String TABLE = """
            类别,指标,单位,属性,2020年,2025年
            经济发展,地区生产总值,亿元,预期性,717.11,1000亿元以上
            民生福祉,城镇调查失业率,%,预期性,—,5.5%以内
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aSoundPlanExitsZeroAndReportsItsIndicators() throws IOException {
        Path plan = write("plan.json", PLAN);
        CliRun run = CliRun.run("validate", "--format", "json", plan.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode file = TargetJson.MAPPER.readTree(run.out()).get("files").get(0);
        assertThat(file.get("file").stringValue()).isEqualTo(plan.toString());
        assertThat(file.get("kind").stringValue()).isEqualTo("plan");
        assertThat(file.get("indicators").intValue()).isEqualTo(1);
        assertThat(file.get("observations").intValue()).isZero();
        assertThat(file.get("errors").intValue()).isZero();
        assertThat(file.get("warnings").intValue()).isZero();
        assertThat(file.get("problems").isArray()).isTrue();
        assertThat(file.get("problems").size()).isZero();
        assertThat(file.get("truncated").booleanValue()).isFalse();
    }

    @Test
    void problemsCarryCodePlaceFieldAndValue() throws IOException {
        Path broken = write("broken.json", BROKEN_PLAN);
        CliRun run = CliRun.run("validate", "--format", "json", "--lang", "en", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode file = TargetJson.MAPPER.readTree(run.out()).get("files").get(0);
        assertThat(file.get("errors").intValue()).isGreaterThanOrEqualTo(2);
        JsonNode unknown = null;
        for (JsonNode p : file.get("problems")) {
            if (p.get("code").stringValue().equals("J010")) {
                unknown = p;
            }
        }
        assertThat(unknown).as(run.out()).isNotNull();
        assertThat(unknown.get("severity").stringValue()).isEqualTo("error");
        assertThat(unknown.get("line").intValue()).isEqualTo(5);
        assertThat(unknown.get("column").intValue()).isEqualTo(12); // where the value starts
        assertThat(unknown.get("pointer").stringValue()).isEqualTo("/kinds");
        assertThat(unknown.get("field").stringValue()).isEqualTo("kinds");
        assertThat(unknown.get("message").stringValue()).isNotBlank();
        assertThat(file.get("counts").get("J010").intValue()).isEqualTo(1);
    }

    @Test
    void observationsAreCheckedAgainstThePlanGivenWithThem() throws IOException {
        Path plan = write("plan.json", PLAN);
        Path obs = write("actuals.csv", OBSERVATIONS);
        CliRun run = CliRun.run("validate", "--format", "json", obs.toString(), plan.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode files = TargetJson.MAPPER.readTree(run.out()).get("files");
        // Reports come in the order the files were given, though the plan is read first.
        assertThat(files.get(0).get("kind").stringValue()).isEqualTo("observations");
        assertThat(files.get(0).get("observations").intValue()).isEqualTo(1);
        JsonNode problem = files.get(0).get("problems").get(0);
        assertThat(problem.get("code").stringValue()).isEqualTo("O002");
        assertThat(problem.get("line").intValue()).isEqualTo(3);
        assertThat(problem.get("column").intValue()).isEqualTo(1);
        assertThat(problem.get("value").stringValue()).isEqualTo("集装箱运量");
        assertThat(files.get(1).get("errors").intValue()).isZero();
    }

    @Test
    void theTextFormIsOneLinePerProblemInTheChosenLanguage() throws IOException {
        Path broken = write("broken.json", BROKEN_PLAN);
        CliRun en = CliRun.run("validate", "--lang", "en", broken.toString());
        assertThat(en.out()).startsWith(broken + ": plan, 0 indicators, 0 observations, ")
                .contains(broken + ":5:12 /kinds [J010 error] ");
        CliRun zh = CliRun.run("validate", "--lang", "zh", broken.toString());
        assertThat(zh.out()).contains("个错误").contains("[J010 error]").contains("字段：kinds");
        assertThat(zh.err()).isEmpty();
    }

    @Test
    void aMissingFileIsAnErrorOfThatFileNotAUsageError() {
        CliRun run = CliRun.run("validate", "--format", "json", dir.resolve("nowhere.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"code\":\"F001\"");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.run("validate").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("validate", "--format", "xml", "x.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("validate", "--encoding", "no-such-charset", "x.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("convert", "x.csv").exitCode()).isEqualTo(2);
    }

    @Test
    void convertTurnsATableIntoAPlanDocumentAndBack() throws IOException {
        Path table = write("table.csv", TABLE);
        CliRun toJson = CliRun.run("convert", table.toString(), "--to", "json");
        assertThat(toJson.exitCode()).as(toJson.err()).isZero();
        assertThat(PlanJson.fromJson(toJson.out(), "out.json", ImportOptions.defaults()).report().hasErrors())
                .isFalse();
        Path json = write("table.json", toJson.out());
        CliRun back = CliRun.run("convert", json.toString(), "--to", "csv");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.out()).contains("类别,指标,单位,属性,2020年,2025年")
                .contains("经济发展,地区生产总值,亿元,预期性,717.11,1000亿元以上");
    }

    @Test
    void aFileWithErrorsIsNotConverted() throws IOException {
        Path broken = write("broken.json", BROKEN_PLAN);
        CliRun run = CliRun.run("convert", broken.toString(), "--to", "csv", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[J010 error]");
    }

    @Test
    void theReportIsTheSameWhateverTheNumberOfThreads() throws IOException {
        Path plan = write("plan.json", PLAN);
        Path broken = write("broken.json", BROKEN_PLAN);
        Path obs = write("actuals.csv", OBSERVATIONS);
        String[] files = {obs.toString(), plan.toString(), broken.toString(), "../examples/data/wenjiang-2023-gwr.json",
            "../examples/data/wenjiang-2022-actuals.csv"};
        CliRun one = CliRun.run(concat(new String[] {"validate", "--format", "json", "--threads", "1"}, files));
        CliRun four = CliRun.run(concat(new String[] {"validate", "--format", "json", "--threads", "4"}, files));
        CliRun byDefault = CliRun.run(concat(new String[] {"validate", "--format", "json"}, files));
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.out()).contains("\"errors\":").contains(broken.toString());
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(byDefault.out()).isEqualTo(one.out());
        assertThat(four.exitCode()).isEqualTo(one.exitCode());
    }

    @Test
    void fewerThanOneThreadIsAUsageError() throws IOException {
        Path plan = write("plan.json", PLAN);
        CliRun run = CliRun.run("validate", "--threads", "0", plan.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threads").contains("expected 1 or more");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
