package org.planindicators.extract;

import java.util.Locale;
import org.planindicators.plan.PlanKind;

/** The kinds of document {@link Extractor} reads: a five-year plan or an annual (government work) report. */
public enum DocumentKind {
    /** A five-year plan (五年规划纲要): targets for its last year and beyond, results for its base year. */
    FIVE_YEAR_PLAN("five_year_plan", PlanKind.FIVE_YEAR_PLAN),
    /** An annual report (政府工作报告): targets for its year, results for the year before. */
    ANNUAL_REPORT("annual_report", PlanKind.ANNUAL_WORK_REPORT);

    private final String code;
    private final PlanKind planKind;

    DocumentKind(String code, PlanKind planKind) {
        this.code = code;
        this.planKind = planKind;
    }

    /** {@return the code used on the command line: five_year_plan or annual_report} */
    public String code() {
        return code;
    }

    /** {@return the kind of plan a table drafted from such a document describes} */
    public PlanKind planKind() {
        return planKind;
    }

    /**
     * The kind with the code {@code code} (case ignored).
     *
     * @param code five_year_plan or annual_report
     * @return the kind
     * @throws IllegalArgumentException for any other code
     */
    public static DocumentKind ofCode(String code) {
        for (DocumentKind k : values()) {
            if (k.code.equals(code.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown document kind '" + code + "' (five_year_plan, annual_report)");
    }
}
