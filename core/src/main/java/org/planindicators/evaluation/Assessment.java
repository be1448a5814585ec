package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.planindicators.calc.CalculationException;
import org.planindicators.calc.DecimalMath;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.Delegated;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitConversionException;
import org.planindicators.unit.UnitFamily;

/** The evaluation of one indicator against one target; used once. The rules are documented on {@link Evaluator}. */
final class Assessment {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Plan plan;
    private final Indicator indicator;
    private final @Nullable Target target;
    /** Every observation given, for references to other indicators and regions. */
    private final List<Observation> observations;
    /** The observations that may be the indicator's own (at least those named by its code or name), in order. */
    private final List<Observation> own;
    private final int year;
    private final EvaluationOptions options;
    private final MathContext mc;
    private final MathContext wc;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean baselineFromObservation;
    private @Nullable SdgProgress sdg;

    Assessment(Plan plan, Indicator indicator, @Nullable Target target, List<Observation> observations,
            List<Observation> own, int year, EvaluationOptions options) {
        this.plan = plan;
        this.indicator = indicator;
        this.target = target;
        this.observations = observations;
        this.own = own;
        this.year = year;
        this.options = options;
        this.mc = options.mathContext();
        this.wc = new MathContext(mc.getPrecision() + DecimalMath.GUARD_DIGITS, RoundingMode.HALF_EVEN);
    }

    IndicatorEvaluation run() {
        try {
            return assess();
        } catch (CalculationException | UnitConversionException e) {
            // Data no formula can take (a rate below −100%, a value of zero to grow from): say so, do not fail.
            figures.clear();
            return notAssessable("the figures cannot be computed from the data: " + e.getMessage());
        }
    }

    private IndicatorEvaluation assess() {
        if (target == null) {
            return notAssessable("no target to evaluate");
        }
        TargetExpression expression = target.expression();
        if (expression instanceof Qualitative q) {
            return notAssessable("qualitative target, no number to compare: " + q.text());
        }
        if (expression instanceof Delegated d) {
            return notAssessable("delegated target: the number is set by " + d.authority());
        }
        if (expression instanceof Relative r) {
            return relative(r);
        }
        NumericTarget n = (NumericTarget) expression;
        Accumulation acc = n.accumulation() != Accumulation.LEVEL ? n.accumulation() : indicator.accumulation();
        if (indicator.measure() == Measure.FLOW) {
            return flow(n, acc);
        }
        if (indicator.measure().isRate()) {
            if (n instanceof Change) {
                return notAssessable("a change of a rate (" + n + ") is not assessed; state the rate to reach");
            }
            return switch (acc) {
                case CUMULATIVE -> rates(n, true);
                case ANNUAL_AVERAGE -> rates(n, false);
                case LEVEL -> yearlyRate(n);
            };
        }
        return levelPath(n, acc);
    }

    // ---- results ------------------------------------------------------------------------------------------------

    private IndicatorEvaluation result(EvaluationStatus status) {
        return new IndicatorEvaluation(indicator, target, year, options.method(), status,
                options.method() == EvaluationMethod.OPEN_SDG ? sdg : null, figures, baselineFromObservation, notes);
    }

    private IndicatorEvaluation notAssessable(String reason) {
        notes.add(0, reason);
        sdg = null;
        return result(EvaluationStatus.NOT_ASSESSABLE);
    }

    private boolean timeMethod() {
        return options.method() == EvaluationMethod.TIME_PROGRESS;
    }

    private int targetYear() {
        return Objects.requireNonNull(target).year();
    }

    /** The status by the time-progress rules, or by the Open SDG rating. */
    private EvaluationStatus decide(boolean atTarget, boolean meets, boolean reachedEarly, boolean baseMet,
            @Nullable BigDecimal ratio, @Nullable BigDecimal sdgRatio) {
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            boolean achieved = atTarget ? meets : reachedEarly && !baseMet || baseMet && meets;
            if (achieved) {
                sdg = SdgProgress.TARGET_ACHIEVED;
            } else if (baseMet) {
                sdg = SdgProgress.DETERIORATION;
            } else if (sdgRatio != null) {
                sdg = SdgProgress.ofRatio(sdgRatio);
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
            if (sdg == null) {
                notes.add("the Open SDG ratio cannot be formed (it needs positive values and a growth needed);"
                        + " judged by whether the target is met");
                return meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING;
            }
            return sdg == SdgProgress.ON_TRACK ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING;
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

    // ---- levels: a path from the baseline to the target ---------------------------------------------------------

    /** A target in the terms of the indicator's levels, and the value its path leads to. */
    private record LevelGoal(NumericTarget goal, BigDecimal pathValue, Explanation explanation) {
    }

    /** The baseline used: its year, its value in the series' unit, and how it reads as an input. */
    private record Base(int year, BigDecimal value, Input input) {
    }

    private IndicatorEvaluation levelPath(NumericTarget n, Accumulation acc) {
        int tYear = targetYear();
        int last = Math.min(year, tYear);
        Unit unit = indicator.unit().isNone() ? n.unit() : indicator.unit();
        Series series = Series.of(own, Series.ofIndicator(indicator, plan.jurisdiction()), unit, last, mc,
                notes);
        unit = series.unit();
        if (isGrowth(n.unit(), unit) && acc == Accumulation.LEVEL) {
            return yearlyGrowth(n, series);
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

    /**
     * A level target judged in its year with no earlier value to draw a path from: the target year's observation
     * meets the target ({@code achieved}) or not ({@code missed}); no expected value, progress or time progress.
     */
    private IndicatorEvaluation atTargetYearOnly(NumericTarget n, Series.Point p, Unit unit, String note) {
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
            sdg = meets ? SdgProgress.TARGET_ACHIEVED : null;
        }
        return result(meets ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED);
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
        baselineFromObservation = true;
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

    /** A level indicator with a yearly growth target (增长6.0%—7.0%): the latest year's growth against it. */
    private IndicatorEvaluation yearlyGrowth(NumericTarget n, Series series) {
        int tYear = targetYear();
        int b = plan.baseYear();
        Unit unit = series.unit();
        Optional<Series.Point> latest = series.latest(b, Math.min(year, tYear));
        if (latest.isEmpty()) {
            return notAssessable("no observation after the base year " + b + " up to " + Math.min(year, tYear));
        }
        Series.Point p = latest.get();
        Input aIn = observed("v_t", p, unit);
        Input prevIn;
        BigDecimal previous;
        Optional<Series.Point> before = series.at(p.year() - 1);
        Optional<Baseline> baseline = indicator.baseline(options.version());
        if (before.isPresent()) {
            previous = before.get().value();
            prevIn = observed("v_{t−1}", before.get(), unit);
        } else if (baseline.isPresent() && baseline.get().year() == p.year() - 1
                && baseline.get().value().unit().isCompatibleWith(unit)) {
            Quantity v = baseline.get().value().to(unit, mc);
            previous = v.value();
            prevIn = new Input("v_{t−1}", "baseline", v, p.year() - 1, null);
        } else {
            return notAssessable("no value for " + (p.year() - 1) + " to compute the growth of " + p.year());
        }
        if (previous.signum() <= 0) {
            return notAssessable("the value of " + (p.year() - 1) + " is not positive: no growth rate");
        }
        BigDecimal growth = p.value().divide(previous, wc).subtract(BigDecimal.ONE);
        Quantity g = percent(growth);
        figures.add(timeProgress(b, p.year(), tYear));
        figures.add(new Figure(FigureKind.ACTUAL, g, Explanation.of("g = v_t / v_{t−1} − 1", List.of(aIn, prevIn))));
        return judgeYearly(n, g, p.year(), "the target is a yearly growth: the growth of " + p.year() + " is compared");
    }

    /** A rate indicator with a yearly target (a level accumulation): the latest year's rate against it. */
    private IndicatorEvaluation yearlyRate(NumericTarget n) {
        int tYear = targetYear();
        int b = plan.baseYear();
        Series series = Series.of(own, Series.ofIndicator(indicator, plan.jurisdiction()), Unit.PERCENT,
                Math.min(year, tYear), mc, notes);
        Optional<Series.Point> latest = series.latest(b, Math.min(year, tYear));
        if (latest.isEmpty()) {
            return notAssessable("no observation after the base year " + b + " up to " + Math.min(year, tYear));
        }
        Series.Point p = latest.get();
        figures.add(timeProgress(b, p.year(), tYear));
        Quantity actual = Quantity.of(p.value(), Unit.PERCENT);
        figures.add(new Figure(FigureKind.ACTUAL, actual, Explanation.of("a = the latest observation",
                List.of(observed("a", p, Unit.PERCENT)))));
        return judgeYearly(n, actual, p.year(), "the target is a yearly rate: the rate of " + p.year()
                + " is compared");
    }

    private IndicatorEvaluation judgeYearly(NumericTarget n, Quantity actual, int t, String note) {
        int tYear = targetYear();
        NumericTarget goal = inUnit(n, Unit.PERCENT);
        if (!goal.unit().isCompatibleWith(Unit.PERCENT)) {
            return notAssessable("the target " + n + " is not a rate in %");
        }
        BigDecimal value = pathValue(goal, BigDecimal.ZERO, Unit.PERCENT);
        figures.add(1, new Figure(FigureKind.TARGET, Quantity.of(value, Unit.PERCENT), Explanation.of(
                "the target's value", List.of(new Input("target", "target " + n, n.value(), tYear, null)))));
        notes.add(note);
        if (year >= tYear && t < tYear) {
            notes.add("no observation for the target year " + tYear + "; the latest, " + t + ", is compared");
        }
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            notes.add("the Open SDG rating applies to a trend from a baseline, not to one year's rate");
        }
        boolean meets = goal.isSatisfiedBy(actual, indicator.direction());
        if (t == tYear) {
            return result(meets ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED);
        }
        return result(meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING);
    }

    // ---- yearly amounts (flows): the target year's figure, their sum, or their average -------------------------

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
     */
    private IndicatorEvaluation flow(NumericTarget n, Accumulation acc) {
        if (n instanceof Change) {
            return notAssessable("a change of a yearly amount (" + n + ") is not assessed; state the amount to reach");
        }
        int tYear = targetYear();
        int last = Math.min(year, tYear);
        Unit unit = indicator.unit().isNone() ? n.unit() : indicator.unit();
        if (isGrowth(n.unit(), unit)) {
            return levelPath(n, acc);
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
            return notAssessable("no yearly amount observed after the base year " + b + " up to " + last);
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
        figures.add(new Figure(FigureKind.ACTUAL, meanQ, Explanation.of("mean = Σ a_i / n", inputs)
                .withNote("n = " + years + " years observed")));
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
            notes.add("the Open SDG rating applies to a growth from a baseline, not to an average of yearly amounts");
            sdg = atTarget && meets ? SdgProgress.TARGET_ACHIEVED : null;
        }
        if (atTarget) {
            return result(meets ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED);
        }
        return result(meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING);
    }

    // ---- rates accumulated over the period: cumulative totals and annual averages -----------------------------

    /**
     * A rate indicator with a cumulative ({@code cumulative}) or annual-average target: the yearly rates observed
     * since the base year are chained; reductions (下降) are chained as negative growth.
     */
    private IndicatorEvaluation rates(NumericTarget n, boolean cumulative) {
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

    // ---- relative targets ---------------------------------------------------------------------------------------

    /** A yearly rate in %, and the observations it was computed from. */
    private record Rate(int year, BigDecimal percent, List<Input> inputs) {
    }

    private IndicatorEvaluation relative(Relative r) {
        int tYear = targetYear();
        int b = plan.baseYear();
        int last = Math.min(year, tYear);
        if (last <= b) {
            return notAssessable("no year after the base year " + b + " up to " + last);
        }
        boolean ownIsRate = isRate(indicator.measure(), indicator.unit());
        Series own = Series.of(this.own, Series.ofIndicator(indicator, plan.jurisdiction()),
                ownIsRate ? Unit.PERCENT : indicator.unit(), last, mc, notes);
        TreeMap<Integer, Rate> ownRates = rates(own, ownIsRate, "x");
        List<String> names = new ArrayList<>();
        List<TreeMap<Integer, Rate>> references = new ArrayList<>();
        for (String reference : r.references()) {
            Series series;
            boolean isRate;
            String name;
            switch (r.referenceKind()) {
                case INDICATOR -> {
                    Optional<References.Match> match = References.find(plan, indicator, reference, observations);
                    if (match.isEmpty()) {
                        return notAssessable("the reference '" + reference + "' matches no indicator of the plan"
                                + " and no observed series");
                    }
                    Indicator ref = match.get().indicator();
                    if (ref != null) {
                        isRate = isRate(ref.measure(), ref.unit());
                        series = Series.of(observations, Series.ofIndicator(ref, plan.jurisdiction()),
                                isRate ? Unit.PERCENT : ref.unit(), last, mc, notes);
                    } else {
                        series = Series.of(observations, Series.named(match.get().name(), plan.jurisdiction()),
                                Unit.NONE, last, mc, notes);
                        isRate = series.unit().family() == UnitFamily.RATIO;
                    }
                    name = match.get().name();
                    notes.add("the reference '" + reference + "' is matched to '" + name + "'");
                }
                case REGION -> {
                    List<Observation> regional = References.ofRegion(observations, indicator, reference);
                    series = Series.of(regional, o -> true, ownIsRate ? Unit.PERCENT : indicator.unit(), last, mc,
                            notes);
                    isRate = ownIsRate;
                    name = reference;
                }
                default -> throw new AssertionError(r.referenceKind());
            }
            names.add(name);
            references.add(rates(series, isRate, "y"));
        }
        List<Integer> common = new ArrayList<>();
        for (int y : ownRates.subMap(b, false, last, true).keySet()) {
            if (references.stream().allMatch(m -> m.containsKey(y))) {
                common.add(y);
            }
        }
        if (common.isEmpty()) {
            return notAssessable("no year after " + b + " up to " + last + " with both the indicator and "
                    + String.join("、", names) + " observed");
        }
        int t = common.get(common.size() - 1);
        boolean average = r.accumulation() == Accumulation.ANNUAL_AVERAGE;
        Rate ownValue = average ? averageOf(ownRates, common, "x") : ownRates.get(t);
        figures.add(timeProgress(b, t, tYear));
        figures.add(new Figure(FigureKind.ACTUAL, Quantity.of(round(ownValue.percent()), Unit.PERCENT),
                Explanation.of(average ? "x = average of the yearly growth over the years compared"
                        : "x = growth of the indicator",
                        ownValue.inputs())));
        boolean met = true;
        for (int i = 0; i < references.size(); i++) {
            Rate refValue = average ? averageOf(references.get(i), common, "y") : references.get(i).get(t);
            figures.add(new Figure(FigureKind.REFERENCE, Quantity.of(round(refValue.percent()), Unit.PERCENT),
                    Explanation.of(average ? "y = average of the yearly growth of " + names.get(i)
                            : "y = growth of " + names.get(i), refValue.inputs())));
            BigDecimal gap = ownValue.percent().subtract(refValue.percent());
            List<Input> both = new ArrayList<>(ownValue.inputs());
            both.addAll(refValue.inputs());
            figures.add(new Figure(FigureKind.GAP, Quantity.of(round(gap), Unit.PERCENTAGE_POINT), Explanation.of(
                    "gap = x − y (" + names.get(i) + ")", both)));
            met &= compare(r, ownValue.percent(), refValue.percent());
        }
        if (!average) {
            List<Integer> failed = new ArrayList<>();
            for (int y : common) {
                if (y != t && !references.stream().allMatch(m -> compare(r, ownRates.get(y).percent(),
                        m.get(y).percent()))) {
                    failed.add(y);
                }
            }
            if (!failed.isEmpty()) {
                notes.add("the target was not met in " + failed);
            }
        }
        if (year >= tYear && t < tYear) {
            notes.add("no observation for the target year " + tYear + "; the latest, " + t + ", is compared");
        }
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            notes.add("the Open SDG rating does not apply to a target relative to another indicator");
        }
        if (t == tYear) {
            return result(met ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED);
        }
        return result(met ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING);
    }

    /** Whether {@code own} stands to {@code reference} as the relative target asks, both in %. */
    private boolean compare(Relative r, BigDecimal own, BigDecimal reference) {
        int c = own.compareTo(reference);
        RelativeComparison comparison = r.comparison();
        return switch (comparison) {
            case IN_STEP -> r.roughly()
                    ? own.compareTo(reference.subtract(options.inStepTolerance().value())) >= 0 : c >= 0;
            case HIGHER -> c > 0;
            case NOT_LOWER -> c >= 0;
            case LOWER -> c < 0;
            case NOT_HIGHER -> c <= 0;
            case EQUAL -> c == 0;
        };
    }

    /** Yearly rates of a series: its values when it holds rates, else the year-on-year growth of its levels. */
    private TreeMap<Integer, Rate> rates(Series series, boolean isRate, String symbol) {
        TreeMap<Integer, Rate> out = new TreeMap<>();
        Unit unit = series.unit();
        for (Series.Point p : series.between(Integer.MIN_VALUE + 1, Integer.MAX_VALUE)) {
            if (isRate) {
                out.put(p.year(), new Rate(p.year(), p.value(), List.of(observed(symbol + "_" + p.year(), p,
                        unit))));
            } else {
                Optional<Series.Point> before = series.at(p.year() - 1);
                if (before.isPresent() && before.get().value().signum() > 0) {
                    BigDecimal g = p.value().divide(before.get().value(), wc).subtract(BigDecimal.ONE)
                            .movePointRight(2);
                    out.put(p.year(), new Rate(p.year(), g, List.of(observed(symbol + "_" + p.year(), p, unit),
                            observed(symbol + "_" + (p.year() - 1), before.get(), unit))));
                }
            }
        }
        return out;
    }

    /** The average yearly growth over {@code years}: {@code (∏(1 + g_i))^(1/n) − 1}, in %. */
    private Rate averageOf(TreeMap<Integer, Rate> rates, List<Integer> years, String symbol) {
        List<Quantity> growths = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        for (int y : years) {
            Rate r = rates.get(y);
            growths.add(Quantity.of(r.percent(), Unit.PERCENT));
            inputs.addAll(r.inputs());
        }
        Quantity chained = Growth.chain(growths, wc);
        Quantity avg = Growth.annualFromCumulativeGrowth(chained, years.size(), wc);
        return new Rate(years.get(years.size() - 1), avg.value(), inputs);
    }

    // ---- figures shared by the methods --------------------------------------------------------------------------

    private Figure timeProgress(int b, int t, int tYear) {
        BigDecimal f = BigDecimal.valueOf(t - b).divide(BigDecimal.valueOf(tYear - b), wc);
        return new Figure(FigureKind.TIME_PROGRESS, percent(f), Explanation.of("time progress = (t − b) / (T − b)",
                List.of(Input.year("t", "year of the actual", t), Input.year("b", "base year", b),
                        Input.year("T", "target year", tYear))));
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

    /** Adds the observed and needed growth figures and returns their ratio, or {@code null} when none is needed. */
    private @Nullable BigDecimal sdgFigures(BigDecimal observed, BigDecimal needed, String observedFormula,
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
    private static List<Input> withWeakest(List<Input> inputs, List<Input> more) {
        List<Input> out = new ArrayList<>(inputs);
        out.addAll(more);
        return out;
    }

    private Input observed(String symbol, Series.Point p, Unit unit) {
        return new Input(symbol, "observation", Quantity.of(p.value(), unit), p.year(), p.status());
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

    /** Whether a target in {@code targetUnit} is a growth rate of a level in {@code unit} (a % of 亿元). */
    private static boolean isGrowth(Unit targetUnit, Unit unit) {
        return targetUnit.family() == UnitFamily.RATIO && unit.family() != UnitFamily.RATIO && !unit.isNone();
    }

    private static boolean isRate(Measure measure, Unit unit) {
        return measure.isRate() || unit.family() == UnitFamily.RATIO;
    }

    /** An additive change in the indicator's unit: a bare number, a compatible unit, or points of a percentage. */
    private @Nullable BigDecimal additive(Quantity amount, Unit unit) {
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
    private BigDecimal pathValue(NumericTarget goal, BigDecimal start, Unit unit) {
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

    private BigDecimal inUnitValue(Quantity q, Unit unit) {
        if (q.unit().equals(unit) || unit.isNone() || !q.unit().isCompatibleWith(unit)) {
            return q.value();
        }
        return q.to(unit, wc).value();
    }

    /** The target with its bare numbers (and points, for a % indicator) given the indicator's unit. */
    private static NumericTarget inUnit(NumericTarget n, Unit unit) {
        UnaryOperator<Quantity> f = q -> q.unit().isNone()
                || q.unit().family() == UnitFamily.PERCENTAGE_POINT && unit.family() == UnitFamily.RATIO
                ? Quantity.of(q.value(), unit) : q;
        return mapBounds(n, f, false);
    }

    /**
     * The target with each number mapped by {@code f}; when {@code decreasing}, bounds turn round (at least a
     * reduction of 13.5% is at most 86.5% of the baseline).
     */
    private static NumericTarget mapBounds(NumericTarget n, UnaryOperator<Quantity> f, boolean decreasing) {
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

    private static BigDecimal fraction(Quantity rate) {
        return rate.to(Unit.PERCENT).value().movePointLeft(2);
    }

    private Quantity percent(BigDecimal fraction) {
        return Quantity.of(round(fraction.movePointRight(2)), Unit.PERCENT);
    }

    private Quantity round(BigDecimal value, Unit unit) {
        return Quantity.of(round(value), unit);
    }

    private BigDecimal round(BigDecimal value) {
        BigDecimal r = value.round(mc);
        if (r.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = r.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
