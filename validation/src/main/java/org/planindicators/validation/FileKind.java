package org.planindicators.validation;

/** The kinds of files the library reads. */
public enum FileKind {
    /** A plan document in JSON. */
    PLAN("plan"),
    /** A published indicator table in CSV. */
    TABLE("table"),
    /** Observations in CSV (long format) or JSON Lines. */
    OBSERVATIONS("observations");

    private final String code;

    FileKind(String code) {
        this.code = code;
    }

    /** {@return the stable code: {@code plan}, {@code table}, {@code observations}} */
    public String code() {
        return code;
    }
}
