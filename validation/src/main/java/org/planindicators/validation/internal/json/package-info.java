/**
 * The plan document format (JSON): a streaming reader into a tree of values that remembers where each starts, the
 * decoder from that tree to the plan model, the encoder back to JSON, and the mapping between model paths and JSON
 * pointers. Not exported; {@link org.planindicators.validation.PlanJson} is the way in.
 */
@NullMarked
package org.planindicators.validation.internal.json;

import org.jspecify.annotations.NullMarked;
