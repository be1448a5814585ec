package org.planindicators.target;

import java.util.Objects;

/**
 * A target with no number: 保持在合理区间, 逐年下降, 持续改善, 主要经济指标保持中高速增长.
 *
 * <p>Canonical notation: the text.
 *
 * @param text the target as written (normalised: half-width, spaces from PDF extraction removed)
 */
public record Qualitative(String text) implements TargetExpression {
    /**
     * Checks the field.
     *
     * @param text the target as written (normalised: half-width, spaces from PDF extraction removed)
     */
    public Qualitative {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
    }

    @Override
    public TargetKind kind() {
        return TargetKind.QUALITATIVE;
    }

    /** Always {@link Accumulation#LEVEL}. */
    @Override
    public Accumulation accumulation() {
        return Accumulation.LEVEL;
    }

    @Override
    public String toString() {
        return text;
    }
}
