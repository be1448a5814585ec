package org.planindicators.target;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.unit.Quantity;

/**
 * Between two bounds, both inclusive: 6.0%—7.0%, 6%至6.5%, 6~7%.
 *
 * <p>Canonical notation: both bounds with their units, joined by an em dash, {@code 6.0%—7.0%}.
 *
 * @param low the lower bound
 * @param high the upper bound, in a compatible unit, not below {@code low}
 * @param accumulation how the range accumulates over the period
 */
public record Range(Quantity low, Quantity high, Accumulation accumulation) implements NumericTarget {
    /**
     * Checks the fields: compatible units, {@code low ≤ high}.
     *
     * @param low the lower bound
     * @param high the upper bound, in a compatible unit, not below {@code low}
     * @param accumulation how the range accumulates over the period
     */
    public Range {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(accumulation, "accumulation");
        Notation.requireCompatible("high", low, high);
        if (low.compareAmount(high) > 0) {
            throw new IllegalArgumentException("low must not be above high: " + low + " > " + high);
        }
    }

    /**
     * A level range: {@code 6.0%—7.0%}.
     *
     * @param low the lower bound
     * @param high the upper bound, in a compatible unit, not below {@code low}
     * @return a level range: {@code 6.0%—7.0%}
     */
    public static Range of(Quantity low, Quantity high) {
        return new Range(low, high, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.RANGE;
    }

    /** The lower bound. */
    @Override
    public Quantity value() {
        return low;
    }

    @Override
    public @Nullable Quantity high() {
        return high;
    }

    /** Met when {@code low ≤ actual ≤ high}; {@code direction} is not used. */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        return Notation.rank(actual, low) >= 0 && Notation.rank(actual, high) <= 0;
    }

    @Override
    public String toString() {
        return Notation.wrap(accumulation, low + "—" + high);
    }
}
