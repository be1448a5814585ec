/**
 * The observation stream reader behind {@link org.planindicators.validation.Observations}: decoding into bounded
 * lines ({@link org.planindicators.validation.internal.observation.LineSource}), the CSV and JSON Lines formats, the
 * per-row checks, and the hash-based duplicate check ({@link
 * org.planindicators.validation.internal.observation.KeyHashSet}). Not exported.
 */
@NullMarked
package org.planindicators.validation.internal.observation;

import org.jspecify.annotations.NullMarked;
