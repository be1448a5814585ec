/**
 * Drafting an indicator table from a plan's or report's own text: {@link org.planindicators.extract.Extractor}
 * reads the text and gives an {@link org.planindicators.extract.Extraction} — the targets as rows of an indicator
 * table, the results apart as observations, each row with its source line and a confidence for the reviewer.
 */
@NullMarked
package org.planindicators.extract;

import org.jspecify.annotations.NullMarked;
