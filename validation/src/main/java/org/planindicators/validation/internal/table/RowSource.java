package org.planindicators.validation.internal.table;

import org.jspecify.annotations.Nullable;

/** Rows one at a time, from a CSV text ({@link CsvRows}) or a sheet of a workbook. */
interface RowSource {
    /** The next row, or null at the end (or after a failure). */
    CsvRows.@Nullable Row next();

    /** Why the rows ended early, or null. */
    CsvRows.@Nullable Failure failure();
}
