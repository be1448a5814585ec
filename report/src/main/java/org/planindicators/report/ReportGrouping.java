package org.planindicators.report;

/**
 * What the report's table is grouped by: the indicators' category (类别), as plans list them, or their lead agency
 * (牵头单位), as a commission sends each department its part of a review.
 */
public enum ReportGrouping {
    /** By category (类别; the goal where the plan names none), in the order the plan first names them. */
    CATEGORY("category", "类别", "category"),
    /** By lead agency (牵头单位), in the order the plan first names them; indicators without one last. */
    LEAD_AGENCY("agency", "牵头单位", "lead agency");

    private final String code;
    private final String chinese;
    private final String english;

    ReportGrouping(String code, String chinese, String english) {
        this.code = code;
        this.chinese = chinese;
        this.english = english;
    }

    /** {@return the code options take: {@code category} or {@code agency}} */
    public String code() {
        return code;
    }

    /** {@return what the groups are, in Chinese: 类别, 牵头单位} */
    public String chineseName() {
        return chinese;
    }

    /** {@return what the groups are, in English: category, lead agency} */
    public String englishName() {
        return english;
    }

    /**
     * The grouping with {@code code}.
     *
     * @param code {@code category} or {@code agency} (also {@code lead_agency}), case ignored
     * @return the grouping
     * @throws IllegalArgumentException for any other code
     */
    public static ReportGrouping of(String code) {
        String c = code.strip().toLowerCase(java.util.Locale.ROOT);
        for (ReportGrouping g : values()) {
            if (g.code.equals(c) || g.name().toLowerCase(java.util.Locale.ROOT).equals(c)) {
                return g;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a grouping; use category or agency");
    }
}
