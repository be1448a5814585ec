package org.planindicators.evaluation;

/** The shape of the expected path from the baseline to the target. */
public enum PathShape {
    /**
     * Linear for percentages, percentage points, indices, ordinal classes, ages and durations (a share or a life
     * expectancy moves by additions); geometric for other levels that can grow by a rate (amounts, counts, areas,
     * intensities), falling back to linear where a value is not positive.
     */
    AUTO,
    /** A straight line: {@code v0 + (vT − v0) (t − b) / (T − b)}. */
    LINEAR,
    /** A constant rate: {@code v0 (vT / v0)^((t − b) / (T − b))}; linear where a value is not positive. */
    GEOMETRIC
}
