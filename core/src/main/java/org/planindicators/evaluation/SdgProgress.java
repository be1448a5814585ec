package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The Open SDG progress categories for an indicator with a numeric target, from the ratio {@code R} of the observed
 * compound annual growth rate to the rate needed to reach the target on time (Open SDG, "Progress Measurement
 * Methodology", after Statistics Canada).
 */
public enum SdgProgress {
    /** The target is achieved. */
    TARGET_ACHIEVED("target_achieved", "已实现目标", "Target achieved"),
    /** {@code R ≥ 95%}. */
    ON_TRACK("on_track", "正常推进", "On track"),
    /** {@code 60% ≤ R < 95%}. */
    ACCELERATION_NEEDED("acceleration_needed", "有进展但需加快", "Progress made but acceleration needed"),
    /** {@code 0 ≤ R < 60%}. */
    LIMITED_PROGRESS("limited_progress", "进展有限", "Limited progress"),
    /** {@code R < 0}: moving away from the target. */
    DETERIORATION("deterioration", "倒退", "Deterioration");

    private static final BigDecimal ON_TRACK_FROM = new BigDecimal("0.95");
    private static final BigDecimal ACCELERATION_FROM = new BigDecimal("0.60");

    private final String code;
    private final String chineseName;
    private final String englishName;

    SdgProgress(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The category of a ratio {@code R} (as a fraction, 0.95 for 95%) for a target not yet achieved: {@link
     * #ON_TRACK}, {@link #ACCELERATION_NEEDED}, {@link #LIMITED_PROGRESS} or {@link #DETERIORATION}.
     *
     * @param ratio the ratio of the progress made to the progress needed, as a fraction
     * @return the category of a ratio {@code R} (as a fraction, 0.95 for 95%) for a target not yet achieved: {@link
     *     #ON_TRACK}, {@link #ACCELERATION_NEEDED}, {@link #LIMITED_PROGRESS} or {@link #DETERIORATION}
     */
    public static SdgProgress ofRatio(BigDecimal ratio) {
        Objects.requireNonNull(ratio, "ratio");
        if (ratio.compareTo(ON_TRACK_FROM) >= 0) {
            return ON_TRACK;
        }
        if (ratio.compareTo(ACCELERATION_FROM) >= 0) {
            return ACCELERATION_NEEDED;
        }
        return ratio.signum() >= 0 ? LIMITED_PROGRESS : DETERIORATION;
    }

    /**
     * The stable code: {@code target_achieved}, {@code on_track}, {@code acceleration_needed}, {@code
     * limited_progress}, {@code deterioration}.
     *
     * @return the stable code: {@code target_achieved}, {@code on_track}, {@code acceleration_needed}, {@code
     *     limited_progress}, {@code deterioration}
     */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name Open SDG uses} */
    public String englishName() {
        return englishName;
    }
}
