package org.planindicators.validation;

/**
 * Problems in a plan document (JSON): its syntax, its limits, and each property's type, presence and value. Codes
 * {@code J001} …; every problem carries the JSON pointer of the value at fault and the line and column where it
 * starts. Problems with the file as a whole (empty, binary, not UTF-8, too large) are {@link FileProblem}s.
 */
public enum JsonProblem implements ProblemCode {
    /** J001: the text is not JSON. Arguments: the parser's message. */
    SYNTAX("J001", Severity.ERROR),
    /** J002: the file ends inside the JSON document (a truncated file). Arguments: the parser's message. */
    UNEXPECTED_END("J002", Severity.ERROR),
    /** J003: something follows the end of the JSON document. */
    TRAILING_CONTENT("J003", Severity.ERROR),
    /**
     * J004: a read limit was exceeded: nesting depth, the length of a number, of a string or of a property name, or
     * of the document. Arguments: the parser's message.
     */
    LIMIT_EXCEEDED("J004", Severity.ERROR),
    /**
     * J005: a number in exponent notation ({@code 1.5E3}); refused before any number is made of it. Arguments: the
     * number.
     */
    EXPONENT("J005", Severity.ERROR),
    /** J006: {@code NaN} or an infinity, which JSON does not allow. Arguments: the token. */
    NOT_FINITE("J006", Severity.ERROR),
    /** J007: a property that appears twice in one object; the first is kept. Arguments: the property name. */
    DUPLICATE_KEY("J007", Severity.ERROR),
    /** J008: a value of the wrong JSON type. Arguments: the property, the type expected, the type found. */
    WRONG_TYPE("J008", Severity.ERROR),
    /** J009: a required property is missing. Arguments: the property, the kind of object in English and in Chinese. */
    MISSING_FIELD("J009", Severity.ERROR),
    /**
     * J010: a property the format does not define (a typo). Arguments: the property, the kind of object in English, the
     * properties allowed, the kind in Chinese.
     */
    UNKNOWN_FIELD("J010", Severity.ERROR),
    /** J011: a code that is not one of the allowed codes. Arguments: the property, the value, the codes allowed. */
    BAD_CODE("J011", Severity.ERROR),
    /** J012: a value that is not a number, or has too many digits. Arguments: the property, the value, the reason. */
    BAD_NUMBER("J012", Severity.ERROR),
    /** J013: a unit the unit registry does not know. Arguments: the unit as written, the reason. */
    UNKNOWN_UNIT("J013", Severity.ERROR),
    /**
     * J014: a target text that cannot be read as exactly one target. Arguments: the text, the parser's code
     * ({@code TP006}), its message in English, its message in Chinese.
     */
    BAD_TARGET("J014", Severity.ERROR),
    /**
     * J015: a value not of the form required (period, date, division code, year). Arguments: the property, the value,
     * the form.
     */
    BAD_VALUE("J015", Severity.ERROR),
    /**
     * J016: a value the model refuses (a rule of the plan model is broken). Arguments: the kind of object in English,
     * the model's message, the kind in Chinese.
     */
    INVALID("J016", Severity.ERROR),
    /**
     * J017: a {@code formatVersion} this library does not read. Arguments: the version found, the version supported.
     */
    UNSUPPORTED_VERSION("J017", Severity.ERROR);

    private final String code;
    private final Severity severity;

    JsonProblem(String code, Severity severity) {
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
