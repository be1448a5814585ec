package org.planindicators.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.Period;
import org.planindicators.plan.SourceRef;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.ValidationReport;

/**
 * Example 1: builds part of a real plan in code, validates it and prints the report, then prints the plan as a plan
 * document (JSON).
 *
 * <p>The plan is six goals (seven indicators) of the Qingbaijiang district 14th five-year plan (2022 update), with the figures
 * of {@code examples/data/qingbaijiang-14th-fyp.json} (seed 003, lines 63–71 and 369). One figure is wrong on purpose: the
 * 进出口总额 target of 300亿元 is put in 2026, a year outside the plan's period 2021–2025 that is not its vision year
 * either, which the plan rules report as {@code P104} (the plan says 2025). The report is printed in Chinese and
 * English; then the target is put back in 2025, the plan validates without problems, and its JSON is printed.
 *
 * <p>Plans built in code are validated with {@link PlanJson#validate(Plan, String, ImportOptions)}, which runs every
 * check a plan document gets and places each problem at its JSON pointer in the plan's document form.
 *
 * <p>Run: {@code java -cp examples/target/plan-indicators-examples.jar org.planindicators.examples.BuildPlanExample}
 */
public final class BuildPlanExample {
    /** The year the deliberate mistake puts the 进出口总额 target in. */
    static final int WRONG_YEAR = 2026;

    private static final String SEED = "003_97555f4808f51832.txt";

    private BuildPlanExample() {
    }

    /**
     * Prints the example to standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(Output.stdout());
    }

    /**
     * Builds the plan, prints its report in Chinese and English, then the corrected plan as JSON.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        Plan withMistake = qingbaijiang(WRONG_YEAR);
        out.println("== 1. A plan built in code: " + withMistake.title());
        out.println(withMistake.indicators().size() + " indicators in " + withMistake.goals().size()
                + " goals; the 进出口总额 target is put in " + WRONG_YEAR + " on purpose (the plan says 2025).");
        ValidationReport report = validate(withMistake);
        out.println();
        out.println("== Report (中文)");
        Output.printReport(out, report, Locale.CHINESE);
        out.println();
        out.println("== Report (English)");
        Output.printReport(out, report, Locale.ENGLISH);

        Plan corrected = qingbaijiang(2025);
        ValidationReport again = validate(corrected);
        out.println();
        out.println("== With the target back in 2025");
        Output.printReport(out, again, Locale.ENGLISH);
        out.println();
        out.println("== The plan as a plan document (PlanJson.toJson)");
        out.print(PlanJson.toJson(corrected));
    }

    /**
     * Validates a plan built in code with every check a plan document gets.
     *
     * @param plan the plan
     * @return the report, whose locations are JSON pointers into the plan's document form
     */
    public static ValidationReport validate(Plan plan) {
        return PlanJson.validate(plan, "built-in-code.json", ImportOptions.defaults());
    }

    /**
     * Five goals of the Qingbaijiang plan, with the 进出口总额 target in {@code tradeTargetYear}.
     *
     * @param tradeTargetYear the year of the 进出口总额 target: 2025 as the plan says, or another to make a mistake
     * @return the plan
     */
    public static Plan qingbaijiang(int tradeTargetYear) {
        Goal port = Goal.of("qbj-2025-1", "努力打造陆港主枢纽", 2025, List.of(
                level("集装箱吞吐量", "万标箱", 2025, "120万标箱", 63),
                level("铁海联运集装箱运量", "万标箱", 2025, "15万标箱", 63)));
        Goal trade = Goal.of("qbj-2025-2", "努力打造对外交往引领区", 2025, List.of(
                level("进出口总额", "亿元", tradeTargetYear, "300亿元", 65)));
        Goal industry = Goal.of("qbj-2025-3", "努力打造开放产业集聚区", 2025, List.of(
                level("地区生产总值", "亿元", 2025, "850亿元", 67)));
        Goal innovation = Goal.of("qbj-2025-4", "努力打造改革创新示范区", 2025, List.of(
                Indicator.builder("研发经费投入增长", Unit.PERCENT)
                        .measure(Measure.GROWTH_RATE)
                        .accumulation(Accumulation.ANNUAL_AVERAGE)
                        .target(Target.of(2025, TargetExpression.parse("年均10%以上"), SourceRef.of(SEED, 69)))
                        .build()));
        Goal living = Goal.of("qbj-2025-5", "努力打造国际品质生活区", 2025, List.of(
                level("人均预期寿命", "岁", 2025, "81.13岁", 71)));
        Goal security = Goal.of("qbj-7-8", "增强社会保障能力", 2025, List.of(
                Indicator.builder("城镇调查失业率", Unit.PERCENT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .target(Target.of(2025, TargetExpression.parse("5%以内"), SourceRef.of(SEED, 369)))
                        .build()));
        PlanPart chapter2 = PlanPart.withChildren(PartLevel.CHAPTER, "第二章总体要求", List.of(
                PlanPart.of(PartLevel.SECTION, "第三节发展目标", List.of(port, trade, industry, innovation, living))));
        PlanPart chapter7 = PlanPart.withChildren(PartLevel.CHAPTER, "第七章打造国际品质生活区 构建国际化生活场景城市样板",
                List.of(PlanPart.of(PartLevel.SECTION, "第八节增强社会保障能力", List.of(security))));
        return Plan.builder("成都市青白江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要(2022年更新)(节选)",
                        Jurisdiction.division("成都市青白江区", "510113"), PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .status(PlanStatus.REVISED)
                .visionYear(2035)
                .part(chapter2)
                .part(chapter7)
                .build();
    }

    private static Indicator level(String name, String unit, int year, String target, int line) {
        return Indicator.builder(name, Unit.parse(unit))
                .target(Target.of(year, TargetExpression.parse(target), SourceRef.of(SEED, line)))
                .build();
    }
}
