package org.planindicators.target;

/** What an indicator's numbers measure: a level, or a yearly rate of growth or reduction. */
public enum Measure {
    /** A level or stock: GDP in 亿元, the urbanisation rate in %. */
    LEVEL("level"),
    /** A rate of growth in % (增长, 增速): GDP growth 6.0%—7.0%. */
    GROWTH_RATE("growth_rate"),
    /** A rate of reduction in %, written as a positive number (下降, 降低): 单位GDP能耗降低 [13.5]. */
    REDUCTION_RATE("reduction_rate");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    /** {@return the stable code} */
    public String code() {
        return code;
    }
}
