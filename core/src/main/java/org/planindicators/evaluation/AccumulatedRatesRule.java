package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.planindicators.calc.DecimalMath;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Yearly rates accumulated over the period: a cumulative total or an annual average. */
final class AccumulatedRatesRule extends Rule {
    AccumulatedRatesRule(Assessment assessment) {
        super(assessment);
    }


    /**
     * A rate indicator with a cumulative ({@code cumulative}) or annual-average target: the yearly rates observed
     * since the base year are chained; reductions (下降) are chained as negative growth.
     */
    IndicatorEvaluation judge(NumericTarget n, boolean cumulative) {
        int tYear = targetYear();
        int b = plan.baseYear();
        int last = Math.min(year, tYear);
        if (b >= tYear) {
            return notAssessable("the base year " + b + " is not before the target year " + tYear);
        }
        Series series = Series.of(own, Series.ofIndicator(indicator, plan.jurisdiction()), Unit.PERCENT,
                last, mc, notes);
        List<Series.Point> points = series.between(b, last);
        if (points.isEmpty()) {
            return notAssessable("no yearly rate observed after the base year " + b + " up to " + last);
        }
        NumericTarget goal = inUnit(n, Unit.PERCENT);
        if (!goal.unit().isCompatibleWith(Unit.PERCENT)) {
            return notAssessable("the target " + n + " is not a rate in %");
        }
        int t = points.get(points.size() - 1).year();
        List<Integer> missing = series.missing(b, t);
        if (!missing.isEmpty()) {
            notes.add("no rate observed for " + missing + ": the chain covers the " + points.size()
                    + " years observed");
        }
        if (year >= tYear && t < tYear) {
            notes.add("no observation for the target year " + tYear + "; the latest, " + t + ", is compared");
        }
        boolean reduction = indicator.measure() == Measure.REDUCTION_RATE;
        BigDecimal sign = reduction ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        List<Quantity> growths = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        for (Series.Point p : points) {
            growths.add(Quantity.of(sign.multiply(p.value()), Unit.PERCENT));
            inputs.add(observed(reduction ? "r_" + p.year() : "g_" + p.year(), p, Unit.PERCENT));
        }
        BigDecimal chained = fraction(Growth.chain(growths, wc)); // ∏(1 + x_i) − 1, growth terms
        BigDecimal index = BigDecimal.ONE.add(chained);
        BigDecimal targetValue = pathValue(goal, BigDecimal.ZERO, Unit.PERCENT); // in the indicator's terms, %
        BigDecimal x = sign.multiply(targetValue).movePointLeft(2); // growth terms, a fraction
        int span = tYear - b;
        figures.add(timeProgress(b, t, tYear));
        figures.add(new Figure(FigureKind.TARGET, Quantity.of(targetValue, Unit.PERCENT), Explanation.of(
                "the target's value", List.of(new Input("target", "target " + n, n.value(), tYear, null)))));
        Direction direction = indicator.direction();
        boolean baseMet = goal.isSatisfiedBy(Quantity.of(BigDecimal.ZERO, Unit.PERCENT), direction);
        return cumulative ? cumulative(goal, b, t, span, sign, reduction, index, x, targetValue, inputs, baseMet)
                : average(goal, b, t, span, sign, reduction, index, x, targetValue, points.size(), inputs, baseMet);
    }

    private IndicatorEvaluation cumulative(NumericTarget goal, int b, int t, int span, BigDecimal sign,
            boolean reduction, BigDecimal index, BigDecimal x, BigDecimal targetValue, List<Input> inputs,
            boolean baseMet) {
        int tYear = targetYear();
        BigDecimal actual = sign.multiply(index.subtract(BigDecimal.ONE)); // in the indicator's terms, a fraction
        Quantity actualQ = percent(actual);
        figures.add(new Figure(FigureKind.ACTUAL, actualQ, Explanation.of(reduction ? "C = 1 − ∏(1 − r_i)"
                : "C = ∏(1 + g_i) − 1", inputs)));
        boolean meets = goal.isSatisfiedBy(actualQ, indicator.direction());
        BigDecimal indexTarget = BigDecimal.ONE.add(x);
        BigDecimal ratio = null;
        Input cIn = new Input("C", "cumulative so far", actualQ, t, null);
        Input ctIn = new Input("C_T", "cumulative target", Quantity.of(targetValue, Unit.PERCENT), tYear, null);
        if (!baseMet && x.signum() != 0) {
            BigDecimal expected;
            if (indexTarget.signum() > 0) {
                expected = sign.multiply(DecimalMath.pow(indexTarget, t - b, span, wc).subtract(BigDecimal.ONE));
            } else {
                expected = targetValue.movePointLeft(2).multiply(BigDecimal.valueOf(t - b))
                        .divide(BigDecimal.valueOf(span), wc);
                notes.add("a cumulative target of 100% or more has no geometric path: the path is linear");
            }
            String formula = reduction ? "expected = 1 − (1 − C_T)^((t − b) / (T − b))"
                    : "expected = (1 + C_T)^((t − b) / (T − b)) − 1";
            figures.add(new Figure(FigureKind.EXPECTED, percent(expected), Explanation.of(formula, List.of(ctIn,
                    Input.year("t", "year of the actual", t), Input.year("b", "base year", b),
                    Input.year("T", "target year", tYear)))));
            figures.add(new Figure(FigureKind.TASK_PROGRESS, percent(actual.divide(targetValue.movePointLeft(2), wc)),
                    Explanation.of("task progress = C / C_T", List.of(cIn, ctIn))));
            if (expected.signum() != 0 && timeMethod()) {
                ratio = actual.divide(expected, wc);
                figures.add(new Figure(FigureKind.PROGRESS_RATIO, percent(ratio), Explanation.of(
                        "progress ratio = C / expected", withWeakest(List.of(cIn, new Input("expected",
                                "expected on the path", percent(expected), t, null)), inputs))));
            }
        }
        boolean atTarget = t == tYear;
        if (!atTarget && !meets && index.signum() > 0 && indexTarget.signum() >= 0) {
            BigDecimal needed = Growth.requiredAnnual(index, indexTarget, tYear - t, wc);
            String formula = reduction ? "required = 1 − ((1 − C_T) / (1 − C))^(1 / (T − t))"
                    : "required = ((1 + C_T) / (1 + C))^(1 / (T − t)) − 1";
            figures.add(new Figure(FigureKind.REQUIRED_GROWTH, percent(sign.multiply(needed)), Explanation.of(
                    formula, withWeakest(List.of(cIn, ctIn, Input.year("t", "year of the actual", t),
                            Input.year("T", "target year", tYear)), inputs))));
        }
        BigDecimal sdgRatio = null;
        if (options.method() == EvaluationMethod.OPEN_SDG && index.signum() > 0 && indexTarget.signum() > 0) {
            BigDecimal observed = DecimalMath.root(index, t - b, wc).subtract(BigDecimal.ONE);
            BigDecimal neededCagr = DecimalMath.root(indexTarget, span, wc).subtract(BigDecimal.ONE);
            sdgRatio = sdgFigures(sign.multiply(observed), sign.multiply(neededCagr), reduction
                    ? "observed = 1 − (1 − C)^(1 / (t − b))" : "observed = (1 + C)^(1 / (t − b)) − 1", reduction
                    ? "needed = 1 − (1 − C_T)^(1 / (T − b))" : "needed = (1 + C_T)^(1 / (T − b)) − 1",
                    withWeakest(List.of(cIn, Input.year("t", "year of the actual", t), Input.year("b", "base year",
                            b)), inputs), List.of(ctIn, Input.year("T", "target year", tYear), Input.year("b",
                            "base year", b)));
        }
        return result(decide(atTarget, meets, meets, baseMet, ratio, sdgRatio));
    }

    private IndicatorEvaluation average(NumericTarget goal, int b, int t, int span, BigDecimal sign,
            boolean reduction, BigDecimal index, BigDecimal x, BigDecimal targetValue, int years, List<Input> inputs,
            boolean baseMet) {
        int tYear = targetYear();
        if (index.signum() <= 0) {
            return notAssessable("the chained rates fall by 100% or more: no average");
        }
        BigDecimal averageGrowth = DecimalMath.root(index, years, wc).subtract(BigDecimal.ONE);
        BigDecimal actual = sign.multiply(averageGrowth);
        Quantity actualQ = percent(actual);
        figures.add(new Figure(FigureKind.ACTUAL, actualQ, Explanation.of(reduction
                ? "average = 1 − (∏(1 − r_i))^(1 / n)" : "average = (∏(1 + g_i))^(1 / n) − 1", inputs)
                .withNote("n = " + years + " years observed")));
        boolean meets = goal.isSatisfiedBy(actualQ, indicator.direction());
        BigDecimal periodIndex = BigDecimal.ONE.add(x).signum() > 0
                ? DecimalMath.pow(BigDecimal.ONE.add(x), span, wc) : BigDecimal.ZERO;
        boolean reachedEarly = !baseMet && x.signum() != 0
                && (x.signum() > 0 ? index.compareTo(periodIndex) >= 0 : index.compareTo(periodIndex) <= 0);
        Input avgIn = new Input("a", "average so far", actualQ, t, null);
        Input gIn = new Input("g", "average target", Quantity.of(targetValue, Unit.PERCENT), tYear, null);
        BigDecimal ratio = null;
        if (!baseMet && targetValue.signum() != 0) {
            figures.add(new Figure(FigureKind.EXPECTED, Quantity.of(targetValue, Unit.PERCENT), Explanation.of(
                    "expected average = g (the target's average, every year)", List.of(gIn))));
            if (timeMethod()) {
                ratio = actual.divide(targetValue.movePointLeft(2), wc);
                figures.add(new Figure(FigureKind.PROGRESS_RATIO, percent(ratio), Explanation.of(
                        "progress ratio = a / g", withWeakest(List.of(avgIn, gIn), inputs))));
            }
            if (periodIndex.compareTo(BigDecimal.ONE) != 0) {
                BigDecimal task = index.subtract(BigDecimal.ONE).divide(periodIndex.subtract(BigDecimal.ONE), wc);
                figures.add(new Figure(FigureKind.TASK_PROGRESS, percent(task), Explanation.of(
                        "task progress = (∏(1 + x_i) − 1) / ((1 + g)^(T − b) − 1)", withWeakest(List.of(gIn,
                                Input.year("b", "base year", b), Input.year("T", "target year", tYear)), inputs))));
            }
        }
        boolean atTarget = t == tYear;
        if (!atTarget && !meets && periodIndex.signum() > 0) {
            BigDecimal needed = Growth.requiredAnnual(index, periodIndex, tYear - t, wc);
            figures.add(new Figure(FigureKind.REQUIRED_GROWTH, percent(sign.multiply(needed)), Explanation.of(
                    "required = ((1 + g)^(T − b) / ∏(1 + x_i))^(1 / (T − t)) − 1", withWeakest(List.of(gIn,
                            Input.year("b", "base year", b), Input.year("t", "year of the actual", t),
                            Input.year("T", "target year", tYear)), inputs))));
        }
        BigDecimal sdgRatio = null;
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            sdgRatio = sdgFigures(actual, targetValue.movePointLeft(2), "observed = the average so far",
                    "needed = the target's average", withWeakest(List.of(avgIn), inputs), List.of(gIn));
        }
        return result(decide(atTarget, meets, reachedEarly, baseMet, ratio, sdgRatio));
    }
}
