package org.planindicators.evaluation;

import java.util.Objects;

/**
 * Where an indicator stands against its target: 提前完成,
 * 快于预期, 符合预期, 滞后, plus achieved and missed once the target year has come, and not assessable.
 */
public enum EvaluationStatus {
    /** 已实现: the target year's figure is in and meets the target. */
    ACHIEVED("achieved", "已实现", "achieved"),
    /** 提前完成: the target is met before the target year (a target to reach, not one the baseline already met). */
    ACHIEVED_EARLY("achieved_early", "提前完成", "achieved early"),
    /** 快于预期: ahead of the expected path by more than the tolerance. */
    AHEAD("ahead", "快于预期", "ahead of schedule"),
    /** 符合预期: on the expected path, within the tolerance; or a target to keep that is kept. */
    ON_TRACK("on_track", "符合预期", "on track"),
    /** 滞后: behind the expected path by more than the tolerance; or a target to keep that is not kept. */
    LAGGING("lagging", "滞后", "lagging"),
    /** 未完成: the target year's figure is in and does not meet the target. */
    MISSED("missed", "未完成", "missed"),
    /** 无法评估: a qualitative or delegated target, no target, or no data to judge by. */
    NOT_ASSESSABLE("not_assessable", "无法评估", "not assessable");

    private final String code;
    private final String chineseName;
    private final String englishName;

    EvaluationStatus(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The stable code: {@code achieved}, {@code achieved_early}, {@code ahead}, {@code on_track}, {@code lagging},
     * {@code missed}, {@code not_assessable}.
     *
     * @return the stable code: {@code achieved}, {@code achieved_early}, {@code ahead}, {@code on_track}, {@code
     *     lagging}, {@code missed}, {@code not_assessable}
     */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 已实现, 提前完成, 快于预期, 符合预期, 滞后, 未完成, 无法评估} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /** {@return whether reviewers flag this status: {@link #LAGGING} or {@link #MISSED}} */
    public boolean isConcern() {
        return this == LAGGING || this == MISSED;
    }

    /**
     * The status with this code.
     *
     * @param code the stable code
     * @return the status with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static EvaluationStatus ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (EvaluationStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown evaluation status '" + code + "'");
    }
}
