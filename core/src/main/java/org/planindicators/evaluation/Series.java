package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/**
 * The yearly observations of one indicator for one jurisdiction, one a year, in one unit. Where a year has several,
 * the most settled wins (revised over final over preliminary over estimated over forecast), and among equals the
 * later in the input. Figures for parts of a year (quarters, months, years to date) and disaggregated ones (with
 * dimensions) are left out, and so is the growth in % of a level at a stated price basis (a level series does not
 * hold its growth).
 */
final class Series {
    /** One year's observation, its value converted into the series' unit. */
    record Point(int year, BigDecimal value, Observation observation) {
        ObservationStatus status() {
            return observation.status();
        }
    }

    private final TreeMap<Integer, Point> points;
    private final Unit unit;

    private Series(TreeMap<Integer, Point> points, Unit unit) {
        this.points = points;
        this.unit = unit;
    }

    /**
     * The observations that {@code which} selects, for years up to {@code lastYear}, converted into {@code unit}
     * (when {@code unit} is {@link Unit#NONE}, the unit of the first observation). Observations in a unit that does
     * not convert are skipped, with a note.
     */
    static Series of(Collection<Observation> observations, Predicate<Observation> which, Unit unit, int lastYear,
            MathContext context, List<String> notes) {
        Unit target = unit;
        TreeMap<Integer, Point> points = new TreeMap<>();
        for (Observation o : observations) {
            if (!which.test(o) || o.period().frequency() != ObservationPeriod.Frequency.ANNUAL
                    || o.isDisaggregated() || o.period().year() > lastYear) {
                continue;
            }
            if (o.priceBasis() != null && o.value().unit().family() == UnitFamily.RATIO && !target.isNone()
                    && target.family() != UnitFamily.RATIO) {
                continue; // the growth of a level at a stated price basis: not a level, read by RealGrowthRule
            }
            if (target.isNone()) {
                target = o.value().unit();
            }
            BigDecimal value;
            if (o.value().unit().equals(target)) {
                value = o.value().value();
            } else if (o.value().unit().isCompatibleWith(target)) {
                value = o.value().to(target, context).value();
            } else {
                notes.add("observation " + o.indicator() + " " + o.period() + " = " + o.value() + " skipped: its unit"
                        + " does not convert into " + target.symbol());
                continue;
            }
            int year = o.period().year();
            Point previous = points.get(year);
            if (previous == null || Explanation.SETTLEDNESS.compare(o.status(), previous.status()) >= 0) {
                points.put(year, new Point(year, value, o));
            }
        }
        return new Series(points, target);
    }

    /** Selects the observations of {@code indicator} (by code or name) for the plan's {@code jurisdiction}. */
    static Predicate<Observation> ofIndicator(Indicator indicator, Jurisdiction jurisdiction) {
        return o -> isNamed(o, indicator) && isOwn(o, jurisdiction);
    }

    /** Selects the observations named {@code name} for the plan's {@code jurisdiction}. */
    static Predicate<Observation> named(String name, Jurisdiction jurisdiction) {
        return o -> o.indicator().strip().equals(name.strip()) && isOwn(o, jurisdiction);
    }

    /** Whether the observation is of {@code indicator}: its code, or else its name. */
    static boolean isNamed(Observation o, Indicator indicator) {
        String key = o.indicator().strip();
        return key.equals(indicator.code()) || key.equals(indicator.name().strip());
    }

    /**
     * Whether the observation is for the plan's jurisdiction: none named, or the jurisdiction as people write it
     * ({@link Jurisdiction#matches(String)}: 温江区 for 成都市温江区, its division code, a zone's component).
     */
    static boolean isOwn(Observation o, Jurisdiction jurisdiction) {
        return jurisdiction.matches(o.jurisdiction());
    }

    Unit unit() {
        return unit;
    }

    boolean isEmpty() {
        return points.isEmpty();
    }

    Optional<Point> at(int year) {
        return Optional.ofNullable(points.get(year));
    }

    Optional<Point> first() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.firstEntry().getValue());
    }

    /** The latest point in {@code (after, upTo]}. */
    Optional<Point> latest(int after, int upTo) {
        Map.Entry<Integer, Point> e = points.floorEntry(upTo);
        return e == null || e.getKey() <= after ? Optional.empty() : Optional.of(e.getValue());
    }

    /** The points in {@code (after, upTo]}, in order. */
    List<Point> between(int after, int upTo) {
        if (upTo <= after) {
            return List.of();
        }
        return List.copyOf(points.subMap(after, false, upTo, true).values());
    }

    /** The years in {@code (after, upTo]} with no point. */
    List<Integer> missing(int after, int upTo) {
        List<Integer> out = new ArrayList<>();
        for (int y = after + 1; y <= upTo; y++) {
            if (!points.containsKey(y)) {
                out.add(y);
            }
        }
        return out;
    }

    /** The value at {@code year} as a quantity in the series' unit; {@code null} when there is none. */
    @Nullable Quantity quantityAt(int year) {
        Point p = points.get(year);
        return p == null ? null : Quantity.of(p.value(), unit);
    }
}
