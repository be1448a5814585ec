package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/** A target relative to another indicator or to a region. */
final class RelativeRule extends Rule {
    RelativeRule(Assessment assessment) {
        super(assessment);
    }


    /** A yearly rate in %, and the observations it was computed from. */
    private record Rate(int year, BigDecimal percent, List<Input> inputs) {
    }

    IndicatorEvaluation judge(Relative r) {
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
}
