package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planindicators.evaluation.Plans.figure;
import static org.planindicators.evaluation.Plans.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.PriceBasis;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.Measure;
import org.planindicators.unit.Unit;

/**
 * In-year monitoring of an annual target from year-to-date (累计) figures, and growth targets on money levels judged at
 * comparable prices (可比价). Figures are test data computed by hand (the formulas are in docs/evaluation.md).
 */
class InYearAndPriceBasisTest {
    private static final Evaluator EVALUATOR = Evaluator.withDefaults();

    private static Observation obs(String indicator, String period, String value, PriceBasis basis) {
        return new Observation(indicator, null, ObservationPeriod.parse(period), q(value), ObservationStatus.FINAL,
                null, Map.of(), basis);
    }

    /** 地区生产总值增长 6%左右 for 2023 (a rate indicator, Wenjiang's 2023 report). */
    private static Indicator growthRate() {
        return Indicator.builder("地区生产总值增长", Unit.PERCENT).measure(Measure.GROWTH_RATE)
                .target(2023, new Approximately(q("6%"), null, Accumulation.LEVEL)).build();
    }

    @ParameterizedTest(name = "[{index}] latest {0} = {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # latest year to date | growth | time progress | status
            2023年1-6月            | 5.5%   | 50            | LAGGING
            2023年前三季度         | 5.9%   | 75            | ON_TRACK
            2023年一季度           | 4.5%   | 25            | LAGGING
            """)
    void aYearToDateGrowthIsComparedWithTheAnnualTarget(String latest, String growth, String timeProgress,
            EvaluationStatus status) {
        Indicator i = growthRate();
        List<Observation> in = new ArrayList<>(List.of(obs("地区生产总值增长", "2023-01/02", "4.0%", null),
                obs("地区生产总值增长", latest, growth, PriceBasis.COMPARABLE)));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(i), i, in, 2023);
        // 6%左右 accepts 5.7%–6.3% (5% of 6); the latest span is compared, m / 12 of the year gone.
        assertThat(figure(e, FigureKind.ACTUAL, 1)).isEqualByComparingTo(growth.replace("%", ""));
        assertThat(figure(e, FigureKind.TARGET, 0)).isEqualByComparingTo("6");
        assertThat(figure(e, FigureKind.TIME_PROGRESS, 0)).isEqualByComparingTo(timeProgress);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.notes()).anyMatch(n -> n.startsWith("in-year monitoring: no figure for the year 2023 yet"));
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().explanation().inputs().get(0).meaning())
                .contains(ObservationPeriod.parse(latest).chineseLabel(), "comparable prices (可比价)");
    }

    @Test
    void theYearsOwnFigureWinsOverItsYearToDate() {
        Indicator i = growthRate();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(i), i, List.of(
                obs("地区生产总值增长", "2023-01/06", "5.5%", null), obs("地区生产总值增长", "2023", "6.1%", null)), 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED);
        assertThat(e.notes()).noneMatch(n -> n.startsWith("in-year"));
    }

    /** 地区生产总值 in 亿元 with a yearly growth target 增长6%左右 for 2023. */
    private static Indicator gdpLevel() {
        return Indicator.builder("地区生产总值", Unit.parse("亿元"))
                .target(2023, new Approximately(q("6%"), null, Accumulation.LEVEL)).build();
    }

    @Test
    void aComparableYearToDateGrowthWithLevelsGivesTheGrowthTheRestOfTheYearNeeds() {
        Indicator i = gdpLevel();
        List<Observation> in = List.of(
                obs("地区生产总值", "2022", "717.11亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2022年1-6月", "345.8亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2023年1-6月", "366.2亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2023年1-6月", "5.5%", PriceBasis.COMPARABLE));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(i), i, in, 2023);
        assertThat(figure(e, FigureKind.ACTUAL, 1)).isEqualByComparingTo("5.5");
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        // g_rest = (1.06 × 717.11 − 1.055 × 345.8) / (717.11 − 345.8) − 1 = 395.3176 / 371.31 − 1 = 6.4656%
        assertThat(figure(e, FigureKind.REQUIRED_GROWTH, 2)).isEqualByComparingTo("6.47");
        assertThat(e.figure(FigureKind.REQUIRED_GROWTH).orElseThrow().explanation().formula())
                .isEqualTo("g_rest = ((1 + G) V_{y−1} − (1 + g_m) L_{y−1}) / (V_{y−1} − L_{y−1}) − 1");
        assertThat(e.notes()).anyMatch(n -> n.startsWith("price basis: judged on the growth at comparable prices"));
    }

    @Test
    void yearToDateLevelsAloneGiveANominalGrowthAndSaySo() {
        Indicator i = gdpLevel();
        List<Observation> in = List.of(
                obs("地区生产总值", "2022", "717.11亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2022年1-6月", "345.8亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2023年1-6月", "366.2亿元", PriceBasis.CURRENT));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(i), i, in, 2023);
        // 366.2 / 345.8 − 1 = 5.8994%: within 5.7%–6.3%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("5.90");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        // (1.06 × 717.11 − 1.058994 × 345.8) / 371.31 − 1 = 6.0937%
        assertThat(figure(e, FigureKind.REQUIRED_GROWTH, 2)).isEqualByComparingTo("6.09");
        assertThat(e.notes()).anyMatch(n -> n.contains("it is nominal growth"));
        assertThat(e.notes()).anyMatch(n -> n.startsWith("price basis: the growth target is applied to levels at"
                + " current prices"));
    }

    @Test
    void aYearToDateLevelWithoutTheSameMonthsAYearEarlierIsNotAssessable() {
        Indicator i = gdpLevel();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(i), i, List.of(
                obs("地区生产总值", "2023年1-6月", "366.2亿元", PriceBasis.CURRENT)), 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.NOT_ASSESSABLE);
        assertThat(e.notes().get(0)).isEqualTo("no figure for 2022年1-6月 to compute the year-to-date growth of"
                + " 2023年1-6月");
    }

    /** 地区生产总值 in 亿元, 年均增长6%以上 over 2021–2025. */
    private static Indicator gdpAverage() {
        return Indicator.builder("地区生产总值", Unit.parse("亿元")).priceBasis(PriceBasis.CURRENT)
                .accumulation(Accumulation.ANNUAL_AVERAGE)
                .target(2025, new AtLeast(q("6%"), Accumulation.ANNUAL_AVERAGE)).build();
    }

    @Test
    void anAnnualAverageGrowthTargetIsJudgedOnComparableGrowthWithCurrentLevelsBeside() {
        Indicator i = gdpAverage();
        List<Observation> in = List.of(
                obs("地区生产总值", "2020", "599.30亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2021", "673.55亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2022", "717.11亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2021", "8.5%", PriceBasis.COMPARABLE),
                obs("地区生产总值", "2022", "2.5%", PriceBasis.COMPARABLE));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(i), i, in, 2022);
        // real: (1.085 × 1.025)^(1/2) − 1 = 5.4573%, below 6%: lagging. The current-price levels would give
        // (717.11 / 599.30)^(1/2) − 1 = 9.39% a year, nominal, and are not used.
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("5.46");
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        // required: (1.06^5 / 1.112125)^(1/3) − 1 = 6.3633%
        assertThat(figure(e, FigureKind.REQUIRED_GROWTH, 2)).isEqualByComparingTo("6.36");
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().explanation().formula())
                .isEqualTo("average = (∏(1 + g_i))^(1 / n) − 1");
        assertThat(e.notes()).contains("price basis: judged on the growth at comparable prices (可比价) given for the"
                + " indicator, not on its levels", "levels observed for [2020, 2021, 2022] (at current prices or a basis"
                + " not stated) are not used for the growth");
    }

    @Test
    void aDeflatorTurnsCurrentLevelsIntoRealGrowth() {
        Indicator i = gdpAverage();
        List<Observation> in = List.of(
                obs("地区生产总值", "2021", "673.55亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2022", "717.11亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2021", "8.5%", PriceBasis.COMPARABLE),
                Observation.of("地区生产总值平减指数", ObservationPeriod.ofYear(2022), q("103.9"), ObservationStatus.FINAL));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(i), i, in, 2022);
        // g_2022 = (717.11 / 673.55) / 1.039 − 1 = 2.4709%; (1.085 × 1.024709)^(1/2) − 1 = 5.4424%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("5.44");
        assertThat(e.notes()).anyMatch(n -> n.startsWith("real growth of 2022 from levels and the deflator")
                && n.endsWith("= 2.470862264348704%"));
        assertThat(e.notes()).noneMatch(n -> n.startsWith("levels observed"));
    }

    @Test
    void growthOnCurrentLevelsAloneIsJudgedButFlaggedNominal() {
        Indicator i = gdpAverage();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(i), i, List.of(
                obs("地区生产总值", "2020", "599.30亿元", PriceBasis.CURRENT),
                obs("地区生产总值", "2022", "717.11亿元", PriceBasis.CURRENT)), 2022);
        assertThat(e.status()).isNotEqualTo(EvaluationStatus.NOT_ASSESSABLE);
        assertThat(e.notes()).anyMatch(n -> n.startsWith("price basis: the growth target is applied to levels at"
                + " current prices or at a basis not stated — nominal growth"));
    }
}
