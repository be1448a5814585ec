package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The classes in which official Chinese mid-term reviews (中期评估) report each indicator: 提前实现, 快于预期, 基本符合预期,
 * 相对滞后 before the target year, 完成 or 未完成 once its figure is in — offered beside the {@link EvaluationStatus}.
 *
 * <p>The class follows from the status and, with the time-progress method, the progress ratio {@code R = (a − v0) /
 * (e − v0)} (the progress made over the progress expected by now):
 * <ul>
 * <li>{@link EvaluationStatus#ACHIEVED} is {@link #COMPLETED}, {@link EvaluationStatus#MISSED} {@link
 * #NOT_COMPLETED}, {@link EvaluationStatus#ACHIEVED_EARLY} {@link #ACHIEVED_EARLY}, {@link
 * EvaluationStatus#NOT_ASSESSABLE} {@link #NOT_ASSESSABLE};</li>
 * <li>otherwise, where there is a ratio {@code R}: {@link #AHEAD} when {@code R > 1 + tolerance} (the {@linkplain
 * EvaluationOptions#tolerance() status tolerance}, 5% by default), {@link #BROADLY_ON_TRACK} when {@code R ≥ 1 −
 * reviewTolerance}, else {@link #LAGGING} — {@linkplain EvaluationOptions#reviewTolerance() reviewTolerance} (10% by
 * default) being the share of the expected progress an indicator may fall short of and still be 基本符合预期;</li>
 * <li>where there is none (a yearly target, a relative target, a target to keep, the Open SDG method): {@link
 * EvaluationStatus#AHEAD} is {@link #AHEAD}, {@link EvaluationStatus#ON_TRACK} {@link #BROADLY_ON_TRACK}, {@link
 * EvaluationStatus#LAGGING} {@link #LAGGING}.</li>
 * </ul>
 */
public enum ReviewClass {
    /** 提前实现: the target is met before its year. */
    ACHIEVED_EARLY("achieved_early", "提前实现", "achieved early"),
    /** 快于预期: ahead of the progress expected by now. */
    AHEAD("ahead", "快于预期", "ahead of expectations"),
    /** 基本符合预期: on the expected progress, or short of it by no more than the review tolerance. */
    BROADLY_ON_TRACK("broadly_on_track", "基本符合预期", "broadly on track"),
    /** 相对滞后: short of the expected progress by more than the review tolerance. */
    LAGGING("lagging", "相对滞后", "lagging"),
    /** 完成: the target year's figure is in and meets the target. */
    COMPLETED("completed", "完成", "completed"),
    /** 未完成: the target year's figure is in and does not meet the target. */
    NOT_COMPLETED("not_completed", "未完成", "not completed"),
    /** 无法评估: no target with a number, or no data to judge by. */
    NOT_ASSESSABLE("not_assessable", "无法评估", "not assessable");

    private final String code;
    private final String chineseName;
    private final String englishName;

    ReviewClass(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The class of an indicator with {@code status} and, where the time-progress method gave one, the progress
     * ratio, by the rules above.
     *
     * @param status the status
     * @param progressRatio the progress ratio {@code R} as a fraction (1 is on the path), or {@code null} for none
     * @param options the options, for the tolerance (ahead) and the review tolerance (基本符合预期 or 相对滞后)
     * @return the class of an indicator with {@code status} and, where the time-progress method gave one, the
     *     progress ratio
     */
    public static ReviewClass classify(EvaluationStatus status, @Nullable BigDecimal progressRatio,
            EvaluationOptions options) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(options, "options");
        switch (status) {
            case ACHIEVED:
                return COMPLETED;
            case MISSED:
                return NOT_COMPLETED;
            case ACHIEVED_EARLY:
                return ACHIEVED_EARLY;
            case NOT_ASSESSABLE:
                return NOT_ASSESSABLE;
            default:
                break;
        }
        if (progressRatio == null) {
            return switch (status) {
                case AHEAD -> AHEAD;
                case ON_TRACK -> BROADLY_ON_TRACK;
                default -> LAGGING;
            };
        }
        if (progressRatio.compareTo(BigDecimal.ONE.add(options.tolerance())) > 0) {
            return AHEAD;
        }
        return progressRatio.compareTo(BigDecimal.ONE.subtract(options.reviewTolerance())) >= 0 ? BROADLY_ON_TRACK
                : LAGGING;
    }

    /**
     * The stable code: {@code achieved_early}, {@code ahead}, {@code broadly_on_track}, {@code lagging}, {@code
     * completed}, {@code not_completed}, {@code not_assessable}.
     *
     * @return the stable code
     */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 提前实现, 快于预期, 基本符合预期, 相对滞后, 完成, 未完成, 无法评估} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /** {@return whether reviewers flag this class: {@link #LAGGING} or {@link #NOT_COMPLETED}} */
    public boolean isConcern() {
        return this == LAGGING || this == NOT_COMPLETED;
    }
}
