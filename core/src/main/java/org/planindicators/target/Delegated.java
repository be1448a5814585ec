package org.planindicators.target;

import java.util.Objects;

/**
 * A number set by a higher level: 完成成都市下达目标, 确保完成国家要求.
 *
 * <p>Canonical notation: {@code 完成成都市下达目标}.
 *
 * @param authority the level that sets the number (成都市, 国家, 上级)
 */
public record Delegated(String authority) implements TargetExpression {
    /**
     * Checks the field.
     *
     * @param authority the level that sets the number (成都市, 国家, 上级)
     */
    public Delegated {
        Objects.requireNonNull(authority, "authority");
        if (authority.isBlank()) {
            throw new IllegalArgumentException("authority must not be blank");
        }
    }

    @Override
    public TargetKind kind() {
        return TargetKind.DELEGATED;
    }

    /** Always {@link Accumulation#LEVEL}: the higher level's number says the rest. */
    @Override
    public Accumulation accumulation() {
        return Accumulation.LEVEL;
    }

    @Override
    public String toString() {
        return "完成" + authority + "下达目标";
    }
}
