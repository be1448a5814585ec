package org.planindicators.evaluation;

/** What a {@link Figure} of an evaluation is. */
public enum FigureKind {
    /** 时序进度: the share of the time from the baseline to the target year that has passed, in %. */
    TIME_PROGRESS("time_progress", "时序进度"),
    /** The value expected at the actual's year on the path from the baseline to the target. */
    EXPECTED("expected", "预期值"),
    /** The actual: the latest observation, or the cumulative or average figure built from the observations. */
    ACTUAL("actual", "实际值"),
    /** The baseline used: the indicator's, or the first observation where it has none. */
    BASELINE("baseline", "基期值"),
    /** The target value the path leads to, in the terms of the actual. */
    TARGET("target", "目标值"),
    /** 完成进度: the progress made as a share of the progress the target needs, in %. */
    TASK_PROGRESS("task_progress", "完成进度"),
    /** The progress made as a share of the progress expected by now (100% is on the path), in %. */
    PROGRESS_RATIO("progress_ratio", "进度比"),
    /** The growth (or change) still needed in each remaining year to reach the target. */
    REQUIRED_GROWTH("required_growth", "剩余年份所需年均增速"),
    /** The observed average annual growth from the baseline (Open SDG's observed CAGR). */
    OBSERVED_GROWTH("observed_growth", "实际年均增速"),
    /** The average annual growth from the baseline that reaches the target on time (Open SDG's required CAGR). */
    NEEDED_GROWTH("needed_growth", "目标所需年均增速"),
    /** The value of the indicator or region a relative target refers to. */
    REFERENCE("reference", "参照值"),
    /** The difference between the actual and the reference of a relative target, in 个百分点 (or the level's unit). */
    GAP("gap", "差距"),
    /** The value of the aspiration (力争) of a two-tier target, in the terms of the actual, as {@link #TARGET} is. */
    ASPIRATION("aspiration", "力争目标值");

    private final String code;
    private final String chineseName;

    FigureKind(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** {@return the stable code: {@code time_progress}, {@code expected}, {@code actual} …} */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 时序进度, 预期值, 实际值 …} */
    public String chineseName() {
        return chineseName;
    }
}
