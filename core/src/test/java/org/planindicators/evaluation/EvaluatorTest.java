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
import org.planindicators.target.AtMost;
import org.planindicators.target.Delegated;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Evaluation of levels on a path: every status, the figures behind it, and what they rest on. */
class EvaluatorTest {
    private static final Evaluator EVALUATOR = Evaluator.withDefaults();

    /** Qingbaijiang's GDP target of 850亿元 for 2025 (seed 003 line 67), from a baseline of 600亿元 in 2020. */
    static Indicator gdp() {
        return Indicator.builder("地区生产总值", Unit.parse("亿元"))
                .code("GDP")
                .baseline(2020, q("600亿元"))
                .target(2025, Exact.of(q("850亿元")))
                .build();
    }

    private static IndicatorEvaluation evaluate(Indicator indicator, List<Observation> observations, int year) {
        Plan plan = Plans.fiveYear(indicator);
        return EVALUATOR.evaluate(plan, indicator, observations, year);
    }

    @ParameterizedTest(name = "[{index}] GDP {1}亿元 in {0}, evaluated in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # year | GDP    | evaluated | status            | why
            2023   | 740    | 2023      | ON_TRACK          | 140 of the 139.46 expected by 2023: ratio 100.4%
            2023   | 780    | 2023      | AHEAD             | ratio 129%
            2023   | 700    | 2023      | LAGGING           | ratio 71.7%
            2023   | 860    | 2023      | ACHIEVED_EARLY    | the target is passed two years early
            2025   | 860    | 2025      | ACHIEVED          | target year, met
            2025   | 800    | 2025      | MISSED            | target year, not met
            2025   | 860    | 2027      | ACHIEVED          | later evaluation of the target year
            2023   | 740    | 2022      | NOT_ASSESSABLE    | no observation up to the evaluation year
            """)
    void statusesOfALevelOnAGeometricPath(int year, String value, int evaluated, EvaluationStatus status) {
        IndicatorEvaluation e = evaluate(gdp(), List.of(one("GDP", year, value + "亿元", ObservationStatus.FINAL)),
                evaluated);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
    }

    @Test
    void figuresOfALevelOnAGeometricPath() {
        IndicatorEvaluation e = evaluate(gdp(), finals("地区生产总值", 2021, "630亿元", 2023, "700亿元"), 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        assertThat(e.figure(FigureKind.TIME_PROGRESS).orElseThrow().value()).isEqualTo(q("60%"));
        // 600 × (850/600)^(3/5) = 739.46
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("739.46");
        assertThat(e.figure(FigureKind.EXPECTED).orElseThrow().value().unit()).isEqualTo(Unit.parse("亿元"));
        assertThat(figure(e, FigureKind.ACTUAL, 0)).isEqualByComparingTo("700");
        // (700 − 600) / (739.46 − 600) = 71.7%; (700 − 600) / (850 − 600) = 40%
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 1)).isEqualByComparingTo("71.7");
        assertThat(figure(e, FigureKind.TASK_PROGRESS, 1)).isEqualByComparingTo("40.0");
        // (850 / 700)^(1/2) − 1 = 10.19% a year for 2024 and 2025
        assertThat(figure(e, FigureKind.REQUIRED_GROWTH, 2)).isEqualByComparingTo("10.19");
        Explanation expected = e.figure(FigureKind.EXPECTED).orElseThrow().explanation();
        assertThat(expected.formula()).isEqualTo("expected = v0 × (vT / v0)^((t − b) / (T − b))");
        assertThat(expected.years()).containsExactly(2020, 2023, 2025);
        assertThat(expected.toString()).contains("v0 = 600亿元 (2020, baseline)", "t = 2023 (year of the actual)");
        Explanation actual = e.figure(FigureKind.ACTUAL).orElseThrow().explanation();
        assertThat(actual.weakestStatus()).contains(ObservationStatus.FINAL);
        assertThat(e.isProvisional()).isFalse();
        assertThat(e.baselineFromObservation()).isFalse();
    }

    @Test
    void sharesFollowALinearPathInPoints() {
        // 常住人口城镇化率 60.6% (2020) → 65% (2025), the 14th plan's.
        Indicator urbanisation = Indicator.builder("常住人口城镇化率", Unit.PERCENT)
                .baseline(2020, q("60.6%"))
                .target(2025, Exact.of(q("65%")))
                .build();
        IndicatorEvaluation e = evaluate(urbanisation, finals("常住人口城镇化率", 2023, "63.3%"), 2023);
        // 60.6 + 4.4 × 3/5 = 63.24; (63.3 − 60.6) / (63.24 − 60.6) = 102.3%
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("63.24");
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 1)).isEqualByComparingTo("102.3");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        // (65 − 63.3) / 2 = 0.85 points a year
        Figure required = e.figure(FigureKind.REQUIRED_GROWTH).orElseThrow();
        assertThat(required.value()).isEqualTo(q("0.85个百分点"));
        assertThat(required.explanation().formula()).isEqualTo("required = (vT − a) / (T − t), a year");
    }

    @Test
    void pathShapeCanBeChosen() {
        Evaluator linear = new Evaluator(EvaluationOptions.defaults().withPathShape(PathShape.LINEAR));
        Indicator gdp = gdp();
        IndicatorEvaluation e = linear.evaluate(Plans.fiveYear(gdp), gdp, finals("GDP", 2023, "740亿元"), 2023);
        // 600 + 250 × 3/5 = 750: 740 is behind the straight line, within 5%
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("750.00");
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 2)).isEqualByComparingTo("93.33");
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
    }

    @Test
    void toleranceIsAParameter() {
        Indicator gdp = gdp();
        List<Observation> data = finals("GDP", 2023, "730亿元"); // ratio 93.2%
        assertThat(evaluate(gdp, data, 2023).status()).isEqualTo(EvaluationStatus.LAGGING);
        Evaluator lenient = new Evaluator(EvaluationOptions.defaults().withTolerance(new BigDecimal("0.10")));
        assertThat(lenient.evaluate(Plans.fiveYear(gdp), gdp, data, 2023).status())
                .isEqualTo(EvaluationStatus.ON_TRACK);
    }

    @ParameterizedTest(name = "[{index}] unemployment {0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 城镇调查失业率控制在5.5%以内 (seed 004 line 101), baseline 5.2%: a target to keep
            5.0%  | 2023 | ON_TRACK
            5.8%  | 2023 | LAGGING
            5.3%  | 2025 | ACHIEVED
            5.6%  | 2025 | MISSED
            """)
    void atMostTargetTheBaselineMeetsIsATargetToKeep(String value, int year, EvaluationStatus status) {
        Indicator unemployment = Indicator.builder("城镇调查失业率", Unit.PERCENT)
                .direction(Direction.LOWER_IS_BETTER)
                .baseline(2020, q("5.2%"))
                .target(2025, AtMost.of(q("5.5%")))
                .build();
        IndicatorEvaluation e = evaluate(unemployment, finals("城镇调查失业率", year, value), year);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
        assertThat(e.figure(FigureKind.EXPECTED)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] PM2.5 {0} in 2023: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # 低于40微克/立方米 from 46 in 2020: the path goes down, 46 × (40/46)^(3/5) = 42.30 in 2023
            42    | AHEAD
            42.4  | ON_TRACK
            43.5  | LAGGING
            47    | LAGGING
            39    | ACHIEVED_EARLY
            40    | AHEAD             | ahead of the path, though not yet below 40
            """)
    void lessThanTargetsInvert(String value, EvaluationStatus status) {
        Indicator pm25 = Indicator.builder("细颗粒物(PM2.5)平均浓度", Unit.parse("微克/立方米"))
                .direction(Direction.LOWER_IS_BETTER)
                .baseline(2020, q("46微克/立方米"))
                .target(2025, LessThan.of(q("40微克/立方米")))
                .build();
        IndicatorEvaluation e = evaluate(pm25, finals("细颗粒物(PM2.5)平均浓度", 2023, value + "微克/立方米"), 2023);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("42.30");
    }

    @Test
    void missingBaselineUsesTheFirstObservationAndSaysSo() {
        // 集装箱吞吐量达到120万标箱 (seed 003 line 63) has no baseline in the plan.
        Indicator containers = Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .target(2025, Exact.of(q("120万标箱")))
                .build();
        List<Observation> data = List.of(one("集装箱吞吐量", 2021, "80万标箱", ObservationStatus.FINAL),
                one("集装箱吞吐量", 2023, "100万标箱", ObservationStatus.PRELIMINARY));
        IndicatorEvaluation e = evaluate(containers, data, 2023);
        assertThat(e.baselineFromObservation()).isTrue();
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("no baseline", "2021", "80万标箱"));
        Figure baseline = e.figure(FigureKind.BASELINE).orElseThrow();
        assertThat(baseline.value()).isEqualTo(q("80万标箱"));
        assertThat(baseline.explanation().inputs().get(0).meaning()).isEqualTo("first observation, as baseline");
        // time progress from 2021: (2023 − 2021) / (2025 − 2021) = 50%; 80 × 1.5^(1/2) = 97.98
        assertThat(e.figure(FigureKind.TIME_PROGRESS).orElseThrow().value()).isEqualTo(q("50%"));
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("97.98");
        assertThat(e.status()).isEqualTo(EvaluationStatus.AHEAD);
        // The 2023 figure is preliminary, and every figure built on it says so.
        assertThat(e.weakestStatus()).contains(ObservationStatus.PRELIMINARY);
        assertThat(e.isProvisional()).isTrue();
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().isProvisional()).isTrue();
        assertThat(e.figure(FigureKind.PROGRESS_RATIO).orElseThrow().explanation().weakestStatus())
                .contains(ObservationStatus.PRELIMINARY);
        assertThat(e.figure(FigureKind.TIME_PROGRESS).orElseThrow().isProvisional()).isFalse();
    }

    @Test
    void theMostSettledFigureOfAYearWins() {
        List<Observation> data = List.of(one("GDP", 2023, "700亿元", ObservationStatus.PRELIMINARY),
                one("GDP", 2023, "745亿元", ObservationStatus.FINAL),
                one("GDP", 2023, "690亿元", ObservationStatus.FORECAST));
        IndicatorEvaluation e = evaluate(gdp(), data, 2023);
        assertThat(figure(e, FigureKind.ACTUAL, 0)).isEqualByComparingTo("745");
        assertThat(e.weakestStatus()).contains(ObservationStatus.FINAL);
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
    }

    @Test
    void observationsOfOtherJurisdictionsAndPeriodsAreLeftOut() {
        List<Observation> data = List.of(
                one("GDP", 2023, "900亿元", ObservationStatus.FINAL).withJurisdiction("成都市温江区"),
                one("GDP", 2023, "740亿元", ObservationStatus.FINAL).withJurisdiction("510113"),
                one("GDP", 2023, "100亿元", ObservationStatus.FINAL).withDimension("产业", "第一产业"),
                one("GDP", 2024, "1000亿元", ObservationStatus.FORECAST));
        IndicatorEvaluation e = evaluate(gdp(), data, 2023);
        assertThat(figure(e, FigureKind.ACTUAL, 0)).isEqualByComparingTo("740");
    }

    @Test
    void growthTargetOnALevelIsPutAsALevel() {
        // 13th plan: GDP 67.7万亿元 in 2015, 年均增长6.5%以上 to 2020 → at least 92.75万亿元.
        Indicator gdp = Indicator.builder("国内生产总值", Unit.parse("万亿元"))
                .baseline(2015, q("67.7万亿元"))
                .target(2020, new AtLeast(q("6.5%"), Accumulation.ANNUAL_AVERAGE))
                .build();
        Plan plan = Plans.plan(Plans.QINGBAIJIANG, org.planindicators.plan.PlanKind.FIVE_YEAR_PLAN,
                org.planindicators.plan.Period.of(2016, 2020), gdp);
        IndicatorEvaluation e = EVALUATOR.evaluate(plan, gdp, finals("国内生产总值", 2018, "81.8万亿元"), 2018);
        assertThat(figure(e, FigureKind.TARGET, 2)).isEqualByComparingTo("92.75");
        // 67.7 × 1.065^3 = 81.78
        assertThat(figure(e, FigureKind.EXPECTED, 2)).isEqualByComparingTo("81.78");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        assertThat(e.figure(FigureKind.TARGET).orElseThrow().explanation().formula())
                .isEqualTo("vT = v0 × (1 + g)^(T − b)");
        IndicatorEvaluation done = EVALUATOR.evaluate(plan, gdp, finals("国内生产总值", 2020, "92.8万亿元"), 2020);
        assertThat(done.status()).isEqualTo(EvaluationStatus.ACHIEVED);
    }

    @Test
    void cumulativeReductionOnALevelTurnsTheBoundRound() {
        // 单位GDP能耗 in 吨标煤/万元, lower is better, reduce by at least [13.5] → at most 0.865 of the baseline.
        Indicator intensity = Indicator.builder("单位GDP能耗", Unit.parse("吨标煤/万元"))
                .direction(Direction.LOWER_IS_BETTER)
                .attribute(IndicatorAttribute.BINDING)
                .baseline(2020, q("0.5吨标煤/万元"))
                .target(2025, new AtLeast(q("13.5%"), Accumulation.CUMULATIVE))
                .build();
        IndicatorEvaluation e = evaluate(intensity, finals("单位GDP能耗", 2025, "0.43吨标煤/万元"), 2025);
        assertThat(figure(e, FigureKind.TARGET, 4)).isEqualByComparingTo("0.4325");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(evaluate(intensity, finals("单位GDP能耗", 2025, "0.44吨标煤/万元"), 2025).status())
                .isEqualTo(EvaluationStatus.MISSED);
    }

    @Test
    void notAssessableTargetsSayWhy() {
        Indicator qualitative = Indicator.builder("主要经济指标", Unit.NONE)
                .target(2025, new Qualitative("保持在合理区间")).build();
        Indicator delegated = Indicator.builder("单位地区生产总值能耗降低", Unit.PERCENT)
                .target(2025, new Delegated("成都市")).build();
        Indicator noTarget = Indicator.builder("户籍人口", Unit.parse("万人")).build();
        Indicator noData = gdp();
        Plan plan = Plans.fiveYear(qualitative, delegated, noTarget, noData);
        PlanEvaluation p = EVALUATOR.evaluate(plan, List.of(), 2023);
        assertThat(p.results()).allSatisfy(r -> assertThat(r.status()).isEqualTo(EvaluationStatus.NOT_ASSESSABLE));
        assertThat(p.results().get(0).notes().get(0)).contains("qualitative", "保持在合理区间");
        assertThat(p.results().get(1).notes().get(0)).contains("delegated", "成都市");
        assertThat(p.results().get(2).notes().get(0)).contains("no target");
        assertThat(p.results().get(3).notes().get(0)).contains("no observation");
        assertThat(p.counts()).containsEntry(EvaluationStatus.NOT_ASSESSABLE, 4);
    }

    @Test
    void theTargetWithinThePeriodIsChosen() {
        Indicator gdp = gdp().withTarget(org.planindicators.plan.Target.of(2035, Exact.of(q("1500亿元"))));
        Plan plan = Plans.fiveYear(gdp);
        assertThat(EVALUATOR.targetFor(plan, gdp, 2023).orElseThrow().year()).isEqualTo(2025);
        assertThat(EVALUATOR.targetFor(plan, gdp, 2030).orElseThrow().year()).isEqualTo(2025);
        IndicatorEvaluation vision = EVALUATOR.evaluate(plan, gdp, gdp.targetFor(2035).orElseThrow(),
                finals("GDP", 2023, "740亿元"), 2023);
        assertThat(vision.target().year()).isEqualTo(2035);
        // 600 × 2.5^(3/15) = 720.7 expected by 2023 on the way to 2035
        assertThat(figure(vision, FigureKind.EXPECTED, 1)).isEqualByComparingTo("720.7");
        assertThat(vision.status()).isEqualTo(EvaluationStatus.AHEAD);
    }

    @Test
    void yearlyGrowthTargetOfAnAnnualReport() {
        // Wenjiang 2023: 地区生产总值增长6.0%—7.0% (seed 004 line 101), from 717.11亿元 in 2022 (line 67).
        Indicator gdp = Indicator.builder("地区生产总值", Unit.parse("亿元"))
                .baseline(2022, q("717.11亿元"))
                .target(2023, Range.of(q("6.0%"), q("7.0%")))
                .build();
        Plan plan = Plans.annualReport(gdp);
        IndicatorEvaluation met = EVALUATOR.evaluate(plan, gdp, finals("地区生产总值", 2023, "762亿元"), 2023);
        assertThat(met.status()).isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(figure(met, FigureKind.ACTUAL, 2)).isEqualByComparingTo("6.26");
        IndicatorEvaluation missed = EVALUATOR.evaluate(plan, gdp, finals("地区生产总值", 2023, "750亿元"), 2023);
        assertThat(missed.status()).isEqualTo(EvaluationStatus.MISSED);
        assertThat(figure(missed, FigureKind.ACTUAL, 2)).isEqualByComparingTo("4.59");
        assertThat(missed.figure(FigureKind.ACTUAL).orElseThrow().explanation().formula())
                .isEqualTo("g = v_t / v_{t−1} − 1");
    }

    @Test
    void yearlyRateTarget() {
        Indicator growth = Indicator.builder("地区生产总值增长", Unit.PERCENT)
                .measure(Measure.GROWTH_RATE)
                .target(2023, Range.of(q("6.0%"), q("7.0%")))
                .build();
        Plan plan = Plans.annualReport(growth);
        assertThat(EVALUATOR.evaluate(plan, growth, finals("地区生产总值增长", 2023, "6.5%"), 2023).status())
                .isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(EVALUATOR.evaluate(plan, growth, finals("地区生产总值增长", 2023, "5.1%"), 2023).status())
                .isEqualTo(EvaluationStatus.MISSED);
    }

    /** Wenjiang's 2023 ceiling 城镇调查失业率 5.5%以内 (seed 004), no baseline, only the 2023 figure. */
    @ParameterizedTest(name = "[{index}] {0}% in 2023, evaluated in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # value | evaluated | status
            5.7     | 2023      | MISSED
            5.5     | 2023      | ACHIEVED
            5.2     | 2024      | ACHIEVED
            5.2     | 2022      | NOT_ASSESSABLE
            """)
    void aLevelTargetWithOnlyTheTargetYearsObservationIsJudgedNotLeftUnassessable(String value, int evaluated,
            EvaluationStatus status) {
        Indicator unemployment = Indicator.builder("城镇调查失业率", Unit.PERCENT)
                .direction(Direction.LOWER_IS_BETTER)
                .target(2023, AtMost.of(q("5.5%")))
                .build();
        Plan plan = Plans.annualReport(unemployment);

        IndicatorEvaluation e = EVALUATOR.evaluate(plan, unemployment,
                List.of(one("城镇调查失业率", 2023, value + "%", ObservationStatus.ESTIMATED)), evaluated);

        assertThat(e.status()).as("%s", e).isEqualTo(status);
        if (status != EvaluationStatus.NOT_ASSESSABLE) {
            assertThat(figure(e, FigureKind.ACTUAL, 1)).isEqualByComparingTo(value);
            assertThat(e.figure(FigureKind.EXPECTED)).isEmpty();
            assertThat(e.baselineFromObservation()).isFalse();
            assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("no value before the target year 2023"));
            assertThat(e.isProvisional()).isTrue();
        }
    }

    /** A level target met only in its year, with the count of that year alone: 新增学位 2610个 (seed 004 line 292). */
    @Test
    void aCountTargetWithOnlyTheTargetYearsFigureIsAchievedOrMissed() {
        Indicator places = Indicator.builder("新增学位", Unit.parse("个"))
                .target(2023, AtLeast.of(q("2610个")))
                .build();
        Plan plan = Plans.annualReport(places);

        assertThat(EVALUATOR.evaluate(plan, places, List.of(one("新增学位", 2023, "2700个", ObservationStatus.FINAL)),
                2023).status()).isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(EVALUATOR.evaluate(plan, places, List.of(one("新增学位", 2023, "0.2万个", ObservationStatus.FINAL)),
                2023).status()).isEqualTo(EvaluationStatus.MISSED);
    }

    /** Observations named by code and by name, of several indicators: the plan's one-pass index keeps them all. */
    @Test
    void aPlanEvaluationFindsObservationsByCodeAndByNameAsEachIndicatorsOwnDoes() {
        Indicator gdp = gdp();
        Indicator port = Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .code("PORT")
                .baseline(2020, q("50万标箱"))
                .target(2025, AtLeast.of(q("120万标箱")))
                .build();
        Plan plan = Plans.fiveYear(gdp, port);
        List<Observation> data = List.of(one("GDP", 2022, "690亿元", ObservationStatus.FINAL),
                one("集装箱吞吐量", 2022, "70万标箱", ObservationStatus.FINAL),
                one("地区生产总值", 2023, "740亿元", ObservationStatus.PRELIMINARY),
                one("PORT", 2023, "90万标箱", ObservationStatus.FINAL),
                one("其他指标", 2023, "1个", ObservationStatus.FINAL));

        PlanEvaluation all = EVALUATOR.evaluate(plan, data, 2023);

        assertThat(all.results()).containsExactly(EVALUATOR.evaluate(plan, gdp, data, 2023),
                EVALUATOR.evaluate(plan, port, data, 2023));
        assertThat(figure(all.results().get(0), FigureKind.ACTUAL, 0)).isEqualByComparingTo("740");
        assertThat(figure(all.results().get(1), FigureKind.ACTUAL, 0)).isEqualByComparingTo("90");
    }
}
