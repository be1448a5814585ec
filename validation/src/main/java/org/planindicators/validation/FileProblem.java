package org.planindicators.validation;

/** Problems with a file as a whole: reading it, its encoding, its size, its kind. Codes {@code F001} …. */
public enum FileProblem implements ProblemCode {
    /** F001: the file cannot be read. Arguments: the reason. */
    UNREADABLE("F001", Severity.ERROR),
    /** F002: the file is empty. */
    EMPTY("F002", Severity.ERROR),
    /** F003: the bytes are not text in the encoding. Arguments: encoding, byte offset. */
    BAD_ENCODING("F003", Severity.ERROR),
    /** F004: the file looks binary (NUL bytes). Arguments: byte offset. */
    BINARY("F004", Severity.ERROR),
    /** F005: the file is larger than the limit. Arguments: size, limit. */
    TOO_LARGE("F005", Severity.ERROR),
    /** F006: the kind of file cannot be told from its name or content. */
    UNKNOWN_KIND("F006", Severity.ERROR),
    /** F007: more problems than the cap; the rest are counted but not listed. Arguments: cap. */
    TRUNCATED("F007", Severity.WARNING),
    /** F008: the content reads as more than one kind of file. Arguments: the kinds it reads as. */
    AMBIGUOUS_KIND("F008", Severity.ERROR),
    /** F009: a workbook refused before it is opened (a zip bomb, a damaged archive, an .xls file). Arguments: why. */
    WORKBOOK_REFUSED("F009", Severity.ERROR),
    /** F010: the sheet asked for is not in the workbook. Arguments: the sheet asked for, the sheets there are. */
    NO_SUCH_SHEET("F010", Severity.ERROR);

    private final String code;
    private final Severity severity;

    FileProblem(String code, Severity severity) {
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
