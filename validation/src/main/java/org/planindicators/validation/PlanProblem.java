package org.planindicators.validation;

/**
 * Problems with a plan's content, found once it is read: the constraints declared on the model (codes {@code P0xx},
 * run by Hibernate Validator) and the plan-level rules (codes {@code P1xx}).
 */
public enum PlanProblem implements ProblemCode {
    /** P001: a value must not be blank. Arguments: field. */
    BLANK("P001", Severity.ERROR),
    /** P002: a text is too long. Arguments: field, length, maximum. */
    TOO_LONG("P002", Severity.ERROR),
    /** P003: a year outside 1949–2100. Arguments: field, year, minimum, maximum. */
    YEAR_OUT_OF_RANGE("P003", Severity.ERROR),
    /** P004: an indicator code with characters other than letters, digits, '.', '_', '-'. Arguments: code. */
    BAD_CODE("P004", Severity.ERROR),
    /** P005: another declared constraint. Arguments: field, message. */
    CONSTRAINT("P005", Severity.ERROR),
    /** P101: two indicators share a code. Arguments: code, the other indicator's name. */
    DUPLICATE_CODE("P101", Severity.ERROR),
    /** P102: two indicators of one goal share a name. Arguments: name. */
    DUPLICATE_NAME("P102", Severity.ERROR),
    /** P103: a target year not after the base year. Arguments: indicator, target year, base year. */
    TARGET_NOT_AFTER_BASE("P103", Severity.ERROR),
    /** P104: a target year outside the period and not the vision year. Arguments: indicator, year, period, vision. */
    TARGET_OUTSIDE_PERIOD("P104", Severity.ERROR),
    /** P105: a baseline year after the base year. Arguments: indicator, baseline year, base year. */
    BASELINE_AFTER_BASE("P105", Severity.WARNING),
    /** P106: a growth or reduction rate not in %. Arguments: indicator, measure (English), unit, measure (Chinese). */
    RATE_NOT_PERCENT("P106", Severity.ERROR),
    /** P107: a share (比重, 占比, 率 in %) outside 0–100%. Arguments: indicator, value. */
    SHARE_OUT_OF_RANGE("P107", Severity.ERROR),
    /** P108: a target on the wrong side of the baseline. Arguments: indicator, target, baseline, direction (English, Chinese). */
    TARGET_AGAINST_DIRECTION("P108", Severity.WARNING),
    /** P109: a relative target naming no indicator of the plan. Arguments: indicator, reference. */
    UNKNOWN_REFERENCE("P109", Severity.WARNING),
    /** P110: a target in a unit the indicator's cannot convert to. Arguments: indicator, target, unit. */
    TARGET_UNIT_MISMATCH("P110", Severity.ERROR),
    /**
     * P111: an indicator named again in another goal with another target for a year: the document states the figure
     * twice and the two differ. Arguments: indicator, year, first target, its source, second target, its source.
     */
    RESTATED_DIFFERENTLY("P111", Severity.WARNING),
    /**
     * P112: a weighted mean whose weight indicator is not another indicator of the plan, so the parts cannot be
     * rolled up. Arguments: indicator, weight.
     */
    UNKNOWN_WEIGHT("P112", Severity.ERROR),
    /**
     * P113: a zone piece shared by a ratio in a plan whose indicators say nothing of how parts add up: the share
     * would never be used. Arguments: piece, ratio.
     */
    SHARE_WITHOUT_AGGREGATION("P113", Severity.WARNING);

    private final String code;
    private final Severity severity;

    PlanProblem(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
