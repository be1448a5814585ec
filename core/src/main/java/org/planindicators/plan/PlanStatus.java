package org.planindicators.plan;

/** Where a {@link Plan} stands: a draft, the approved text, or a revision of it. */
public enum PlanStatus {
    /** A draft: a 征求意见稿 put out for public comment, or a 草案 before the people's congress approves it. */
    DRAFT("draft", "草案", "draft"),
    /** The text as approved (批准) by the people's congress or the issuing government. */
    APPROVED("approved", "已批准", "approved"),
    /** The approved text as revised later, at a mid-term update for instance (Qingbaijiang's "2022年更新"). */
    REVISED("revised", "已修订", "revised");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PlanStatus(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the stable code: {@code draft}, {@code approved}, {@code revised}} */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 草案, 已批准, 已修订} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /**
     * The status with this code.
     *
     * @param code the stable code
     * @return the status with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static PlanStatus ofCode(String code) {
        return Checks.byCode(values(), PlanStatus::code, code, "plan status");
    }
}
