/**
 * The review report of a plan's evaluation: a self-contained HTML page with a chart per indicator, an Excel
 * workbook and a Markdown table.
 *
 * <p>Exports {@code org.planindicators.report}; the writers live in the unexported
 * {@code org.planindicators.report.internal}.
 */
module org.planindicators.report {
    requires transitive org.planindicators.core;
    requires static transitive org.jspecify;
    requires org.dhatim.fastexcel;

    exports org.planindicators.report;
}
