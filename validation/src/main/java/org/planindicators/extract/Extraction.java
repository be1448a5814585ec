package org.planindicators.extract;

import java.util.List;
import java.util.Objects;
import org.planindicators.extract.internal.DraftWriter;

/**
 * What {@link Extractor} drafted from a document: its targets (the draft indicator table) and its results (the draft
 * observations), each row with its source line and a confidence.
 *
 * @param title the document's title (its first title line naming a plan or report), the table's caption
 * @param kind the kind of document
 * @param baseYear the year of the results unless the text gives another (the year before an annual report's; a
 *     five-year plan's base year)
 * @param targetYear the year of the targets unless the text gives another
 * @param targets the targets, in document order
 * @param results the results, in document order
 */
public record Extraction(String title, DocumentKind kind, int baseYear, int targetYear, List<DraftTarget> targets,
        List<DraftResult> results) {
    /**
     * Checks the fields and copies the lists.
     *
     * @param title the document's title
     * @param kind the kind of document
     * @param baseYear the year of the results
     * @param targetYear the year of the targets
     * @param targets the targets
     * @param results the results
     */
    public Extraction {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        targets = List.copyOf(targets);
        results = List.copyOf(results);
        if (targetYear <= baseYear) {
            throw new IllegalArgumentException("target year " + targetYear + " not after base year " + baseYear);
        }
    }

    /**
     * The targets as an indicator table (validation/TABLE-FORMAT.md): caption, then 类别, 指标, 单位, 属性, the base
     * year, one column per target year, 牵头单位, 计量, and three columns for the reviewer that readers ignore (with
     * warning T003): 置信度, 依据, 来源. One row per indicator; an indicator named twice in one section gets a
     * numbered name (…#2). CRLF line ends, no BOM.
     *
     * @return the table as CSV
     */
    public String tableCsv() {
        return DraftWriter.table(this);
    }

    /**
     * The results of the table's indicators as observations in CSV long format (validation/OBSERVATIONS-FORMAT.md):
     * 指标, 年份, 数值, 单位, 状态 (preliminary for an annual report's figures of the year before), 来源, and the dimension
     * area. A result that is the same measure as a drafted target is named as the table names that target's
     * indicator, its own wording kept in the source's section ({@code §2022年政府工作回顾(文中:新增就业)}), so that the
     * table and this file validate together without errors and {@code evaluate} assesses them.
     *
     * @return the observations as CSV
     */
    public String observationsCsv() {
        return DraftWriter.observations(this, true);
    }

    /**
     * The results of indicators the table does not carry (no target drafted for them), named as the text words them,
     * in the same format as {@link #observationsCsv()}: they validate on their own, not against the table.
     *
     * @return the observations as CSV
     */
    public String otherResultsCsv() {
        return DraftWriter.observations(this, false);
    }

    /** {@return targets and results as one JSON document, every row with its confidence, reason and source} */
    public String json() {
        return DraftWriter.json(this);
    }
}
