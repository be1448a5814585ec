package org.planindicators.evaluation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.planindicators.plan.Indicator;

/**
 * Where one part of an indicator stands, the part told by its dimensions: 城乡居民人均可支配收入增长 for {@code
 * {"area": "城镇"}}, evaluated against the indicator's target from the observations with those dimensions alone (see
 * {@code docs/evaluation.md}, "Dimensions", in the project).
 *
 * @param indicator the plan's indicator
 * @param dimensions the part: {@code {"area": "城镇"}}, not empty, in key order
 * @param evaluation the part's evaluation against the indicator's target
 */
public record PartEvaluation(Indicator indicator, Map<String, String> dimensions, IndicatorEvaluation evaluation) {
    /**
     * Checks the fields: dimensions not empty.
     *
     * @param indicator the plan's indicator
     * @param dimensions the part, not empty
     * @param evaluation the part's evaluation
     */
    public PartEvaluation {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(evaluation, "evaluation");
        if (Objects.requireNonNull(dimensions, "dimensions").isEmpty()) {
            throw new IllegalArgumentException("dimensions must not be empty: a part is told by its dimensions");
        }
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
    }

    /** {@return the part's values joined, as a label: 城镇, or 城镇/女 for two dimensions} */
    public String label() {
        return String.join("/", dimensions.values());
    }
}
