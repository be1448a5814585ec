package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Range;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/**
 * What every evaluation rule shares. An {@link Assessment} chooses one rule for an indicator — a level on a path
 * ({@link LevelPathRule}), a yearly growth or rate ({@link YearlyRule}), yearly amounts ({@link FlowRule}), rates
 * accumulated over the period ({@link AccumulatedRatesRule}), a relative target ({@link RelativeRule}) — and the
 * rule adds its figures and notes to the assessment and returns its result. Here: the decision by time progress or
 * the Open SDG rating, the figures every rule computes, and the small computations of units, bounds and rounding.
 */
abstract class Rule {
    final Assessment assessment;
    final Plan plan;
    final Indicator indicator;
    final @Nullable Target target;
    /** Every observation given, for references to other indicators and regions. */
    final List<Observation> observations;
    /** The observations that may be the indicator's own (at least those named by its code or name), in order. */
    final List<Observation> own;
    final int year;
    final EvaluationOptions options;
    final MathContext mc;
    final MathContext wc;
    final List<Figure> figures;
    final List<String> notes;

    Rule(Assessment assessment) {
        this.assessment = assessment;
        this.plan = assessment.plan;
        this.indicator = assessment.indicator;
        this.target = assessment.target;
        this.observations = assessment.observations;
        this.own = assessment.own;
        this.year = assessment.year;
        this.options = assessment.options;
        this.mc = assessment.mc;
        this.wc = assessment.wc;
        this.figures = assessment.figures;
        this.notes = assessment.notes;
    }

    // ---- results ------------------------------------------------------------------------------------------------

    IndicatorEvaluation result(EvaluationStatus status) {
        return assessment.result(status);
    }

    IndicatorEvaluation notAssessable(String reason) {
        return assessment.notAssessable(reason);
    }

    boolean timeMethod() {
        return options.method() == EvaluationMethod.TIME_PROGRESS;
    }

    int targetYear() {
        return Objects.requireNonNull(target).year();
    }

    /** The status by the time-progress rules, or by the Open SDG rating. */
    EvaluationStatus decide(boolean atTarget, boolean meets, boolean reachedEarly, boolean baseMet,
            @Nullable BigDecimal ratio, @Nullable BigDecimal sdgRatio) {
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            boolean achieved = atTarget ? meets : reachedEarly && !baseMet || baseMet && meets;
            if (achieved) {
                assessment.sdg = SdgProgress.TARGET_ACHIEVED;
            } else if (baseMet) {
                assessment.sdg = SdgProgress.DETERIORATION;
            } else if (sdgRatio != null) {
                assessment.sdg = SdgProgress.ofRatio(sdgRatio);
            }
        }
        if (atTarget) {
            return meets ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED;
        }
        if (reachedEarly && !baseMet) {
            return EvaluationStatus.ACHIEVED_EARLY;
        }
        if (baseMet) {
            return meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING;
        }
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            if (assessment.sdg == null) {
                notes.add("the Open SDG ratio cannot be formed (it needs positive values and a growth needed);"
                        + " judged by whether the target is met");
                return meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING;
            }
            return assessment.sdg == SdgProgress.ON_TRACK ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING;
        }
        if (ratio == null) {
            return meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING;
        }
        BigDecimal tolerance = options.tolerance();
        if (ratio.compareTo(BigDecimal.ONE.add(tolerance)) > 0) {
            return EvaluationStatus.AHEAD;
        }
        return ratio.compareTo(BigDecimal.ONE.subtract(tolerance)) >= 0 ? EvaluationStatus.ON_TRACK
                : EvaluationStatus.LAGGING;
    }


    /**
     * A level target judged in its year with no earlier value to draw a path from: the target year's observation
     * meets the target ({@code achieved}) or not ({@code missed}); no expected value, progress or time progress.
     */
    IndicatorEvaluation atTargetYearOnly(NumericTarget n, Series.Point p, Unit unit, String note) {
        notes.add(note);
        Input aIn = observed("a", p, unit);
        figures.add(new Figure(FigureKind.ACTUAL, round(p.value(), unit), Explanation.of(
                "a = the observation of the target year", List.of(aIn))));
        if (n.high() == null) {
            figures.add(new Figure(FigureKind.TARGET, round(n.value().to(unit, mc).value(), unit), Explanation.of(
                    "the target " + n, List.of(new Input("target", "target " + n, n.value(), p.year(), null)))));
        }
        boolean meets = n.isSatisfiedBy(Quantity.of(p.value(), unit), indicator.direction());
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            assessment.sdg = meets ? SdgProgress.TARGET_ACHIEVED : null;
        }
        return result(meets ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED);
    }

    // ---- figures shared by the methods --------------------------------------------------------------------------

    Figure timeProgress(int b, int t, int tYear) {
        BigDecimal f = BigDecimal.valueOf(t - b).divide(BigDecimal.valueOf(tYear - b), wc);
        return new Figure(FigureKind.TIME_PROGRESS, percent(f), Explanation.of("time progress = (t − b) / (T − b)",
                List.of(Input.year("t", "year of the actual", t), Input.year("b", "base year", b),
                        Input.year("T", "target year", tYear))));
    }

    /** Adds the observed and needed growth figures and returns their ratio, or {@code null} when none is needed. */
    @Nullable BigDecimal sdgFigures(BigDecimal observed, BigDecimal needed, String observedFormula,
            String neededFormula, List<Input> observedInputs, List<Input> neededInputs) {
        figures.add(new Figure(FigureKind.OBSERVED_GROWTH, percent(observed), Explanation.of(observedFormula,
                observedInputs)));
        figures.add(new Figure(FigureKind.NEEDED_GROWTH, percent(needed), Explanation.of(neededFormula,
                neededInputs)));
        if (needed.signum() == 0) {
            return null;
        }
        BigDecimal ratio = observed.divide(needed, wc);
        List<Input> in = new ArrayList<>(observedInputs);
        for (Input i : neededInputs) {
            if (in.stream().noneMatch(j -> j.symbol().equals(i.symbol()) && Objects.equals(j.year(), i.year()))) {
                in.add(i);
            }
        }
        figures.add(new Figure(FigureKind.PROGRESS_RATIO, percent(ratio), Explanation.of(
                "R = observed / needed (Open SDG)", in)));
        return ratio;
    }

    // ---- small helpers ------------------------------------------------------------------------------------------

    /** {@code inputs} followed by {@code more}, so that the explanation carries their statuses too. */
    static List<Input> withWeakest(List<Input> inputs, List<Input> more) {
        List<Input> out = new ArrayList<>(inputs);
        out.addAll(more);
        return out;
    }

    Input observed(String symbol, Series.Point p, Unit unit) {
        return new Input(symbol, "observation", Quantity.of(p.value(), unit), p.year(), p.status());
    }

    /** Whether a target in {@code targetUnit} is a growth rate of a level in {@code unit} (a % of 亿元). */
    static boolean isGrowth(Unit targetUnit, Unit unit) {
        return targetUnit.family() == UnitFamily.RATIO && unit.family() != UnitFamily.RATIO && !unit.isNone();
    }

    static boolean isRate(Measure measure, Unit unit) {
        return measure.isRate() || unit.family() == UnitFamily.RATIO;
    }

    /** An additive change in the indicator's unit: a bare number, a compatible unit, or points of a percentage. */
    @Nullable BigDecimal additive(Quantity amount, Unit unit) {
        if (amount.unit().isNone()) {
            return amount.value();
        }
        if (amount.unit().isCompatibleWith(unit)) {
            return amount.to(unit, wc).value();
        }
        if (amount.unit().family() == UnitFamily.PERCENTAGE_POINT && unit.family() == UnitFamily.RATIO) {
            return Quantity.of(amount.value(), Unit.PERCENT).to(unit, wc).value();
        }
        return null;
    }

    /** The value the path leads to: the target's value, or for a range the bound nearest to {@code start}. */
    BigDecimal pathValue(NumericTarget goal, BigDecimal start, Unit unit) {
        if (goal instanceof Change c) {
            return inUnitValue(c.signedAmount(), unit);
        }
        BigDecimal low = inUnitValue(goal.value(), unit);
        Quantity highQ = goal.high();
        if (highQ == null) {
            return low;
        }
        BigDecimal high = inUnitValue(highQ, unit);
        if (start.compareTo(low) < 0) {
            return low;
        }
        return start.compareTo(high) > 0 ? high : start;
    }

    BigDecimal inUnitValue(Quantity q, Unit unit) {
        if (q.unit().equals(unit) || unit.isNone() || !q.unit().isCompatibleWith(unit)) {
            return q.value();
        }
        return q.to(unit, wc).value();
    }

    /** The target with its bare numbers (and points, for a % indicator) given the indicator's unit. */
    static NumericTarget inUnit(NumericTarget n, Unit unit) {
        UnaryOperator<Quantity> f = q -> q.unit().isNone()
                || q.unit().family() == UnitFamily.PERCENTAGE_POINT && unit.family() == UnitFamily.RATIO
                ? Quantity.of(q.value(), unit) : q;
        return mapBounds(n, f, false);
    }

    /**
     * The target with each number mapped by {@code f}; when {@code decreasing}, bounds turn round (at least a
     * reduction of 13.5% is at most 86.5% of the baseline).
     */
    static NumericTarget mapBounds(NumericTarget n, UnaryOperator<Quantity> f, boolean decreasing) {
        Accumulation level = Accumulation.LEVEL;
        if (n instanceof Exact e) {
            return new Exact(f.apply(e.value()), level);
        }
        if (n instanceof Approximately a) {
            Quantity tolerance = a.tolerance();
            return new Approximately(f.apply(a.value()), tolerance == null ? null : f.apply(tolerance), level);
        }
        if (n instanceof AtLeast l) {
            return decreasing ? new AtMost(f.apply(l.value()), level) : new AtLeast(f.apply(l.value()), level);
        }
        if (n instanceof GreaterThan g) {
            return decreasing ? new LessThan(f.apply(g.value()), level) : new GreaterThan(f.apply(g.value()), level);
        }
        if (n instanceof AtMost m) {
            return decreasing ? new AtLeast(f.apply(m.value()), level) : new AtMost(f.apply(m.value()), level);
        }
        if (n instanceof LessThan l) {
            return decreasing ? new GreaterThan(f.apply(l.value()), level) : new LessThan(f.apply(l.value()), level);
        }
        if (n instanceof Range r) {
            Quantity x = f.apply(r.low());
            Quantity y = f.apply(r.high());
            return x.compareAmount(y) <= 0 ? new Range(x, y, level) : new Range(y, x, level);
        }
        Change c = (Change) n;
        return new Change(c.direction(), f.apply(c.amount()), level);
    }

    static BigDecimal fraction(Quantity rate) {
        return rate.to(Unit.PERCENT).value().movePointLeft(2);
    }

    Quantity percent(BigDecimal fraction) {
        return Quantity.of(round(fraction.movePointRight(2)), Unit.PERCENT);
    }

    Quantity round(BigDecimal value, Unit unit) {
        return Quantity.of(round(value), unit);
    }

    BigDecimal round(BigDecimal value) {
        BigDecimal r = value.round(mc);
        if (r.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = r.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}