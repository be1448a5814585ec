package org.planindicators.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;

/**
 * Keeps, from a stream of observations, only what an evaluation of one plan can use, so that the memory an evaluation
 * takes grows with the figures it uses, not with the rows read (see {@code BENCHMARKS.md}, "evaluate in bounded
 * memory", in the project). Feed it as the sink of a reader ({@code Observations.read(file, options, plan, store)}),
 * then pass {@link #observations()} to {@link Evaluator#evaluate(Plan, java.util.Collection, int)}: the evaluation is
 * the same as from every row.
 *
 * <ul>
 * <li><b>Kept</b>: observations for the plan's jurisdiction (as {@link Jurisdiction#matches(String)} and {@link
 * Jurisdiction#componentOf(String)} tell: its own figures and its parts' for a {@linkplain RollUp roll-up}); for
 * another jurisdiction only when one of the indicator's targets compares with a region (高于全省平均水平) whose name
 * the jurisdiction contains or is contained in; observations of an indicator the plan does not have only when a plan
 * target is relative to another indicator (it may be matched by name to an observed series).</li>
 * <li><b>One per key</b>: of the observations with the same indicator, jurisdiction as written, period and
 * dimensions, only the one the evaluation would take — the most settled (revised, final, preliminary, estimated,
 * forecast), among equals the later — is kept, and {@link #observations()} lists the kept ones in the order they
 * arrived. The evaluation picks per year the same way across keys, so the result does not change.</li>
 * </ul>
 *
 * <p>Not thread-safe: one reader feeds it.
 */
public final class ObservationStore implements Consumer<Observation> {
    private final Jurisdiction jurisdiction;
    private final Map<String, List<String>> regionsByIndicator = new HashMap<>();
    private final Set<String> indicatorKeys = new HashSet<>();
    private final boolean keepUnknownIndicators;
    /** Jurisdictions as written remembered as the plan's (or a part's) or not: bounded, so memory stays flat. */
    private static final int MAX_REMEMBERED = 16_384;
    private final Map<String, Boolean> ownOrPart = new HashMap<>();
    private final Map<Key, Entry> kept = new HashMap<>();
    private long seen;
    private long setAside;
    private long superseded;

    /** What identifies a figure: indicator and jurisdiction as written, period, dimensions. */
    private record Key(String indicator, String jurisdiction, ObservationPeriod period, Map<String, String> dims) {
    }

    /** The observation kept for a key, and when it arrived. */
    private record Entry(Observation observation, long sequence) {
    }

    private ObservationStore(Plan plan) {
        this.jurisdiction = plan.jurisdiction();
        boolean relativeToIndicator = false;
        for (Indicator indicator : plan.indicators()) {
            List<String> keys = new ArrayList<>();
            keys.add(indicator.name().strip());
            if (indicator.code() != null) {
                keys.add(indicator.code().strip());
            }
            indicatorKeys.addAll(keys);
            for (Target t : indicator.targets()) {
                for (Target version : t.history()) {
                    if (version.expression() instanceof Relative r) {
                        if (r.referenceKind() == ReferenceKind.REGION) {
                            for (String k : keys) {
                                regionsByIndicator.computeIfAbsent(k, x -> new ArrayList<>()).addAll(r.references());
                            }
                        } else if (r.referenceKind() == ReferenceKind.INDICATOR) {
                            relativeToIndicator = true;
                        }
                    }
                }
            }
        }
        this.keepUnknownIndicators = relativeToIndicator;
    }

    /**
     * An empty store for evaluating {@code plan}.
     *
     * @param plan the plan the observations will be evaluated against
     * @return the store
     */
    public static ObservationStore forPlan(Plan plan) {
        return new ObservationStore(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Takes one observation: keeps it when the evaluation can use it and it beats the one kept for its key.
     *
     * @param o the observation
     */
    @Override
    public void accept(Observation o) {
        Objects.requireNonNull(o, "o");
        seen++;
        String indicator = o.indicator().strip();
        if (!isUsable(indicator, o.jurisdiction())) {
            setAside++;
            return;
        }
        Key key = new Key(indicator, o.jurisdiction() == null ? "" : o.jurisdiction().strip(), o.period(),
                o.dimensions());
        Entry previous = kept.get(key);
        if (previous == null) {
            kept.put(key, new Entry(o, seen));
        } else {
            superseded++;
            if (Explanation.SETTLEDNESS.compare(o.status(), previous.observation().status()) >= 0) {
                kept.put(key, new Entry(o, seen));
            }
        }
    }

    private boolean isUsable(String indicator, @Nullable String where) {
        if (!indicatorKeys.contains(indicator)) {
            return keepUnknownIndicators;
        }
        if (isOwnOrPart(where)) {
            return true;
        }
        String j = where.strip();
        for (String region : regionsByIndicator.getOrDefault(indicator, List.of())) {
            if (j.contains(region) || region.contains(j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the jurisdiction as written is the plan's or a part of it; remembered for the first few thousand. */
    private boolean isOwnOrPart(@Nullable String where) {
        if (where == null) {
            return true;
        }
        Boolean known = ownOrPart.get(where);
        if (known == null) {
            known = jurisdiction.covers(where);
            if (ownOrPart.size() < MAX_REMEMBERED) {
                ownOrPart.put(where, known);
            }
        }
        return known;
    }

    /** {@return the observations kept, in the order they arrived} */
    public List<Observation> observations() {
        List<Entry> entries = new ArrayList<>(kept.values());
        entries.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        List<Observation> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.observation());
        }
        return List.copyOf(out);
    }

    /** {@return how many observations were given} */
    public long seen() {
        return seen;
    }

    /** {@return how many are kept: one per key the evaluation can use} */
    public int size() {
        return kept.size();
    }

    /** {@return how many were set aside because the evaluation cannot use them (another jurisdiction …)} */
    public long setAside() {
        return setAside;
    }

    /** {@return how many had the key of one given before (the most settled, later, of them is kept)} */
    public long superseded() {
        return superseded;
    }
}
