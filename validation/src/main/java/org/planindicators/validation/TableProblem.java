package org.planindicators.validation;

/**
 * Problems of indicator tables (CSV): headers, rows, cells and the values in them. Codes {@code T001} ….
 *
 * <p>Each constant lists the arguments its message takes. Problems of the file as a whole (empty, binary, wrong
 * encoding, too large) are {@link FileProblem}s. The codes never change meaning; new ones are added at the end.
 */
public enum TableProblem implements ProblemCode {
    /** T001: no column names the indicators (指标, 指标名称, indicator, name). Arguments: the names expected. */
    MISSING_HEADER("T001", Severity.ERROR),
    /** T002: a column repeats another (two 单位 columns, two 2025年 columns). Arguments: the first column's number. */
    DUPLICATE_HEADER("T002", Severity.ERROR),
    /** T003: a header that is not recognised; its column is ignored. Arguments: the header. */
    UNKNOWN_HEADER("T003", Severity.WARNING),
    /** T004: a row with more or fewer fields than the header. Arguments: fields in the row, fields in the header. */
    FIELD_COUNT("T004", Severity.ERROR),
    /** T005: a row without an indicator name. */
    EMPTY_NAME("T005", Severity.ERROR),
    /** T006: an attribute other than 预期性 or 约束性. Arguments: the value. */
    UNKNOWN_ATTRIBUTE("T006", Severity.ERROR),
    /** T007: a unit that is not known. Arguments: the value, the reason in English, the reason in Chinese. */
    UNKNOWN_UNIT("T007", Severity.ERROR),
    /**
     * T008: a target cell that cannot be read. Arguments: the target parser's code ({@code TP006}), its message in
     * English, its message in Chinese.
     */
    BAD_TARGET("T008", Severity.ERROR),
    /** T009: a target cell holding several targets. Arguments: how many, the targets in canonical notation. */
    SEVERAL_TARGETS("T009", Severity.ERROR),
    /** T010: a baseline cell that cannot be read. Arguments: the reason in English, the reason in Chinese. */
    BAD_BASELINE("T010", Severity.ERROR),
    /** T011: no base year, neither in the headers nor in the options. */
    NO_BASE_YEAR("T011", Severity.ERROR),
    /** T012: no target year, neither in the headers nor in the options. */
    NO_TARGET_YEAR("T012", Severity.ERROR),
    /** T013: an indicator name that appears twice in one category. Arguments: the name, the line of its first row. */
    DUPLICATE_INDICATOR("T013", Severity.ERROR),
    /** T014: the row breaks a rule of the indicator model. Arguments: the model's message. */
    INVALID_INDICATOR("T014", Severity.ERROR),
    /** T015: a cell longer than the limit; reading stops. Arguments: the limit in characters. */
    CELL_TOO_LONG("T015", Severity.ERROR),
    /**
     * T016: the CSV syntax is broken (a quote never closed, text after a closing quote); reading stops. Arguments:
     * the CSV parser's message.
     */
    MALFORMED_CSV("T016", Severity.ERROR),
    /** T017: a header and no indicator rows. The plan read has no indicators. */
    NO_ROWS("T017", Severity.WARNING),
    /**
     * T018: an unknown measure, direction or accumulation. Arguments: the value, what it should be (in English), the
     * values known, what it should be (in Chinese).
     */
    UNKNOWN_VALUE("T018", Severity.ERROR),
    /**
     * T019: two targets for the same year (a year column and the 年均/累计 column, as many published tables give a
     * 2025 level and the average growth or cumulative change that leads to it): the year column's target is kept,
     * the 年均/累计 one is reported with its text and not kept, since the model holds one target a year. Arguments:
     * the year, the other column's number.
     */
    TARGET_YEAR_CONFLICT("T019", Severity.WARNING),
    /** T020: a target year not after the base year. Arguments: the target year, the base year. */
    YEAR_ORDER("T020", Severity.ERROR),
    /** T021: a row with more fields than the limit; the rest are ignored. Arguments: the limit. */
    TOO_MANY_COLUMNS("T021", Severity.ERROR),
    /** T022: more rows than the limit; reading stops. Arguments: the limit. */
    TOO_MANY_ROWS("T022", Severity.ERROR),
    /**
     * T023: the unit in the name differs from the unit column; the unit column wins. Arguments: the name's unit, the
     * column's unit.
     */
    UNIT_MISMATCH("T023", Severity.WARNING),
    /** T024: a value in a column without a header; it is ignored. Reported once a column. */
    VALUE_WITHOUT_HEADER("T024", Severity.WARNING),
    /** T025: the plan built from the table breaks a rule of the plan model. Arguments: the model's message. */
    INVALID_PLAN("T025", Severity.ERROR),
    /** T026: a baseline year that is not a four-digit year. Arguments: the value. */
    BAD_YEAR("T026", Severity.ERROR),
    /**
     * T027 (info): the table gives no base year and its earliest target year ends a five-year plan (2025, 2030),
     * so the table is read as that plan, its base year five years before. Arguments: the target year, the base year
     * taken, the first year of the period.
     */
    BASE_YEAR_INFERRED("T027", Severity.INFO),
    /**
     * T028 (info): no jurisdiction was given and the table's title names one, which is taken. Arguments: the name
     * taken.
     */
    JURISDICTION_FROM_TITLE("T028", Severity.INFO),
    /**
     * T029: a field of a plan that its table form does not carry: writing the plan as a table and reading it back
     * gives another value ({@link IndicatorTables#notCarried}). Arguments: the field, the plan's value, the value read
     * back.
     */
    NOT_CARRIED("T029", Severity.WARNING);

    private final String code;
    private final Severity severity;

    TableProblem(String code, Severity severity) {
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
