package org.planindicators.target;

/**
 * How a target's number accumulates over the plan period (see {@code docs/concepts.md} in the project).
 */
public enum Accumulation {
    /** An end-of-period level, or a yearly figure: 65% urbanisation in 2025. */
    LEVEL("level"),
    /** An average over the years of the period (年均): 研发经费投入年均增长不低于10%. */
    ANNUAL_AVERAGE("annual_average"),
    /** A total over the period (累计), written in brackets: [13.5] = reduce by 13.5% over five years. */
    CUMULATIVE("cumulative");

    private final String code;

    Accumulation(String code) {
        this.code = code;
    }

    /** {@return the stable code: {@code level}, {@code annual_average}, {@code cumulative}} */
    public String code() {
        return code;
    }

    /**
     * The accumulation with this code.
     *
     * @param code the stable code
     * @return the accumulation with this code
     * @throws IllegalArgumentException for an unknown code
     */
    public static Accumulation ofCode(String code) {
        for (Accumulation a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown accumulation '" + code + "'");
    }
}
