package org.planindicators.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem is: the file, and a line and column (1-based) and, in JSON, the JSON pointer (RFC 6901) of the
 * value. In CSV files the column is the number of the field (1 = first column), which is what a spreadsheet shows;
 * in JSON it is the character column where the value starts. In a workbook the sheet is named, the line is the
 * sheet's row number and the column its column number (1 = A): {@code file.xlsx!Sheet1!C12}.
 *
 * @param file the file name as given
 * @param line the 1-based line (a workbook: row), or {@code null} for the file (sheet) as a whole
 * @param column the 1-based column, or {@code null}
 * @param pointer the JSON pointer of the value ({@code /parts/0/goals/1/indicators/2/unit}), or {@code null}
 * @param sheet the name of the workbook's sheet, or {@code null} for a text file
 */
public record Location(String file, @Nullable Integer line, @Nullable Integer column, @Nullable String pointer,
        @Nullable String sheet) {
    /**
     * Checks the fields: line and column are positive.
     *
     * @param file the file name as given
     * @param line the 1-based line, or {@code null} for the file as a whole
     * @param column the 1-based column, or {@code null}
     * @param pointer the JSON pointer of the value ({@code /parts/0/goals/1/indicators/2/unit}), or {@code null}
     * @param sheet the name of the workbook's sheet, or {@code null} for a text file
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
     * A place in a text file or JSON document (no sheet).
     *
     * @param file the file name as given
     * @param line the 1-based line, or {@code null} for the file as a whole
     * @param column the 1-based column, or {@code null}
     * @param pointer the JSON pointer of the value, or {@code null}
     */
    public Location(String file, @Nullable Integer line, @Nullable Integer column, @Nullable String pointer) {
        this(file, line, column, pointer, null);
    }

    /**
     * A cell of a workbook's sheet.
     *
     * @param file the file name as given
     * @param sheet the sheet's name
     * @param row the 1-based row, or {@code null} for the sheet as a whole
     * @param column the 1-based column (1 = A), or {@code null} for the row as a whole
     * @return the cell, printed {@code file!sheet!C12}
     */
    public static Location inSheet(String file, String sheet, @Nullable Integer row, @Nullable Integer column) {
        return new Location(file, row, column, null, Objects.requireNonNull(sheet, "sheet"));
    }

    /**
     * This place without its column: the line (row) as a whole.
     *
     * @return this place without its column
     */
    public Location withoutColumn() {
        return new Location(file, line, null, pointer, sheet);
    }

    /**
     * The spreadsheet name of column {@code column}: 1 → A, 26 → Z, 27 → AA.
     *
     * @param column the 1-based column
     * @return its letters
     */
    public static String columnLetters(int column) {
        if (column < 1) {
            throw new IllegalArgumentException("column must be positive: " + column);
        }
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.append((char) ('A' + (c - 1) % 26));
        }
        return b.reverse().toString();
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

    /**
     * {@code file:line:column} and the pointer, as compilers print places; in a workbook {@code file!Sheet!C12}
     * ({@code file!Sheet!12} for a row, {@code file!Sheet} for the sheet).
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (sheet != null) {
            b.append('!').append(sheet);
            if (line != null) {
                b.append('!');
                if (column != null) {
                    b.append(columnLetters(column));
                }
                b.append(line);
            }
            return b.toString();
        }
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
