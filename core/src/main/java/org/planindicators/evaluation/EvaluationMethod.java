package org.planindicators.evaluation;

import java.util.Objects;

/** How progress short of the target is judged. Both methods agree on achieved, achieved early and missed. */
public enum EvaluationMethod {
    /**
     * 时序进度: the actual against the value expected on the path from baseline to target at the actual's year;
     * the progress ratio {@code (actual − baseline) / (expected − baseline)} within {@link
     * EvaluationOptions#tolerance()} of 100% is on track, above it ahead, below it lagging.
     */
    TIME_PROGRESS("time_progress", "时序进度法"),
    /**
     * The Open SDG progress rating (Statistics Canada's methodology, adopted by Open SDG): the ratio {@code R} of the
     * observed average annual growth to the growth needed from the baseline to reach the target, rated by {@link
     * SdgProgress}: ≥ 95% on track, 60–95% acceleration needed, 0–60% limited progress, below 0 deterioration.
     * Statuses: on track is {@link EvaluationStatus#ON_TRACK}, the three others {@link EvaluationStatus#LAGGING}.
     */
    OPEN_SDG("open_sdg", "Open SDG进展评级");

    private final String code;
    private final String chineseName;

    EvaluationMethod(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** {@return the stable code: {@code time_progress}, {@code open_sdg}} */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese} */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The method with this code.
     *
     * @param code the stable code: {@code time_progress}, {@code open_sdg}
     * @return the method with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static EvaluationMethod ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (EvaluationMethod m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown evaluation method '" + code + "'");
    }
}
