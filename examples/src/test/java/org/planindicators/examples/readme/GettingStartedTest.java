package org.planindicators.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.unit.Quantity;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Observations;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/**
 * The three blocks of the README's "The three things users do", run as written (the README's text is compared with
 * the code below, so the two cannot drift apart) on a small table and observation file.
 */
class GettingStartedTest {
    private static final String TABLE = "指标,单位,属性,2022年,2023年\n"
            + "地区生产总值增长,%,预期性,3.0,6.0%—7.0%\n"
            + "城镇调查失业率,%,预期性,5.6,5.5%以内\n";
    private static final String ACTUALS = "指标,地区,年份,数值,单位\n"
            + "地区生产总值增长,未指定辖区,2023,6.4,%\n"
            + "城镇调查失业率,未指定辖区,2023,5.7,%\n";

    @Test
    void theReadmesThreeBlocksRunAsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan.csv"), TABLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actuals.csv"), ACTUALS, StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Result r = run(dir);
            assertThat(r.report.hasErrors()).as(r.report.problems().toString()).isFalse();
            assertThat(r.observations).hasSize(2);
            assertThat(r.cagr).hasToString("6.5%");
            assertThat(r.yoy).hasToString("3.00049%");
            assertThat(r.evaluation.results()).extracting(IndicatorEvaluation::status)
                    .containsExactlyInAnyOrder(EvaluationStatus.ACHIEVED, EvaluationStatus.MISSED);
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("地区生产总值增长 ACHIEVED");
    }

    @Test
    void theReadmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src/test/java/org/planindicators/examples/readme/"
                + "GettingStartedTest.java"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("// README block\\n(.*?)// end of block\\n", Pattern.DOTALL).matcher(source);
        int n = 0;
        while (blocks.find()) {
            String code = blocks.group(1).replaceAll("(?m)^ {8}", "").replace("dir.resolve(", "Path.of(");
            assertThat(readme).as("README block " + (n + 1)).contains("```java\n" + code + "```");
            n++;
        }
        assertThat(n).isEqualTo(3);
    }

    private record Result(ValidationReport report, List<Observation> observations, Quantity cagr, Quantity yoy,
            PlanEvaluation evaluation) {
    }

    private static Result run(Path dir) {
        // README block
        ImportResult<Plan> table = IndicatorTables.read(dir.resolve("plan.csv"), ImportOptions.defaults());
        for (Problem p : table.report().problems()) {
            System.out.println(p.location() + " " + p.message(Locale.CHINESE));
        }
        Plan plan = table.model().orElseThrow();   // present when the table has no error
        List<Observation> observations = new ArrayList<>();
        ValidationReport report = Observations.read(dir.resolve("actuals.csv"), ImportOptions.defaults(), plan, observations::add);
        // end of block
        // README block
        MathContext twoDigits = new MathContext(2, RoundingMode.HALF_EVEN);
        Quantity cagr = Growth.averageAnnual(Quantity.parse("67.7万亿元"), Quantity.parse("92.75万亿元"), 5, twoDigits); // 6.5%
        Quantity yoy = Growth.yearOnYear(Quantity.parse("696.22亿元"), Quantity.parse("717.11亿元"), new MathContext(6)); // 3.00049%
        // end of block
        // README block
        PlanEvaluation evaluation = Evaluator.withDefaults().evaluate(plan, observations, 2023);
        for (IndicatorEvaluation e : evaluation.results()) {
            System.out.println(e.indicator().name() + " " + e.status());
        }
        // end of block
        return new Result(report, observations, cagr, yoy, evaluation);
    }
}
