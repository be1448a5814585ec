package org.planindicators.validation;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an importer read: the model, present only when the file has no errors, and the report.
 *
 * @param <T> the model read (a plan, an indicator table)
 * @param value the model, or {@code null} when the report has errors
 * @param report every problem found
 */
public record ImportResult<T>(@Nullable T value, ValidationReport report) {
    /**
     * Checks that a file with errors yields no model.
     *
     * @param value the model, or {@code null} when the report has errors
     * @param report every problem found
     */
    public ImportResult {
        Objects.requireNonNull(report, "report");
        if (report.hasErrors() && value != null) {
            throw new IllegalArgumentException("a file with errors yields no model");
        }
    }

    /** {@return the model, when the file has no errors} */
    public Optional<T> model() {
        return Optional.ofNullable(value);
    }
}
