package org.planindicators.examples;

import java.io.PrintStream;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Plan;
import org.planindicators.unit.Quantity;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * Example 3, a downstream application: computes growth rates of real series with {@link Growth}, then evaluates the
 * Qingbaijiang 14th five-year plan against observations with {@link Evaluator} and prints the summary and the binding
 * (约束性) indicators that lag.
 *
 * <p><b>Growth</b>, with published figures: Wenjiang district's GDP of 717.11亿元 in 2022, up 3.0% (seed 004 line
 * 67), implies 696.22亿元 in 2021, and year-on-year growth from that level gives the 3.0% back; the 13th five-year
 * plan's GDP of 67.7万亿元 (2015) growing 6.5% a year reaches 92.75万亿元 in 2020, and 67.7 → 92.75 is 6.5% a year
 * (DOMAIN.md §5).
 *
 * <p><b>Evaluation.</b> The plan is read from {@code examples/data/qingbaijiang-14th-fyp.json} (a path may be
 * given). The plan publishes no baselines and the seeds hold no Qingbaijiang actuals, so <em>every observation here
 * is illustrative</em>, made up for the example and printed as such: GDP, container throughput, life expectancy,
 * the surveyed urban unemployment rate and R&amp;D spending growth, 2020–2023, the 2023 figures preliminary. With no
 * baseline in the plan, the evaluator takes the first observation (2020) as the baseline and says so. The growth
 * still needed to reach the plan's 850亿元 GDP target is computed from the illustrative 2023 level.
 *
 * <p>Run: {@code java -cp examples/target/plan-indicators-examples.jar org.planindicators.examples.EvaluatePlanExample
 * [PLAN.json]}
 */
public final class EvaluatePlanExample {
    /** The plan read when no path is given, relative to the repository's root. */
    public static final String DEFAULT_PLAN = "examples/data/qingbaijiang-14th-fyp.json";
    /** The year of the evaluation. */
    public static final int YEAR = 2023;

    private static final MathContext DIGITS = MathContext.DECIMAL64;

    private EvaluatePlanExample() {
    }

    /**
     * Prints the example to standard output; exits with 1 when the plan cannot be read.
     *
     * @param args the plan document to read, or none for {@link #DEFAULT_PLAN}
     */
    public static void main(String[] args) {
        boolean ok = run(args, Output.stdout());
        if (!ok) {
            System.exit(1);
        }
    }

    /**
     * Prints the growth rates, then the evaluation of the plan in {@link #YEAR}.
     *
     * @param args the plan document to read, or none for {@link #DEFAULT_PLAN}
     * @param out where to print
     * @return whether the plan was read and evaluated
     */
    public static boolean run(String[] args, PrintStream out) {
        printGrowth(out);
        Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_PLAN);
        ImportResult<Plan> read = PlanJson.read(file, ImportOptions.defaults());
        if (read.model().isEmpty()) {
            Output.printReport(out, read.report(), Locale.ENGLISH);
            return false;
        }
        printEvaluation(out, read.model().get());
        return true;
    }

    private static void printGrowth(PrintStream out) {
        out.println("== 3. Growth (calc.Growth), published figures");
        Quantity gdp2022 = Quantity.parse("717.11亿元");
        Quantity gdp2021 = Growth.previousLevel(gdp2022, Quantity.parse("3.0%"), new MathContext(5));
        out.println("温江区 GDP 2022: " + gdp2022 + ", up 3.0% -> 2021 level " + gdp2021);
        out.println("  year on year " + gdp2021 + " -> " + gdp2022 + " (2 digits): "
                + Growth.yearOnYear(gdp2021, gdp2022, new MathContext(2)));
        Quantity gdp2015 = Quantity.parse("67.7万亿元");
        Quantity gdp2020 = Growth.level(gdp2015, Quantity.parse("6.5%"), 5, new MathContext(4));
        out.println("13th FYP GDP 2015 " + gdp2015 + " at 6.5% a year for 5 years: " + gdp2020
                + " (the plan: more than 92.7万亿元)");
        out.println("  average annual growth " + gdp2015 + " -> 92.75万亿元 over 5 years: "
                + Growth.averageAnnual(gdp2015, Quantity.parse("92.75万亿元"), 5, new MathContext(3)));
        out.println();
    }

    private static void printEvaluation(PrintStream out, Plan plan) {
        List<Observation> observations = illustrativeObservations();
        out.println("== Evaluation (evaluation.Evaluator) of " + plan.title());
        out.println("ILLUSTRATIVE observations, made up for this example (the plan gives no baselines):");
        for (Observation o : observations) {
            out.println("  " + o.indicator() + " " + o.period() + ": " + o.value() + " (" + o.status().code() + ")");
        }
        Quantity gdp = observations.stream().filter(o -> o.indicator().equals("地区生产总值")
                && o.period().year() == YEAR).findFirst().orElseThrow().value();
        out.println("Growth still needed to reach 850亿元 in 2025 from the illustrative " + YEAR + " level " + gdp
                + ": " + Growth.requiredAnnual(gdp, Quantity.parse("850亿元"), 2025 - YEAR, new MathContext(3))
                + " a year");
        out.println();

        PlanEvaluation evaluation = Evaluator.withDefaults().evaluate(plan, observations, YEAR);
        out.println("== Summary, " + YEAR + " (" + plan.indicators().size() + " indicators)");
        evaluation.counts().forEach((status, n) -> out.println("  " + status.chineseName() + " " + status.code()
                + ": " + n));
        out.println();
        long binding = plan.indicators().stream().filter(i -> i.isBinding()).count();
        List<IndicatorEvaluation> bindingConcerns = evaluation.bindingConcerns();
        out.println("== Binding (约束性) indicators lagging or missed: " + bindingConcerns.size()
                + (binding == 0 ? " (the plan marks none of its indicators binding)" : " of " + binding));
        bindingConcerns.forEach(r -> out.println(r));
        out.println();
        out.println("== Assessed indicators, concerns first (PlanEvaluation.byConcern)");
        IndicatorEvaluation firstConcern = null;
        for (IndicatorEvaluation r : evaluation.byConcern()) {
            if (r.status() == EvaluationStatus.NOT_ASSESSABLE) {
                continue;
            }
            if (firstConcern == null && r.status().isConcern()) {
                firstConcern = r;
            }
            StringBuilder line = new StringBuilder("  ").append(r.indicator().name());
            if (r.target() != null) {
                line.append("  target ").append(r.target().year()).append(' ').append(r.target().expression());
            }
            line.append("  [").append(r.status().chineseName()).append(' ').append(r.status().code()).append(']');
            figure(line, r, FigureKind.ACTUAL, "actual");
            figure(line, r, FigureKind.EXPECTED, "expected");
            figure(line, r, FigureKind.PROGRESS_RATIO, "progress ratio");
            out.println(line);
        }
        if (firstConcern != null) {
            out.println();
            out.println("== How the first concern was judged (IndicatorEvaluation.toString, every figure explained)");
            out.println(firstConcern);
        }
    }

    private static void figure(StringBuilder line, IndicatorEvaluation r, FigureKind kind, String label) {
        r.figure(kind).ifPresent(f -> line.append("  ").append(label).append(' ').append(f.rounded(2)));
    }

    /**
     * The observations the example evaluates with. <b>Illustrative</b>: made up for the example, not published
     * figures.
     *
     * @return the observations, 2020 to 2023, the 2023 ones preliminary
     */
    public static List<Observation> illustrativeObservations() {
        List<Observation> all = new ArrayList<>();
        series(all, "地区生产总值", "亿元", "620", "660", "690", "720");
        series(all, "集装箱吞吐量", "万标箱", "52.5", "62", "70", "78");
        series(all, "人均预期寿命", "岁", "80.2", "80.3", "80.4", "80.5");
        series(all, "城镇调查失业率", "%", "5.6", "5.4", "5.2", "5.1");
        series(all, "研发经费投入增长", "%", null, "12.0", "8.0", "9.0");
        return List.copyOf(all);
    }

    private static void series(List<Observation> out, String indicator, String unit, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            int year = 2020 + i;
            ObservationStatus status = year == YEAR ? ObservationStatus.PRELIMINARY : ObservationStatus.FINAL;
            out.add(Observation.of(indicator, ObservationPeriod.ofYear(year), Quantity.parse(values[i] + unit),
                    status));
        }
    }
}
