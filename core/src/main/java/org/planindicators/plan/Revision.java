package org.planindicators.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why and when a figure was replaced, with the figure it replaced: the revised {@link Baseline} or {@link Target}
 * holds one of these, so the original stays at hand (a baseline revised after a census, a target changed at a
 * plan's mid-term update).
 *
 * @param original the version that was replaced
 * @param date when the revision took effect, or was published
 * @param reason why, in words: "第七次全国人口普查后修订", "规划中期调整"
 * @param <T> the kind of figure: {@link Baseline} or {@link Target}
 */
public record Revision<T>(T original, LocalDate date, String reason) {
    /**
     * Checks the fields: a reason that is not blank.
     *
     * @param original the version that was replaced
     * @param date when the revision took effect, or was published
     * @param reason why, in words: "第七次全国人口普查后修订", "规划中期调整"
     */
    public Revision {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(date, "date");
        Checks.requireNotBlank(reason, "reason");
    }
}
