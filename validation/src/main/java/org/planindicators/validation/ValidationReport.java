package org.planindicators.validation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything found wrong with one file: the problems in file order (at most the cap), whether more were found
 * than listed, and the counts per code of all of them.
 *
 * @param file the file name as given
 * @param kind what the file holds
 * @param indicators how many indicators were read
 * @param observations how many observations were read
 * @param problems the problems listed, at most the cap
 * @param truncated whether more problems were found than listed
 * @param countsByCode how many problems of each code were found, listed or not, by code
 * @param errors how many errors were found
 * @param warnings how many warnings were found
 */
public record ValidationReport(String file, FileKind kind, int indicators, long observations, List<Problem> problems,
        boolean truncated, Map<String, Long> countsByCode, long errors, long warnings) {
    /**
     * Checks and copies the fields.
     *
     * @param file the file name as given
     * @param kind what the file holds
     * @param indicators how many indicators were read
     * @param observations how many observations were read
     * @param problems the problems listed, at most the cap
     * @param truncated whether more problems were found than listed
     * @param countsByCode how many problems of each code were found, listed or not, by code
     * @param errors how many errors were found
     * @param warnings how many warnings were found
     */
    public ValidationReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        countsByCode = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(countsByCode, "countsByCode")));
        if (indicators < 0 || observations < 0 || errors < 0 || warnings < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** {@return whether the file has errors: such a file yields no model} */
    public boolean hasErrors() {
        return errors > 0;
    }
}
