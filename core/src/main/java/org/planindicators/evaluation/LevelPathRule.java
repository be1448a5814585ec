package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.planindicators.calc.DecimalMath;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.plan.Baseline;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.Change;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.NumericTarget;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/** A level (GDP in 亿元, a share in %) judged on the path from its baseline to its target. */
final class LevelPathRule extends Rule {
    LevelPathRule(Assessment assessment) {
        super(assessment);
    }

    /** A target in the terms of the indicator's levels, and the value its path leads to. */
    private record LevelGoal(NumericTarget goal, BigDecimal pathValue, Explanation explanation) {
    }

    /** The baseline used: its year, its value in the series' unit, and how it reads as an input. */
    private record Base(int year, BigDecimal value, Input input) {
    }

    IndicatorEvaluation judge(NumericTarget n, Accumulation acc) {
        int tYear = targetYear();
        int last = Math.min(year, tYear);
        Unit unit = indicator.unit().isNone() ? n.unit() : indicator.unit();
        Series series = Series.of(own, Series.ofIndicator(indicator, plan.jurisdiction()), unit, last, mc,
                notes);
        unit = series.unit();
        if (isGrowth(n.unit(), unit) && acc == Accumulation.LEVEL) {
            return new YearlyRule(assessment).growth(n, series);
        }
        Optional<Series.Point> ofTargetYear = year >= tYear ? series.at(tYear) : Optional.empty();
        if (ofTargetYear.isPresent() && startYear(series).orElse(tYear) >= tYear && acc == Accumulation.LEVEL
                && !(n instanceof Change) && !isGrowth(n.unit(), unit) && n.unit().isCompatibleWith(unit)) {
            return atTargetYearOnly(n, ofTargetYear.get(), unit, "no value before the target year " + tYear
                    + ": the target year's observation is judged against the target without a path");
        }
        Base base = base(series, unit, last);
        if (base == null) {
            return notAssessable("no baseline and no observation up to " + last);
        }
        if (base.year() >= tYear) {
            return notAssessable("the baseline (" + base.year() + ") is not before the target year " + tYear);
        }
        Optional<Series.Point> latest = series.latest(base.year(), last);
        if (latest.isEmpty()) {
            return notAssessable("no observation after the baseline year " + base.year() + " up to " + last);
        }
        LevelGoal goal = levelGoal(n, acc, base, unit);
        if (goal == null) {
            return result(EvaluationStatus.NOT_ASSESSABLE);
        }
        Series.Point p = latest.get();
        int b = base.year();
        int t = p.year();
        BigDecimal v0 = base.value();
        BigDecimal a = p.value();
        BigDecimal vT = goal.pathValue();
        Direction direction = indicator.direction();
        boolean meets = goal.goal().isSatisfiedBy(Quantity.of(a, unit), direction);
        boolean baseMet = goal.goal().isSatisfiedBy(Quantity.of(v0, unit), direction);
        boolean atTarget = t == tYear;
        if (!atTarget && year >= tYear) {
            notes.add("no observation for the target year " + tYear + "; the latest, " + t + ", is compared");
        }
        boolean geometric = isGeometric(unit, v0, vT);
        Input v0In = base.input();
        Input vTIn = new Input("vT", "target", Quantity.of(vT, unit), tYear, null);
        Input aIn = observed("a", p, unit);
        figures.add(timeProgress(b, t, tYear));
        figures.add(new Figure(FigureKind.BASELINE, round(v0, unit), Explanation.of("v0 = the baseline",
                List.of(v0In))));
        Figure actualFigure = new Figure(FigureKind.ACTUAL, round(a, unit), Explanation.of(
                "a = the latest observation", List.of(aIn)));
        figures.add(new Figure(FigureKind.TARGET, round(vT, unit), goal.explanation()));
        BigDecimal ratio = null;
        if (!baseMet && vT.compareTo(v0) != 0) {
            BigDecimal expected = expectedOnPath(v0, vT, b, t, tYear, geometric);
            String formula = geometric ? "expected = v0 × (vT / v0)^((t − b) / (T − b))"
                    : "expected = v0 + (vT − v0) × (t − b) / (T − b)";
            List<Input> in = List.of(v0In, vTIn, Input.year("t", "year of the actual", t),
                    Input.year("b", "base year", b), Input.year("T", "target year", tYear));
            figures.add(new Figure(FigureKind.EXPECTED, round(expected, unit), Explanation.of(formula, in)));
            figures.add(actualFigure);
            BigDecimal task = a.subtract(v0).divide(vT.subtract(v0), wc);
            figures.add(new Figure(FigureKind.TASK_PROGRESS, percent(task), Explanation.of(
                    "task progress = (a − v0) / (vT − v0)", List.of(aIn, v0In, vTIn))));
            if (expected.compareTo(v0) != 0 && timeMethod()) {
                ratio = a.subtract(v0).divide(expected.subtract(v0), wc);
                Input eIn = new Input("e", "expected on the path", round(expected, unit), t, null);
                figures.add(new Figure(FigureKind.PROGRESS_RATIO, percent(ratio), Explanation.of(
                        "progress ratio = (a − v0) / (e − v0)", List.of(aIn, v0In, eIn))));
            }
        } else {
            figures.add(actualFigure);
            if (baseMet) {
                notes.add("the baseline already meets the target: a target to keep, judged by whether it still holds");
            }
        }
        if (!atTarget && !meets) {
            figures.add(required(a, vT, t, tYear, unit, geometric, aIn, vTIn));
        }
        BigDecimal sdgRatio = null;
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            sdgRatio = sdgRatioOfLevels(v0, a, vT, b, t, tYear, unit, v0In, aIn, vTIn);
        }
        return result(decide(atTarget, meets, meets, baseMet, ratio, sdgRatio));
    }

    /** The year a path would start from: the baseline's (in the version asked for), or else the first observation's. */
    private Optional<Integer> startYear(Series series) {
        Optional<Baseline> baseline = indicator.baseline(options.version());
        return baseline.isPresent() ? Optional.of(baseline.get().year()) : series.first().map(Series.Point::year);
    }

    /** The indicator's baseline (in the version asked for), or else its first observation, with a note. */
    private @Nullable Base base(Series series, Unit unit, int last) {
        Optional<Baseline> baseline = indicator.baseline(options.version());
        if (baseline.isPresent()) {
            Baseline bl = baseline.get();
            Quantity v = bl.value();
            if (!unit.isNone() && !v.unit().equals(unit) && v.unit().isCompatibleWith(unit)) {
                v = v.to(unit, mc);
            }
            String meaning = bl.note() == null ? "baseline" : "baseline, " + bl.note();
            return new Base(bl.year(), v.value(), new Input("v0", meaning, v, bl.year(), null));
        }
        Optional<Series.Point> first = series.first();
        if (first.isEmpty()) {
            return null;
        }
        Series.Point p = first.get();
        assessment.baselineFromObservation = true;
        notes.add("no baseline: the first observation (" + p.year() + ", " + Quantity.of(p.value(), unit) + ", "
                + p.status().code() + ") serves as the baseline");
        return new Base(p.year(), p.value(), new Input("v0", "first observation, as baseline",
                Quantity.of(p.value(), unit), p.year(), p.status()));
    }

    /** The target in the terms of the indicator's levels; {@code null} (with a note) when it cannot be put so. */
    private @Nullable LevelGoal levelGoal(NumericTarget n, Accumulation acc, Base base, Unit unit) {
        int tYear = targetYear();
        int b = base.year();
        Input v0In = base.input();
        Input targetIn = new Input("target", "target " + n, n.value(), tYear, null);
        if (n instanceof Change c) {
            Quantity amount = c.signedAmount();
            if (isGrowth(amount.unit(), unit)) {
                BigDecimal g = fraction(amount);
                BigDecimal y = acc == Accumulation.ANNUAL_AVERAGE
                        ? base.value().multiply(DecimalMath.pow(BigDecimal.ONE.add(g), tYear - b, wc), wc)
                        : base.value().multiply(BigDecimal.ONE.add(g), wc);
                String f = acc == Accumulation.ANNUAL_AVERAGE ? "vT = v0 × (1 + g)^(T − b)" : "vT = v0 × (1 + g)";
                return new LevelGoal(new Exact(round(y, unit), Accumulation.LEVEL), y, Explanation.of(f,
                        List.of(v0In, new Input("g", "change " + n, amount, tYear, null),
                                Input.year("b", "base year", b), Input.year("T", "target year", tYear))));
            }
            BigDecimal d = additive(amount, unit);
            if (d == null) {
                notes.add(0, "the change " + n + " is not in a unit of the indicator (" + unit.symbol() + ")");
                return null;
            }
            int k = acc == Accumulation.ANNUAL_AVERAGE ? tYear - b : 1;
            BigDecimal y = base.value().add(d.multiply(BigDecimal.valueOf(k)));
            String f = k == 1 ? "vT = v0 + d" : "vT = v0 + d × (T − b)";
            return new LevelGoal(new Exact(round(y, unit), Accumulation.LEVEL), y, Explanation.of(f, List.of(v0In,
                    new Input("d", "change " + n, amount, tYear, null), Input.year("b", "base year", b),
                    Input.year("T", "target year", tYear))));
        }
        if (isGrowth(n.unit(), unit)) {
            NumericTarget growth = n;
            if (n instanceof Approximately a) {
                growth = new Exact(a.value(), a.accumulation());
                notes.add("the growth target " + n + " is compared as reaching " + a.value());
            }
            boolean reduction = indicator.direction() == Direction.LOWER_IS_BETTER;
            BigDecimal sign = reduction ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            boolean average = acc == Accumulation.ANNUAL_AVERAGE;
            UnaryOperator<Quantity> implied = g -> {
                BigDecimal factor = BigDecimal.ONE.add(sign.multiply(fraction(g)));
                BigDecimal y = average ? base.value().multiply(DecimalMath.pow(factor, tYear - b, wc), wc)
                        : base.value().multiply(factor, wc);
                return round(y, unit);
            };
            NumericTarget goal = mapBounds(growth, implied, reduction);
            BigDecimal y = pathValue(goal, base.value(), unit);
            String f = (average ? "vT = v0 × (1 " : "vT = v0 × (1 ") + (reduction ? "− " : "+ ")
                    + (average ? "g)^(T − b)" : "C)");
            return new LevelGoal(goal, y, Explanation.of(f, List.of(v0In, targetIn, Input.year("b", "base year", b),
                    Input.year("T", "target year", tYear))).withNote("the growth target " + n + " as a level: "
                    + goal));
        }
        NumericTarget goal = inUnit(n, unit);
        if (!goal.unit().isCompatibleWith(unit)) {
            notes.add(0, "the target " + n + " is not in a unit of the indicator (" + unit.symbol() + ")");
            return null;
        }
        BigDecimal y = pathValue(goal, base.value(), unit);
        return new LevelGoal(goal, y, Explanation.of("vT = the target's value", List.of(targetIn)));
    }

    private Figure required(BigDecimal a, BigDecimal vT, int t, int tYear, Unit unit, boolean geometric, Input aIn,
            Input vTIn) {
        int m = tYear - t;
        List<Input> in = List.of(aIn, vTIn, Input.year("t", "year of the actual", t),
                Input.year("T", "target year", tYear));
        if (geometric && a.signum() > 0 && vT.signum() >= 0) {
            BigDecimal g = Growth.requiredAnnual(a, vT, m, wc);
            return new Figure(FigureKind.REQUIRED_GROWTH, percent(g), Explanation.of(
                    "required = (vT / a)^(1 / (T − t)) − 1", in));
        }
        BigDecimal perYear = vT.subtract(a).divide(BigDecimal.valueOf(m), wc);
        Unit perUnit = unit.family() == UnitFamily.RATIO ? Unit.PERCENTAGE_POINT : unit;
        if (unit.family() == UnitFamily.RATIO && !unit.equals(Unit.PERCENT)) {
            perYear = Quantity.of(perYear, unit).to(Unit.PERCENT, wc).value();
        }
        return new Figure(FigureKind.REQUIRED_GROWTH, round(perYear, perUnit), Explanation.of(
                "required = (vT − a) / (T − t), a year", in));
    }

    /** The Open SDG figures of a level path, and its ratio; {@code null} where the values are not all positive. */
    private @Nullable BigDecimal sdgRatioOfLevels(BigDecimal v0, BigDecimal a, BigDecimal vT, int b, int t,
            int tYear, Unit unit, Input v0In, Input aIn, Input vTIn) {
        if (v0.signum() <= 0 || a.signum() <= 0 || vT.signum() <= 0) {
            notes.add("the Open SDG rating needs positive values (baseline " + Quantity.of(v0, unit) + ", actual "
                    + Quantity.of(a, unit) + ", target " + Quantity.of(vT, unit) + ")");
            return null;
        }
        BigDecimal observed = Growth.averageAnnual(v0, a, t - b, wc);
        BigDecimal needed = Growth.averageAnnual(v0, vT, tYear - b, wc);
        return sdgFigures(observed, needed, "observed = (a / v0)^(1 / (t − b)) − 1",
                "needed = (vT / v0)^(1 / (T − b)) − 1", List.of(aIn, v0In, Input.year("t", "year of the actual", t),
                        Input.year("b", "base year", b)), List.of(vTIn, v0In, Input.year("T", "target year", tYear),
                        Input.year("b", "base year", b)));
    }

    private BigDecimal expectedOnPath(BigDecimal v0, BigDecimal vT, int b, int t, int tYear, boolean geometric) {
        if (geometric) {
            BigDecimal ratio = vT.divide(v0, wc);
            return v0.multiply(DecimalMath.pow(ratio, t - b, tYear - b, wc), wc);
        }
        return v0.add(vT.subtract(v0).multiply(BigDecimal.valueOf(t - b)).divide(BigDecimal.valueOf(tYear - b), wc));
    }

    private boolean isGeometric(Unit unit, BigDecimal v0, BigDecimal vT) {
        boolean wanted = switch (options.pathShape()) {
            case LINEAR -> false;
            case GEOMETRIC -> true;
            case AUTO -> !linearFamily(unit.family());
        };
        if (wanted && (v0.signum() <= 0 || vT.signum() <= 0)) {
            notes.add("a geometric path needs positive values: the path is linear");
            return false;
        }
        return wanted;
    }

    private static boolean linearFamily(UnitFamily family) {
        return switch (family) {
            case RATIO, PERCENTAGE_POINT, INDEX, CLASS, AGE, DURATION -> true;
            default -> false;
        };
    }
}
