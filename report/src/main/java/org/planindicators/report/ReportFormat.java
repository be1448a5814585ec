package org.planindicators.report;

import java.util.Objects;

/** The forms a {@link ReviewReport} is written in. */
public enum ReportFormat {
    /** One self-contained HTML page: inline CSS and SVG charts, no script, no network. */
    HTML("html", "html"),
    /** An Excel workbook (Office Open XML): the indicators' table and a summary sheet. */
    XLSX("xlsx", "xlsx"),
    /** Markdown (GitHub's tables): the summary and the table. */
    MARKDOWN("md", "md");

    private final String code;
    private final String extension;

    ReportFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    /** {@return the code the command line takes: {@code html}, {@code xlsx}, {@code md}} */
    public String code() {
        return code;
    }

    /** {@return the file name extension, without the dot: {@code html}, {@code xlsx}, {@code md}} */
    public String extension() {
        return extension;
    }

    /**
     * The format with this code ({@code markdown} is accepted for {@code md}), in any case.
     *
     * @param code the code
     * @return the format with this code
     * @throws IllegalArgumentException for an unknown code, naming it and the known ones
     */
    public static ReportFormat ofCode(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (c.equals("markdown")) {
            return MARKDOWN;
        }
        for (ReportFormat f : values()) {
            if (f.code.equals(c)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + code + "': expected html, xlsx or md");
    }
}
