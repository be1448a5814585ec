package org.planindicators.validation.internal.table;

import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.Range;
import org.planindicators.target.TargetExpression;

/** Changes to target expressions the table reader needs. */
final class Targets {
    private Targets() {
    }

    /**
     * {@code t} with accumulation {@code a}: a plain figure in the 年均/累计 column is an annual average (or a
     * cumulative total under a 累计 header). Kinds without a number (relative, delegated, qualitative) are returned
     * unchanged.
     */
    static TargetExpression withAccumulation(TargetExpression t, Accumulation a) {
        if (t instanceof Exact e) {
            return new Exact(e.value(), a);
        } else if (t instanceof AtLeast e) {
            return new AtLeast(e.value(), a);
        } else if (t instanceof GreaterThan e) {
            return new GreaterThan(e.value(), a);
        } else if (t instanceof AtMost e) {
            return new AtMost(e.value(), a);
        } else if (t instanceof LessThan e) {
            return new LessThan(e.value(), a);
        } else if (t instanceof Range r) {
            return new Range(r.low(), r.high(), a);
        } else if (t instanceof Approximately p) {
            return new Approximately(p.value(), p.tolerance(), a);
        } else if (t instanceof Change c) {
            return new Change(c.direction(), c.amount(), a);
        }
        return t;
    }
}
