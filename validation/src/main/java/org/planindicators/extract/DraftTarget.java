package org.planindicators.extract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.SourceRef;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Unit;

/**
 * One target drafted from a document's text: a row of the draft indicator table.
 *
 * @param section the section it stands in (the innermost 篇/章/节 or 一、/(一) heading), the table's category
 * @param indicator the indicator's name, as the text words it
 * @param unit the unit of its figures ({@link Unit#NONE} for relative and delegated targets)
 * @param target the target, in the parser's canonical notation when printed
 * @param year the year it is for
 * @param measure a level, a growth rate or a reduction rate
 * @param leadAgency the lead agency the text names (牵头单位), or null
 * @param source where it was read: document, line and section
 * @param text the sentence it was read from
 * @param confidence how sure the extractor is
 * @param reason why it was read so: the naming and classifying rules that applied
 */
public record DraftTarget(String section, String indicator, Unit unit, TargetExpression target, int year,
        Measure measure, @Nullable String leadAgency, SourceRef source, String text, Confidence confidence,
        String reason) {
    /**
     * Checks the fields.
     *
     * @param section the section it stands in
     * @param indicator the indicator's name
     * @param unit the unit of its figures
     * @param target the target
     * @param year the year it is for
     * @param measure a level, a growth rate or a reduction rate
     * @param leadAgency the lead agency, or null
     * @param source where it was read
     * @param text the sentence it was read from
     * @param confidence how sure the extractor is
     * @param reason why it was read so
     */
    public DraftTarget {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
    }
}
