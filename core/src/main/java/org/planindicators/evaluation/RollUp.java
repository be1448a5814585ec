package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.planindicators.calc.Apportionment;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Plan;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * Rolls the figures of a plan's parts up into the plan's own, by each indicator's {@link Aggregation}: the districts
 * of a city into the city, the pieces of a zone into the zone (a piece shared with a partner by a ratio counts the
 * zone's part only), and the parts of one dimension (城镇, 农村) into the whole. The method, with its formulas, is
 * {@code docs/evaluation.md}, "Roll-ups", in the project.
 *
 * <ul>
 * <li><b>Parts</b> are those {@link Jurisdiction#componentOf(String)} names; for a dimension, the values of the one
 * dimension an observation has ({@code area}: 城镇, 农村). A part's figure for a period is its most settled
 * observation, the later among equals, as everywhere in the evaluation.</li>
 * <li><b>Sum</b>: {@code X = Σ x_c}, each {@code x_c} converted exactly into the indicator's unit; no rounding. A
 * shared piece adds the zone's part {@code s_c} of {@code x_c} by {@link Apportionment#split} at the scale of {@code
 * x_c} (3:7 of 10.00亿元 is 3.00亿元).</li>
 * <li><b>Weighted mean</b> with weight indicator {@code W}: {@code X = Σ x_c w_c / Σ w_c}, rounded half-even to two
 * decimals more than the most precise {@code x_c}. {@code w_c} is part {@code c}'s figure of {@code W} for the same
 * period — for a rate of growth or reduction, for the period a year earlier, so that a growth rate weighted by the
 * level it grows is the growth of the sum exactly. A shared piece's weight is its zone part.</li>
 * <li><b>Complete or nothing</b>: the parts of an indicator are every part seen for it in any period; a period
 * lacking one of them, or a weight, gets no whole figure, and a note names what is missing. Districts written by code
 * in one row and by name in another cannot be told apart, so such an indicator is not rolled up.</li>
 * <li><b>The plan's own figure wins</b>: where the whole is observed for a period, the parts are not added, and a
 * note says so.</li>
 * </ul>
 *
 * <p>A rolled-up figure is an {@link Observation} for the plan's jurisdiction (none named), with the least settled
 * status of its inputs and no source; the parts' observations are taken out of what the evaluation sees. An indicator
 * without an aggregation, or not additive, keeps its parts out too, with a note. Immutable and thread-safe.
 */
public final class RollUp {
    /** Decimals a weighted mean keeps beyond the most precise part. */
    public static final int EXTRA_DECIMALS = 2;

    private final Plan plan;
    private final Map<String, List<Indicator>> byKey = new HashMap<>();

    private RollUp(Plan plan) {
        this.plan = plan;
        for (Indicator indicator : plan.indicators()) {
            byKey.computeIfAbsent(indicator.name().strip(), k -> new ArrayList<>()).add(indicator);
            String code = indicator.code();
            if (code != null && !code.equals(indicator.name().strip())) {
                byKey.computeIfAbsent(code, k -> new ArrayList<>()).add(indicator);
            }
        }
    }

    /**
     * The roll-up of {@code plan}'s parts.
     *
     * @param plan the plan
     * @return the roll-up
     */
    public static RollUp of(Plan plan) {
        return new RollUp(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * What a roll-up gives: the observations the evaluation sees, and notes on each indicator rolled up or not.
     *
     * @param observations the plan's own and other jurisdictions' observations as given, then the rolled-up figures
     * @param notes per indicator (by identity of the plan's indicator), what was rolled up and what was not, in
     *     period order
     */
    public record Result(List<Observation> observations, Map<Indicator, List<String>> notes) {
        /**
         * Copies the lists.
         *
         * @param observations the observations the evaluation sees
         * @param notes per indicator, the notes
         */
        public Result {
            observations = List.copyOf(observations);
            Map<Indicator, List<String>> copy = new IdentityHashMap<>();
            notes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            notes = java.util.Collections.unmodifiableMap(copy);
        }

        /**
         * The notes on {@code indicator}.
         *
         * @param indicator one of the plan's indicators
         * @return the notes, possibly none
         */
        public List<String> notesOn(Indicator indicator) {
            return notes.getOrDefault(indicator, List.of());
        }
    }

    /** One part's figure for one period: the winning observation and its place in the input. */
    private record Part(Observation observation, int index) {
    }

    /** The figures of one indicator's parts, by (dimensions, period) then part key. */
    private static final class Parts {
        final Map<String, SortedMap<ObservationPeriod, Map<String, Part>>> byDims = new TreeMap<>();
        final Map<String, TreeSet<String>> keys = new TreeMap<>();

        TreeSet<String> all() {
            TreeSet<String> out = new TreeSet<>();
            keys.values().forEach(out::addAll);
            return out;
        }
    }

    /**
     * Rolls up {@code observations}: the parts' observations of the plan's indicators are replaced by the wholes they
     * make, first the jurisdiction's parts, then each single dimension's.
     *
     * @param observations the observations, in input order
     * @return the observations the evaluation sees and the notes
     */
    public Result apply(Collection<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        Map<Indicator, List<String>> notes = new IdentityHashMap<>();
        Jurisdiction j = plan.jurisdiction();
        List<Observation> kept = new ArrayList<>();
        Map<Indicator, Parts> parts = new IdentityHashMap<>();
        int index = 0;
        for (Observation o : observations) {
            index++;
            List<Indicator> indicators = byKey.getOrDefault(o.indicator().strip(), List.of());
            Optional<String> part = indicators.isEmpty() ? Optional.empty() : j.componentOf(o.jurisdiction());
            if (part.isEmpty()) {
                kept.add(o);
                continue;
            }
            for (Indicator indicator : indicators) {
                add(parts.computeIfAbsent(indicator, k -> new Parts()), part.get(), dimsKey(o), o, index);
            }
        }
        List<Observation> jurisdictionWholes = new ArrayList<>();
        Map<Indicator, Parts> dimensionParts = new IdentityHashMap<>();
        // The plan's own observations, by indicator, for "own figure wins" and the weights.
        Map<Indicator, Map<String, Observation>> own = ownFigures(kept);
        for (Indicator indicator : plan.indicators()) {
            Parts p = parts.get(indicator);
            if (p != null) {
                jurisdictionWholes.addAll(rollUp(indicator, p, own, parts, notes, "part"));
            }
        }
        kept.addAll(jurisdictionWholes);
        // Dimensions: the plan's own observations with exactly one dimension, parts keyed by the dimension's value.
        index = 0;
        for (Observation o : kept) {
            index++;
            if (o.dimensions().size() != 1 || !j.matches(o.jurisdiction()) || j.componentOf(o.jurisdiction())
                    .isPresent()) {
                continue;
            }
            Map.Entry<String, String> d = o.dimensions().entrySet().iterator().next();
            for (Indicator indicator : byKey.getOrDefault(o.indicator().strip(), List.of())) {
                add(dimensionParts.computeIfAbsent(indicator, k -> new Parts()), d.getKey() + "=" + d.getValue(),
                        "dimension " + d.getKey(), o, index);
            }
        }
        own = ownFigures(kept);
        Map<Indicator, Parts> dimensionWeights = dimensionParts;
        for (Indicator indicator : plan.indicators()) {
            Parts p = dimensionParts.get(indicator);
            if (p != null) {
                kept.addAll(rollUp(indicator, p, own, dimensionWeights, notes, "dimension"));
            }
        }
        return new Result(kept, notes);
    }

    private static void add(Parts p, String key, String dims, Observation o, int index) {
        p.keys.computeIfAbsent(dims, k -> new TreeSet<>()).add(key);
        Map<String, Part> forPeriod = p.byDims.computeIfAbsent(dims, k -> new TreeMap<>())
                .computeIfAbsent(o.period(), k -> new TreeMap<>());
        Part previous = forPeriod.get(key);
        if (previous == null || Explanation.SETTLEDNESS.compare(o.status(), previous.observation().status()) >= 0) {
            forPeriod.put(key, new Part(o, index));
        }
    }

    /** The dimensions as a key: empty for the whole, {@code area=城镇} otherwise. */
    private static String dimsKey(Observation o) {
        return o.dimensions().toString();
    }

    private Map<Indicator, Map<String, Observation>> ownFigures(List<Observation> kept) {
        Map<Indicator, Map<String, Observation>> out = new IdentityHashMap<>();
        Jurisdiction j = plan.jurisdiction();
        for (Observation o : kept) {
            if (!j.matches(o.jurisdiction()) || j.componentOf(o.jurisdiction()).isPresent()) {
                continue;
            }
            for (Indicator indicator : byKey.getOrDefault(o.indicator().strip(), List.of())) {
                Map<String, Observation> m = out.computeIfAbsent(indicator, k -> new HashMap<>());
                String key = dimsKey(o) + "@" + o.period();
                Observation previous = m.get(key);
                if (previous == null || Explanation.SETTLEDNESS.compare(o.status(), previous.status()) >= 0) {
                    m.put(key, o);
                }
            }
        }
        return out;
    }

    /** The wholes of one indicator's parts, period by period, with notes. */
    private List<Observation> rollUp(Indicator indicator, Parts p, Map<Indicator, Map<String, Observation>> own,
            Map<Indicator, Parts> allParts, Map<Indicator, List<String>> notes, String what) {
        List<String> out = notes.computeIfAbsent(indicator, k -> new ArrayList<>());
        Aggregation aggregation = indicator.aggregation();
        TreeSet<String> allKeys = p.all();
        String names = String.join("、", allKeys.stream().map(RollUp::display).toList());
        if (aggregation == null || !aggregation.isAdditive()) {
            out.add("the figures of " + allKeys.size() + " " + what + (allKeys.size() == 1 ? "" : "s") + " (" + names
                    + ") are not rolled up: " + (aggregation == null ? "the plan does not say how they add up"
                            + " (aggregation)" : "the indicator is not additive"));
            return List.of();
        }
        if (what.equals("part") && allKeys.stream().anyMatch(k -> k.startsWith("code:"))
                && allKeys.stream().anyMatch(k -> k.startsWith("name:"))) {
            out.add("the figures of the parts (" + names + ") are not rolled up: some are written by division code and"
                    + " some by name, and it cannot be told whether they overlap");
            return List.of();
        }
        Indicator weightIndicator = null;
        if (aggregation.kind() == Aggregation.Kind.WEIGHTED_MEAN) {
            weightIndicator = plan.findIndicator(aggregation.weight()).orElse(null);
            if (weightIndicator == null) {
                out.add("the figures of the " + what + "s are not rolled up: the weight indicator '"
                        + aggregation.weight() + "' is not in the plan");
                return List.of();
            }
        }
        List<Observation> wholes = new ArrayList<>();
        Map<String, Observation> ownOf = own.getOrDefault(indicator, Map.of());
        for (Map.Entry<String, SortedMap<ObservationPeriod, Map<String, Part>>> byDims : p.byDims.entrySet()) {
            for (Map.Entry<ObservationPeriod, Map<String, Part>> e : byDims.getValue().entrySet()) {
                ObservationPeriod period = e.getKey();
                Map<String, Part> figures = e.getValue();
                Observation first = figures.values().iterator().next().observation();
                Map<String, String> dims = what.equals("part") ? first.dimensions() : Map.of();
                String label = period + (dims.isEmpty() ? "" : " " + dims);
                if (ownOf.containsKey(dims.toString() + "@" + period)) {
                    out.add(label + ": the plan's own figure is used; the " + figures.size() + " " + what + "s' ("
                            + String.join("、", figures.keySet().stream().map(RollUp::display).toList())
                            + ") are not added");
                    continue;
                }
                List<String> missing = new ArrayList<>();
                TreeSet<String> groupKeys = p.keys.get(byDims.getKey());
                for (String k : groupKeys) {
                    if (!figures.containsKey(k)) {
                        missing.add(display(k));
                    }
                }
                if (!missing.isEmpty()) {
                    out.add(label + ": not rolled up, no figure of " + String.join("、", missing) + " (the " + what
                            + "s are " + String.join("、", groupKeys.stream().map(RollUp::display).toList()) + ")");
                    continue;
                }
                Optional<Observation> whole = aggregation.kind() == Aggregation.Kind.SUM
                        ? sum(indicator, period, dims, figures, label, out)
                        : weightedMean(indicator, weightIndicator, period, dims, figures, allParts.get(weightIndicator),
                                byDims.getKey(), label, out);
                whole.ifPresent(wholes::add);
            }
        }
        return wholes;
    }

    private Optional<Observation> sum(Indicator indicator, ObservationPeriod period, Map<String, String> dims,
            Map<String, Part> figures, String label, List<String> out) {
        Unit unit = unitOf(indicator, figures);
        BigDecimal sum = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        List<ObservationStatus> statuses = new ArrayList<>();
        for (Map.Entry<String, Part> e : figures.entrySet()) {
            Observation o = e.getValue().observation();
            BigDecimal x;
            try {
                x = o.value().unit().convert(o.value().value(), unit);
            } catch (IllegalArgumentException ex) {
                out.add(label + ": not rolled up, " + display(e.getKey()) + "'s " + o.value() + " does not convert"
                        + " exactly into " + unit.symbol());
                return Optional.empty();
            }
            BigDecimal counted = zonePart(e.getKey(), x);
            terms.add(display(e.getKey()) + " " + term(x, counted, e.getKey()));
            sum = sum.add(counted);
            statuses.add(o.status());
        }
        out.add(label + ": " + Quantity.of(sum, unit) + " = Σ " + String.join(" + ", terms) + " (sum)");
        return Optional.of(whole(indicator, period, dims, Quantity.of(sum, unit), statuses));
    }

    private Optional<Observation> weightedMean(Indicator indicator, Indicator weight, ObservationPeriod period,
            Map<String, String> dims, Map<String, Part> figures, @Nullable Parts weights, String group, String label,
            List<String> out) {
        Unit unit = unitOf(indicator, figures);
        boolean rate = indicator.measure().isRate();
        ObservationPeriod weightPeriod = rate ? yearBefore(period) : period;
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        int scale = 0;
        List<String> terms = new ArrayList<>();
        List<ObservationStatus> statuses = new ArrayList<>();
        for (Map.Entry<String, Part> e : figures.entrySet()) {
            Observation o = e.getValue().observation();
            BigDecimal x;
            try {
                x = o.value().unit().convert(o.value().value(), unit);
            } catch (IllegalArgumentException ex) {
                out.add(label + ": not rolled up, " + display(e.getKey()) + "'s " + o.value() + " does not convert"
                        + " exactly into " + unit.symbol());
                return Optional.empty();
            }
            Observation w = weightOf(weights, e.getKey(), group, weightPeriod);
            if (w == null) {
                out.add(label + ": not rolled up, no figure of the weight " + weight.name() + " for "
                        + display(e.getKey()) + " in " + weightPeriod);
                return Optional.empty();
            }
            BigDecimal wc = zonePart(e.getKey(), w.value().value());
            num = num.add(x.multiply(wc));
            den = den.add(wc);
            scale = Math.max(scale, Math.max(x.scale(), 0));
            terms.add(display(e.getKey()) + " " + x.toPlainString() + " × " + wc.toPlainString());
            statuses.add(o.status());
            statuses.add(w.status());
        }
        if (den.signum() == 0) {
            out.add(label + ": not rolled up, the weights " + weight.name() + " add up to zero");
            return Optional.empty();
        }
        BigDecimal mean = num.divide(den, MathContext.DECIMAL128).setScale(scale + EXTRA_DECIMALS,
                RoundingMode.HALF_EVEN);
        out.add(label + ": " + Quantity.of(mean, unit) + " = (" + String.join(" + ", terms) + ") / "
                + den.toPlainString() + " (mean weighted by " + weight.name() + " of " + weightPeriod
                + ", rounded half-even to " + (scale + EXTRA_DECIMALS) + " decimals)");
        return Optional.of(whole(indicator, period, dims, Quantity.of(mean, unit), statuses));
    }

    /** Part {@code key}'s figure of the weight indicator for {@code period}, from the same split of parts. */
    private static @Nullable Observation weightOf(@Nullable Parts weights, String key, String group,
            ObservationPeriod period) {
        if (weights == null) {
            return null;
        }
        SortedMap<ObservationPeriod, Map<String, Part>> byPeriod = weights.byDims.get(group);
        if (byPeriod == null) {
            byPeriod = weights.byDims.get(new TreeMap<String, String>().toString());
        }
        if (byPeriod == null) {
            return null;
        }
        Map<String, Part> m = byPeriod.get(period);
        Part p = m == null ? null : m.get(key);
        return p == null ? null : p.observation();
    }

    private static ObservationPeriod yearBefore(ObservationPeriod p) {
        return new ObservationPeriod(p.year() - 1, p.frequency(), p.number());
    }

    /** The zone's part of {@code x} when {@code key} is a shared piece: split by the ratio at x's scale. */
    private BigDecimal zonePart(String key, BigDecimal x) {
        ZoneComponent c = shared(key);
        if (c == null) {
            return x;
        }
        return Apportionment.split(x, c.share(), Math.max(x.scale(), 0)).get(0);
    }

    private String term(BigDecimal x, BigDecimal counted, String key) {
        ZoneComponent c = shared(key);
        return c == null ? x.toPlainString() : counted.toPlainString() + " (" + c.shareText() + " of "
                + x.toPlainString() + ")";
    }

    private @Nullable ZoneComponent shared(String key) {
        for (ZoneComponent c : plan.jurisdiction().components()) {
            if (c.name().equals(key) && c.isShared()) {
                return c;
            }
        }
        return null;
    }

    private static Unit unitOf(Indicator indicator, Map<String, Part> figures) {
        return indicator.unit().isNone() ? figures.values().iterator().next().observation().value().unit()
                : indicator.unit();
    }

    private static Observation whole(Indicator indicator, ObservationPeriod period, Map<String, String> dims,
            Quantity value, List<ObservationStatus> statuses) {
        ObservationStatus status = Explanation.weakest(statuses).orElse(ObservationStatus.FINAL);
        String key = indicator.code() != null ? indicator.code() : indicator.name();
        return new Observation(key, null, period, value, status, null, dims);
    }

    /** A part key as people read it: 温江 for {@code name:温江}, 510115 for {@code code:510115}, 城镇 for area=城镇. */
    static String display(String key) {
        if (key.startsWith("code:") || key.startsWith("name:")) {
            return key.substring(5);
        }
        int eq = key.indexOf('=');
        return eq >= 0 ? key.substring(eq + 1) : key;
    }
}
