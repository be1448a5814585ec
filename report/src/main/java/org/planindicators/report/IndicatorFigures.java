package org.planindicators.report;

import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.Figure;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.target.Range;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * The figures of one indicator's evaluation that a table row shows, the actual, expected and target values in one
 * unit: the command line's tables and JSON, and every form of the review report, read them from here.
 *
 * @param evaluation the indicator's evaluation
 * @param actual the actual ({@link FigureKind#ACTUAL}); {@code null} when there is none
 * @param expected the value expected by now on the path ({@link FigureKind#EXPECTED}), in {@code unit}; {@code null}
 *     when there is none
 * @param target the number the path leads to ({@link FigureKind#TARGET}), in {@code unit}; {@code null} when there is
 *     none
 * @param progress 完成进度 ({@link FigureKind#TASK_PROGRESS}), in %; {@code null} when there is none
 * @param timeProgress 时序进度 ({@link FigureKind#TIME_PROGRESS}), in %; {@code null} when there is none
 * @param required what each remaining year must bring ({@link FigureKind#REQUIRED_GROWTH}), in its own unit (%,
 *     个百分点 or the indicator's); {@code null} when there is none
 * @param unit the unit of {@code actual}, {@code expected} and {@code target}: the actual's, else the target's, else
 *     the expected value's; {@code null} when the evaluation has none of them
 */
public record IndicatorFigures(IndicatorEvaluation evaluation, @Nullable Quantity actual, @Nullable Quantity expected,
        @Nullable Quantity target, @Nullable Quantity progress, @Nullable Quantity timeProgress,
        @Nullable Quantity required, @Nullable Unit unit) {
    /**
     * Checks the fields.
     *
     * @param evaluation the indicator's evaluation
     * @param actual the actual ({@link FigureKind#ACTUAL}); {@code null} when there is none
     * @param expected the value expected by now on the path ({@link FigureKind#EXPECTED}), in {@code unit}; {@code
     *     null} when there is none
     * @param target the number the path leads to ({@link FigureKind#TARGET}), in {@code unit}; {@code null} when there
     *     is none
     * @param progress 完成进度 ({@link FigureKind#TASK_PROGRESS}), in %; {@code null} when there is none
     * @param timeProgress 时序进度 ({@link FigureKind#TIME_PROGRESS}), in %; {@code null} when there is none
     * @param required what each remaining year must bring ({@link FigureKind#REQUIRED_GROWTH}), in its own unit (%,
     *     个百分点 or the indicator's); {@code null} when there is none
     * @param unit the unit of {@code actual}, {@code expected} and {@code target}: the actual's, else the target's,
     *     else the expected value's; {@code null} when the evaluation has none of them
     */
    public IndicatorFigures {
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /**
     * The figures of {@code evaluation}, the expected and target values converted into the actual's unit where they
     * are in another, compatible one (exactly, to 34 digits: {@link MathContext#DECIMAL128}).
     *
     * @param evaluation the indicator's evaluation
     * @return the figures of {@code evaluation}
     */
    public static IndicatorFigures of(IndicatorEvaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        Quantity actual = value(evaluation, FigureKind.ACTUAL);
        Quantity expected = value(evaluation, FigureKind.EXPECTED);
        Quantity target = value(evaluation, FigureKind.TARGET);
        Unit unit = actual != null ? actual.unit() : target != null ? target.unit()
                : expected != null ? expected.unit() : null;
        return new IndicatorFigures(evaluation, in(actual, unit), in(expected, unit), in(target, unit),
                value(evaluation, FigureKind.TASK_PROGRESS), value(evaluation, FigureKind.TIME_PROGRESS),
                value(evaluation, FigureKind.REQUIRED_GROWTH), unit);
    }

    private static @Nullable Quantity value(IndicatorEvaluation e, FigureKind kind) {
        return e.figure(kind).map(Figure::value).orElse(null);
    }

    /** {@code q} in {@code unit} where it is in another, compatible one. */
    private static @Nullable Quantity in(@Nullable Quantity q, @Nullable Unit unit) {
        if (q == null || unit == null || q.unit().equals(unit) || !q.unit().isCompatibleWith(unit)) {
            return q;
        }
        return q.to(unit, MathContext.DECIMAL128);
    }

    /**
     * The target in its canonical notation, as {@code parse} prints it ({@code 6.0%—7.0%}, {@code 5.5%以内}, {@code
     * [13.5%]}); {@code null} when the indicator has no target for the evaluation.
     *
     * @return the target in its canonical notation; {@code null} when the indicator has no target for the evaluation
     */
    public @Nullable String notation() {
        return evaluation.target() == null ? null : evaluation.target().expression().toString();
    }

    /**
     * The target's number, except for a range, whose lower bound alone would mislead ({@code null} then).
     *
     * @return the target's number, except for a range ({@code null} then, and when there is none)
     */
    public @Nullable Quantity targetValue() {
        return evaluation.target() != null && evaluation.target().expression() instanceof Range ? null : target;
    }
}
