package org.planindicators.target;

/** The kinds of {@link TargetExpression}, with the stable codes used in files and JSON output. */
public enum TargetKind {
    /** Reach this level: 达到120万标箱. */
    EXACT("exact"),
    /** At least, inclusive: 10%以上, 不低于. */
    AT_LEAST("at_least"),
    /** More than, strict: 突破165亿元, 超过, 高于. */
    GREATER_THAN("greater_than"),
    /** At most, inclusive: 5.5%以内, 不超过. */
    AT_MOST("at_most"),
    /** Less than, strict: 低于40微克/立方米. */
    LESS_THAN("less_than"),
    /** Between two bounds, inclusive: 6.0%—7.0%. */
    RANGE("range"),
    /** Near a value, with a tolerance: 6.5%左右. */
    APPROXIMATELY("approximately"),
    /** A change from the previous value: 增长3.0%, 下降7%, 提高3个百分点. */
    CHANGE("change"),
    /** A floor and an aspiration: 7%以上，力争8%; 4.5%左右，力争更好结果. */
    TWO_TIER("two_tier"),
    /** Compared with another indicator or region: 与经济增长基本同步, 高于全国平均水平. */
    RELATIVE("relative"),
    /** Set by a higher level: 完成成都市下达目标. */
    DELEGATED("delegated"),
    /** No number: 保持在合理区间, 持续改善. */
    QUALITATIVE("qualitative");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    /** {@return the stable code: {@code exact}, {@code at_least} … {@code qualitative}} */
    public String code() {
        return code;
    }

    /**
     * The kind with this code.
     *
     * @param code the stable code
     * @return the kind with this code
     * @throws IllegalArgumentException for an unknown code
     */
    public static TargetKind ofCode(String code) {
        for (TargetKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown target kind '" + code + "'");
    }
}
