package org.planindicators.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.Figure;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.ObservedValue;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Range;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * What one indicator's chart draws, in the chart's unit: the observations over the years, the baseline, the path the
 * evaluator expected from the baseline to the target, and the target as a band (a range, a target 左右) or a line (a
 * bound, an exact level, the level a growth target leads to).
 *
 * <p>The path is drawn only where the evaluator computed an expected value on it; its shape (linear or geometric) is
 * the one whose value at the actual's year is the evaluator's expected value. A target stated in other terms than
 * the yearly figures (a cumulative or annual-average target, a growth rate on a level with no level computed) is
 * not drawn; the chart's text alternative says so.
 *
 * @param unit the chart's unit: the observations' (the indicator's)
 * @param firstYear the first year on the axis
 * @param lastYear the last year on the axis
 * @param observed the observations, in {@code unit}, by year
 * @param baselineYear the baseline's year; {@code null} for none
 * @param baseline the baseline, in {@code unit}; {@code null} for none
 * @param path the expected path, a value a year from the baseline to the target year; empty for none
 * @param pathShape {@code linear} or {@code geometric}; {@code null} without a path
 * @param targetYear the target's year
 * @param targetLow the band's lower edge, or the line's value; {@code null} when the target is not drawn
 * @param targetHigh the band's upper edge; {@code null} for a line or when the target is not drawn
 * @param targetRelation for a line, {@code ≥ > ≤ < =}; {@code null} for a band
 */
public record ChartModel(Unit unit, int firstYear, int lastYear, List<ObservedValue> observed,
        @Nullable Integer baselineYear, @Nullable BigDecimal baseline, List<BigDecimal> path,
        @Nullable String pathShape, int targetYear, @Nullable BigDecimal targetLow, @Nullable BigDecimal targetHigh,
        @Nullable String targetRelation) {

    private static final MathContext MC = MathContext.DECIMAL64;

    /** {@return whether the target is drawn as a band} */
    public boolean isBand() {
        return targetLow != null && targetHigh != null;
    }

    /** {@return whether the target is drawn} */
    public boolean hasTarget() {
        return targetLow != null;
    }

    /** {@return every value drawn, to scale the axis by} */
    public List<BigDecimal> values() {
        List<BigDecimal> out = new ArrayList<>();
        observed.forEach(o -> out.add(o.value().value()));
        if (baseline != null) {
            out.add(baseline);
        }
        out.addAll(path);
        if (targetLow != null) {
            out.add(targetLow);
        }
        if (targetHigh != null) {
            out.add(targetHigh);
        }
        return out;
    }

    /**
     * The chart of {@code e}; {@code null} when its target is not numeric, or nothing can be drawn (no observation
     * and a target in other terms).
     *
     * @param evaluation the plan's evaluation
     * @param e the indicator's evaluation
     * @param observed its observations, by year
     * @return the chart, or {@code null}
     */
    public static @Nullable ChartModel of(PlanEvaluation evaluation, IndicatorEvaluation e,
            List<ObservedValue> observed) {
        Target target = e.target();
        if (target == null || !(target.expression() instanceof NumericTarget n)) {
            return null;
        }
        Unit unit = !observed.isEmpty() ? observed.get(0).value().unit()
                : !e.indicator().unit().isNone() ? e.indicator().unit() : n.unit();
        int targetYear = target.year();
        // The baseline: the one evaluated, else the plan's.
        Integer baseYear = null;
        BigDecimal base = null;
        Figure baseFigure = e.figure(FigureKind.BASELINE).orElse(null);
        if (baseFigure != null && !baseFigure.explanation().years().isEmpty()) {
            baseYear = baseFigure.explanation().years().get(0);
            base = in(baseFigure.value(), unit);
        } else {
            Baseline b = e.indicator().baseline(evaluation.options().version()).orElse(null);
            if (b != null) {
                baseYear = b.year();
                base = in(b.value(), unit);
            }
        }
        if (base == null) {
            baseYear = null;
        }
        // The target: as written when it applies to a year's figure, else the level the evaluator led the path to.
        BigDecimal low = null;
        BigDecimal high = null;
        String relation = null;
        if (n.accumulation() == Accumulation.LEVEL && !(n instanceof Change) && n.unit().isCompatibleWith(unit)) {
            if (n instanceof Range r) {
                low = in(r.low(), unit);
                high = in(r.high(), unit);
            } else if (n instanceof Approximately a) {
                BigDecimal v = a.value().value();
                BigDecimal tol = a.effectiveTolerance().value();
                low = in(Quantity.of(v.subtract(tol), a.value().unit()), unit);
                high = in(Quantity.of(v.add(tol), a.value().unit()), unit);
            } else {
                low = in(n.value(), unit);
                relation = n instanceof AtLeast ? "≥" : n instanceof GreaterThan ? ">" : n instanceof AtMost ? "≤"
                        : n instanceof LessThan ? "<" : "=";
            }
        }
        Figure targetFigure = e.figure(FigureKind.TARGET).orElse(null);
        List<BigDecimal> path = new ArrayList<>();
        String shape = null;
        Figure expected = e.figure(FigureKind.EXPECTED).orElse(null);
        Figure actual = e.figure(FigureKind.ACTUAL).orElse(null);
        if (baseFigure != null && targetFigure != null && base != null && baseYear != null && baseYear < targetYear) {
            BigDecimal vT = in(targetFigure.value(), unit);
            if (vT != null && low == null && isLevel(actual, observed, unit)) {
                low = vT;
                relation = "=";
            }
            if (vT != null && expected != null && actual != null && !actual.explanation().years().isEmpty()) {
                int t = actual.explanation().years().get(actual.explanation().years().size() - 1);
                BigDecimal e0 = in(expected.value(), unit);
                if (e0 != null) {
                    for (String candidate : List.of("linear", "geometric")) {
                        Double atT = onPath(candidate, base, vT, baseYear, t, targetYear);
                        if (atT != null && close(atT, e0.doubleValue())) {
                            shape = candidate;
                            break;
                        }
                    }
                }
                if (shape != null) {
                    for (int y = baseYear; y <= targetYear; y++) {
                        Double v = onPath(shape, base, vT, baseYear, y, targetYear);
                        path.add(v == null ? base : new BigDecimal(v, MC));
                    }
                }
            }
        }
        if (observed.isEmpty() && low == null) {
            return null;
        }
        int first = targetYear;
        int last = targetYear;
        if (baseYear != null) {
            first = Math.min(first, baseYear);
        }
        for (ObservedValue o : observed) {
            first = Math.min(first, o.year());
            last = Math.max(last, o.year());
        }
        if (first == last) {
            first--;
        }
        return new ChartModel(unit, first, last, observed, baseYear, base, List.copyOf(path), shape, targetYear, low,
                high, high == null ? relation : null);
    }

    /** Whether the actual is a level, the latest observation (not a sum, a mean or a chained rate). */
    private static boolean isLevel(@Nullable Figure actual, List<ObservedValue> observed, Unit unit) {
        if (actual == null || observed.isEmpty()) {
            return false;
        }
        BigDecimal a = in(actual.value(), unit);
        ObservedValue latest = observed.get(observed.size() - 1);
        return a != null && a.compareTo(latest.value().value().round(MC)) == 0
                || a != null && close(a.doubleValue(), latest.value().value().doubleValue());
    }

    private static @Nullable Double onPath(String shape, BigDecimal v0, BigDecimal vT, int b, int t, int tYear) {
        double f = (double) (t - b) / (tYear - b);
        double a = v0.doubleValue();
        double z = vT.doubleValue();
        if (shape.equals("linear")) {
            return a + (z - a) * f;
        }
        if (a <= 0 || z <= 0) {
            return null;
        }
        return a * Math.pow(z / a, f);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** {@code q} in {@code unit}; {@code null} when it does not convert. */
    static @Nullable BigDecimal in(@Nullable Quantity q, Unit unit) {
        if (q == null) {
            return null;
        }
        if (q.unit().equals(unit)) {
            return q.value();
        }
        if (!q.unit().isCompatibleWith(unit)) {
            return null;
        }
        return q.to(unit, MC).value();
    }
}
