package org.planindicators.target;

import java.util.Locale;

/**
 * The stable codes of target-notation errors, each with its message in English and Chinese. The codes never
 * change meaning; new ones are added at the end.
 */
public enum TargetParseErrorCode {
    /** TP001: nothing to read. */
    EMPTY_INPUT("TP001", "the text is empty", "文本为空"),
    /** TP002: longer than {@link TargetParser#MAX_INPUT_LENGTH}. */
    INPUT_TOO_LONG("TP002", "the text is longer than %s characters", "文本超过 %s 个字符"),
    /** TP003: a number with more than {@link org.planindicators.unit.Quantity#MAX_DIGITS} digits. */
    NUMBER_TOO_LONG("TP003", "the number '%s' has too many digits", "数字“%s”位数过多"),
    /** TP004: not a well-formed number, such as 12.3.4. */
    MALFORMED_NUMBER("TP004", "'%s' is not a well-formed number", "“%s”不是有效的数字"),
    /** TP005: exponent notation, which plans never use and which can blow up a BigDecimal. */
    SCIENTIFIC_NOTATION("TP005", "'%s' is in exponent notation; write the number in full",
            "“%s”使用了科学计数法，请写出完整数字"),
    /** TP006: a range with no upper bound, such as 6.0%—. */
    INCOMPLETE_RANGE("TP006", "the range '%s' has no upper bound", "区间“%s”缺少上限"),
    /** TP007: a range whose lower bound is above its upper bound. */
    RANGE_REVERSED("TP007", "the range '%s' has its lower bound above its upper bound", "区间“%s”的下限大于上限"),
    /** TP008: a range whose bounds are in incompatible units. */
    RANGE_UNITS("TP008", "the range '%s' has bounds in incompatible units", "区间“%s”上下限单位不一致"),
    /** TP009: a bracket that is not closed or not opened. */
    UNBALANCED_BRACKET("TP009", "unbalanced bracket in '%s'", "“%s”中括号不匹配"),
    /** TP010: a number followed by a word that is not a known unit. */
    UNKNOWN_UNIT("TP010", "'%s' is not a known unit", "“%s”不是可识别的单位"),
    /** TP011: no figure, comparison, delegation or words to read. */
    NO_TARGET("TP011", "'%s' holds no target: no figure and no words", "“%s”中没有可识别的目标"),
    /** TP012: a comparison word with no number: 以上, 不低于, ≥ alone. */
    NO_VALUE("TP012", "'%s' compares with no number", "“%s”缺少比较的数值"),
    /** TP013: exactly one target was expected. */
    SEVERAL_TARGETS("TP013", "'%s' holds several targets where one was expected", "“%s”包含多个目标，应只有一个"),
    /**
     * TP014: a control character (U+0000–U+001F other than tab, line feed and a carriage return before a line feed;
     * U+007F–U+009F) inside the text, which would otherwise cut a phrase in two.
     */
    CONTROL_CHARACTER("TP014", "the text holds the control character %s", "文本含有控制字符 %s");

    private final String code;
    private final String english;
    private final String chinese;

    TargetParseErrorCode(String code, String english, String chinese) {
        this.code = code;
        this.english = english;
        this.chinese = chinese;
    }

    /** {@return the stable code, {@code TP001} …} */
    public String code() {
        return code;
    }

    /**
     * The message for {@code locale} (Chinese for {@code zh}, English otherwise) with the fragment filled in.
     *
     * @param locale the locale of the message: Chinese for {@code zh}, English otherwise
     * @param fragment the fragment of the input at fault
     * @return the message for {@code locale} (Chinese for {@code zh}, English otherwise) with the fragment filled in
     */
    public String format(Locale locale, String fragment) {
        return String.format(Locale.ROOT, isChinese(locale) ? chinese : english, fragment);
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
