package org.planindicators.report;

import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.planindicators.unit.Quantity;

/**
 * How tables print figures: computed figures rounded {@link RoundingMode#HALF_EVEN half-even} to a scale, observed
 * ones as written unless they have more decimals than that.
 *
 * @param scale the decimals of a computed figure, not negative
 */
public record FigureFormat(int scale) {
    /** The scale tables use unless told otherwise: 2 decimals. */
    public static final int DEFAULT_SCALE = 2;

    /**
     * Checks the scale.
     *
     * @param scale the decimals of a computed figure, not negative
     */
    public FigureFormat {
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative: " + scale);
        }
    }

    /**
     * The value of {@code q} at the scale, half-even: {@code 760.14}; {@code null} for none.
     *
     * @param q a figure, or {@code null}
     * @return the value of {@code q} at the scale, half-even; {@code null} for none
     */
    public @Nullable String number(@Nullable Quantity q) {
        return q == null ? null : q.value().setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * The value as written, rounded half-even only where it has more decimals than the scale: {@code 9800}; {@code
     * null} for none.
     *
     * @param q a figure, or {@code null}
     * @return the value as written, rounded half-even only where it has more decimals than the scale; {@code null}
     *     for none
     */
    public @Nullable String written(@Nullable Quantity q) {
        return q == null ? null : q.value().scale() <= scale ? q.value().toPlainString() : number(q);
    }

    /**
     * The value at the scale with its unit: {@code 760.14亿元}; {@code -} for none.
     *
     * @param q a figure, or {@code null}
     * @return the value at the scale with its unit; {@code -} for none
     */
    public String cell(@Nullable Quantity q) {
        return q == null ? "-" : number(q) + q.unit().symbol();
    }

    /**
     * The value as written with its unit: {@code 9800个}; {@code -} for none.
     *
     * @param q a figure, or {@code null}
     * @return the value as written with its unit; {@code -} for none
     */
    public String writtenCell(@Nullable Quantity q) {
        return q == null ? "-" : written(q) + q.unit().symbol();
    }
}
