package org.planindicators.plan;

/** The level of a {@link PlanPart} in a plan's outline: 篇 holds 章, 章 holds 节. */
public enum PartLevel {
    /** A part, 第一篇. */
    PART("part", "篇", "part", 1),
    /** A chapter, 第三章. */
    CHAPTER("chapter", "章", "chapter", 2),
    /** A section, 第三节. */
    SECTION("section", "节", "section", 3);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final int depth;

    PartLevel(String code, String chineseName, String englishName, int depth) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.depth = depth;
    }

    /** {@return the stable code: {@code part}, {@code chapter}, {@code section}} */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 篇, 章, 节} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /** {@return how deep the level lies: 1 for a part, 2 for a chapter, 3 for a section} */
    public int depth() {
        return depth;
    }

    /**
     * Whether this level lies below {@code other}: a section below a chapter or a part.
     *
     * @param other the level compared with
     * @return whether this level lies below {@code other}: a section below a chapter or a part
     */
    public boolean isDeeperThan(PartLevel other) {
        return depth > other.depth;
    }

    /**
     * The level with this code.
     *
     * @param code the stable code
     * @return the level with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static PartLevel ofCode(String code) {
        return Checks.byCode(values(), PartLevel::code, code, "part level");
    }
}
