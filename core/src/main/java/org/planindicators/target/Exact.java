package org.planindicators.target;

import java.util.Objects;
import org.planindicators.unit.Quantity;

/**
 * Reach this level: 达到120万标箱, 提高到95%, 为, 保持. In a table, a bare figure.
 *
 * <p>Canonical notation: the quantity itself, {@code 120万标箱}.
 *
 * @param value the level to reach
 * @param accumulation how the level accumulates over the period
 */
public record Exact(Quantity value, Accumulation accumulation) implements NumericTarget {
    /**
     * Checks the fields.
     *
     * @param value the level to reach
     * @param accumulation how the level accumulates over the period
     */
    public Exact {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(accumulation, "accumulation");
    }

    /**
     * A level target: {@code 120万标箱}.
     *
     * @param value the level to reach
     * @return a level target: {@code 120万标箱}
     */
    public static Exact of(Quantity value) {
        return new Exact(value, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.EXACT;
    }

    /**
     * Met by reaching the level in the indicator's direction: {@code actual ≥ value} when higher is better,
     * {@code actual ≤ value} when lower is better, {@code actual = value} for a band.
     */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        int c = Notation.rank(actual, value);
        return switch (Objects.requireNonNull(direction, "direction")) {
            case HIGHER_IS_BETTER -> c >= 0;
            case LOWER_IS_BETTER -> c <= 0;
            case BAND -> c == 0;
        };
    }

    @Override
    public String toString() {
        return Notation.wrap(accumulation, value.toString());
    }

    /**
     * Equal when every component is, exactly as the record's own {@code equals}. Written out for start-up: the
     * record's own is linked at its first call by {@code ObjectMethods}, which spins method-handle classes that a
     * class-data-sharing archive cannot hold ({@code RecordMethodsTest} keeps it the record's).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Exact x && Objects.equals(value, x.value)
                && Objects.equals(accumulation, x.accumulation);
    }

    /** {@return the hash of the record's own {@code hashCode}}: {@code 31 × h(value) + h(accumulation)} */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(value) + Objects.hashCode(accumulation);
    }
}
