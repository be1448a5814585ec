package org.planindicators.spark;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the rows of a data set come from, for the places of their problems: the column holding each row's source file
 * (for example filled from {@code input_file_name()}) and the column holding its line number in that file (the header
 * is line 1, so the first row of a CSV file is line 2), and the name problems carry when there is no file column.
 * These columns are read, never taken for dimensions; a column of neither name is data.
 *
 * <p>Without a line column problems have no line, and the duplicate check takes "first" to mean first in the data
 * set's partition order.
 *
 * @param fileColumn the name of the source-file column (used when the data set has it)
 * @param lineColumn the name of the line-number column, integral (used when the data set has it)
 * @param defaultFile the file name of problems when the data set has no file column
 */
public record RowOrigin(String fileColumn, String lineColumn, String defaultFile) {
    /** The file column's default name. */
    public static final String FILE = "_file";
    /** The line column's default name. */
    public static final String LINE = "_line";
    /** Spark's own column of the text of rows it could not parse ({@code columnNameOfCorruptRecord}): never data. */
    public static final String CORRUPT_RECORD = "_corrupt_record";

    /**
     * Checks the names.
     *
     * @param fileColumn the name of the source-file column (used when the data set has it)
     * @param lineColumn the name of the line-number column, integral (used when the data set has it)
     * @param defaultFile the file name of problems when the data set has no file column
     */
    public RowOrigin {
        Objects.requireNonNull(fileColumn, "fileColumn");
        Objects.requireNonNull(lineColumn, "lineColumn");
        Objects.requireNonNull(defaultFile, "defaultFile");
        if (fileColumn.equals(lineColumn)) {
            throw new IllegalArgumentException("the file and line columns must differ: " + fileColumn);
        }
    }

    /**
     * The columns {@value #FILE} and {@value #LINE}; problems of a data set without a file column are in {@code
     * dataset}.
     *
     * @return the default origin
     */
    public static RowOrigin defaults() {
        return new RowOrigin(FILE, LINE, "dataset");
    }

    /**
     * This origin with another name for data sets without a file column.
     *
     * @param name the name problems carry, such as the table's path in the data lake
     * @return this origin with another default file name
     */
    public RowOrigin named(String name) {
        return new RowOrigin(fileColumn, lineColumn, name);
    }

    /**
     * Whether a column is one of these bookkeeping columns (or Spark's {@value #CORRUPT_RECORD}) rather than data.
     *
     * @param column a column name
     * @return whether it is not data
     */
    public boolean isBookkeeping(@Nullable String column) {
        return fileColumn.equals(column) || lineColumn.equals(column) || CORRUPT_RECORD.equals(column);
    }
}
