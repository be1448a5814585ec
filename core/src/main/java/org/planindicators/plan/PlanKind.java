package org.planindicators.plan;

/** What kind of document a {@link Plan} is (see {@code docs/concepts.md} in the project). */
public enum PlanKind {
    /** A jurisdiction's five-year plan (规划纲要): period 2021–2025, base year 2020, often a 2035 vision. */
    FIVE_YEAR_PLAN("five_year_plan", "五年规划", "five-year plan"),
    /** A multi-year development plan, of a zone for instance, over any period: Tianfu New Area 2022–2027. */
    DEVELOPMENT_PLAN("development_plan", "发展规划", "development plan"),
    /** The annual government work report: last year's results and this year's main targets (主要预期目标). */
    ANNUAL_WORK_REPORT("annual_work_report", "政府工作报告", "government work report"),
    /** A plan for one field (专项规划): transport, ecology, education. */
    SPECIAL_PLAN("special_plan", "专项规划", "special plan");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PlanKind(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The stable code: {@code five_year_plan}, {@code development_plan}, {@code annual_work_report}, {@code
     * special_plan}.
     *
     * @return the stable code: {@code five_year_plan}, {@code development_plan}, {@code annual_work_report}, {@code
     *     special_plan}
     */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 五年规划, 发展规划, 政府工作报告, 专项规划} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /**
     * The kind with this code.
     *
     * @param code the stable code
     * @return the kind with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static PlanKind ofCode(String code) {
        return Checks.byCode(values(), PlanKind::code, code, "plan kind");
    }
}
