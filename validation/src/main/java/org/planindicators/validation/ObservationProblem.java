package org.planindicators.validation;

/**
 * Problems with the rows of an observation stream (CSV long format or JSON Lines), read by {@link Observations}.
 * Codes {@code O001} …; each problem carries the line, the column (the field number in CSV, the character column
 * in JSON Lines) and, in JSON Lines, the JSON pointer of the field within the line's object.
 *
 * <p>Problems with the file as a whole (empty, binary, wrong encoding, unreadable, unknown kind) are {@link
 * FileProblem}s.
 */
public enum ObservationProblem implements ProblemCode {
    /** O001: a required field (indicator, period, value) is missing or empty. Arguments: the field. */
    MISSING_FIELD("O001", Severity.ERROR),
    /** O002: the plan has no indicator with this code or name. Arguments: the code or name. */
    UNKNOWN_INDICATOR("O002", Severity.ERROR),
    /**
     * O003: not a year, half year, quarter, month or year to date (2023, 2023-S1, 2023-Q2, 2023-06, 2023-01/06,
     * 2023年1-6月). Arguments: the text.
     */
    BAD_PERIOD("O003", Severity.ERROR),
    /** O004: the year is outside the plan's sensible range. Arguments: the year, the first and last year allowed. */
    YEAR_OUT_OF_RANGE("O004", Severity.ERROR),
    /**
     * O005: a measured value (preliminary, final, revised) for a year after the current one. Arguments: the period,
     * the status, the current year.
     */
    FUTURE_PERIOD("O005", Severity.WARNING),
    /** O006: the value is not a plain decimal number. Arguments: the text. */
    BAD_VALUE("O006", Severity.ERROR),
    /** O007: the value is written with an exponent (1e5), which is refused. Arguments: the text. */
    EXPONENT_NOTATION("O007", Severity.ERROR),
    /** O008: the value has more digits than allowed. Arguments: the number of digits, the limit. */
    TOO_MANY_DIGITS("O008", Severity.ERROR),
    /** O009: a field or a line is longer than allowed. Arguments: the length in characters, the limit. */
    TOO_LONG("O009", Severity.ERROR),
    /** O010: the unit is not one the unit registry knows. Arguments: the unit as written. */
    UNKNOWN_UNIT("O010", Severity.ERROR),
    /**
     * O011: the unit measures something else than the indicator's unit. Arguments: the unit, the indicator's unit,
     * the indicator.
     */
    INCOMPATIBLE_UNIT("O011", Severity.ERROR),
    /**
     * O012: the value cannot be converted exactly into the indicator's unit. Arguments: the value with its unit,
     * the indicator's unit.
     */
    INEXACT_CONVERSION("O012", Severity.ERROR),
    /** O013: the status is not one of preliminary, final, revised, estimated, forecast. Arguments: the text. */
    UNKNOWN_STATUS("O013", Severity.ERROR),
    /** O014: the source is not a document name with an optional line and section. Arguments: the text, the reason. */
    BAD_SOURCE("O014", Severity.ERROR),
    /**
     * O015: an earlier row has the same indicator, jurisdiction, period and dimensions. Arguments: the indicator,
     * the period.
     */
    DUPLICATE("O015", Severity.ERROR),
    /** O016: the same field appears twice in the header or in one JSON object. Arguments: the field. */
    DUPLICATE_FIELD("O016", Severity.ERROR),
    /** O017: a value in a column without a name, or under an empty JSON key. Arguments: the value. */
    UNNAMED_FIELD("O017", Severity.ERROR),
    /** O018: a CSV row has another number of fields than the header. Arguments: the count, the header's count. */
    WRONG_FIELD_COUNT("O018", Severity.ERROR),
    /** O019: a CSV line cannot be read (a quote not closed, text after a closing quote). Arguments: the reason. */
    MALFORMED_CSV_LINE("O019", Severity.ERROR),
    /** O020: a line of a JSON Lines file is not one JSON object. Arguments: the reason. */
    MALFORMED_JSON_LINE("O020", Severity.ERROR),
    /**
     * O021: a JSON field holds the wrong type (an array, an object, a boolean). Arguments: the field, the JSON type
     * found, the type expected.
     */
    WRONG_TYPE("O021", Severity.ERROR),
    /** O022: the file holds no observations (a CSV header alone, blank lines). */
    NO_OBSERVATIONS("O022", Severity.WARNING),
    /**
     * O023: the duplicate check stopped because the file has more distinct keys than it tracks. Arguments: the
     * number of keys tracked.
     */
    DUPLICATE_CHECK_STOPPED("O023", Severity.WARNING),
    /**
     * O024: no column of the header holds a required field. Arguments: the field, the columns found, the header
     * names accepted for the field.
     */
    MISSING_COLUMN("O024", Severity.ERROR),
    /**
     * O025: a column whose header names no field held only numbers and was read as a dimension. Arguments: the
     * header, how many cells it held, the header names of the value.
     */
    NUMERIC_DIMENSION("O025", Severity.WARNING),
    /**
     * O026: a period column of a wide table names a span within a year that is no period of the model: neither a
     * year to date from January (2023年1-6月 is one), a half year, a quarter nor a month — 2023年3-5月; its cells are
     * not read. Arguments: the header, how many values it held.
     */
    UNSUPPORTED_PERIOD("O026", Severity.WARNING),
    /**
     * O027: observations for another jurisdiction than the plan's were read but do not count for the plan.
     * Arguments: how many, the jurisdiction written, the plan's jurisdiction.
     */
    OTHER_JURISDICTION("O027", Severity.WARNING),
    /**
     * O028: the row's indicator code and indicator name name two different indicators of the plan, so it cannot be
     * told which one the value is for. Arguments: the code, the indicator it names, the name.
     */
    INDICATOR_MISMATCH("O028", Severity.ERROR),
    /**
     * O029: the price basis is not current (现价) or comparable (可比价, 不变价). Arguments: the text.
     */
    UNKNOWN_PRICE_BASIS("O029", Severity.ERROR);

    private final String code;
    private final Severity severity;

    ObservationProblem(String code, Severity severity) {
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
