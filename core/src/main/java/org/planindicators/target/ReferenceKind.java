package org.planindicators.target;

/** What a {@link Relative} target is compared with. */
public enum ReferenceKind {
    /** Another indicator: 经济增长, GDP增长. */
    INDICATOR,
    /** The average of one or more regions: 全国平均水平, 全省、全市. */
    REGION,
    /** The indicator's own value in the previous year: 与上年持平. The reference is named 上年. */
    PREVIOUS_YEAR
}
