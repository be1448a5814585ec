package org.planindicators.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.unit.Quantity;

/**
 * Near a value: 6.5%左右, 约.
 *
 * <p>Plans rarely say how near. When no tolerance is given, {@link #effectiveTolerance()} is
 * {@link #DEFAULT_RELATIVE_TOLERANCE} (5%) of the value: 6.5%左右 accepts 6.175% to 6.825%. A tolerance can be
 * given explicitly.
 *
 * <p>Canonical notation: {@code 6.5%左右}, or with a tolerance {@code 6.5%左右(±0.5%)}.
 *
 * @param value the value to be near
 * @param tolerance the accepted distance from the value, in a compatible unit, or {@code null} for the default
 * @param accumulation how the value accumulates over the period
 */
public record Approximately(Quantity value, @Nullable Quantity tolerance, Accumulation accumulation)
        implements NumericTarget {
    /** The tolerance used when none is written: 5% of the value. */
    public static final BigDecimal DEFAULT_RELATIVE_TOLERANCE = new BigDecimal("0.05");

    /**
     * Checks the fields: a tolerance, when given, is not negative and is in a compatible unit.
     *
     * @param value the value to be near
     * @param tolerance the accepted distance from the value, in a compatible unit, or {@code null} for the default
     * @param accumulation how the value accumulates over the period
     */
    public Approximately {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(accumulation, "accumulation");
        if (tolerance != null) {
            Notation.requireCompatible("tolerance", value, tolerance);
            if (tolerance.value().signum() < 0) {
                throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
            }
        }
    }

    /**
     * A level target with the default tolerance: {@code 6.5%左右}.
     *
     * @param value the value to be near
     * @return a level target with the default tolerance: {@code 6.5%左右}
     */
    public static Approximately of(Quantity value) {
        return new Approximately(value, null, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.APPROXIMATELY;
    }

    /** {@return the tolerance, or {@code |value| × 5%} when none was given, in the value's unit} */
    public Quantity effectiveTolerance() {
        if (tolerance != null) {
            return tolerance.to(value.unit(), MathContext.DECIMAL128);
        }
        return Quantity.of(value.value().abs().multiply(DEFAULT_RELATIVE_TOLERANCE), value.unit());
    }

    /**
     * Met when {@code actual ≥ value − tolerance} if higher is better, {@code actual ≤ value + tolerance} if lower
     * is better, {@code |actual − value| ≤ tolerance} for a band.
     */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        BigDecimal tol = effectiveTolerance().value();
        Quantity low = Quantity.of(value.value().subtract(tol), value.unit());
        Quantity high = Quantity.of(value.value().add(tol), value.unit());
        boolean aboveLow = Notation.rank(actual, low) >= 0;
        boolean belowHigh = Notation.rank(actual, high) <= 0;
        return switch (Objects.requireNonNull(direction, "direction")) {
            case HIGHER_IS_BETTER -> aboveLow;
            case LOWER_IS_BETTER -> belowHigh;
            case BAND -> aboveLow && belowHigh;
        };
    }

    @Override
    public String toString() {
        return Notation.wrap(accumulation, value + "左右" + (tolerance == null ? "" : "(±" + tolerance + ")"));
    }
}
