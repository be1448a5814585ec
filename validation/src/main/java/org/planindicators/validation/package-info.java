/**
 * Import and validation of plan documents (JSON), published indicator tables (CSV) and observation streams (CSV,
 * JSON Lines).
 *
 * <p>Every importer answers with an {@link org.planindicators.validation.ImportResult}: the model, only when the
 * file has no errors, and a {@link org.planindicators.validation.ValidationReport} listing every problem with its
 * place in the file (line and column, or JSON pointer), the field, the offending value, a stable code and a
 * message in Chinese and English.
 */
@NullMarked
package org.planindicators.validation;

import org.jspecify.annotations.NullMarked;
