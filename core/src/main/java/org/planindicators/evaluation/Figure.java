package org.planindicators.evaluation;

import java.math.RoundingMode;
import java.util.Objects;
import org.planindicators.unit.Quantity;

/**
 * A computed figure of an evaluation: what it is, its value with its unit, and how it was computed.
 *
 * @param kind what the figure is
 * @param value the value, at the precision of {@link EvaluationOptions#mathContext()}
 * @param explanation the formula, inputs, years and weakest status behind it
 */
public record Figure(FigureKind kind, Quantity value, Explanation explanation) {
    /**
     * Checks the fields.
     *
     * @param kind what the figure is
     * @param value the value, at the precision of {@link EvaluationOptions#mathContext()}
     * @param explanation the formula, inputs, years and weakest status behind it
     */
    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The value at {@code scale} decimals, rounded half up, as tables print figures: 92.75万亿元.
     *
     * @param scale the decimals kept
     * @return the value at {@code scale} decimals, rounded half up, as tables print figures: 92.75万亿元
     */
    public Quantity rounded(int scale) {
        return Quantity.of(value.value().setScale(scale, RoundingMode.HALF_UP), value.unit());
    }

    /** {@return whether the figure rests on a preliminary, estimated or forecast observation} */
    public boolean isProvisional() {
        return explanation.isProvisional();
    }

    /** {@code expected = 80.9万亿元: <explanation>}. */
    @Override
    public String toString() {
        return kind.code() + " = " + value + ": " + explanation;
    }
}
