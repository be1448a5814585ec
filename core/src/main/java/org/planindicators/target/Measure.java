package org.planindicators.target;

/** What an indicator's numbers measure: a level, a yearly rate of growth or reduction, or a yearly amount. */
public enum Measure {
    /** A level or stock: GDP in 亿元, the urbanisation rate in %. */
    LEVEL("level"),
    /** A rate of growth in % (增长, 增速): GDP growth 6.0%—7.0%. */
    GROWTH_RATE("growth_rate"),
    /** A rate of reduction in %, written as a positive number (下降, 降低): 单位GDP能耗降低 [13.5]. */
    REDUCTION_RATE("reduction_rate"),
    /**
     * A yearly amount (新增, 新建, 引进 …): each year's figure counts that year only; a target is met by that year's
     * figure, by the sum of the years (累计) or by their average (年均).
     */
    FLOW("flow");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    /** {@return the stable code} */
    public String code() {
        return code;
    }

    /** {@return whether this is a rate: {@link #GROWTH_RATE} or {@link #REDUCTION_RATE}} */
    public boolean isRate() {
        return this == GROWTH_RATE || this == REDUCTION_RATE;
    }
}
