package org.planindicators.target;

import java.util.Objects;
import org.planindicators.unit.Quantity;

/**
 * More than, strict: 突破165亿元, 超过, 高于8.3%, 大于, >.
 *
 * <p>Canonical notation: {@code 超过165亿元}.
 *
 * @param value the bound
 * @param accumulation how the bound accumulates over the period
 */
public record GreaterThan(Quantity value, Accumulation accumulation) implements NumericTarget {
    /**
     * Checks the fields.
     *
     * @param value the bound
     * @param accumulation how the bound accumulates over the period
     */
    public GreaterThan {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(accumulation, "accumulation");
    }

    /**
     * A level target: {@code 超过165亿元}.
     *
     * @param value the bound
     * @return a level target: {@code 超过165亿元}
     */
    public static GreaterThan of(Quantity value) {
        return new GreaterThan(value, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.GREATER_THAN;
    }

    /** Met when {@code actual > value}, by rank for ordinal units; {@code direction} is not used. */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        return Notation.rank(actual, value) > 0;
    }

    @Override
    public String toString() {
        return Notation.wrap(accumulation, "超过" + value + "");
    }
}
