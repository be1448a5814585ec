package org.planindicators.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem is: the file, and a line and column (1-based) and, in JSON, the JSON pointer (RFC 6901) of the
 * value. In CSV files the column is the number of the field (1 = first column), which is what a spreadsheet shows;
 * in JSON it is the character column where the value starts.
 *
 * @param file the file name as given
 * @param line the 1-based line, or {@code null} for the file as a whole
 * @param column the 1-based column, or {@code null}
 * @param pointer the JSON pointer of the value ({@code /parts/0/goals/1/indicators/2/unit}), or {@code null}
 */
public record Location(String file, @Nullable Integer line, @Nullable Integer column, @Nullable String pointer) {
    /**
     * Checks the fields: line and column are positive.
     *
     * @param file the file name as given
     * @param line the 1-based line, or {@code null} for the file as a whole
     * @param column the 1-based column, or {@code null}
     * @param pointer the JSON pointer of the value ({@code /parts/0/goals/1/indicators/2/unit}), or {@code null}
     */
    public Location {
        Objects.requireNonNull(file, "file");
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
        if (column != null && column < 1) {
            throw new IllegalArgumentException("column must be positive: " + column);
        }
    }

    /**
     * The file as a whole.
     *
     * @param file the file name as given
     * @return the file as a whole
     */
    public static Location ofFile(String file) {
        return new Location(file, null, null, null);
    }

    /**
     * A line and column of a text file.
     *
     * @param file the file name as given
     * @param line the 1-based line, or {@code null} for the file as a whole
     * @param column the 1-based column, or {@code null}
     * @return a line and column of a text file
     */
    public static Location at(String file, int line, int column) {
        return new Location(file, line, column, null);
    }

    /**
     * A value in a JSON document, with where it starts.
     *
     * @param file the file name as given
     * @param pointer the JSON pointer of the value ({@code /parts/0/goals/1/indicators/2/unit}), or {@code null}
     * @param line the 1-based line, or {@code null} for the file as a whole
     * @param column the 1-based column, or {@code null}
     * @return a value in a JSON document, with where it starts
     */
    public static Location ofPointer(String file, String pointer, @Nullable Integer line, @Nullable Integer column) {
        return new Location(file, line, column, Objects.requireNonNull(pointer, "pointer"));
    }

    /** {@code file:line:column} and the pointer, as compilers print places. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line != null) {
            b.append(':').append(line);
            if (column != null) {
                b.append(':').append(column);
            }
        }
        if (pointer != null) {
            b.append(' ').append(pointer.isEmpty() ? "/" : pointer);
        }
        return b.toString();
    }
}
