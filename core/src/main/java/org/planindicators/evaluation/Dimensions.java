package org.planindicators.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;

/**
 * The parts of an indicator told by dimensions (城镇, 农村), each evaluated against the indicator's target from its own
 * observations; and the whole judged by its parts together when it has no figure of its own. Documented on {@link
 * Evaluator} and in {@code docs/evaluation.md}, "Dimensions".
 */
final class Dimensions {
    /** Statuses from the least favourable: the parts together take the first any part has. */
    private static final List<EvaluationStatus> WORST_FIRST = List.of(EvaluationStatus.MISSED,
            EvaluationStatus.LAGGING, EvaluationStatus.ON_TRACK, EvaluationStatus.AHEAD,
            EvaluationStatus.ACHIEVED_EARLY, EvaluationStatus.ACHIEVED);

    private Dimensions() {
    }

    /** The parts of {@code indicator} among {@code own} (its observations), each evaluated; none when it has none. */
    static List<PartEvaluation> evaluate(Plan plan, Indicator indicator, @Nullable Target target,
            List<Observation> all, List<Observation> own, int year, EvaluationOptions options) {
        // Parts in the order of their dimensions (by key, then value), not of the rows: the same evaluation whatever
        // order the observations come in (files, partitions).
        Map<Map<String, String>, List<Observation>> groups = new java.util.TreeMap<>(
                java.util.Comparator.comparing(d -> new java.util.TreeMap<>(d).toString()));
        for (Observation o : own) {
            if (o.isDisaggregated() && Series.isNamed(o, indicator) && Series.isOwn(o, plan.jurisdiction())
                    && plan.jurisdiction().componentOf(o.jurisdiction()).isEmpty()) {
                groups.computeIfAbsent(o.dimensions(), k -> new ArrayList<>()).add(new Observation(o.indicator(),
                        o.jurisdiction(), o.period(), o.value(), o.status(), o.source(), Map.of()));
            }
        }
        List<PartEvaluation> out = new ArrayList<>();
        for (Map.Entry<Map<String, String>, List<Observation>> e : groups.entrySet()) {
            IndicatorEvaluation part = new Assessment(plan, indicator, target, all, e.getValue(), year, options).run();
            out.add(new PartEvaluation(indicator, e.getKey(), part));
        }
        return out;
    }

    /**
     * The whole judged by its parts together, when the whole is not assessable for want of yearly figures of its own
     * and every part is assessable: met only when every part is, the least favourable part's status and review class,
     * a note naming each part's status and actual. Otherwise {@code whole} as it is.
     */
    static IndicatorEvaluation together(IndicatorEvaluation whole, List<PartEvaluation> parts, Plan plan,
            List<Observation> own, int year) {
        if (parts.isEmpty() || whole.status() != EvaluationStatus.NOT_ASSESSABLE || whole.target() == null
                || hasWholeFigure(plan, whole.indicator(), own, year)) {
            return whole;
        }
        PartEvaluation worst = null;
        List<String> each = new ArrayList<>();
        for (PartEvaluation p : parts) {
            EvaluationStatus s = p.evaluation().status();
            if (s == EvaluationStatus.NOT_ASSESSABLE) {
                return withNote(whole, "no figure for the whole; the part " + p.label() + " is not assessable, so"
                        + " the parts cannot be judged together");
            }
            if (worst == null || WORST_FIRST.indexOf(s) < WORST_FIRST.indexOf(worst.evaluation().status())) {
                worst = p;
            }
            each.add(p.label() + " " + s.code() + p.evaluation().figure(FigureKind.ACTUAL)
                    .map(f -> " (actual " + f.value() + ")").orElse(""));
        }
        List<String> notes = new ArrayList<>();
        notes.add("judged by its parts together (no figure for the whole, and none rolled up from the parts): "
                + String.join(", ", each) + "; the target is met only when every part meets it, so the least"
                + " favourable status counts");
        IndicatorEvaluation w = worst.evaluation();
        return new IndicatorEvaluation(whole.indicator(), whole.target(), whole.year(), whole.method(), w.status(),
                null, List.of(), false, notes, w.reviewClass(), null);
    }

    private static boolean hasWholeFigure(Plan plan, Indicator indicator, List<Observation> own, int year) {
        for (Observation o : own) {
            if (!o.isDisaggregated() && o.period().frequency() == ObservationPeriod.Frequency.ANNUAL
                    && o.period().year() <= year && Series.isNamed(o, indicator)
                    && Series.isOwn(o, plan.jurisdiction())) {
                return true;
            }
        }
        return false;
    }

    /** {@code e} with {@code notes} after its own. */
    static IndicatorEvaluation withNotes(IndicatorEvaluation e, List<String> notes) {
        if (notes.isEmpty()) {
            return e;
        }
        List<String> all = new ArrayList<>(notes);
        all.addAll(e.notes());
        return new IndicatorEvaluation(e.indicator(), e.target(), e.year(), e.method(), e.status(), e.sdgProgress(),
                e.figures(), e.baselineFromObservation(), all, e.reviewClass(), e.tiers());
    }

    private static IndicatorEvaluation withNote(IndicatorEvaluation e, String note) {
        List<String> all = new ArrayList<>(e.notes());
        all.add(note);
        return new IndicatorEvaluation(e.indicator(), e.target(), e.year(), e.method(), e.status(), e.sdgProgress(),
                e.figures(), e.baselineFromObservation(), all, e.reviewClass(), e.tiers());
    }
}
