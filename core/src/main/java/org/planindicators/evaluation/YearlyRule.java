package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Observation;
import org.planindicators.target.NumericTarget;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * A yearly target on a growth or a rate: the latest year's figure against it, without a path; before the year's
 * figure is known, its year-to-date figure ({@link InYearRule}).
 */
final class YearlyRule extends Rule {
    YearlyRule(Assessment assessment) {
        super(assessment);
    }

    /** A level indicator with a yearly growth target (增长6.0%—7.0%): the latest year's growth against it. */
    IndicatorEvaluation growth(NumericTarget n, Series series) {
        int tYear = targetYear();
        int b = plan.baseYear();
        Unit unit = series.unit();
        int y = Math.min(year, tYear);
        if (series.at(y).isEmpty()) {
            Optional<Observation> ytd = InYearRule.latestToDate(own, this, y, false);
            if (ytd.isPresent() && ytd.get().value().unit().isCompatibleWith(unit)) {
                return new InYearRule(assessment).fromLevels(n, ytd.get(), unit);
            }
        }
        Optional<Series.Point> latest = series.latest(b, y);
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
    IndicatorEvaluation rate(NumericTarget n) {
        int tYear = targetYear();
        int b = plan.baseYear();
        Series series = Series.of(own, Series.ofIndicator(indicator, plan.jurisdiction()), Unit.PERCENT,
                Math.min(year, tYear), mc, notes);
        int y = Math.min(year, tYear);
        if (series.at(y).isEmpty()) {
            Optional<Observation> ytd = InYearRule.latestToDate(own, this, y, true);
            if (ytd.isPresent()) {
                return new InYearRule(assessment).fromGrowth(n, ytd.get());
            }
        }
        Optional<Series.Point> latest = series.latest(b, y);
        if (latest.isEmpty()) {
            return notAssessable("no observation after the base year " + b + " up to " + y);
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
}
