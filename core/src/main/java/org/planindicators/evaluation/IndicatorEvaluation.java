package org.planindicators.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Target;

/**
 * Where one indicator stands against one target in an evaluation year: its status and the figures behind it.
 *
 * @param indicator the indicator
 * @param target the target evaluated; {@code null} when the indicator has none
 * @param year the evaluation year
 * @param method the method that judged the progress
 * @param status the status
 * @param sdgProgress the Open SDG category, with {@link EvaluationMethod#OPEN_SDG} where one applies; {@code null}
 *     otherwise
 * @param figures the figures, in a fixed order (time progress, baseline, target, expected, actual, …); several of
 *     one kind only for the references of a relative target
 * @param baselineFromObservation whether the indicator has no baseline and the first observation served as one
 * @param notes why the indicator is not assessable, and remarks on the data (a year missing, a target year without
 *     data, the reference a relative target was matched to)
 * @param reviewClass the class an official mid-term review would give ({@link ReviewClass}: 提前实现, 快于预期,
 *     基本符合预期, 相对滞后, 完成, 未完成)
 * @param tiers for a two-tier target (7%以上，力争8%), the status against each tier; {@code null} for any other target
 */
public record IndicatorEvaluation(Indicator indicator, @Nullable Target target, int year, EvaluationMethod method,
        EvaluationStatus status, @Nullable SdgProgress sdgProgress, List<Figure> figures,
        boolean baselineFromObservation, List<String> notes, ReviewClass reviewClass, @Nullable Tiers tiers) {

    /**
     * Checks the fields: an Open SDG category only with that method.
     *
     * @param indicator the indicator
     * @param target the target evaluated; {@code null} when the indicator has none
     * @param year the evaluation year
     * @param method the method that judged the progress
     * @param status the status
     * @param sdgProgress the Open SDG category, with {@link EvaluationMethod#OPEN_SDG} where one applies; {@code null}
     *     otherwise
     * @param figures the figures, in a fixed order (time progress, baseline, target, expected, actual, …); several of
     *     one kind only for the references of a relative target
     * @param baselineFromObservation whether the indicator has no baseline and the first observation served as one
     * @param notes why the indicator is not assessable, and remarks on the data (a year missing, a target year without
     *     data, the reference a relative target was matched to)
     * @param reviewClass the class an official mid-term review would give
     * @param tiers for a two-tier target, the status against each tier; {@code null} for any other target
     */
    public IndicatorEvaluation {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewClass, "reviewClass");
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        if (sdgProgress != null && method != EvaluationMethod.OPEN_SDG) {
            throw new IllegalArgumentException("sdgProgress must be null with method " + method.code() + ": "
                    + sdgProgress.code());
        }
    }

    /**
     * The first figure of {@code kind}, if there is one.
     *
     * @param kind the kind of figure
     * @return the first figure of {@code kind}, if there is one
     */
    public Optional<Figure> figure(FigureKind kind) {
        Objects.requireNonNull(kind, "kind");
        return figures.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /**
     * Every figure of {@code kind}, in order.
     *
     * @param kind the kind of figure
     * @return every figure of {@code kind}, in order
     */
    public List<Figure> figures(FigureKind kind) {
        Objects.requireNonNull(kind, "kind");
        return figures.stream().filter(f -> f.kind() == kind).toList();
    }

    /** {@return whether the indicator is binding (约束性)} */
    public boolean isBinding() {
        return indicator.isBinding();
    }

    /**
     * The least settled status among the observations behind the figures; empty when no figure rests on one.
     *
     * @return the least settled status among the observations behind the figures; empty when no figure rests on one
     */
    public Optional<ObservationStatus> weakestStatus() {
        List<ObservationStatus> all = new ArrayList<>();
        for (Figure f : figures) {
            f.explanation().weakestStatus().ifPresent(all::add);
        }
        return Explanation.weakest(all);
    }

    /**
     * Whether a figure rests on a preliminary, estimated or forecast observation: the status may still change.
     *
     * @return whether a figure rests on a preliminary, estimated or forecast observation: the status may still change
     */
    public boolean isProvisional() {
        return weakestStatus().map(Explanation::isProvisional).orElse(false);
    }

    /** {@code 地区生产总值 2025 [on_track] …}: the indicator, target year, status and figures. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(indicator.name());
        if (target != null) {
            sb.append(' ').append(target.year()).append(' ').append(target.expression());
        }
        sb.append(" [").append(status.code()).append(']');
        sb.append(" [review: ").append(reviewClass.code()).append(']');
        if (tiers != null) {
            sb.append(" [floor: ").append(tiers.floor().code()).append(", aspiration ").append(tiers.word())
                    .append(tiers.aspirationText()).append(": ")
                    .append(tiers.aspiration() == null ? "not assessed" : tiers.aspiration().code()).append(']');
        }
        if (sdgProgress != null) {
            sb.append(" [").append(sdgProgress.code()).append(']');
        }
        for (Figure f : figures) {
            sb.append("\n  ").append(f);
        }
        for (String n : notes) {
            sb.append("\n  note: ").append(n);
        }
        return sb.toString();
    }
}
