package org.planindicators.target;

import java.util.Objects;
import org.planindicators.unit.Quantity;

/**
 * Less than, strict: 低于40微克/立方米, 小于, &lt;.
 *
 * <p>Canonical notation: {@code 低于40微克/立方米}.
 *
 * @param value the bound
 * @param accumulation how the bound accumulates over the period
 */
public record LessThan(Quantity value, Accumulation accumulation) implements NumericTarget {
    /**
     * Checks the fields.
     *
     * @param value the bound
     * @param accumulation how the bound accumulates over the period
     */
    public LessThan {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(accumulation, "accumulation");
    }

    /**
     * A level target: {@code 低于40微克/立方米}.
     *
     * @param value the bound
     * @return a level target: {@code 低于40微克/立方米}
     */
    public static LessThan of(Quantity value) {
        return new LessThan(value, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.LESS_THAN;
    }

    /** Met when {@code actual < value}, by rank for ordinal units; {@code direction} is not used. */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        return Notation.rank(actual, value) < 0;
    }

    @Override
    public String toString() {
        return Notation.wrap(accumulation, "低于" + value + "");
    }
}
