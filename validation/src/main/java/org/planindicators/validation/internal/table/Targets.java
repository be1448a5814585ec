package org.planindicators.validation.internal.table;

import org.planindicators.target.Accumulation;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TwoTier;

/** Changes to target expressions the table reader needs. */
final class Targets {
    private Targets() {
    }

    /**
     * {@code t} with accumulation {@code a}: a plain figure in the 年均/累计 column is an annual average (or a
     * cumulative total under a 累计 header); a two-tier target changes both tiers. Kinds without a number
     * (relative, delegated, qualitative) are returned unchanged.
     */
    static TargetExpression withAccumulation(TargetExpression t, Accumulation a) {
        if (t instanceof NumericTarget n) {
            return n.withAccumulation(a);
        } else if (t instanceof TwoTier two) {
            return two.withAccumulation(a);
        }
        return t;
    }
}
