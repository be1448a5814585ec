package org.planindicators.target;

import java.util.Objects;
import org.planindicators.unit.Quantity;

/**
 * At most, inclusive: 5.5%以内, 控制在…以内, 不高于, 不超过, ≤.
 *
 * <p>Canonical notation: {@code 5.5%以内}.
 *
 * @param value the bound
 * @param accumulation how the bound accumulates over the period
 */
public record AtMost(Quantity value, Accumulation accumulation) implements NumericTarget {
    /**
     * Checks the fields.
     *
     * @param value the bound
     * @param accumulation how the bound accumulates over the period
     */
    public AtMost {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(accumulation, "accumulation");
    }

    /**
     * A level target: {@code 5.5%以内}.
     *
     * @param value the bound
     * @return a level target: {@code 5.5%以内}
     */
    public static AtMost of(Quantity value) {
        return new AtMost(value, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.AT_MOST;
    }

    /** Met when {@code actual <= value}, by rank for ordinal units; {@code direction} is not used. */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        return Notation.rank(actual, value) <= 0;
    }

    @Override
    public String toString() {
        return Notation.wrap(accumulation, "" + value + "以内");
    }
}
