package org.planindicators.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;

/**
 * The evaluation of every indicator of a plan in a year, with the summary reviewers read first: how many indicators
 * have each status, and the binding (约束性) indicators that lag listed before the rest.
 *
 * @param plan the plan evaluated
 * @param year the evaluation year
 * @param options the options used
 * @param results one evaluation per indicator, in the plan's order
 * @param parts the evaluations of the parts of indicators observed by dimension (城镇, 农村), in the plan's order of
 *     indicators and then the order the parts were first seen; none when no observation has dimensions
 */
public record PlanEvaluation(Plan plan, int year, EvaluationOptions options, List<IndicatorEvaluation> results,
        List<PartEvaluation> parts) {
    /**
     * Checks the fields.
     *
     * @param plan the plan evaluated
     * @param year the evaluation year
     * @param options the options used
     * @param results one evaluation per indicator, in the plan's order
     * @param parts the evaluations of the parts of indicators observed by dimension
     */
    public PlanEvaluation {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    /**
     * An evaluation without parts by dimension.
     *
     * @param plan the plan evaluated
     * @param year the evaluation year
     * @param options the options used
     * @param results one evaluation per indicator, in the plan's order
     */
    public PlanEvaluation(Plan plan, int year, EvaluationOptions options, List<IndicatorEvaluation> results) {
        this(plan, year, options, results, List.of());
    }

    /**
     * The parts of {@code indicator} evaluated by dimension, in the order first seen.
     *
     * @param indicator one of the plan's indicators
     * @return its parts, possibly none
     */
    public List<PartEvaluation> partsOf(Indicator indicator) {
        return parts.stream().filter(p -> p.indicator() == indicator).toList();
    }

    /**
     * The number of indicators with each status, every status present (zero where none has it), in enum order.
     *
     * @return the number of indicators with each status, every status present (zero where none has it), in enum order
     */
    public Map<EvaluationStatus, Integer> counts() {
        Map<EvaluationStatus, Integer> counts = new EnumMap<>(EvaluationStatus.class);
        for (EvaluationStatus s : EvaluationStatus.values()) {
            counts.put(s, 0);
        }
        for (IndicatorEvaluation r : results) {
            counts.merge(r.status(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The number of indicators in each review class ({@link ReviewClass}: 提前实现, 快于预期, 基本符合预期, 相对滞后, 完成,
     * 未完成, 无法评估), every class present (zero where none is in it), in enum order.
     *
     * @return the number of indicators in each review class, every class present, in enum order
     */
    public Map<ReviewClass, Integer> reviewCounts() {
        Map<ReviewClass, Integer> counts = new EnumMap<>(ReviewClass.class);
        for (ReviewClass c : ReviewClass.values()) {
            counts.put(c, 0);
        }
        for (IndicatorEvaluation r : results) {
            counts.merge(r.reviewClass(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The evaluations with {@code status}, in the plan's order.
     *
     * @param status the status
     * @return the evaluations with {@code status}, in the plan's order
     */
    public List<IndicatorEvaluation> withStatus(EvaluationStatus status) {
        Objects.requireNonNull(status, "status");
        return results.stream().filter(r -> r.status() == status).toList();
    }

    /**
     * Every evaluation, those reviewers flag first: binding indicators that lag or missed their target, then
     * expected (预期性) indicators that lag or missed, then the rest; in the plan's order within each group.
     *
     * @return every evaluation, those reviewers flag first: binding indicators that lag or missed their target, then
     *     expected (预期性) indicators that lag or missed, then the rest; in the plan's order within each group
     */
    public List<IndicatorEvaluation> byConcern() {
        List<IndicatorEvaluation> bindingConcerns = new ArrayList<>();
        List<IndicatorEvaluation> otherConcerns = new ArrayList<>();
        List<IndicatorEvaluation> rest = new ArrayList<>();
        for (IndicatorEvaluation r : results) {
            if (r.status().isConcern()) {
                (r.isBinding() ? bindingConcerns : otherConcerns).add(r);
            } else {
                rest.add(r);
            }
        }
        List<IndicatorEvaluation> out = new ArrayList<>(bindingConcerns);
        out.addAll(otherConcerns);
        out.addAll(rest);
        return List.copyOf(out);
    }

    /** {@return the binding indicators that lag or missed their target, in the plan's order} */
    public List<IndicatorEvaluation> bindingConcerns() {
        return results.stream().filter(r -> r.isBinding() && r.status().isConcern()).toList();
    }

    /** {@code <title> <year>: achieved 1, …} then each evaluation, by concern. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(plan.title()).append(' ').append(year).append(':');
        counts().forEach((s, n) -> sb.append(' ').append(s.code()).append(' ').append(n).append(','));
        sb.setLength(sb.length() - 1);
        for (IndicatorEvaluation r : byConcern()) {
            sb.append('\n').append(r);
        }
        return sb.toString();
    }
}
