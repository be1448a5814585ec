package org.planindicators.target;

import java.util.List;
import java.util.Objects;

/**
 * A target stated against another indicator, a region's average or the previous year: 与经济增长基本同步,
 * 快于GDP增速, 高于全国平均水平, 增速高于全省、全市, 达到全国平均水平, 跑赢全国, 与省持平, 与上年持平.
 *
 * <p>Canonical notation: {@code 与经济增长基本同步}, {@code 高于GDP增长}, {@code 高于全省、全市平均水平},
 * {@code 不低于全国平均水平}, {@code 与省平均水平持平}, {@code 与上年持平}. Regions are printed with 平均水平, an
 * indicator and the previous year (上年) as named.
 *
 * @param comparison how the value compares with the reference
 * @param referenceKind whether the references are indicators or regions
 * @param references the names of the indicators or regions, at least one
 * @param roughly whether the plan says 基本 (roughly in step, roughly level); only with {@link RelativeComparison#IN_STEP}
 *     and {@link RelativeComparison#EQUAL}
 * @param accumulation how the compared values accumulate (年均增速高于… is an annual average)
 */
public record Relative(RelativeComparison comparison, ReferenceKind referenceKind, List<String> references,
        boolean roughly, Accumulation accumulation) implements TargetExpression {
    /** The name of the previous year as a reference: 上年. */
    public static final String PREVIOUS_YEAR = "上年";

    /**
     * Checks the fields.
     *
     * @param comparison how the value compares with the reference
     * @param referenceKind whether the references are indicators or regions
     * @param references the names of the indicators or regions, at least one; for the previous year exactly
     *     {@code 上年}
     * @param roughly whether the plan says 基本 (roughly in step, roughly level); only with {@link RelativeComparison#IN_STEP}
 *     and {@link RelativeComparison#EQUAL}
     * @param accumulation how the compared values accumulate (年均增速高于… is an annual average)
     */
    public Relative {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(referenceKind, "referenceKind");
        Objects.requireNonNull(accumulation, "accumulation");
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        if (references.isEmpty()) {
            throw new IllegalArgumentException("references must name at least one indicator or region");
        }
        for (String r : references) {
            if (r.isBlank()) {
                throw new IllegalArgumentException("references must not contain a blank name");
            }
        }
        if (referenceKind == ReferenceKind.PREVIOUS_YEAR && !references.equals(List.of(PREVIOUS_YEAR))) {
            throw new IllegalArgumentException("the previous year is named " + PREVIOUS_YEAR + ", got " + references);
        }
        if (roughly && comparison != RelativeComparison.IN_STEP && comparison != RelativeComparison.EQUAL) {
            throw new IllegalArgumentException("roughly (基本) applies only to IN_STEP and EQUAL, not " + comparison);
        }
    }

    /**
     * In step with another indicator: {@code 与经济增长基本同步} when {@code roughly}.
     *
     * @param indicator the indicator compared with, as the plan names it: 经济增长
     * @param roughly whether the plan says 基本 (roughly in step, roughly level); only with {@link RelativeComparison#IN_STEP}
 *     and {@link RelativeComparison#EQUAL}
     * @return in step with another indicator: {@code 与经济增长基本同步} when {@code roughly}
     */
    public static Relative inStepWith(String indicator, boolean roughly) {
        return new Relative(RelativeComparison.IN_STEP, ReferenceKind.INDICATOR, List.of(indicator), roughly,
                Accumulation.LEVEL);
    }

    /**
     * Compared with another indicator: {@code 高于GDP增长}.
     *
     * @param comparison how the value compares with the reference
     * @param indicator the indicator compared with, as the plan names it: 经济增长
     * @return compared with another indicator: {@code 高于GDP增长}
     */
    public static Relative toIndicator(RelativeComparison comparison, String indicator) {
        return new Relative(comparison, ReferenceKind.INDICATOR, List.of(indicator), false, Accumulation.LEVEL);
    }

    /**
     * Compared with the average of regions: {@code 高于全国平均水平}.
     *
     * @param comparison how the value compares with the reference
     * @param regions the regions compared with: 全国, 全省
     * @return compared with the average of regions: {@code 高于全国平均水平}
     */
    public static Relative toRegions(RelativeComparison comparison, List<String> regions) {
        return new Relative(comparison, ReferenceKind.REGION, regions, false, Accumulation.LEVEL);
    }

    /**
     * Compared with the indicator's own value in the previous year: {@code 与上年持平}.
     *
     * @param comparison how the value compares with last year's
     * @return compared with the previous year
     */
    public static Relative toPreviousYear(RelativeComparison comparison) {
        return new Relative(comparison, ReferenceKind.PREVIOUS_YEAR, List.of(PREVIOUS_YEAR), false,
                Accumulation.LEVEL);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.RELATIVE;
    }

    @Override
    public String toString() {
        String refs = String.join("、", references) + (referenceKind == ReferenceKind.REGION ? "平均水平" : "");
        String inner = switch (comparison) {
            case IN_STEP -> "与" + refs + (roughly ? "基本" : "") + "同步";
            case EQUAL -> "与" + refs + (roughly ? "基本" : "") + "持平";
            default -> comparison.word() + refs;
        };
        return Notation.wrap(accumulation, inner);
    }
}
