package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.PriceBasis;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Change;
import org.planindicators.target.NumericTarget;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/**
 * The price basis of a growth target on a level (地区生产总值年均增长6%, 增长6%左右 on GDP in 亿元). Bulletins state
 * growth at comparable prices (可比价) and levels at current prices (现价), so:
 * <ul>
 * <li>When the indicator's growth at comparable prices is given (observations in % with price basis {@code
 * comparable}), the target is judged on it: a 年均增长 target by the chained yearly real growth, {@code (∏(1 + g_i))^(1
 * / n) − 1} ({@link AccumulatedRatesRule}); a cumulative one by {@code ∏(1 + g_i) − 1}; a yearly one by the year's
 * growth or, within the year, its 累计增长 ({@link YearlyRule}, {@link InYearRule}). Levels observed beside are not
 * used for the growth, and a note says so.</li>
 * <li>Where a year's real growth is not given but its level and the year before's are, with a price deflator
 * (observations named {@code <indicator>平减指数}, 上年=100), the real growth is {@code g_t = (V_t / V_{t−1}) / (P_t /
 * 100) − 1}.</li>
 * <li>Otherwise the levels are judged (on the path, {@link LevelPathRule}) and, for money at current prices or at a
 * basis not stated, a note says that a real growth target is applied to nominal levels.</li>
 * </ul>
 * Every evaluation of a growth target on a money indicator says which basis it used.
 */
final class RealGrowthRule {
    /** The suffix of a deflator's name: 地区生产总值平减指数. */
    static final String DEFLATOR_SUFFIX = "平减指数";

    private RealGrowthRule() {
    }

    /**
     * The evaluation on comparable-price growth, or {@code null} to judge the levels (after adding the note on their
     * basis to {@code a}).
     */
    static @Nullable IndicatorEvaluation route(Assessment a, NumericTarget n, Accumulation acc, Unit unit) {
        if (!Rule.isGrowth(n.unit(), unit) || n instanceof Change) {
            return null;
        }
        List<Observation> growth = new ArrayList<>();
        TreeSet<Integer> levelYears = new TreeSet<>();
        boolean comparableLevels = a.indicator.priceBasis() == PriceBasis.COMPARABLE;
        for (Observation o : a.own) {
            if (!Series.ofIndicator(a.indicator, a.plan.jurisdiction()).test(o) || o.isDisaggregated()) {
                continue;
            }
            if (o.value().unit().family() == UnitFamily.RATIO) {
                if (o.priceBasis() == PriceBasis.COMPARABLE) {
                    growth.add(o);
                }
            } else if (o.period().frequency() == ObservationPeriod.Frequency.ANNUAL) {
                levelYears.add(o.period().year());
                comparableLevels |= o.priceBasis() == PriceBasis.COMPARABLE;
            }
        }
        List<String> derived = new ArrayList<>();
        growth.addAll(deflated(a, growth, unit, derived));
        boolean money = unit.family() == UnitFamily.CURRENCY;
        if (growth.isEmpty()) {
            if (money && !comparableLevels) {
                a.notes.add("price basis: the growth target is applied to levels at current prices or at a basis not"
                        + " stated — nominal growth, price changes included, while bulletins state growth targets at"
                        + " comparable prices (可比价); give the growth at comparable prices (price_basis comparable)"
                        + " or a deflator (" + a.indicator.name() + DEFLATOR_SUFFIX + ", 上年=100) to judge real"
                        + " growth");
            } else if (money) {
                a.notes.add("price basis: levels at comparable prices (可比价); their growth is real growth");
            }
            return null;
        }
        Assessment sub = new Assessment(a.plan, a.indicator, a.target, a.observations, growth, a.year, a.options);
        sub.notes.add("price basis: judged on the growth at comparable prices (可比价) given for the indicator, not on"
                + " its levels");
        sub.notes.addAll(derived);
        if (!levelYears.isEmpty() && derived.isEmpty()) {
            sub.notes.add("levels observed for " + levelYears + " (at " + (comparableLevels ? "comparable" : "current"
                    + " prices or a basis not stated") + ") are not used for the growth");
        }
        return switch (acc) {
            case ANNUAL_AVERAGE -> new AccumulatedRatesRule(sub).judge(n, false);
            case CUMULATIVE -> new AccumulatedRatesRule(sub).judge(n, true);
            case LEVEL -> new YearlyRule(sub).rate(n);
        };
    }

    /**
     * Real growth for the years with a level, the year before's level and a deflator but no comparable growth given:
     * {@code g_t = (V_t / V_{t−1}) / (P_t / 100) − 1}, as observations at comparable prices with the weakest status
     * of the three.
     */
    private static List<Observation> deflated(Assessment a, List<Observation> given, Unit unit, List<String> notes) {
        TreeSet<Integer> known = new TreeSet<>();
        for (Observation o : given) {
            if (o.period().frequency() == ObservationPeriod.Frequency.ANNUAL) {
                known.add(o.period().year());
            }
        }
        String name = a.indicator.name().strip() + DEFLATOR_SUFFIX;
        Series deflator = Series.of(a.observations, Series.named(name, a.plan.jurisdiction()), Unit.NONE,
                a.year, a.mc, new ArrayList<>());
        if (deflator.isEmpty()) {
            return List.of();
        }
        Series levels = Series.of(a.own, Series.ofIndicator(a.indicator, a.plan.jurisdiction()), unit, a.year, a.mc,
                new ArrayList<>());
        List<Observation> out = new ArrayList<>();
        for (Series.Point p : levels.between(Integer.MIN_VALUE + 1, a.year)) {
            int t = p.year();
            var prev = levels.at(t - 1);
            var d = deflator.at(t);
            if (known.contains(t) || prev.isEmpty() || d.isEmpty() || prev.get().value().signum() <= 0
                    || d.get().value().signum() <= 0) {
                continue;
            }
            BigDecimal g = p.value().divide(prev.get().value(), a.wc)
                    .divide(d.get().value().movePointLeft(2), a.wc).subtract(BigDecimal.ONE);
            Quantity gq = Quantity.of(g.movePointRight(2).round(a.mc), Unit.PERCENT);
            ObservationStatus weakest = Explanation.weakest(List.of(p.status(), prev.get().status(),
                    d.get().status())).orElse(ObservationStatus.FINAL);
            out.add(new Observation(a.indicator.code() != null ? a.indicator.code() : a.indicator.name(), null,
                    ObservationPeriod.ofYear(t), gq, weakest, null, java.util.Map.of(), PriceBasis.COMPARABLE));
            notes.add("real growth of " + t + " from levels and the deflator: g = (V_t / V_{t−1}) / (P_t / 100) − 1 ="
                    + " (" + p.value().toPlainString() + " / " + prev.get().value().toPlainString() + ") / ("
                    + d.get().value().toPlainString() + " / 100) − 1 = " + gq);
        }
        return out;
    }
}
