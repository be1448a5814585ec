package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planindicators.evaluation.Plans.all;
import static org.planindicators.evaluation.Plans.figure;
import static org.planindicators.evaluation.Plans.finals;
import static org.planindicators.evaluation.Plans.one;
import static org.planindicators.evaluation.Plans.q;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Plan;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TwoTier;
import org.planindicators.unit.Unit;

/**
 * The verdicts an official review would reach: cumulative reduction targets, 年均 bounds on levels, relative targets
 * against a region's average and the previous year, two-tier targets and the review classes. Every expected figure
 * is computed by hand in the comment beside it.
 */
class VerdictsTest {
    private static final Evaluator EVALUATOR = Evaluator.withDefaults();

    // ---- cumulative reduction targets -------------------------------------------------------------------------

    /** 单位地区生产总值能耗降低 [14] over 2021–2025: the figures are the yearly reductions. */
    private static Indicator energy(Direction direction) {
        return Indicator.builder("单位地区生产总值能耗降低", Unit.PERCENT)
                .attribute(IndicatorAttribute.BINDING)
                .direction(direction)
                .measure(Measure.REDUCTION_RATE)
                .accumulation(Accumulation.CUMULATIVE)
                .target(2025, new Exact(q("14%"), Accumulation.CUMULATIVE))
                .build();
    }

    @Test
    void cumulativeReductionTargetBehindThePathIsLaggingNotOnTrack() {
        Indicator energy = energy(Direction.HIGHER_IS_BETTER);
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "1.5%", 2022, "1.5%"), 2022);
        // compounded: C = 1 − (1 − 0.015)(1 − 0.015) = 1 − 0.970225 = 2.9775% (summed, as plans add them: 3.0%)
        assertThat(figure(e, FigureKind.ACTUAL, 4)).isEqualByComparingTo("2.9775");
        // expected = 1 − (1 − 0.14)^((2022 − 2020) / (2025 − 2020)) = 1 − 0.86^0.4 = 1 − 0.941455 = 5.8545%
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("5.85");
        // R = 2.9775 / 5.8545 = 50.86%: far below 95% (status) and 90% (review)
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 1)).isEqualByComparingTo("50.9");
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        assertThat(e.reviewClass()).isEqualTo(ReviewClass.LAGGING);
        // task progress 2.9775 / 14 = 21.27%
        assertThat(figure(e, FigureKind.TASK_PROGRESS, 2)).isEqualByComparingTo("21.27");
    }

    @Test
    void cumulativeReductionTargetReachedEarly() {
        Indicator energy = energy(Direction.HIGHER_IS_BETTER);
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "5%", 2022, "5%", 2023, "5%"), 2023);
        // 1 − 0.95³ = 1 − 0.857375 = 14.2625% ≥ 14%
        assertThat(figure(e, FigureKind.ACTUAL, 4)).isEqualByComparingTo("14.2625");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED_EARLY);
        assertThat(e.reviewClass()).isEqualTo(ReviewClass.ACHIEVED_EARLY);
    }

    @Test
    void aReductionDeclaredLowerIsBetterSaysSo() {
        Indicator energy = energy(Direction.LOWER_IS_BETTER);
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "1.5%", 2022, "1.5%"), 2022);
        assertThat(e.notes()).anyMatch(n -> n.contains("declared lower-is-better"));
    }

    // ---- 年均 bounds on levels ---------------------------------------------------------------------------------

    /** 城镇调查失业率 年均控制在5.5%以内 over 2021–2025. */
    private static Indicator unemployment() {
        return Indicator.builder("城镇调查失业率", Unit.PERCENT)
                .direction(Direction.LOWER_IS_BETTER)
                .target(2025, new AtMost(q("5.5%"), Accumulation.ANNUAL_AVERAGE))
                .build();
    }

    @Test
    void annualAverageBoundOnALevelIsJudgedOnTheMeanNotTheLatestYear() {
        Indicator u = unemployment();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(u), u,
                finals("城镇调查失业率", 2021, "5.0%", 2022, "5.8%", 2023, "5.6%"), 2023);
        // mean = (5.0 + 5.8 + 5.6) / 3 = 16.4 / 3 = 5.4667% ≤ 5.5%, though 2023 alone (5.6%) is above it
        assertThat(figure(e, FigureKind.ACTUAL, 4)).isEqualByComparingTo("5.4667");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        assertThat(e.reviewClass()).isEqualTo(ReviewClass.BROADLY_ON_TRACK);
        Explanation how = e.figure(FigureKind.ACTUAL).orElseThrow().explanation();
        assertThat(how.formula()).isEqualTo("mean = Σ a_i / n");
        assertThat(how.years()).containsExactly(2021, 2022, 2023);
        assertThat(how.notes()).anyMatch(n -> n.contains("[2021, 2022, 2023]"));
    }

    @Test
    void annualAverageBoundOnALevelAboveTheBoundLagsAndSaysWhatTheRestMayAverage() {
        Indicator u = unemployment();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(u), u,
                finals("城镇调查失业率", 2021, "5.4%", 2022, "5.8%", 2023, "5.9%"), 2023);
        // mean = 17.1 / 3 = 5.7% > 5.5%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("5.70");
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        // the mean 2024–2025 may reach: (5.5 × (2025 − 2020) − 17.1) / (2025 − 2023) = (27.5 − 17.1) / 2 = 5.2%
        assertThat(figure(e, FigureKind.REQUIRED_GROWTH, 2)).isEqualByComparingTo("5.20");
    }

    @Test
    void annualAverageBoundOnALevelInTheTargetYearIsCompleted() {
        Indicator u = unemployment();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(u), u, finals("城镇调查失业率", 2021, "5.0%",
                2022, "5.8%", 2023, "5.6%", 2024, "5.4%", 2025, "5.3%"), 2025);
        // mean = 27.1 / 5 = 5.42% ≤ 5.5%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("5.42");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(e.reviewClass()).isEqualTo(ReviewClass.COMPLETED);
    }

    // ---- relative targets --------------------------------------------------------------------------------------

    private static Indicator incomeGrowth(Relative target) {
        return Indicator.builder("居民人均可支配收入增长", Unit.PERCENT).measure(Measure.GROWTH_RATE)
                .target(2025, target).build();
    }

    private static Observation ofRegion(String indicator, int year, String value, String region) {
        return one(indicator, year, value, ObservationStatus.FINAL).withJurisdiction(region);
    }

    @Test
    void relativeTargetAgainstTheNationalAverageComparesTheRegionsFigures() {
        Indicator income = incomeGrowth(Relative.toRegions(RelativeComparison.HIGHER, List.of("全国")));
        List<Observation> data = all(finals("居民人均可支配收入增长", 2022, "5.4%", 2023, "6.0%"),
                List.of(ofRegion("居民人均可支配收入增长", 2022, "5.0%", "全国"),
                        ofRegion("居民人均可支配收入增长", 2023, "6.3%", "全国")));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(income), income, data, 2023);
        // 2023: 6.0% against 全国 6.3%: gap 6.0 − 6.3 = −0.3个百分点, not higher
        assertThat(figure(e, FigureKind.ACTUAL, 1)).isEqualByComparingTo("6.0");
        assertThat(figure(e, FigureKind.REFERENCE, 1)).isEqualByComparingTo("6.3");
        assertThat(figure(e, FigureKind.GAP, 1)).isEqualByComparingTo("-0.3");
        assertThat(e.figure(FigureKind.GAP).orElseThrow().value().unit()).isEqualTo(Unit.PERCENTAGE_POINT);
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        assertThat(e.reviewClass()).isEqualTo(ReviewClass.LAGGING);
        // 2022 met it (5.4 > 5.0): only the latest year decides, no note of a failed earlier year
        assertThat(e.notes()).noneMatch(n -> n.contains("not met in"));
    }

    @Test
    void relativeTargetWithoutTheRegionsFiguresIsNotAssessableAndSaysWhichAreMissing() {
        Indicator income = incomeGrowth(Relative.toRegions(RelativeComparison.HIGHER, List.of("全国")));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(income), income,
                finals("居民人均可支配收入增长", 2023, "6.0%"), 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.NOT_ASSESSABLE);
        assertThat(e.reviewClass()).isEqualTo(ReviewClass.NOT_ASSESSABLE);
        assertThat(e.notes().get(0)).contains("no figures of 全国").contains("居民人均可支配收入增长")
                .contains("jurisdiction is 全国");
    }

    @ParameterizedTest(name = "粮食产量 2022 100.0万吨, 2023 {0}万吨: {1}")
    @CsvSource({
        // τ = 0.5% of the reference = 0.5 × 100.0 / 100 = 0.5万吨
        "100.4, ON_TRACK",   // |100.4 − 100.0| = 0.4 ≤ 0.5
        "99.5, ON_TRACK",    // |99.5 − 100.0| = 0.5 ≤ 0.5
        "99.4, LAGGING",     // |99.4 − 100.0| = 0.6 > 0.5
    })
    void levelWithThePreviousYearIsWithinHalfAPerCent(String value, EvaluationStatus status) {
        Indicator grain = Indicator.builder("粮食产量", Unit.parse("万吨"))
                .target(2025, Relative.toPreviousYear(RelativeComparison.EQUAL)).build();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(grain), grain,
                finals("粮食产量", 2022, "100.0万吨", 2023, value + "万吨"), 2023);
        assertThat(figure(e, FigureKind.REFERENCE, 1)).isEqualByComparingTo("100.0");
        assertThat(e.status()).isEqualTo(status);
    }

    @Test
    void roughlyInStepWithEconomicGrowthAllowsHalfAPointBelow() {
        Indicator gdp = Indicator.builder("地区生产总值增长", Unit.PERCENT).measure(Measure.GROWTH_RATE)
                .target(2025, new AtLeast(q("6%"), Accumulation.LEVEL)).build();
        Indicator income = incomeGrowth(Relative.inStepWith("经济增长", true));
        Plan plan = Plans.fiveYear(gdp, income);
        List<Observation> data = all(finals("地区生产总值增长", 2023, "6.0%"), finals("居民人均可支配收入增长", 2023, "5.6%"));
        IndicatorEvaluation e = EVALUATOR.evaluate(plan, income, data, 2023);
        // 5.6 ≥ 6.0 − 0.5 = 5.5: roughly in step; gap 5.6 − 6.0 = −0.4个百分点
        assertThat(figure(e, FigureKind.GAP, 1)).isEqualByComparingTo("-0.4");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
    }

    // ---- two-tier targets -------------------------------------------------------------------------------------

    /** 地区生产总值增长 7%以上，力争8% in a 2023 work report (base year 2022). */
    private static Indicator growthTwoTier() {
        return Indicator.builder("地区生产总值增长", Unit.PERCENT).measure(Measure.GROWTH_RATE)
                .target(2023, TwoTier.of(new AtLeast(q("7%"), Accumulation.LEVEL), "力争",
                        Exact.of(q("8%"))))
                .build();
    }

    @ParameterizedTest(name = "growth {0}: floor {1}, aspiration {2}")
    @CsvSource({
        "7.5%, ACHIEVED, MISSED, true, false",     // 7.5 ≥ 7 (floor); 7.5 < 8 (aspiration)
        "8.2%, ACHIEVED, ACHIEVED, true, true",    // 8.2 ≥ 7 and 8.2 ≥ 8
        "6.8%, MISSED, MISSED, false, false",      // 6.8 < 7
    })
    void twoTierTargetIsJudgedAgainstBothTiers(String actual, EvaluationStatus floor, EvaluationStatus aspiration,
            boolean floorMet, boolean aspirationMet) {
        Indicator g = growthTwoTier();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(g), g, finals("地区生产总值增长", 2023, actual),
                2023);
        assertThat(e.status()).isEqualTo(floor);
        assertThat(e.tiers()).isNotNull();
        assertThat(e.tiers().floor()).isEqualTo(floor);
        assertThat(e.tiers().aspiration()).isEqualTo(aspiration);
        assertThat(e.tiers().floorMet()).isEqualTo(floorMet);
        assertThat(e.tiers().aspirationMet()).isEqualTo(aspirationMet);
        assertThat(e.tiers().word()).isEqualTo("力争");
        assertThat(figure(e, FigureKind.TARGET, 0)).isEqualByComparingTo("7");
        assertThat(figure(e, FigureKind.ASPIRATION, 0)).isEqualByComparingTo("8");
        assertThat(e.notes()).anyMatch(n -> n.startsWith("two tiers: the floor 7%以上 is "));
    }

    @Test
    void twoTierTargetWithAWordAspirationJudgesTheFloorOnly() {
        Indicator g = Indicator.builder("地区生产总值增长", Unit.PERCENT).measure(Measure.GROWTH_RATE)
                .target(2023, TwoTier.ofWords(Exact.of(q("4.5%")), "力争", "更好结果")).build();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(g), g, finals("地区生产总值增长", 2023, "4.6%"),
                2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(e.tiers().aspiration()).isNull();
        assertThat(e.tiers().aspirationText()).isEqualTo("更好结果");
        assertThat(e.tiers().aspirationMet()).isFalse();
        assertThat(e.notes()).anyMatch(n -> n.contains("names no figure"));
    }

    // ---- review classes ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "GDP {0}亿元 in 2023: {1} / {2}")
    @CsvSource({
        // 600亿元 (2020) → 850亿元 (2025); expected in 2023 = 600 × (850/600)^(3/5) = 739.455亿元
        "740, ON_TRACK, BROADLY_ON_TRACK",   // R = (740 − 600) / 139.455 = 100.39%
        "727, LAGGING, BROADLY_ON_TRACK",    // R = 127 / 139.455 = 91.07%: below 95%, not below 90%
        "720, LAGGING, LAGGING",             // R = 120 / 139.455 = 86.05% < 90%
        "760, AHEAD, AHEAD",                 // R = 160 / 139.455 = 114.73% > 105%
        "860, ACHIEVED_EARLY, ACHIEVED_EARLY",
    })
    void reviewClassesFollowTheProgressRatio(String value, EvaluationStatus status, ReviewClass review) {
        Indicator gdp = EvaluatorTest.gdp();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(gdp), gdp, finals("GDP", 2023, value + "亿元"),
                2023);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.reviewClass()).isEqualTo(review);
    }

    @Test
    void theReviewToleranceIsConfigurable() {
        Indicator gdp = EvaluatorTest.gdp();
        Evaluator strict = new Evaluator(EvaluationOptions.defaults().withReviewTolerance(new BigDecimal("0.05")));
        IndicatorEvaluation e = strict.evaluate(Plans.fiveYear(gdp), gdp, finals("GDP", 2023, "727亿元"), 2023);
        // R = 91.07% < 1 − 0.05
        assertThat(e.reviewClass()).isEqualTo(ReviewClass.LAGGING);
        assertThatThrownBy(() -> EvaluationOptions.defaults().withReviewTolerance(new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewTolerance");
    }

    @Test
    void theTargetYearGivesCompletedOrNotCompletedAndThePlanCountsEachClass() {
        Indicator gdp = EvaluatorTest.gdp();
        Plan plan = Plans.fiveYear(gdp);
        PlanEvaluation met = EVALUATOR.evaluate(plan, finals("GDP", 2025, "851亿元"), 2025);
        assertThat(met.results().get(0).reviewClass()).isEqualTo(ReviewClass.COMPLETED);
        PlanEvaluation missed = EVALUATOR.evaluate(plan, finals("GDP", 2025, "849亿元"), 2025);
        assertThat(missed.results().get(0).reviewClass()).isEqualTo(ReviewClass.NOT_COMPLETED);
        assertThat(missed.reviewCounts()).containsEntry(ReviewClass.NOT_COMPLETED, 1)
                .containsEntry(ReviewClass.COMPLETED, 0).hasSize(ReviewClass.values().length);
        assertThat(ReviewClass.NOT_COMPLETED.chineseName()).isEqualTo("未完成");
        assertThat(ReviewClass.BROADLY_ON_TRACK.chineseName()).isEqualTo("基本符合预期");
    }
}
