package org.planindicators.plan;

import java.util.Objects;

/** Whether an {@link Indicator} is guidance or a duty (属性; see {@code docs/concepts.md} in the project). */
public enum IndicatorAttribute {
    /** 预期性: expected, guidance that relies on market actors. */
    EXPECTED("expected", "预期性", "expected"),
    /** 约束性: binding, a government duty that must be met, often apportioned and used in assessment. */
    BINDING("binding", "约束性", "binding");

    private final String code;
    private final String chineseName;
    private final String englishName;

    IndicatorAttribute(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the stable code: {@code expected}, {@code binding}} */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese, as indicator tables write it: 预期性, 约束性} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /**
     * The attribute with this code.
     *
     * @param code the stable code
     * @return the attribute with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static IndicatorAttribute ofCode(String code) {
        return Checks.byCode(values(), IndicatorAttribute::code, code, "indicator attribute");
    }

    /**
     * The attribute a table's 属性 column names: "预期性" or "约束性", surrounding spaces ignored.
     *
     * @param chineseName 预期性 or 约束性
     * @return the attribute a table's 属性 column names: "预期性" or "约束性", surrounding spaces ignored
     * @throws IllegalArgumentException for any other text, naming it
     */
    public static IndicatorAttribute ofChinese(String chineseName) {
        Objects.requireNonNull(chineseName, "chineseName");
        String s = chineseName.strip();
        for (IndicatorAttribute a : values()) {
            if (a.chineseName.equals(s)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown indicator attribute '" + chineseName + "'; expected 预期性 or 约束性");
    }
}
