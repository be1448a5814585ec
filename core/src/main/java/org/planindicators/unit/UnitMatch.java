package org.planindicators.unit;

import java.util.Objects;

/**
 * A unit found at the start of a stretch of text by {@link UnitRegistry#matchAt(CharSequence, int)}.
 *
 * @param unit the unit read
 * @param end the index just after the unit's text
 */
public record UnitMatch(Unit unit, int end) {
    /**
     * Checks the fields.
     *
     * @param unit the unit read
     * @param end the index just after the unit's text
     */
    public UnitMatch {
        Objects.requireNonNull(unit, "unit");
        if (end < 0) {
            throw new IllegalArgumentException("end must not be negative: " + end);
        }
    }
}
