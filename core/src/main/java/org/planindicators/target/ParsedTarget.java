package org.planindicators.target;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One target read from a text, with where it stood and what the text said around it.
 *
 * @param target the target
 * @param subject the words before the figure that name what it measures ("城中村" in "改造老旧小区20个、城中村300户以上"),
 *     possibly empty
 * @param start index in the input where the target's text starts
 * @param end index in the input just after the target's text
 * @param year the year the text ties the target to ("到2025年，…"), or {@code null}
 * @param measure whether the figure is a level, a growth rate (增长7%以上) or a reduction rate (下降7%以上)
 */
public record ParsedTarget(TargetExpression target, String subject, int start, int end, @Nullable Integer year,
        Measure measure) {
    /**
     * Checks the fields.
     *
     * @param target the target
     * @param subject the words before the figure that name what it measures ("城中村" in "改造老旧小区20个、城中村300户以上"), possibly
     *     empty
     * @param start index in the input where the target's text starts
     * @param end index in the input just after the target's text
     * @param year the year the text ties the target to ("到2025年，…"), or {@code null}
     * @param measure whether the figure is a level, a growth rate (增长7%以上) or a reduction rate (下降7%以上)
     */
    public ParsedTarget {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
