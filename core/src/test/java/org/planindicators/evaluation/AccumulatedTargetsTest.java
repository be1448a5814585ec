package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.target.Range;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Cumulative and annual-average targets on yearly rates, relative targets, the Open SDG method, the summary. */
class AccumulatedTargetsTest {
    private static final Evaluator EVALUATOR = Evaluator.withDefaults();
    private static final Evaluator OPEN_SDG = new Evaluator(EvaluationOptions.defaults()
            .withMethod(EvaluationMethod.OPEN_SDG));

    /** 单位地区生产总值能耗降低 [13.5] over 2021–2025, binding (the 14th plan's). */
    static Indicator energyIntensity() {
        return Indicator.builder("单位地区生产总值能耗降低", Unit.PERCENT)
                .attribute(IndicatorAttribute.BINDING)
                .measure(Measure.REDUCTION_RATE)
                .accumulation(Accumulation.CUMULATIVE)
                .target(2025, new Exact(Quantity.of(new BigDecimal("13.5"), Unit.NONE), Accumulation.CUMULATIVE))
                .build();
    }

    /** 研发经费投入年均增长不低于10% (Qingbaijiang, seed 003). */
    static Indicator research() {
        return Indicator.builder("研发经费投入增长", Unit.PERCENT)
                .measure(Measure.GROWTH_RATE)
                .accumulation(Accumulation.ANNUAL_AVERAGE)
                .target(2025, new AtLeast(q("10%"), Accumulation.ANNUAL_AVERAGE))
                .build();
    }

    @Test
    void cumulativeTargetChainsTheYearlyReductions() {
        Indicator energy = energyIntensity();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "3.0%", 2022, "2.9%", 2023, "2.8%"), 2023);
        // 1 − 0.970 × 0.971 × 0.972 = 8.45%; on the path 1 − 0.865^(3/5) = 8.33%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("8.45");
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("8.33");
        assertThat(figure(e, FigureKind.TARGET, 1)).isEqualByComparingTo("13.5");
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().explanation().formula())
                .isEqualTo("C = 1 − ∏(1 − r_i)");
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().explanation().years()).containsExactly(2021, 2022, 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
    }

    @Test
    void cumulativeTargetBehindThePathLagsAndSaysWhatIsNeeded() {
        Indicator energy = energyIntensity();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "2.7%", 2022, "0.1%"), 2022);
        // 1 − 0.973 × 0.999 = 2.80% against 1 − 0.865^(2/5) = 5.64%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("2.80");
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("5.64");
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 1)).isEqualByComparingTo("49.6");
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        // 1 − (0.865 / 0.972027)^(1/3) = 3.81% a year in 2023–2025
        assertThat(figure(e, FigureKind.REQUIRED_GROWTH, 2)).isEqualByComparingTo("3.81");
    }

    @Test
    void cumulativeTargetMetEarly() {
        Indicator energy = energyIntensity();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "5%", 2022, "5%", 2023, "5%"), 2023);
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("14.26");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED_EARLY);
    }

    @Test
    void aMissingYearIsNoted() {
        Indicator energy = energyIntensity();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "3.0%", 2023, "2.8%"), 2023);
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("[2022]"));
    }

    @Test
    void dataNoFormulaTakesIsNotAssessableAndSaysWhy() {
        Indicator energy = energyIntensity();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "3.0%", 2022, "150%"), 2022);
        assertThat(e.status()).isEqualTo(EvaluationStatus.NOT_ASSESSABLE);
        assertThat(e.figures()).isEmpty();
        assertThat(e.notes().get(0)).contains("cannot be computed", "-150%");
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # yearly growth of R&D spending       | status          | average so far
            12%, 9%, 11%                          | AHEAD           | 10.66
            9%, 9.5%                              | LAGGING         | 9.25
            10%, 10.2%, 9.9%                      | ON_TRACK        | 10.03
            30%, 30%                              | ACHIEVED_EARLY  | 30.00
            12%, 11%, 11%, 10%, 9%                | ACHIEVED        | 10.60
            8%, 9%, 9%, 10%, 9%                   | MISSED          | 9.00
            """)
    void annualAverageTargetUsesTheAverageSoFar(String rates, EvaluationStatus status, String average) {
        Indicator research = research();
        String[] values = rates.split(",\\s*");
        Object[] data = new Object[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            data[2 * i] = 2021 + i;
            data[2 * i + 1] = values[i];
        }
        int year = 2020 + values.length;
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(research), research,
                finals("研发经费投入增长", data), year);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo(average);
    }

    @Test
    void annualAverageTargetSaysWhatIsNeeded() {
        Indicator research = research();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(research), research,
                finals("研发经费投入增长", 2021, "9%", 2022, "9.5%"), 2022);
        assertThat(figure(e, FigureKind.EXPECTED, 0)).isEqualByComparingTo("10");
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 1)).isEqualByComparingTo("92.5");
        // (1.1^5 / (1.09 × 1.095))^(1/3) − 1 = 10.50% a year for the last three years
        assertThat(figure(e, FigureKind.REQUIRED_GROWTH, 2)).isEqualByComparingTo("10.50");
    }

    // ---- relative targets --------------------------------------------------------------------------------------

    /** 城乡居民人均可支配收入与经济增长基本同步 (seed 004 line 101) beside 地区生产总值增长. */
    static Plan incomePlan(Relative target) {
        Indicator gdpGrowth = Indicator.builder("地区生产总值增长", Unit.PERCENT)
                .measure(Measure.GROWTH_RATE)
                .target(2025, Range.of(q("6.0%"), q("7.0%")))
                .build();
        Indicator income = Indicator.builder("城乡居民人均可支配收入增长", Unit.PERCENT)
                .measure(Measure.GROWTH_RATE)
                .target(2025, target)
                .build();
        return Plans.fiveYear(gdpGrowth, income);
    }

    @ParameterizedTest(name = "[{index}] income {0} against GDP {1} in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # income | GDP   | year | status     | why
            6.2%     | 6.0%  | 2023 | ON_TRACK   | above
            5.8%     | 6.0%  | 2023 | ON_TRACK   | 0.2 points below: roughly in step (0.5 allowed)
            5.2%     | 6.0%  | 2023 | LAGGING    | 0.8 points below
            5.6%     | 6.0%  | 2025 | ACHIEVED   | target year, roughly in step
            4.4%     | 6.0%  | 2025 | MISSED     | target year, behind
            """)
    void relativeTargetIsMatchedByNameAndComparedYearByYear(String income, String gdp, int year,
            EvaluationStatus status) {
        Plan plan = incomePlan(Relative.inStepWith("经济增长", true));
        Indicator indicator = plan.indicators().get(1);
        List<Observation> data = all(finals("城乡居民人均可支配收入增长", year, income),
                finals("地区生产总值增长", year, gdp));
        IndicatorEvaluation e = EVALUATOR.evaluate(plan, indicator, data, year);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("'经济增长'", "'地区生产总值增长'"));
        assertThat(e.figure(FigureKind.REFERENCE).orElseThrow().value().isEquivalentTo(q(gdp))).isTrue();
        assertThat(e.figure(FigureKind.GAP).orElseThrow().value().unit()).isEqualTo(Unit.PERCENTAGE_POINT);
    }

    @Test
    void relativeTargetStrictlyHigher() {
        Plan plan = incomePlan(Relative.toIndicator(RelativeComparison.HIGHER, "GDP增长"));
        Indicator indicator = plan.indicators().get(1);
        List<Observation> data = all(finals("城乡居民人均可支配收入增长", 2021, "4.0%", 2022, "5.8%", 2023, "6.0%"),
                finals("地区生产总值增长", 2021, "5.0%", 2022, "3.0%", 2023, "6.0%"));
        IndicatorEvaluation e = EVALUATOR.evaluate(plan, indicator, data, 2023);
        // 2023: 6.0% is not above 6.0%
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("not met in [2021]").doesNotContain("2022"));
    }

    @Test
    void relativeTargetOnAverage() {
        Relative average = new Relative(RelativeComparison.NOT_LOWER, org.planindicators.target.ReferenceKind.INDICATOR,
                List.of("经济增长"), false, Accumulation.ANNUAL_AVERAGE);
        Plan plan = incomePlan(average);
        Indicator indicator = plan.indicators().get(1);
        List<Observation> data = all(finals("城乡居民人均可支配收入增长", 2021, "8%", 2022, "4%"),
                finals("地区生产总值增长", 2021, "7%", 2022, "4.5%"));
        IndicatorEvaluation e = EVALUATOR.evaluate(plan, indicator, data, 2022);
        // (1.08 × 1.04)^(1/2) − 1 = 5.98% against (1.07 × 1.045)^(1/2) − 1 = 5.74%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("5.98");
        assertThat(figure(e, FigureKind.REFERENCE, 2)).isEqualByComparingTo("5.74");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
    }

    @Test
    void relativeTargetAgainstRegionsComparesLevelsWithLevels() {
        // 居民人均可支配收入 in 元 (a level), 高于全省、全市平均水平: the level against the regions' levels (it compared
        // growth rates before, which a review of 高于全省平均水平 does not).
        Indicator income = Indicator.builder("居民人均可支配收入", Unit.parse("元"))
                .target(2025, Relative.toRegions(RelativeComparison.HIGHER, List.of("全省", "全市")))
                .build();
        Plan plan = Plans.fiveYear(income);
        List<Observation> data = all(finals("居民人均可支配收入", 2022, "40000元", 2023, "42400元"),
                List.of(one("居民人均可支配收入", 2022, "30000元", ObservationStatus.FINAL).withJurisdiction("全省"),
                        one("居民人均可支配收入", 2023, "31500元", ObservationStatus.PRELIMINARY)
                                .withJurisdiction("全省"),
                        one("居民人均可支配收入", 2022, "50000元", ObservationStatus.FINAL).withJurisdiction("全市"),
                        one("居民人均可支配收入", 2023, "52800元", ObservationStatus.FINAL).withJurisdiction("全市")));
        IndicatorEvaluation e = EVALUATOR.evaluate(plan, income, data, 2023);
        // own 42400元 in 2023; 全省 31500元 (below it), 全市 52800元 (above it): not higher than both
        assertThat(figure(e, FigureKind.ACTUAL, 0)).isEqualByComparingTo("42400");
        assertThat(e.figures(FigureKind.REFERENCE)).extracting(f -> f.rounded(0).value())
                .containsExactly(new BigDecimal("31500"), new BigDecimal("52800"));
        // gaps 42400 − 31500 = 10900元, 42400 − 52800 = −10400元
        assertThat(e.figures(FigureKind.GAP)).extracting(f -> f.rounded(0).value())
                .containsExactly(new BigDecimal("10900"), new BigDecimal("-10400"));
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        // 全省's 2023 figure is preliminary: the result says so.
        assertThat(e.isProvisional()).isTrue();
    }

    @Test
    void unmatchedReferenceIsNotAssessable() {
        Plan plan = incomePlan(Relative.inStepWith("劳动生产率提高", true));
        IndicatorEvaluation e = EVALUATOR.evaluate(plan, plan.indicators().get(1),
                finals("城乡居民人均可支配收入增长", 2023, "6%"), 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.NOT_ASSESSABLE);
        assertThat(e.notes().get(0)).contains("劳动生产率提高");
    }

    // ---- the Open SDG method -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] GDP {0}亿元 in 2023: {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 600 (2020) → 850 (2025) needs 7.21% a year
            740   | ON_TRACK           | ON_TRACK            | R = 100.4%
            720   | LAGGING            | ACCELERATION_NEEDED | R = 86.9%
            650   | LAGGING            | LIMITED_PROGRESS    | R = 37.5%
            580   | LAGGING            | DETERIORATION       | R < 0
            860   | ACHIEVED_EARLY     | TARGET_ACHIEVED     | met two years early
            """)
    void openSdgRatesTheRatioOfGrowthRates(String value, EvaluationStatus status, SdgProgress rating) {
        Indicator gdp = EvaluatorTest.gdp();
        IndicatorEvaluation e = OPEN_SDG.evaluate(Plans.fiveYear(gdp), gdp, finals("GDP", 2023, value + "亿元"),
                2023);
        assertThat(e.method()).isEqualTo(EvaluationMethod.OPEN_SDG);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
        assertThat(e.sdgProgress()).isEqualTo(rating);
        assertThat(figure(e, FigureKind.NEEDED_GROWTH, 2)).isEqualByComparingTo("7.21");
    }

    @Test
    void openSdgFigures() {
        Indicator gdp = EvaluatorTest.gdp();
        IndicatorEvaluation e = OPEN_SDG.evaluate(Plans.fiveYear(gdp), gdp, finals("GDP", 2023, "720亿元"), 2023);
        // (720/600)^(1/3) − 1 = 6.27% against (850/600)^(1/5) − 1 = 7.21%: R = 86.9%
        assertThat(figure(e, FigureKind.OBSERVED_GROWTH, 2)).isEqualByComparingTo("6.27");
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 1)).isEqualByComparingTo("86.9");
        assertThat(e.figures(FigureKind.PROGRESS_RATIO)).hasSize(1);
        assertThat(e.figure(FigureKind.PROGRESS_RATIO).orElseThrow().explanation().formula())
                .isEqualTo("R = observed / needed (Open SDG)");
        // The time-progress method calls the same figure on track? No: 120 of 139.46 expected, 86%, lagging too.
        assertThat(EVALUATOR.evaluate(Plans.fiveYear(gdp), gdp, finals("GDP", 2023, "720亿元"), 2023).sdgProgress())
                .isNull();
        assertThat(OPEN_SDG.evaluate(Plans.fiveYear(gdp), gdp, finals("GDP", 2025, "800亿元"), 2025).status())
                .isEqualTo(EvaluationStatus.MISSED);
    }

    @Test
    void openSdgOnCumulativeAndAverageTargets() {
        Indicator energy = energyIntensity();
        IndicatorEvaluation e = OPEN_SDG.evaluate(Plans.fiveYear(energy), energy,
                finals("单位地区生产总值能耗降低", 2021, "2.7%", 2022, "0.1%"), 2022);
        // observed 1 − 0.972027^(1/2) = 1.41% a year against 2.86% needed: R = 49.3%, limited progress
        assertThat(figure(e, FigureKind.OBSERVED_GROWTH, 2)).isEqualByComparingTo("1.41");
        assertThat(figure(e, FigureKind.NEEDED_GROWTH, 2)).isEqualByComparingTo("2.86");
        assertThat(e.sdgProgress()).isEqualTo(SdgProgress.LIMITED_PROGRESS);
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        Indicator research = research();
        IndicatorEvaluation r = OPEN_SDG.evaluate(Plans.fiveYear(research), research,
                finals("研发经费投入增长", 2021, "9.8%", 2022, "9.9%"), 2022);
        assertThat(r.sdgProgress()).isEqualTo(SdgProgress.ON_TRACK);
        assertThat(r.status()).isEqualTo(EvaluationStatus.ON_TRACK);
    }

    // ---- the plan summary --------------------------------------------------------------------------------------

    @Test
    void planSummaryCountsStatusesAndListsLaggingBindingIndicatorsFirst() {
        Indicator gdp = EvaluatorTest.gdp();
        Indicator research = research();
        Indicator energy = energyIntensity();
        Indicator containers = Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .baseline(2020, q("60万标箱"))
                .target(2025, Exact.of(q("120万标箱")))
                .build();
        Plan plan = Plans.fiveYear(gdp, research, containers, energy);
        List<Observation> data = all(finals("GDP", 2022, "687亿元"),
                finals("研发经费投入增长", 2021, "12%", 2022, "11%"),
                finals("集装箱吞吐量", 2022, "70万标箱"),
                finals("单位地区生产总值能耗降低", 2021, "2.7%", 2022, "0.1%"));
        PlanEvaluation p = EVALUATOR.evaluate(plan, data, 2022);
        assertThat(p.results()).extracting(r -> r.indicator().name())
                .containsExactly("地区生产总值", "研发经费投入增长", "集装箱吞吐量", "单位地区生产总值能耗降低");
        assertThat(p.results()).extracting(IndicatorEvaluation::status).containsExactly(EvaluationStatus.ON_TRACK,
                EvaluationStatus.AHEAD, EvaluationStatus.LAGGING, EvaluationStatus.LAGGING);
        assertThat(p.counts()).containsEntry(EvaluationStatus.LAGGING, 2).containsEntry(EvaluationStatus.AHEAD, 1)
                .containsEntry(EvaluationStatus.ON_TRACK, 1).containsEntry(EvaluationStatus.MISSED, 0)
                .hasSize(EvaluationStatus.values().length);
        assertThat(p.byConcern()).extracting(r -> r.indicator().name())
                .containsExactly("单位地区生产总值能耗降低", "集装箱吞吐量", "地区生产总值", "研发经费投入增长");
        assertThat(p.bindingConcerns()).extracting(r -> r.indicator().name())
                .containsExactly("单位地区生产总值能耗降低");
        assertThat(p.toString()).startsWith("测试规划 2021-2025 2022: achieved 0, achieved_early 0, ahead 1,");
    }
}
