package org.planindicators.validation.internal.observation;

import org.jspecify.annotations.Nullable;
import org.planindicators.validation.Location;

/**
 * One field of a row as written, with its place: in CSV the field number, in JSON Lines the character column where
 * the value starts and its JSON pointer.
 *
 * @param name the column name or JSON key, as written
 * @param text the value, stripped of surrounding spaces
 * @param line the 1-based line
 * @param column the field number (CSV) or character column (JSON), or {@code null}
 * @param pointer the JSON pointer of the value, or {@code null} in CSV
 */
record RawField(String name, String text, int line, @Nullable Integer column, @Nullable String pointer) {
    /** Where the field is in {@code file}. */
    Location location(String file) {
        return new Location(file, line, column, pointer);
    }
}
