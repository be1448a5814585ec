package org.planindicators.extract;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.SourceRef;
import org.planindicators.target.Measure;
import org.planindicators.unit.Unit;

/**
 * One result drafted from a document's text (a figure reached, not a figure to reach): a row of the draft
 * observations file.
 *
 * @param section the section it stands in
 * @param indicator the indicator's name, as the text words it
 * @param value the figure, scale as written
 * @param unit its unit
 * @param year the year it is for
 * @param measure a level, a growth rate or a reduction rate
 * @param area 城镇 or 农村 when the text gives urban and rural figures together (城乡居民…分别增长4.4%、5.4%), else null
 * @param source where it was read: document, line and section
 * @param text the sentence it was read from
 * @param confidence how sure the extractor is
 * @param reason why it was read so
 */
public record DraftResult(String section, String indicator, BigDecimal value, Unit unit, int year, Measure measure,
        @Nullable String area, SourceRef source, String text, Confidence confidence, String reason) {
    /**
     * Checks the fields.
     *
     * @param section the section it stands in
     * @param indicator the indicator's name
     * @param value the figure
     * @param unit its unit
     * @param year the year it is for
     * @param measure a level, a growth rate or a reduction rate
     * @param area 城镇 or 农村, or null
     * @param source where it was read
     * @param text the sentence it was read from
     * @param confidence how sure the extractor is
     * @param reason why it was read so
     */
    public DraftResult {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
    }
}
