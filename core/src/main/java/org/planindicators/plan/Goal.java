package org.planindicators.plan;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named ambition of a plan (目标), closed by the indicators that measure it: 努力打造陆港主枢纽, measured by
 * 集装箱吞吐量 reaching 120万标箱 in 2025.
 *
 * @param id an identifier, unique in its plan: "G1", "qbj-2025-1"
 * @param title the goal as the plan names it: 努力打造陆港主枢纽
 * @param description the text that explains the goal; {@code null} when none
 * @param horizonYear the year the goal is for (2025, 2035); {@code null} when the plan does not say
 * @param indicators the indicators that measure it, in document order
 */
public record Goal(String id, String title,
        @Nullable String description, @Nullable Integer horizonYear,
        List<Indicator> indicators) {
    /**
     * Checks the fields: id and title not blank, a four-digit horizon year.
     *
     * @param id an identifier, unique in its plan: "G1", "qbj-2025-1"
     * @param title the goal as the plan names it: 努力打造陆港主枢纽
     * @param description the text that explains the goal; {@code null} when none
     * @param horizonYear the year the goal is for (2025, 2035); {@code null} when the plan does not say
     * @param indicators the indicators that measure it, in document order
     */
    public Goal {
        Checks.requireNotBlank(id, "id");
        Checks.requireNotBlank(title, "title");
        Checks.requireNotBlankIfPresent(description, "description");
        if (horizonYear != null) {
            Checks.requireYear(horizonYear, "horizonYear");
        }
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }

    /**
     * A goal with no description or horizon year.
     *
     * @param id an identifier, unique in its plan: "G1", "qbj-2025-1"
     * @param title the goal as the plan names it: 努力打造陆港主枢纽
     * @param indicators the indicators that measure it, in document order
     * @return a goal with no description or horizon year
     */
    public static Goal of(String id, String title, List<Indicator> indicators) {
        return new Goal(id, title, null, null, indicators);
    }

    /**
     * A goal for {@code horizonYear}, with no description.
     *
     * @param id an identifier, unique in its plan: "G1", "qbj-2025-1"
     * @param title the goal as the plan names it: 努力打造陆港主枢纽
     * @param horizonYear the year the goal is for (2025, 2035); {@code null} when the plan does not say
     * @param indicators the indicators that measure it, in document order
     * @return a goal for {@code horizonYear}, with no description
     */
    public static Goal of(String id, String title, int horizonYear, List<Indicator> indicators) {
        return new Goal(id, title, null, horizonYear, indicators);
    }
}
