package org.planindicators.target;

/** Which way an indicator improves. Targets without a bound of their own (exact, approximately, change) use it. */
public enum Direction {
    /** More is better: income, output, green space. A target "达到X" is met by X or more. */
    HIGHER_IS_BETTER("higher_is_better"),
    /** Less is better: unemployment, energy intensity, PM2.5. A target "X" is met by X or less. */
    LOWER_IS_BETTER("lower_is_better"),
    /** Neither: the value should stay at or near the target (a structure share, a band). */
    BAND("band");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    /** {@return the stable code} */
    public String code() {
        return code;
    }
}
