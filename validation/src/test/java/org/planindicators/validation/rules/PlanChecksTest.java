package org.planindicators.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.Location;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.Severity;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.PlanChecks;

/** The declared constraints and plan-level rules, one problem at a time, on plans built in code. */
class PlanChecksTest {
    private static final Jurisdiction QINGBAIJIANG = Jurisdiction.division("青白江区", "510113");

    private static Indicator.Builder containers() {
        return Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .code("A1")
                .baseline(2020, Quantity.parse("50万标箱"))
                .target(2025, TargetExpression.parse("120万标箱"));
    }

    private static Plan plan(Indicator... indicators) {
        return Plan.builder("青白江区国民经济和社会发展第十四个五年规划", QINGBAIJIANG, PlanKind.FIVE_YEAR_PLAN,
                        Period.of(2021, 2025))
                .baseYear(2020)
                .visionYear(2035)
                .part(PlanPart.of(PartLevel.PART, "第一篇", List.of(Goal.of("g1", "努力打造陆港主枢纽",
                        List.of(indicators)))))
                .build();
    }

    /** Runs the checks with a locator that turns model paths into pointers, so tests can see the path. */
    private static ValidationReport check(Plan plan) {
        ProblemCollector c = new ProblemCollector("plan.json", 100);
        PlanChecks.run(plan, path -> Location.ofPointer("plan.json", pointer(path), 1, 1), c);
        return c.report(FileKind.PLAN, plan.indicators().size(), 0);
    }

    private static String pointer(String path) {
        return path.isEmpty() ? "" : "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    private static List<String> codes(ValidationReport r) {
        List<String> out = new ArrayList<>();
        for (Problem p : r.problems()) {
            out.add(p.code().code() + " " + p.location().pointer());
        }
        return out;
    }

    private static ValidationReport checkOne(UnaryOperator<Indicator.Builder> change) {
        return check(plan(change.apply(containers()).build()));
    }

    @Test
    void aSoundPlanHasNoProblems() {
        assertThat(check(plan(containers().build())).problems()).isEmpty();
    }

    @Test
    void declaredConstraintsRunOnRecordComponents() {
        ValidationReport r = checkOne(b -> b.name("集".repeat(201)).code("A 1").baseline(1900, Quantity.parse("1万标箱")));
        assertThat(codes(r)).containsExactly(
                "P003 /parts/0/goals/0/indicators/0/baseline/year",
                "P004 /parts/0/goals/0/indicators/0/code",
                "P002 /parts/0/goals/0/indicators/0/name");
        Problem tooLong = r.problems().get(2);
        assertThat(tooLong.message(Locale.ENGLISH)).isEqualTo("name has 201 characters, at most 200 are allowed");
        assertThat(tooLong.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("name有 201 个字符，最多允许 200 个");
    }

    @Test
    void duplicateCodesAndNames() {
        ValidationReport r = check(plan(containers().build(), containers().build()));
        assertThat(codes(r)).containsExactly("P101 /parts/0/goals/0/indicators/1/code",
                "P102 /parts/0/goals/0/indicators/1/name");
        assertThat(r.problems().get(0).message(Locale.ENGLISH))
                .isEqualTo("The code 'A1' is used again; it already belongs to '集装箱吞吐量'");
    }

    @Test
    void targetYearsMustFollowTheBaseYearAndLieInThePeriodOrAtTheVisionYear() {
        ValidationReport r = checkOne(b -> b.targets(List.of())
                .target(2020, TargetExpression.parse("60万标箱"))
                .target(2030, TargetExpression.parse("150万标箱"))
                .target(2035, TargetExpression.parse("200万标箱")));
        assertThat(codes(r)).containsExactly("P103 /parts/0/goals/0/indicators/0/targets/0/year",
                "P104 /parts/0/goals/0/indicators/0/targets/1/year");
    }

    @Test
    void aBaselineAfterTheBaseYearIsAWarning() {
        ValidationReport r = checkOne(b -> b.baseline(Baseline.of(2021, Quantity.parse("50万标箱"))));
        assertThat(codes(r)).containsExactly("P105 /parts/0/goals/0/indicators/0/baseline/year");
        assertThat(r.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void ratesAreInPercent() {
        ValidationReport r = check(plan(Indicator.builder("地区生产总值增长", Unit.parse("亿元"))
                .measure(Measure.GROWTH_RATE).target(2025, TargetExpression.parse("6%")).build()));
        assertThat(codes(r)).containsExactly("P106 /parts/0/goals/0/indicators/0/unit");
        assertThat(r.problems().get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“地区生产总值增长”衡量的是增长率，单位却为“亿元”；增长率、下降率应以 % 表示");
    }

    @Test
    void aYearlyAmountIsNotARate() {
        // 城镇新增就业 in 人 is a flow, not a rate: no unit in % asked for.
        ValidationReport r = check(plan(Indicator.builder("城镇新增就业", Unit.parse("人"))
                .measure(Measure.FLOW).target(2025, TargetExpression.parse("6000人以上")).build()));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aYearlyAmountMayAimBelowLastYearsFigure() {
        // 9360 new jobs in 2020 and 6000以上 a year after: a flow does not build on last year's amount.
        ValidationReport flow = check(plan(Indicator.builder("城镇新增就业", Unit.parse("人"))
                .measure(Measure.FLOW).baseline(2020, Quantity.parse("9360人"))
                .target(2025, TargetExpression.parse("6000人以上")).build()));
        assertThat(flow.problems()).isEmpty();
        ValidationReport level = check(plan(Indicator.builder("城镇新增就业", Unit.parse("人"))
                .baseline(2020, Quantity.parse("9360人")).target(2025, TargetExpression.parse("6000人")).build()));
        assertThat(codes(level)).containsExactly("P108 /parts/0/goals/0/indicators/0/targets/0/expression");
    }

    @Test
    void sharesLieWithin0And100Percent() {
        ValidationReport r = check(plan(Indicator.builder("常住人口城镇化率", Unit.PERCENT)
                .baseline(2020, Quantity.parse("60.6%")).target(2025, TargetExpression.parse("101%")).build()));
        assertThat(codes(r)).containsExactly("P107 /parts/0/goals/0/indicators/0/targets/0/expression");
    }

    @Test
    void aTargetBelowTheBaselineOfAHigherIsBetterIndicatorIsAWarning() {
        ValidationReport r = checkOne(b -> b.targets(List.of()).target(2025, TargetExpression.parse("40万标箱")));
        assertThat(codes(r)).containsExactly("P108 /parts/0/goals/0/indicators/0/targets/0/expression");
        assertThat(r.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        // A ceiling below the baseline of a lower-is-better indicator is what such plans want.
        ValidationReport ok = check(plan(Indicator.builder("城镇调查失业率", Unit.PERCENT)
                .direction(Direction.LOWER_IS_BETTER).baseline(2020, Quantity.parse("6.0%"))
                .target(2025, TargetExpression.parse("5.5%以内")).build()));
        assertThat(ok.problems()).isEmpty();
    }

    @Test
    void relativeTargetsNameAnIndicatorOfThePlan() {
        Indicator income = Indicator.builder("居民人均可支配收入增长", Unit.PERCENT).code("B1")
                .attribute(IndicatorAttribute.EXPECTED).measure(Measure.GROWTH_RATE)
                .target(2025, TargetExpression.parse("与经济增长基本同步")).build();
        assertThat(codes(check(plan(income)))).containsExactly(
                "P109 /parts/0/goals/0/indicators/0/targets/0/expression");
        Indicator gdp = Indicator.builder("地区生产总值增长", Unit.PERCENT).code("B2").measure(Measure.GROWTH_RATE)
                .target(2025, TargetExpression.parse("6.0%—7.0%")).build();
        assertThat(check(plan(income, gdp)).problems()).isEmpty();
    }

    @Test
    void aTargetInAnotherKindOfUnitIsAnError() {
        ValidationReport r = checkOne(b -> b.targets(List.of()).target(2025, TargetExpression.parse("120亿元")));
        assertThat(codes(r)).containsExactly("P110 /parts/0/goals/0/indicators/0/targets/0/expression");
        // A growth target in % on a level indicator is usual (地区生产总值 in 亿元, 增长6%以上).
        assertThat(checkOne(b -> b.targets(List.of()).target(2025, TargetExpression.parse("6%以上"))).problems())
                .isEmpty();
    }
}
