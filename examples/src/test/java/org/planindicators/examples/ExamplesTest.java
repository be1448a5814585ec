package org.planindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.ValidationReport;

/**
 * Runs the three example programs and checks what they print: the codes, counts and values, and the whole output
 * against the golden files in {@code src/test/resources/golden/examples/}. After a deliberate change of an example,
 * run with {@code -Dgolden.update=true} to rewrite them, and read the diff.
 */
class ExamplesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/examples");
    private static final String TIANFU = "data/tianfu-new-area-2022-2027.csv";
    private static final String QINGBAIJIANG = "data/qingbaijiang-14th-fyp.json";

    private static String capture(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static void assertGolden(String name, String output) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, output, StandardCharsets.UTF_8);
        }
        assertThat(output).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void buildPlanReportsTheDeliberateMistakeInBothLanguagesThenPrintsTheCorrectedPlan() throws IOException {
        String out = capture(BuildPlanExample::run);

        assertThat(out).contains("7 indicators in 6 goals")
                .contains("built-in-code.json: plan, 7 indicators, 1 errors, 0 warnings")
                .contains("[P104 error] built-in-code.json:74:31 /parts/0/children/0/goals/1/indicators/0/targets/0/year")
                .contains("“进出口总额”：目标年份 2026 不在规划期 2021-2025 内，也不是远景年份 2035")
                .contains("'进出口总额': the target year 2026 is outside the period 2021-2025 and is not the vision year 2035")
                .contains("built-in-code.json: plan, 7 indicators, 0 errors, 0 warnings")
                .contains("\"target\": \"年均10%以上\"");
        // The JSON printed is a plan document that reads back to the corrected plan.
        String json = out.substring(out.indexOf("{\n"));
        assertThat(PlanJson.fromJson(json, "printed.json", ImportOptions.defaults()).model())
                .contains(BuildPlanExample.qingbaijiang(2025));
        assertGolden("build-plan.txt", out);
    }

    @Test
    void validatingABuiltPlanFindsOnlyTheMistake() {
        ValidationReport wrong = BuildPlanExample.validate(BuildPlanExample.qingbaijiang(BuildPlanExample.WRONG_YEAR));
        assertThat(wrong.countsByCode()).containsOnlyKeys("P104");
        assertThat(BuildPlanExample.validate(BuildPlanExample.qingbaijiang(2025)).problems()).isEmpty();
    }

    @Test
    void importTableReadsTheTianfuTableAndShowsWhatABrokenTableReports() throws IOException {
        String[] args = {TIANFU};
        boolean[] ok = new boolean[1];
        String out = capture(o -> ok[0] = ImportTableExample.run(args, o));

        assertThat(ok[0]).isTrue();
        assertThat(out).contains(TIANFU + ": table, 17 indicators, 0 errors, 0 warnings")
                .contains("== Read as a plan: 四川天府新区发展规划(2022-2027年)(征求意见稿), 2022-2035, base year 2021, "
                        + "development_plan, 17 indicators")
                .contains("\"target\": \"超过1万亿元\"")
                .contains("broken.csv: table, 2 indicators, 4 errors, 0 warnings")
                .contains("[T006 error] broken.csv:3:4  “预计性”不是指标属性")
                .contains("[T008 error] broken.csv:3:6  The target cannot be read: TP006")
                .contains("[T007 error] broken.csv:5:3  '公理' is not a known unit")
                .contains("[T013 error] broken.csv:6:2  The indicator '地区生产总值' appears again in its category; it was first on line 2")
                .contains("A table with errors gives no plan: true");
        assertGolden("import-table.txt", out);
    }

    @Test
    void importTableSaysWhenTheTableCannotBeRead() {
        String[] args = {"data/no-such-table.csv"};
        boolean[] ok = new boolean[1];
        String out = capture(o -> ok[0] = ImportTableExample.run(args, o));
        assertThat(ok[0]).isFalse();
        assertThat(out).contains("[F001 error] data/no-such-table.csv").doesNotContain("== Read as a plan");
    }

    @Test
    void evaluatePlanComputesGrowthAndEvaluatesQingbaijiang() throws IOException {
        String[] args = {QINGBAIJIANG};
        boolean[] ok = new boolean[1];
        String out = capture(o -> ok[0] = EvaluatePlanExample.run(args, o));

        assertThat(ok[0]).isTrue();
        assertThat(out).contains("温江区 GDP 2022: 717.11亿元, up 3.0% -> 2021 level 696.22亿元")
                .contains("year on year 696.22亿元 -> 717.11亿元 (2 digits): 3%")
                .contains("67.7万亿元 at 6.5% a year for 5 years: 92.75万亿元")
                .contains("67.7万亿元 -> 92.75万亿元 over 5 years: 6.5%")
                .contains("ILLUSTRATIVE observations")
                .contains("from the illustrative 2023 level 720亿元: 8.65% a year")
                .contains("== Summary, 2023 (75 indicators)")
                .contains("滞后 lagging: 3").contains("符合预期 on_track: 1").contains("快于预期 ahead: 1")
                .contains("无法评估 not_assessable: 70")
                .contains("Binding (约束性) indicators lagging or missed: 0 (the plan marks none of its indicators binding)")
                .contains("地区生产总值  target 2025 850亿元  [滞后 lagging]  actual 720.00亿元  expected 749.22亿元")
                .contains("城镇调查失业率  target 2025 5%以内  [快于预期 ahead]");
        assertGolden("evaluate-plan.txt", out);
    }

    @Test
    void theEvaluationPrintedIsTheEvaluatorsOwn() {
        Plan plan = PlanJson.read(Path.of(QINGBAIJIANG), ImportOptions.defaults()).model().orElseThrow();
        PlanEvaluation e = Evaluator.withDefaults().evaluate(plan, EvaluatePlanExample.illustrativeObservations(),
                EvaluatePlanExample.YEAR);
        assertThat(e.withStatus(EvaluationStatus.LAGGING)).extracting(r -> r.indicator().name())
                .containsExactly("集装箱吞吐量", "地区生产总值", "人均预期寿命");
        assertThat(e.bindingConcerns()).isEmpty();
        assertThat(plan.indicators()).noneMatch(i -> i.isBinding());
    }
}
