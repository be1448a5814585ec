package org.planindicators.target;

import java.util.Objects;
import org.planindicators.unit.Quantity;

/**
 * A change from the previous value, with no bound: 增长3.0%, 下降7%, 比上一年度增长1%, 提高3个百分点, 提高1岁.
 * A change in % is relative to the previous value; one in 个百分点 (or any other unit) is a difference.
 *
 * <p>Canonical notation: {@code 增长3.0%} / {@code 下降7%} for ratios and bare numbers, {@code 增加3个} /
 * {@code 减少3个} for counts, {@code 提高3个百分点} / {@code 降低3个百分点} for other units.
 *
 * @param direction increase or decrease
 * @param amount the size of the change, not negative
 * @param accumulation how the change accumulates over the period (年均增长 is an annual average)
 */
public record Change(ChangeDirection direction, Quantity amount, Accumulation accumulation) implements NumericTarget {
    /**
     * Checks the fields: the amount is not negative (a fall is {@link ChangeDirection#DECREASE}).
     *
     * @param direction increase or decrease
     * @param amount the size of the change, not negative
     * @param accumulation how the change accumulates over the period (年均增长 is an annual average)
     */
    public Change {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(accumulation, "accumulation");
        if (amount.value().signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative (use DECREASE): " + amount);
        }
    }

    /**
     * A yearly change: {@code 增长3.0%}.
     *
     * @param direction increase or decrease
     * @param amount the size of the change, not negative
     * @return a yearly change: {@code 增长3.0%}
     */
    public static Change of(ChangeDirection direction, Quantity amount) {
        return new Change(direction, amount, Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.CHANGE;
    }

    /** The amount of the change. */
    @Override
    public Quantity value() {
        return amount;
    }

    /** {@return the change as a signed quantity: {@code -7%} for 下降7%} */
    public Quantity signedAmount() {
        return direction == ChangeDirection.INCREASE ? amount : Quantity.of(amount.value().negate(), amount.unit());
    }

    /**
     * Met when the observed change {@code actual} (signed) is at least the signed target when higher is better,
     * at most it when lower is better, equal to it for a band. 下降7% for PM2.5 (lower is better) is met by an
     * observed change of -8%.
     */
    @Override
    public boolean isSatisfiedBy(Quantity actual, Direction direction) {
        int c = Notation.rank(actual, signedAmount());
        return switch (Objects.requireNonNull(direction, "direction")) {
            case HIGHER_IS_BETTER -> c >= 0;
            case LOWER_IS_BETTER -> c <= 0;
            case BAND -> c == 0;
        };
    }

    @Override
    public String toString() {
        boolean up = direction == ChangeDirection.INCREASE;
        String verb = switch (amount.unit().family()) {
            case RATIO, NONE -> up ? "增长" : "下降";
            case COUNT -> up ? "增加" : "减少";
            default -> up ? "提高" : "降低";
        };
        return Notation.wrap(accumulation, verb + amount);
    }
}
