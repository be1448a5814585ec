package org.planindicators.target;

import java.util.Objects;
import org.planindicators.unit.Quantity;

/**
 * At least, inclusive: 10%以上, 不低于17平方米, 不少于, 大于等于13.2年, ≥, 820余万次.
 *
 * <p>Canonical notation: {@code 10%以上}.
 *
 * @param value the bound
 * @param accumulation how the bound accumulates over the period
 */
public record AtLeast(Quantity value, Accumulation accumulation) implements NumericTarget {
    /**
     * Checks the fields.
     *
     * @param value the bound
     * @param accumulation how the bound accumulates over the period
     */
    public AtLeast {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(accumulation, "accumulation");
    }

    /**
     * A level target: {@code 10%以上}.
     *
     * @param value the bound
     * @return a level target: {@code 10%以上}
     */
    public static AtLeast of(Quantity value) {
        return new AtLeast(value, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.AT_LEAST;
    }

    /** Met when {@code actual >= value}, by rank for ordinal units; {@code direction} is not used. */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        return Notation.rank(actual, value) >= 0;
    }

    @Override
    public String toString() {
        return Notation.wrap(accumulation, "" + value + "以上");
    }

    /**
     * Equal when every component is, exactly as the record's own {@code equals}. Written out for start-up: the
     * record's own is linked at its first call by {@code ObjectMethods}, which spins method-handle classes that a
     * class-data-sharing archive cannot hold ({@code RecordMethodsTest} keeps it the record's).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AtLeast x && Objects.equals(value, x.value)
                && Objects.equals(accumulation, x.accumulation);
    }

    /** {@return the hash of the record's own {@code hashCode}}: {@code 31 × h(value) + h(accumulation)} */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(value) + Objects.hashCode(accumulation);
    }
}
