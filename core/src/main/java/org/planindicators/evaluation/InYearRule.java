package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.Explanation.Input;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.PriceBasis;
import org.planindicators.target.NumericTarget;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/**
 * In-year monitoring of an annual growth or rate target from year-to-date (累计) figures, before the year's figure is
 * known: GDP 1-6月累计增长5.5% against 增长6%左右 for the year.
 *
 * <p>The year-to-date growth {@code g_m} (the growth of January to month {@code m} over the same months a year
 * earlier, as published, or {@code L_y / L_{y−1} − 1} from year-to-date levels) is compared with the annual target
 * {@code G}: met is {@link EvaluationStatus#ON_TRACK}, not met {@link EvaluationStatus#LAGGING}; never achieved or
 * missed, for the year is not over. Time progress is {@code m / 12}. Where the previous year's levels are known — the
 * year's {@code V_{y−1}} and the same months' {@code L_{y−1}} — the growth the rest of the year needs for the annual
 * target is {@code g_rest = ((1 + G) V_{y−1} − (1 + g_m) L_{y−1}) / (V_{y−1} − L_{y−1}) − 1}: the year's total at
 * the target growth, less what the months so far gave, over what the same remaining months gave a year earlier.
 */
final class InYearRule extends Rule {
    InYearRule(Assessment assessment) {
        super(assessment);
    }

    /**
     * The latest year-to-date observation of the indicator for year {@code y} whose unit is (or is not, as {@code
     * percent} says) a percentage: the one reaching the latest month, the most settled among those.
     */
    static Optional<Observation> latestToDate(List<Observation> own, Rule rule, int y, boolean percent) {
        Observation best = null;
        for (Observation o : own) {
            ObservationPeriod p = o.period();
            if (p.year() != y || !p.isYearToDate() || o.isDisaggregated()
                    || !Series.ofIndicator(rule.indicator, rule.plan.jurisdiction()).test(o)
                    || (o.value().unit().family() == UnitFamily.RATIO) != percent) {
                continue;
            }
            if (best == null || p.lastMonth() > best.period().lastMonth()
                    || p.lastMonth() == best.period().lastMonth()
                    && Explanation.SETTLEDNESS.compare(o.status(), best.status()) >= 0) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The observation of the indicator (a level, not a %) for exactly {@code period}; the most settled. */
    private Optional<Observation> levelAt(ObservationPeriod period) {
        Observation best = null;
        for (Observation o : observations) {
            if (o.period().equals(period) && !o.isDisaggregated() && o.value().unit().family() != UnitFamily.RATIO
                    && !o.value().unit().isNone() && o.priceBasis() != PriceBasis.COMPARABLE
                    && Series.ofIndicator(indicator, plan.jurisdiction()).test(o)
                    && (best == null || Explanation.SETTLEDNESS.compare(o.status(), best.status()) >= 0)) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A published year-to-date growth (累计增长, in %) against the annual target {@code n}. */
    IndicatorEvaluation fromGrowth(NumericTarget n, Observation ytd) {
        Quantity g = ytd.value().to(Unit.PERCENT, mc);
        Input gIn = new Input("g_m", "year-to-date growth (累计增长) " + ytd.period().chineseLabel()
                + basisWords(ytd.priceBasis()), g, ytd.period().year(), ytd.status());
        return judge(n, ytd, g, Explanation.of("g_m = the published growth of " + monthsWords(ytd.period())
                + " over the same months of " + (ytd.period().year() - 1), List.of(gIn)), gIn);
    }

    /**
     * Year-to-date levels (累计, in the indicator's unit) of this year and the year before: their growth {@code L_y /
     * L_{y−1} − 1} against the annual growth target {@code n}; not assessable without the year before's figure.
     */
    IndicatorEvaluation fromLevels(NumericTarget n, Observation ytd, Unit unit) {
        ObservationPeriod before = ytd.period().yearBefore();
        Optional<Observation> prior = levelAt(before);
        if (prior.isEmpty()) {
            return notAssessable("no figure for " + before.chineseLabel() + " to compute the year-to-date growth of "
                    + ytd.period().chineseLabel());
        }
        BigDecimal ly = ytd.value().to(unit, wc).value();
        BigDecimal lp = prior.get().value().to(unit, wc).value();
        if (lp.signum() <= 0) {
            return notAssessable("the figure for " + before.chineseLabel() + " is not positive: no growth rate");
        }
        Quantity g = percent(ly.divide(lp, wc).subtract(BigDecimal.ONE));
        Input lyIn = new Input("L_y", "year-to-date level " + ytd.period().chineseLabel(), ytd.value(),
                ytd.period().year(), ytd.status());
        Input lpIn = new Input("L_{y−1}", "year-to-date level " + before.chineseLabel(), prior.get().value(),
                before.year(), prior.get().status());
        if (ytd.priceBasis() != PriceBasis.COMPARABLE && unit.family() == UnitFamily.CURRENCY) {
            notes.add("the year-to-date growth is computed from levels at " + (ytd.priceBasis() == PriceBasis.CURRENT
                    ? "current prices (现价)" : "a price basis not stated") + ": it is nominal growth, price changes"
                    + " included, compared with a growth target that bulletins state at comparable prices (可比价);"
                    + " give the 累计增长 at comparable prices (price_basis comparable) to judge real growth");
        }
        Input gIn = new Input("g_m", "year-to-date growth " + ytd.period().chineseLabel(), g, ytd.period().year(),
                null);
        return judge(n, ytd, g, Explanation.of("g_m = L_y / L_{y−1} − 1", List.of(lyIn, lpIn)), gIn);
    }

    private IndicatorEvaluation judge(NumericTarget n, Observation ytd, Quantity g, Explanation actual,
            Input gIn) {
        int tYear = targetYear();
        ObservationPeriod period = ytd.period();
        int y = period.year();
        int m = period.lastMonth();
        NumericTarget goal = inUnit(n, Unit.PERCENT);
        if (!goal.unit().isCompatibleWith(Unit.PERCENT)) {
            return notAssessable("the target " + n + " is not a rate in %");
        }
        BigDecimal targetValue = pathValue(goal, BigDecimal.ZERO, Unit.PERCENT);
        figures.add(new Figure(FigureKind.TIME_PROGRESS, percent(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(12),
                wc)), Explanation.of("time progress = m / 12", List.of(new Input("m", "months of " + y
                        + " elapsed (" + period.chineseLabel() + ")", Quantity.of(BigDecimal.valueOf(m), Unit.NONE), y,
                        null)))));
        Input gTargetIn = new Input("G", "annual target " + n, n.value(), tYear, null);
        figures.add(new Figure(FigureKind.TARGET, Quantity.of(targetValue, Unit.PERCENT), Explanation.of(
                "the target's value", List.of(gTargetIn))));
        figures.add(new Figure(FigureKind.ACTUAL, g, actual.withNote("year to date: " + period.chineseLabel())));
        notes.add("in-year monitoring: no figure for the year " + y + " yet; the year-to-date growth of "
                + period.chineseLabel() + " (" + g + ") is compared with the annual target " + n
                + "; met is on track, not met lagging, until the year's figure is known");
        requiredForRest(goal, targetValue, g, ytd, gIn, gTargetIn);
        boolean meets = goal.isSatisfiedBy(g, indicator.direction());
        if (options.method() == EvaluationMethod.OPEN_SDG) {
            notes.add("the Open SDG rating applies to a trend from a baseline, not to a year-to-date growth");
        }
        return result(meets ? EvaluationStatus.ON_TRACK : EvaluationStatus.LAGGING);
    }

    /** Adds the growth the rest of the year needs, when the year before's levels are known. */
    private void requiredForRest(NumericTarget goal, BigDecimal targetValue, Quantity g, Observation ytd, Input gIn,
            Input gTargetIn) {
        ObservationPeriod period = ytd.period();
        Optional<Observation> lastYear = levelAt(ObservationPeriod.ofYear(period.year() - 1));
        Optional<Observation> sameMonths = levelAt(period.yearBefore());
        if (lastYear.isEmpty() || sameMonths.isEmpty()) {
            return;
        }
        Unit unit = lastYear.get().value().unit();
        if (!sameMonths.get().value().unit().isCompatibleWith(unit)) {
            return;
        }
        BigDecimal v = lastYear.get().value().value();
        BigDecimal l = sameMonths.get().value().to(unit, wc).value();
        BigDecimal rest = v.subtract(l);
        if (rest.signum() <= 0) {
            return;
        }
        BigDecimal bigG = targetValue.movePointLeft(2);
        BigDecimal gm = fraction(g);
        BigDecimal needed = BigDecimal.ONE.add(bigG).multiply(v).subtract(BigDecimal.ONE.add(gm).multiply(l))
                .divide(rest, wc).subtract(BigDecimal.ONE);
        List<Input> in = new ArrayList<>(List.of(gTargetIn, gIn,
                new Input("V_{y−1}", "level of " + (period.year() - 1), lastYear.get().value(), period.year() - 1,
                        lastYear.get().status()),
                new Input("L_{y−1}", "level of " + period.yearBefore().chineseLabel(), sameMonths.get().value(),
                        period.year() - 1, sameMonths.get().status())));
        figures.add(new Figure(FigureKind.REQUIRED_GROWTH, percent(needed), Explanation.of(
                "g_rest = ((1 + G) V_{y−1} − (1 + g_m) L_{y−1}) / (V_{y−1} − L_{y−1}) − 1", in)
                .withNote("the growth the remaining months of " + period.year() + " need over the same months of "
                        + (period.year() - 1) + " for the year to reach the target; weights are "
                        + (period.year() - 1) + "'s levels")));
    }

    private static String monthsWords(ObservationPeriod p) {
        return p.lastMonth() == 1 ? "January" : "January to " + java.time.Month.of(p.lastMonth()).getDisplayName(
                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    static String basisWords(@Nullable PriceBasis basis) {
        return basis == null ? "" : ", at " + basis.englishName() + " (" + basis.chineseName() + ")";
    }
}
