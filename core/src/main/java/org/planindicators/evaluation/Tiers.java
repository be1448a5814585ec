package org.planindicators.evaluation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.TwoTier;

/**
 * How an indicator with a two-tier target ({@link TwoTier}: 增长7%以上、力争达到8%) stands against each tier. Each tier
 * is judged by the rules of its kind, as if it were the only target; the indicator's status is the floor's, the tier
 * the plan commits to.
 *
 * @param floor the status against the floor (7%以上)
 * @param aspiration the status against the aspiration (力争8%); {@code null} when the aspiration names no figure
 *     (力争更好结果)
 * @param word the aspiration verb as written: 力争, 争取, 努力 …
 * @param aspirationText the aspiration as written: {@code 8%} or {@code 更好结果}
 */
public record Tiers(EvaluationStatus floor, @Nullable EvaluationStatus aspiration, String word,
        String aspirationText) {
    /**
     * Checks the fields.
     *
     * @param floor the status against the floor
     * @param aspiration the status against the aspiration; {@code null} when it names no figure
     * @param word the aspiration verb as written
     * @param aspirationText the aspiration as written
     */
    public Tiers {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(aspirationText, "aspirationText");
    }

    /** {@return whether the floor is met: achieved, or achieved early} */
    public boolean floorMet() {
        return isMet(floor);
    }

    /** {@return whether the aspiration is met: achieved, or achieved early; false when it names no figure} */
    public boolean aspirationMet() {
        return aspiration != null && isMet(aspiration);
    }

    private static boolean isMet(EvaluationStatus s) {
        return s == EvaluationStatus.ACHIEVED || s == EvaluationStatus.ACHIEVED_EARLY;
    }
}
