package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Change;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * Figures taken year by year rather than along a path: yearly amounts ({@link Measure#FLOW}) — the target year's
 * figure, their sum or their average — and a 年均 target on a level (城镇调查失业率 年均控制在5.5%以内), which bounds the
 * average of the levels of the years observed so far, not the latest year's level alone.
 */
final class FlowRule extends Rule {
    /** Whether the figures are levels averaged over the years (a 年均 bound on a level), not yearly amounts. */
    private final boolean levels;

    /**
     * The rule for yearly amounts, or with {@code levels} for a 年均 target on a level.
     *
     * @param levels whether the figures are levels averaged over the years, not yearly amounts
     */
    FlowRule(Assessment assessment, boolean levels) {
        super(assessment);
        this.levels = levels;
    }


    /**
     * An indicator of yearly amounts ({@link Measure#FLOW}: 新增, 新建, 引进 …), where a year's figure does not build
     * on the year before's. With {@code a_i} the figure of year {@code i}, {@code b} the plan's base year, {@code T}
     * the target year, {@code vT} the target's value and {@code t} the latest year observed up to the evaluation year:
     * <ul>
     * <li>a yearly target (6000人以上 in 2023): the figure of year {@code T} alone, once the evaluation year reaches it;
     * no path, no expected value, no progress;</li>
     * <li>a cumulative target (累计5万人): {@code S = Σ a_i} over {@code b + 1 … t}, against {@code expected = vT × (t
     * − b) / (T − b)}; task progress {@code S / vT}, progress ratio {@code S / expected}, required {@code (vT − S) / (T
     * − t)} a year;</li>
     * <li>an annual-average target (年均1万人): the mean {@code S / n} of the {@code n} figures so far against {@code
     * vT}; required {@code (vT × (T − b) − S) / (T − t)} a year.</li>
     * </ul>
     * A growth target on a flow (增长10%) is a growth of the yearly amount, judged as for a level.
     *
     * <p>A 年均 target on a level in the level's own unit (城镇调查失业率 年均5.5%以内, a 年均/累计 column holding
     * {@code <5.5}) is judged as the annual-average target on yearly amounts: the mean of the levels of {@code b + 1 …
     * t}, the years averaged listed in the explanation; met or not (on track or lagging before the target year,
     * achieved or missed in it); for a bound not met, the mean the remaining years must keep to, {@code (vT × (T − b)
     * − S) / (T − t)}.
     */
    IndicatorEvaluation judge(NumericTarget n, Accumulation acc) {
        if (n instanceof Change) {
            return notAssessable("a change of a yearly amount (" + n + ") is not assessed; state the amount to reach");
        }
        int tYear = targetYear();
        int last = Math.min(year, tYear);
        Unit unit = indicator.unit().isNone() ? n.unit() : indicator.unit();
        if (isGrowth(n.unit(), unit)) {
            return new LevelPathRule(assessment).judge(n, acc);
        }
        Series series = Series.of(own, Series.ofIndicator(indicator, plan.jurisdiction()), unit, last, mc,
                notes);
        unit = series.unit();
        NumericTarget goal = inUnit(n, unit);
        if (!goal.unit().isCompatibleWith(unit)) {
            return notAssessable("the target " + n + " is not in a unit of the indicator (" + unit.symbol() + ")");
        }
        if (acc == Accumulation.LEVEL) {
            String rule = "a yearly amount is judged by its own year's figure";
            if (year < tYear) {
                return notAssessable(rule + ": the target year " + tYear + " has not come");
            }
            Optional<Series.Point> ofTargetYear = series.at(tYear);
            if (ofTargetYear.isEmpty()) {
                return notAssessable(rule + ": no figure for " + tYear);
            }
            return atTargetYearOnly(goal, ofTargetYear.get(), unit, rule + ", " + tYear + "'s, without a path");
        }
        int b = plan.baseYear();
        if (b >= tYear) {
            return notAssessable("the base year " + b + " is not before the target year " + tYear);
        }
        List<Series.Point> points = series.between(b, last);
        if (points.isEmpty()) {
            return notAssessable("no " + (levels ? "level" : "yearly amount") + " observed after the base year " + b
                    + " up to " + last);
        }
        int t = points.get(points.size() - 1).year();
        List<Integer> missing = series.missing(b, t);
        if (!missing.isEmpty()) {
            notes.add("no figure for " + missing + ": the " + (acc == Accumulation.CUMULATIVE ? "sum" : "average")
                    + " covers the " + points.size() + " years observed");
        }
        if (year >= tYear && t < tYear) {
            notes.add("no observation for the target year " + tYear + "; the latest, " + t + ", is compared");
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<Input> inputs = new ArrayList<>();
        for (Series.Point p : points) {
            sum = sum.add(p.value());
            inputs.add(observed("a_" + p.year(), p, unit));
        }
        BigDecimal vT = pathValue(goal, BigDecimal.ZERO, unit);
        Input vTIn = new Input("vT", "target", Quantity.of(vT, unit), tYear, null);
        figures.add(timeProgress(b, t, tYear));
        figures.add(new Figure(FigureKind.TARGET, round(vT, unit), Explanation.of("vT = the target's value",
                List.of(new Input("target", "target " + n, n.value(), tYear, null)))));
        return acc == Accumulation.CUMULATIVE ? flowSum(goal, b, t, sum, vT, vTIn, inputs, unit)
                : flowAverage(goal, b, t, sum, vT, vTIn, inputs, unit);
    }

    /** A cumulative target on yearly amounts (累计): the sum so far against a straight path to the target. */
    private IndicatorEvaluation flowSum(NumericTarget goal, int b, int t, BigDecimal sum, BigDecimal vT, Input vTIn,
            List<Input> inputs, Unit unit) {
        int tYear = targetYear();
        Quantity sumQ = round(sum, unit);
        figures.add(new Figure(FigureKind.ACTUAL, sumQ, Explanation.of("S = Σ a_i, the yearly amounts of b + 1 … t",
                withWeakest(inputs, List.of(Input.year("b", "base year", b), Input.year("t", "year of the actual",
                        t))))));
        Direction direction = indicator.direction();
        boolean meets = goal.isSatisfiedBy(Quantity.of(sum, unit), direction);
        boolean baseMet = goal.isSatisfiedBy(Quantity.of(BigDecimal.ZERO, unit), direction);
        Input sIn = new Input("S", "sum so far", sumQ, t, null);
        BigDecimal ratio = null;
        if (!baseMet && vT.signum() != 0) {
            BigDecimal expected = vT.multiply(BigDecimal.valueOf(t - b)).divide(BigDecimal.valueOf(tYear - b), wc);
            figures.add(new Figure(FigureKind.EXPECTED, round(expected, unit), Explanation.of(
                    "expected = vT × (t − b) / (T − b)", List.of(vTIn, Input.year("t", "year of the actual", t),
                            Input.year("b", "base year", b), Input.year("T", "target year", tYear)))));
            figures.add(new Figure(FigureKind.TASK_PROGRESS, percent(sum.divide(vT, wc)), Explanation.of(
                    "task progress = S / vT", withWeakest(List.of(sIn, vTIn), inputs))));
            if (expected.signum() != 0) {
                ratio = sum.divide(expected, wc);
                figures.add(new Figure(FigureKind.PROGRESS_RATIO, percent(ratio), Explanation.of(
                        "progress ratio = S / expected", withWeakest(List.of(sIn, new Input("expected",
                                "expected on the path", round(expected, unit), t, null)), inputs))));
            }
        } else if (baseMet) {
            notes.add("nothing yet already meets the target: a bound to keep, judged by whether the sum stays within"
                    + " it");
        }
        boolean atTarget = t == tYear;
        if (!atTarget && !meets) {
            BigDecimal perYear = vT.subtract(sum).divide(BigDecimal.valueOf(tYear - t), wc);
            figures.add(new Figure(FigureKind.REQUIRED_GROWTH, round(perYear, unit), Explanation.of(
                    "required = (vT − S) / (T − t), a year", withWeakest(List.of(sIn, vTIn,
                            Input.year("t", "year of the actual", t), Input.year("T", "target year", tYear)),
                            inputs))));
        }
        if (options.method() == EvaluationMethod.OPEN_SDG && ratio != null) {
            notes.add("the Open SDG ratio of a sum of yearly amounts is the progress ratio: the average yearly amount"
                    + " so far over the one needed, S / expected");
        }
        return result(decide(atTarget, meets, meets, baseMet, ratio, ratio));
    }

    /** An annual-average target on yearly amounts (年均): the mean of the figures so far against the target. */
    private IndicatorEvaluation flowAverage(NumericTarget goal, int b, int t, BigDecimal sum, BigDecimal vT,
            Input vTIn, List<Input> inputs, Unit unit) {
        int tYear = targetYear();
        int years = inputs.size();
        BigDecimal mean = sum.divide(BigDecimal.valueOf(years), wc);
        Quantity meanQ = round(mean, unit);
        List<Integer> averaged = inputs.stream().map(Input::year).toList();
        figures.add(new Figure(FigureKind.ACTUAL, meanQ, Explanation.of("mean = Σ a_i / n", inputs)
                .withNote("n = " + years + " years observed, " + averaged + (levels
                        ? ": a 年均 target bounds the average of the years' levels, not the latest year alone" : ""))));
        boolean meets = goal.isSatisfiedBy(Quantity.of(mean, unit), indicator.direction());
        boolean atTarget = t == tYear;
        if (!atTarget && !meets) {
            BigDecimal perYear = vT.multiply(BigDecimal.valueOf(tYear - b)).subtract(sum)
                    .divide(BigDecimal.valueOf(tYear - t), wc);
            figures.add(new Figure(FigureKind.REQUIRED_GROWTH, round(perYear, unit), Explanation.of(
                    "required = (vT × (T − b) − S) / (T − t), a year", withWeakest(List.of(vTIn,
                            new Input("S", "sum so far", round(sum, unit), t, null), Input.year("b", "base year", b),
                            Input.year("t", "year of the actual", t), Input.year("T", "target year", tYear)),
                            inputs))));
        }
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            notes.add("the Open SDG rating applies to a growth from a baseline, not to an average of yearly "
                    + (levels ? "levels" : "amounts"));
            assessment.sdg = atTarget && meets ? SdgProgress.TARGET_ACHIEVED : null;
        }
        if (atTarget) {
            return result(meets ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED);
        }
        return result(meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING);
    }
}
