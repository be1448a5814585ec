package org.planindicators.target;

import org.jspecify.annotations.Nullable;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * A target with a number: exact, the four bounds, range, approximately and change.
 *
 * <p>{@link #isSatisfiedBy(Quantity, Direction)} compares an observed value with the target, converting units
 * first. For an {@linkplain Unit#isOrdinal() ordinal} unit (water quality classes) the comparison is by rank:
 * "Ⅲ类以上" (at least class III) is met by class II and III.
 */
public sealed interface NumericTarget extends TargetExpression
        permits Exact, AtLeast, GreaterThan, AtMost, LessThan, Range, Approximately, Change {
    /** {@return the target's number: the value, the lower bound of a range, or the amount of a change} */
    Quantity value();

    /** {@return the upper bound of a range; {@code null} for every other kind} */
    default @Nullable Quantity high() {
        return null;
    }

    /** {@return the unit of the target's number} */
    default Unit unit() {
        return value().unit();
    }

    /**
     * Whether {@code actual} meets this target. Bounds and ranges ignore {@code direction}; an exact level is met
     * by reaching it in the indicator's direction ({@code ≥} when higher is better, {@code ≤} when lower is
     * better, {@code =} for a band). For a {@link Change}, {@code actual} is the observed change, signed (a fall
     * of 3% is {@code -3%}).
     *
     * @param actual the observed value, in a unit compatible with the target's
     * @param direction which way the indicator improves: at-most and less-than targets are met from below
     * @return whether {@code actual} meets this target
     * @throws org.planindicators.unit.UnitConversionException when {@code actual}'s unit is not compatible
     */
    boolean isSatisfiedBy(Quantity actual, Direction direction);

    /**
     * This target with another accumulation: {@code 7%以上} as {@code 年均7%以上}.
     *
     * @param accumulation the accumulation wanted
     * @return this target with {@code accumulation}, or this target when it already has it
     */
    default NumericTarget withAccumulation(Accumulation accumulation) {
        return Notation.withAccumulation(this, accumulation);
    }
}
