package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.target.Accumulation;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/**
 * A target relative to a reference, judged when the reference's figures are given.
 * <ul>
 * <li><b>Another indicator</b> (与经济增长基本同步, 快于GDP增速): the reference is matched by name ({@link References});
 * the yearly growth of both is compared — rates as observed, levels year on year, {@code g_t = v_t / v_{t−1} −
 * 1}.</li>
 * <li><b>A region's average</b> (高于全国平均水平, 达到全省平均水平, 与省持平): the reference's figures are the observations
 * of the same indicator whose jurisdiction is the region (全国, 全省 …); the indicator's figures are compared as they
 * are, levels with levels and rates with rates.</li>
 * <li><b>The previous year</b> (与上年持平, 高于上年): the indicator's figure of year {@code t} against its own of {@code
 * t − 1} (the baseline serves for its year).</li>
 * </ul>
 * The latest year {@code t} with both figures is compared, and the years before it are checked too (a note lists
 * those where the target was not met); a 年均 target compares averages over the years both have: {@code (∏(1 +
 * g_i))^(1/n) − 1} for rates, the mean for levels.
 *
 * <p>With {@code x} the indicator's figure, {@code y} the reference's and {@code τ} the {@linkplain
 * EvaluationOptions#inStepTolerance() in-step tolerance} (default 0.5): 高于 {@code x > y}; 不低于 {@code x ≥ y}; 低于
 * {@code x < y}; 不高于 {@code x ≤ y}; 同步 {@code x ≥ y}; 基本同步 {@code x ≥ y − τ}; 持平 {@code |x − y| ≤ τ}. For figures in %
 * (rates, shares) {@code τ} is in 个百分点; for levels in another unit it is a per cent of the reference, {@code τ ×
 * |y| / 100}.
 *
 * <p>Without the reference's figures the target is not assessable, and the note names the figures missing.
 * Before the target year a met target is on track and an unmet one lagging; in the target year, achieved or
 * missed.
 */
final class RelativeRule extends Rule {
    RelativeRule(Assessment assessment) {
        super(assessment);
    }

    /** A yearly figure (a rate in %, or a level in the unit compared), and the observations it was computed from. */
    private record Value(int year, BigDecimal value, List<Input> inputs) {
    }

    IndicatorEvaluation judge(Relative r) {
        int tYear = targetYear();
        int b = plan.baseYear();
        int last = Math.min(year, tYear);
        if (last <= b) {
            return notAssessable("no year after the base year " + b + " up to " + last);
        }
        ReferenceKind kind = r.referenceKind();
        boolean growth = kind == ReferenceKind.INDICATOR;
        boolean ownIsRate = isRate(indicator.measure(), indicator.unit());
        Series own = Series.of(this.own, Series.ofIndicator(indicator, plan.jurisdiction()),
                ownIsRate ? Unit.PERCENT : indicator.unit(), last, mc, notes);
        Unit unit = growth || ownIsRate ? Unit.PERCENT : own.unit();
        TreeMap<Integer, Value> ownValues = growth ? rates(own, ownIsRate, "x") : values(own, "x");
        List<String> names = new ArrayList<>();
        List<TreeMap<Integer, Value>> references = new ArrayList<>();
        for (String reference : r.references()) {
            TreeMap<Integer, Value> values;
            String name;
            switch (kind) {
                case INDICATOR -> {
                    Optional<References.Match> match = References.find(plan, indicator, reference, observations);
                    if (match.isEmpty()) {
                        return notAssessable("the reference '" + reference + "' matches no indicator of the plan"
                                + " and no observed series: its figures are needed");
                    }
                    Indicator ref = match.get().indicator();
                    Series series;
                    boolean isRate;
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
                    values = rates(series, isRate, "y");
                }
                case REGION -> {
                    List<Observation> regional = References.ofRegion(observations, indicator, reference);
                    values = values(Series.of(regional, o -> true, unit, last, mc, notes), "y");
                    name = reference;
                }
                case PREVIOUS_YEAR -> {
                    values = previousYear(own, unit);
                    name = Relative.PREVIOUS_YEAR;
                }
                default -> throw new AssertionError(kind);
            }
            if (values.subMap(b, false, last, true).isEmpty()) {
                return notAssessable(missing(kind, reference, name, b, last));
            }
            names.add(name);
            references.add(values);
        }
        if (ownValues.subMap(b, false, last, true).isEmpty()) {
            return notAssessable("no " + (growth ? "growth" : "figure") + " of the indicator after " + b + " up to "
                    + last + (growth && !ownIsRate ? " (a growth needs the figures of two consecutive years)" : ""));
        }
        List<Integer> common = new ArrayList<>();
        for (int y : ownValues.subMap(b, false, last, true).keySet()) {
            if (references.stream().allMatch(m -> m.containsKey(y))) {
                common.add(y);
            }
        }
        if (common.isEmpty()) {
            return notAssessable("no year after " + b + " up to " + last + " with figures of both the indicator "
                    + ownValues.subMap(b, false, last, true).keySet() + " and " + String.join("、", names) + " "
                    + references.get(0).subMap(b, false, last, true).keySet());
        }
        int t = common.get(common.size() - 1);
        boolean average = r.accumulation() == Accumulation.ANNUAL_AVERAGE;
        String what = growth ? "growth" : "figure";
        Value ownValue = average ? averageOf(ownValues, common, growth || ownIsRate) : ownValues.get(t);
        figures.add(timeProgress(b, t, tYear));
        figures.add(new Figure(FigureKind.ACTUAL, Quantity.of(round(ownValue.value()), unit), Explanation.of(average
                ? "x = average of the yearly " + what + " over the years compared" : "x = " + what
                        + " of the indicator in " + t, ownValue.inputs())));
        Unit gapUnit = unit.family() == UnitFamily.RATIO ? Unit.PERCENTAGE_POINT : unit;
        boolean met = true;
        for (int i = 0; i < references.size(); i++) {
            Value refValue = average ? averageOf(references.get(i), common, growth || ownIsRate)
                    : references.get(i).get(t);
            figures.add(new Figure(FigureKind.REFERENCE, Quantity.of(round(refValue.value()), unit),
                    Explanation.of(average ? "y = average of the yearly " + what + " of " + names.get(i)
                            : "y = " + what + " of " + names.get(i), refValue.inputs())));
            BigDecimal gap = ownValue.value().subtract(refValue.value());
            List<Input> both = new ArrayList<>(ownValue.inputs());
            both.addAll(refValue.inputs());
            figures.add(new Figure(FigureKind.GAP, Quantity.of(round(gap), gapUnit), Explanation.of(
                    "gap = x − y (" + names.get(i) + ")", both)));
            met &= compare(r, ownValue.value(), refValue.value(), unit);
        }
        if (!average) {
            List<Integer> failed = new ArrayList<>();
            for (int y : common) {
                if (y != t && !references.stream().allMatch(m -> compare(r, ownValues.get(y).value(),
                        m.get(y).value(), unit))) {
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
            notes.add("the Open SDG rating does not apply to a target relative to a reference");
        }
        if (t == tYear) {
            return result(met ? EvaluationStatus.ACHIEVED : EvaluationStatus.MISSED);
        }
        return result(met ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING);
    }

    /** Which figures are missing for a reference, for the note of a target not assessable. */
    private String missing(ReferenceKind kind, String reference, String name, int b, int last) {
        return switch (kind) {
            case INDICATOR -> "no figures of the reference '" + name + "' (for '" + reference + "') after " + b
                    + " up to " + last + ": its yearly growth is needed";
            case REGION -> "no figures of " + reference + ": observations of '" + indicator.name()
                    + "' whose jurisdiction is " + reference + " are needed, for a year after " + b + " up to "
                    + last;
            case PREVIOUS_YEAR -> "no figure of the indicator for the year before any year observed after " + b
                    + " up to " + last;
        };
    }

    /**
     * Whether {@code own} stands to {@code reference} as the relative target asks. The tolerance {@code τ} of 基本同步
     * and 持平 is in 个百分点 for figures in %, and a per cent of the reference for other levels.
     */
    private boolean compare(Relative r, BigDecimal own, BigDecimal reference, Unit unit) {
        int c = own.compareTo(reference);
        BigDecimal tau = options.inStepTolerance().value();
        if (unit.family() != UnitFamily.RATIO) {
            tau = reference.abs().multiply(tau).movePointLeft(2);
        }
        return switch (r.comparison()) {
            case IN_STEP -> r.roughly() ? own.compareTo(reference.subtract(tau)) >= 0 : c >= 0;
            case HIGHER -> c > 0;
            case NOT_LOWER -> c >= 0;
            case LOWER -> c < 0;
            case NOT_HIGHER -> c <= 0;
            case EQUAL -> own.subtract(reference).abs().compareTo(tau) <= 0;
        };
    }

    /** The figures of a series as observed, by year. */
    private TreeMap<Integer, Value> values(Series series, String symbol) {
        TreeMap<Integer, Value> out = new TreeMap<>();
        for (Series.Point p : series.between(Integer.MIN_VALUE + 1, Integer.MAX_VALUE)) {
            out.put(p.year(), new Value(p.year(), p.value(), List.of(observed(symbol + "_" + p.year(), p,
                    series.unit()))));
        }
        return out;
    }

    /** For each year, the indicator's own figure of the year before (its baseline for the baseline's year + 1). */
    private TreeMap<Integer, Value> previousYear(Series own, Unit unit) {
        TreeMap<Integer, Value> out = new TreeMap<>();
        Optional<Baseline> baseline = indicator.baseline(options.version());
        if (baseline.isPresent() && baseline.get().value().unit().isCompatibleWith(unit)) {
            Baseline bl = baseline.get();
            Quantity v = unit.isNone() ? bl.value() : bl.value().to(unit, mc);
            out.put(bl.year() + 1, new Value(bl.year() + 1, v.value(), List.of(new Input("y_" + bl.year(),
                    "baseline", v, bl.year(), null))));
        }
        for (Series.Point p : own.between(Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1)) {
            out.put(p.year() + 1, new Value(p.year() + 1, p.value(), List.of(observed("y_" + p.year(), p,
                    own.unit()))));
        }
        return out;
    }

    /** Yearly rates of a series: its values when it holds rates, else the year-on-year growth of its levels. */
    private TreeMap<Integer, Value> rates(Series series, boolean isRate, String symbol) {
        if (isRate) {
            return values(series, symbol);
        }
        TreeMap<Integer, Value> out = new TreeMap<>();
        Unit unit = series.unit();
        for (Series.Point p : series.between(Integer.MIN_VALUE + 1, Integer.MAX_VALUE)) {
            Optional<Series.Point> before = series.at(p.year() - 1);
            if (before.isPresent() && before.get().value().signum() > 0) {
                BigDecimal g = p.value().divide(before.get().value(), wc).subtract(BigDecimal.ONE).movePointRight(2);
                out.put(p.year(), new Value(p.year(), g, List.of(observed(symbol + "_" + p.year(), p, unit),
                        observed(symbol + "_" + (p.year() - 1), before.get(), unit))));
            }
        }
        return out;
    }

    /**
     * The average over {@code years}: of rates in %, the average yearly growth {@code (∏(1 + g_i))^(1/n) − 1}; of
     * levels, the mean {@code Σ v_i / n}.
     */
    private Value averageOf(TreeMap<Integer, Value> values, List<Integer> years, boolean rates) {
        List<Quantity> growths = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int y : years) {
            Value v = values.get(y);
            growths.add(Quantity.of(v.value(), Unit.PERCENT));
            sum = sum.add(v.value());
            inputs.addAll(v.inputs());
        }
        int t = years.get(years.size() - 1);
        if (!rates) {
            return new Value(t, sum.divide(BigDecimal.valueOf(years.size()), wc), inputs);
        }
        Quantity chained = Growth.chain(growths, wc);
        return new Value(t, Growth.annualFromCumulativeGrowth(chained, years.size(), wc).value(), inputs);
    }
}
