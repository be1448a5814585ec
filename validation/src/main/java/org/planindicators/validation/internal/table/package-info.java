/**
 * Reading and writing indicator tables (CSV): the header vocabulary, the row reader, the inference rules and the
 * writer behind {@link org.planindicators.validation.IndicatorTables}. Not exported.
 */
@NullMarked
package org.planindicators.validation.internal.table;

import org.jspecify.annotations.NullMarked;
