package org.planindicators.plan;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.planindicators.unit.Quantity;

/**
 * A measured value of an indicator (实际值) for a period, with how settled it is: 温江区 GDP 2022, 717.11亿元,
 * preliminary.
 *
 * <p>A figure given for parts of a whole is one observation per part, told apart by {@linkplain #dimensions()
 * dimensions}: "城乡居民人均可支配收入分别增长4.4%、5.4%" is two observations of one indicator, with {@code
 * {"area": "城镇"}} and {@code {"area": "农村"}}. Dimension keys and values are not blank; the map iterates in key
 * order, so that output is reproducible.
 *
 * @param indicator the code or name of the indicator observed
 * @param jurisdiction the name (or division code) of the jurisdiction measured; {@code null} when it is the plan's
 * @param period the year, quarter or month
 * @param value the value
 * @param status how settled the value is
 * @param source where the value was read; {@code null} when not recorded
 * @param dimensions what part of the whole the value is for; empty for the whole
 * @param priceBasis the prices a money figure is counted at: 现价 for a level, 可比价 for a real growth; {@code
 *     null} when not stated
 */
public record Observation(String indicator, @Nullable String jurisdiction, ObservationPeriod period, Quantity value,
        ObservationStatus status, @Nullable SourceRef source, Map<String, String> dimensions,
        @Nullable PriceBasis priceBasis) {

    /**
     * Checks the fields: names not blank, dimension keys and values not blank.
     *
     * @param indicator the code or name of the indicator observed
     * @param jurisdiction the name (or division code) of the jurisdiction measured; {@code null} when it is the plan's
     * @param period the year, quarter or month
     * @param value the value
     * @param status how settled the value is
     * @param source where the value was read; {@code null} when not recorded
     * @param dimensions what part of the whole the value is for; empty for the whole
     * @param priceBasis the prices a money figure is counted at; {@code null} when not stated
     */
    public Observation {
        Checks.requireNotBlank(indicator, "indicator");
        Checks.requireNotBlankIfPresent(jurisdiction, "jurisdiction");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dimensions, "dimensions");
        if (dimensions.isEmpty()) {
            dimensions = Collections.emptySortedMap(); // the usual case: one shared map, not two objects a row
        } else {
            TreeMap<String, String> sorted = new TreeMap<>();
            for (Map.Entry<String, String> e : dimensions.entrySet()) {
                String key = Checks.requireNotBlank(e.getKey(), "dimensions key");
                sorted.put(key, Checks.requireNotBlank(e.getValue(), "dimensions[" + key + "]"));
            }
            dimensions = Collections.unmodifiableSortedMap(sorted);
        }
    }

    /**
     * An observation with no price basis stated.
     *
     * @param indicator the code or name of the indicator observed
     * @param jurisdiction the name (or division code) of the jurisdiction measured; {@code null} when it is the plan's
     * @param period the year, quarter or month
     * @param value the value
     * @param status how settled the value is
     * @param source where the value was read; {@code null} when not recorded
     * @param dimensions what part of the whole the value is for; empty for the whole
     */
    public Observation(String indicator, @Nullable String jurisdiction, ObservationPeriod period, Quantity value,
            ObservationStatus status, @Nullable SourceRef source, Map<String, String> dimensions) {
        this(indicator, jurisdiction, period, value, status, source, dimensions, null);
    }

    /**
     * The value of {@code indicator} for {@code period}, for the plan's jurisdiction, no source, no dimensions.
     *
     * @param indicator the code or name of the indicator observed
     * @param period the year, quarter or month
     * @param value the value
     * @param status how settled the value is
     * @return the value of {@code indicator} for {@code period}, for the plan's jurisdiction, no source, no dimensions
     */
    public static Observation of(String indicator, ObservationPeriod period, Quantity value,
            ObservationStatus status) {
        return new Observation(indicator, null, period, value, status, null, Map.of());
    }

    /**
     * This observation for {@code jurisdiction}.
     *
     * @param jurisdiction the name (or division code) of the jurisdiction measured; {@code null} when it is the plan's
     * @return this observation for {@code jurisdiction}
     */
    public Observation withJurisdiction(@Nullable String jurisdiction) {
        return new Observation(indicator, jurisdiction, period, value, status, source, dimensions, priceBasis);
    }

    /**
     * This observation read at {@code source}.
     *
     * @param source where the value was read; {@code null} when not recorded
     * @return this observation read at {@code source}
     */
    public Observation withSource(@Nullable SourceRef source) {
        return new Observation(indicator, jurisdiction, period, value, status, source, dimensions, priceBasis);
    }

    /**
     * This observation with the dimension {@code key} set to {@code value}: {@code withDimension("area", "城镇")}.
     *
     * @param key the dimension: "area"
     * @param value the value
     * @return this observation with the dimension {@code key} set to {@code value}: {@code withDimension("area",
     *     "城镇")}
     */
    public Observation withDimension(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Map<String, String> d = new TreeMap<>(dimensions);
        d.put(key, value);
        return new Observation(indicator, jurisdiction, period, this.value, status, source, d, priceBasis);
    }

    /**
     * This observation counted at {@code priceBasis}.
     *
     * @param priceBasis the prices a money figure is counted at; {@code null} when not stated
     * @return this observation counted at {@code priceBasis}
     */
    public Observation withPriceBasis(@Nullable PriceBasis priceBasis) {
        return new Observation(indicator, jurisdiction, period, value, status, source, dimensions, priceBasis);
    }

    /** {@return whether the value is for a part of the whole (has dimensions)} */
    public boolean isDisaggregated() {
        return !dimensions.isEmpty();
    }
}
