package org.planindicators.target;

/**
 * A target as a plan writes it: one of a closed family of kinds.
 *
 * <p>Numeric kinds ({@link NumericTarget}) carry {@link org.planindicators.unit.Quantity quantities} and can say
 * whether an observed value satisfies them; a {@link TwoTier} target pairs a numeric floor with an aspiration
 * (力争); {@link Relative}, {@link Delegated} and {@link Qualitative} carry no
 * number of their own. Every kind has an {@link Accumulation}: a level, an annual average (年均) or a cumulative
 * total over the period (累计, written in brackets).
 *
 * <p>{@link #toString()} gives the canonical notation ({@code 6.0%—7.0%}, {@code 5.5%以内}, {@code [13.5]},
 * {@code 年均10%以上}, {@code 与经济增长基本同步}); {@link #parse(CharSequence)} reads it back to an equal expression.
 */
public sealed interface TargetExpression permits NumericTarget, TwoTier, Relative, Delegated, Qualitative {
    /** {@return the kind of target} */
    TargetKind kind();

    /** {@return how the target accumulates over the period} */
    Accumulation accumulation();

    /** The canonical notation, which {@link #parse(CharSequence)} reads back. */
    @Override
    String toString();

    /**
     * Reads a text that holds exactly one target, such as a table cell ("6.0%—7.0%", "[13.5]", "5.5%以内"), with
     * the {@linkplain TargetParser#standard() standard parser}. For sentences that may carry several figures,
     * use {@link TargetParser#parse(CharSequence)}.
     *
     * @param text the text to read
     * @return the target
     * @throws TargetParseException when the text cannot be read, or holds no target or more than one
     */
    static TargetExpression parse(CharSequence text) {
        return TargetParser.standard().parseOne(text);
    }
}
