package org.planindicators.target;

/** The sign of a {@link Change} target. */
public enum ChangeDirection {
    /** 增长, 提高, 提升, 增加, 上升. */
    INCREASE,
    /** 下降, 降低, 减少, 缩小. */
    DECREASE
}
