package org.planindicators.target;

import java.util.Objects;

/**
 * A number set by a higher level: 完成成都市下达目标, 完成国家下达的节能减排任务, 全面完成国家下达的约束性指标,
 * 达到国家要求, 按照国家要求完成, 控制在国家下达目标内, 完成"十四五"国家考核目标, 与国家"十五五"考核目标统筹衔接.
 *
 * <p>The wordings differ in tone, not in what can be checked: each says that the figure to reach is the one the
 * authority sets, so they share one form. One wording says more: 达到国家下达目标任务的序时进度 asks for the
 * progress due by now on the authority's target (its time-proportional share), not for the target itself; that
 * is {@code scheduleProgress}.
 *
 * <p>Canonical notation: {@code 完成国家下达目标}, and with schedule progress {@code 达到国家下达目标序时进度}.
 *
 * @param authority the level that sets the number (国家, 省, 成都市, 上级)
 * @param scheduleProgress whether the target is the progress due by now on the authority's target (序时进度)
 */
public record Delegated(String authority, boolean scheduleProgress) implements TargetExpression {
    /**
     * Checks the fields.
     *
     * @param authority the level that sets the number (国家, 省, 成都市, 上级)
     * @param scheduleProgress whether the target is the progress due by now on the authority's target (序时进度)
     */
    public Delegated {
        Objects.requireNonNull(authority, "authority");
        if (authority.isBlank()) {
            throw new IllegalArgumentException("authority must not be blank");
        }
    }

    /**
     * The authority's target itself: {@code 完成国家下达目标}.
     *
     * @param authority the level that sets the number (国家, 省, 成都市, 上级)
     */
    public Delegated(String authority) {
        this(authority, false);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.DELEGATED;
    }

    /** Always {@link Accumulation#LEVEL}: the higher level's number says the rest. */
    @Override
    public Accumulation accumulation() {
        return Accumulation.LEVEL;
    }

    @Override
    public String toString() {
        return scheduleProgress ? "达到" + authority + "下达目标序时进度" : "完成" + authority + "下达目标";
    }
}
