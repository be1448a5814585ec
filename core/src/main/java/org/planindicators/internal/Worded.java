package org.planindicators.internal;

import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;

/**
 * A target read from words without a figure, with the words before it that name what it measures.
 *
 * @param target the target
 * @param subject the words that name what it measures, possibly empty
 * @param measure a level, or the rate the words speak of (实现正增长 is a growth rate)
 */
record Worded(TargetExpression target, String subject, Measure measure) {
    Worded(TargetExpression target, String subject) {
        this(target, subject, Measure.LEVEL);
    }
}
