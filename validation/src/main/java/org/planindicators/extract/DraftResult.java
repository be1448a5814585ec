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
 * <p>A result that is the same measure as a drafted target (新增就业 6000人 against the target 城镇新增就业) is filed
 * under that target's indicator, as the draft table names it ({@code ofTable}); {@code wording} keeps the name as
 * the text words it.
 *
 * @param section the section it stands in
 * @param indicator the indicator's name: the draft table's when {@code ofTable}, else as the text words it
 * @param wording the indicator's name as the text words it
 * @param value the figure, scale as written
 * @param unit its unit
 * @param year the year it is for
 * @param measure a level, a growth rate or a reduction rate
 * @param area 城镇 or 农村 when the text gives urban and rural figures together (城乡居民…分别增长4.4%、5.4%), else null
 * @param source where it was read: document, line and section
 * @param text the sentence it was read from
 * @param confidence how sure the extractor is
 * @param reason why it was read so
 * @param ofTable whether {@code indicator} names an indicator of the draft table (the result is an observation of it)
 */
public record DraftResult(String section, String indicator, String wording, BigDecimal value, Unit unit, int year,
        Measure measure, @Nullable String area, SourceRef source, String text, Confidence confidence, String reason,
        boolean ofTable) {
    /**
     * Checks the fields.
     *
     * @param section the section it stands in
     * @param indicator the indicator's name
     * @param wording the indicator's name as the text words it
     * @param value the figure
     * @param unit its unit
     * @param year the year it is for
     * @param measure a level, a growth rate or a reduction rate
     * @param area 城镇 or 农村, or null
     * @param source where it was read
     * @param text the sentence it was read from
     * @param confidence how sure the extractor is
     * @param reason why it was read so
     * @param ofTable whether {@code indicator} names an indicator of the draft table
     */
    public DraftResult {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * This result filed under the draft table's indicator {@code tableIndicator}.
     *
     * @param tableIndicator the name of the table's indicator it is an observation of
     * @param area the dimension area to keep (null when the indicator's name already says 城镇 or 农村)
     * @return the result, its wording kept
     */
    public DraftResult ofIndicator(String tableIndicator, @Nullable String area) {
        return new DraftResult(section, tableIndicator, wording, value, unit, year, measure, area, source, text,
                confidence, reason + "; filed under the target's indicator " + tableIndicator, true);
    }
}
