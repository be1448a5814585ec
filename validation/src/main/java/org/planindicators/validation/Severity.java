package org.planindicators.validation;

/** How serious a problem is. A file with an error yields no model; warnings leave the model usable. */
public enum Severity {
    /** The file, or a value in it, cannot be used as it is. */
    ERROR("error"),
    /** Suspicious but usable: a target below its baseline, a relative target naming an unknown indicator. */
    WARNING("warning"),
    /**
     * Not a fault: what the reader decided where the file was silent, so that no decision is made in silence (a base
     * year inferred from a table's target year). Counted with neither errors nor warnings.
     */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** {@return the stable code: {@code error}, {@code warning}, {@code info}} */
    public String code() {
        return code;
    }
}
