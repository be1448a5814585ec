package org.planindicators.extract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the extractor is told about a document.
 *
 * @param kind the kind of document, or null to tell it from the text (政府工作报告 → annual report; 五年规划, 十四五 →
 *     five-year plan)
 * @param year the year of the targets — an annual report's year, a five-year plan's last year — or null to read it
 *     from the text (2023年…政府工作报告 → 2023; 第十四个五年规划 → 2025)
 * @param document the document's name as source references cite it (usually its file name)
 */
public record ExtractOptions(@Nullable DocumentKind kind, @Nullable Integer year, String document) {
    /**
     * Checks the fields.
     *
     * @param kind the kind of document, or null to tell it from the text
     * @param year the year of the targets, or null to read it from the text
     * @param document the document's name as source references cite it
     */
    public ExtractOptions {
        Objects.requireNonNull(document, "document");
        if (document.isBlank()) {
            throw new IllegalArgumentException("document must not be blank");
        }
        if (year != null && (year < 1949 || year > 2100)) {
            throw new IllegalArgumentException("year must be within 1949–2100: " + year);
        }
    }

    /**
     * Options that tell kind and year from the text.
     *
     * @param document the document's name as source references cite it
     * @return the options
     */
    public static ExtractOptions of(String document) {
        return new ExtractOptions(null, null, document);
    }
}
