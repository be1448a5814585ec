package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planindicators.evaluation.Plans.figure;
import static org.planindicators.evaluation.Plans.finals;
import static org.planindicators.evaluation.Plans.q;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Yearly amounts ({@link Measure#FLOW}): judged by their own year's figure, by their sum or by their average. */
class FlowTest {
    private static final Evaluator EVALUATOR = Evaluator.withDefaults();
    private static final Evaluator OPEN_SDG = new Evaluator(EvaluationOptions.defaults()
            .withMethod(EvaluationMethod.OPEN_SDG));

    /** Wenjiang's 城镇新增就业6000人以上 for 2023 (seed 004 line 169). */
    static Indicator newJobs() {
        return Indicator.builder("城镇新增就业", Unit.parse("人"))
                .measure(Measure.FLOW)
                .target(2023, AtLeast.of(q("6000人")))
                .build();
    }

    /** Wenjiang's 新增学位1.5万个 for 2023 (seed 004 line 171). */
    static Indicator newPlaces() {
        return Indicator.builder("新增学位", Unit.parse("个"))
                .measure(Measure.FLOW)
                .target(2023, Exact.of(q("1.5万个")))
                .build();
    }

    /** 累计新增城镇就业5万人 over 2021–2025. */
    static Indicator cumulativeJobs() {
        return Indicator.builder("城镇新增就业", Unit.parse("万人"))
                .measure(Measure.FLOW)
                .accumulation(Accumulation.CUMULATIVE)
                .target(2025, new AtLeast(q("5万人"), Accumulation.CUMULATIVE))
                .build();
    }

    /** 年均新增城镇就业1万人 over 2021–2025. */
    static Indicator averageJobs() {
        return Indicator.builder("城镇新增就业", Unit.parse("万人"))
                .measure(Measure.FLOW)
                .accumulation(Accumulation.ANNUAL_AVERAGE)
                .target(2025, new AtLeast(q("1万人"), Accumulation.ANNUAL_AVERAGE))
                .build();
    }

    /** Final yearly figures from 2021 on, in 万人; a blank skips a year. */
    private static List<Observation> yearly(String... values) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isBlank()) {
                out.addAll(finals("城镇新增就业", 2021 + i, values[i].strip() + "万人"));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "[{index}] {0}: 2022 {1}, 2023 {2}, evaluated in {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # indicator | 2022  | 2023  | evaluated | status         | actual
            jobs        | 9360  | 6850  | 2023      | ACHIEVED       | 6850
            jobs        | 9360  | 5900  | 2023      | MISSED         | 5900
            jobs        | 9360  | 6850  | 2024      | ACHIEVED       | 6850
            jobs        | 9360  | -     | 2023      | NOT_ASSESSABLE | -
            jobs        | 9360  | 6850  | 2022      | NOT_ASSESSABLE | -
            places      | 9570  | 9800  | 2023      | MISSED         | 9800
            places      | 9570  | 15200 | 2023      | ACHIEVED       | 15200
            """)
    void aYearlyAmountIsJudgedByItsOwnYearOnly(String which, String y2022, String y2023, int evaluated,
            EvaluationStatus status, String actual) {
        Indicator indicator = which.equals("jobs") ? newJobs() : newPlaces();
        String unit = which.equals("jobs") ? "人" : "个";
        List<Observation> data = new ArrayList<>(finals(indicator.name(), 2022, y2022 + unit));
        if (y2023 != null) {
            data.addAll(finals(indicator.name(), 2023, y2023 + unit));
        }
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(indicator), indicator, data, evaluated);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
        // No path from 2022's figure: 2023's amount does not build on it.
        assertThat(e.figure(FigureKind.EXPECTED)).isEmpty();
        assertThat(e.figure(FigureKind.TASK_PROGRESS)).isEmpty();
        assertThat(e.figure(FigureKind.PROGRESS_RATIO)).isEmpty();
        assertThat(e.figure(FigureKind.BASELINE)).isEmpty();
        assertThat(e.figure(FigureKind.REQUIRED_GROWTH)).isEmpty();
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("a yearly amount is judged by its own year's"
                + " figure"));
        if (actual == null) {
            assertThat(e.figure(FigureKind.ACTUAL)).isEmpty();
        } else {
            assertThat(figure(e, FigureKind.ACTUAL, 0)).isEqualByComparingTo(actual);
            assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().explanation().years()).containsExactly(2023);
        }
    }

    @Test
    void theTargetOfAYearlyAmountIsInTheIndicatorsUnit() {
        Indicator places = newPlaces();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(places), places,
                finals("新增学位", 2022, "9570个", 2023, "9800个"), 2023);
        assertThat(e.figure(FigureKind.TARGET).orElseThrow().value()).isEqualTo(q("15000个"));
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().value()).isEqualTo(q("9800个"));
    }

    @ParameterizedTest(name = "[{index}] 累计5万人, yearly {0}, evaluated in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # yearly figures 2021–  | evaluated | status         | why
            1.1, 0.9, 1.2           | 2023      | AHEAD          | 3.2 of the 3 expected: ratio 106.7%
            1.0, 1.0, 1.0           | 2023      | ON_TRACK       | ratio 100%
            1.0, 0.9, 1.0           | 2023      | ON_TRACK       | ratio 96.7%, within 5%
            0.8, 0.9, 1.0           | 2023      | LAGGING        | ratio 90%
            2.0, 2.0, 1.5           | 2023      | ACHIEVED_EARLY | 5.5 ≥ 5 two years early
            1.1, 0.9, 1.2, 1.0, 0.9 | 2025      | ACHIEVED       | 5.1 ≥ 5
            1.1, 0.9, 1.2, 0.8, 0.8 | 2025      | MISSED         | 4.8 < 5
            """)
    void aCumulativeTargetSumsTheYearlyAmounts(String values, int evaluated, EvaluationStatus status) {
        Indicator jobs = cumulativeJobs();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(jobs), jobs, yearly(values.split(",")), evaluated);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
    }

    @Test
    void figuresOfACumulativeTarget() {
        Indicator jobs = cumulativeJobs();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(jobs), jobs, yearly("1.1", "0.9", "1.2"), 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.AHEAD);
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().value()).isEqualTo(q("3.2万人"));
        assertThat(e.figure(FigureKind.TARGET).orElseThrow().value()).isEqualTo(q("5万人"));
        // 5 × (2023 − 2020) / (2025 − 2020) = 3; 3.2 / 5 = 64%; 3.2 / 3 = 106.7%; (5 − 3.2) / 2 = 0.9 a year
        assertThat(e.figure(FigureKind.EXPECTED).orElseThrow().value()).isEqualTo(q("3万人"));
        assertThat(figure(e, FigureKind.TASK_PROGRESS, 1)).isEqualByComparingTo("64.0");
        assertThat(figure(e, FigureKind.PROGRESS_RATIO, 1)).isEqualByComparingTo("106.7");
        assertThat(e.figure(FigureKind.REQUIRED_GROWTH).orElseThrow().value()).isEqualTo(q("0.9万人"));
        assertThat(e.figure(FigureKind.TIME_PROGRESS).orElseThrow().value()).isEqualTo(q("60%"));
        Explanation actual = e.figure(FigureKind.ACTUAL).orElseThrow().explanation();
        assertThat(actual.formula()).isEqualTo("S = Σ a_i, the yearly amounts of b + 1 … t");
        assertThat(actual.years()).containsExactly(2020, 2021, 2022, 2023);
        assertThat(actual.toString()).contains("a_2021 = 1.1万人 (2021, observation, final)");
        assertThat(e.figure(FigureKind.EXPECTED).orElseThrow().explanation().formula())
                .isEqualTo("expected = vT × (t − b) / (T − b)");
        assertThat(e.figure(FigureKind.REQUIRED_GROWTH).orElseThrow().explanation().formula())
                .isEqualTo("required = (vT − S) / (T − t), a year");
    }

    @Test
    void aCumulativeTargetNotesTheYearsMissingAndConvertsUnits() {
        Indicator jobs = cumulativeJobs();
        List<Observation> data = new ArrayList<>(yearly("1.1", "", "1.2"));
        data.addAll(finals("城镇新增就业", 2024, "9000人"));
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(jobs), jobs, data, 2024);
        // 1.1 + 1.2 + 0.9 = 3.2 over four years: expected 4, ratio 80%
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().value()).isEqualTo(q("3.2万人"));
        assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("no figure for [2022]", "sum"));
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
    }

    @Test
    void theOpenSdgMethodRatesACumulativeTargetByItsProgressRatio() {
        Indicator jobs = cumulativeJobs();
        IndicatorEvaluation e = OPEN_SDG.evaluate(Plans.fiveYear(jobs), jobs, yearly("1.1", "0.9", "1.2"), 2023);
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        assertThat(e.sdgProgress()).isEqualTo(SdgProgress.ON_TRACK);
    }

    @ParameterizedTest(name = "[{index}] 年均1万人, yearly {0}, evaluated in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # yearly figures 2021–  | evaluated | status   | mean
            1.1, 0.9, 1.2           | 2023      | ON_TRACK | 1.07
            0.9, 0.9, 1.0           | 2023      | LAGGING  | 0.93
            1.1, 0.9, 1.2, 1.0, 0.9 | 2025      | ACHIEVED | 1.02
            1.1, 0.9, 1.2, 0.8, 0.8 | 2025      | MISSED   | 0.96
            """)
    void anAnnualAverageTargetTakesTheMeanOfTheYearlyAmounts(String values, int evaluated, EvaluationStatus status,
            String mean) {
        Indicator jobs = averageJobs();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(jobs), jobs, yearly(values.split(",")), evaluated);
        assertThat(e.status()).as("%s", e).isEqualTo(status);
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo(mean);
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().explanation().formula()).isEqualTo("mean = Σ a_i / n");
        assertThat(e.figure(FigureKind.TASK_PROGRESS)).isEmpty();
    }

    @Test
    void anAnnualAverageBehindSaysWhatEachRemainingYearNeeds() {
        Indicator jobs = averageJobs();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.fiveYear(jobs), jobs, yearly("0.9", "0.9", "1.0"), 2023);
        // (1 × 5 − 2.8) / 2 = 1.1万人 a year in 2024 and 2025
        Figure required = e.figure(FigureKind.REQUIRED_GROWTH).orElseThrow();
        assertThat(required.value()).isEqualTo(q("1.1万人"));
        assertThat(required.explanation().formula()).isEqualTo("required = (vT × (T − b) − S) / (T − t), a year");
    }

    @Test
    void aGrowthTargetOnAYearlyAmountIsTheGrowthOfTheAmount() {
        Indicator investment = Indicator.builder("外商投资实际到位", Unit.parse("亿元"))
                .measure(Measure.FLOW)
                .target(2023, AtLeast.of(q("5%")))
                .build();
        IndicatorEvaluation e = EVALUATOR.evaluate(Plans.annualReport(investment), investment,
                finals("外商投资实际到位", 2022, "17.8亿元", 2023, "18.9亿元"), 2023);
        // 18.9 / 17.8 − 1 = 6.18%
        assertThat(figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("6.18");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ACHIEVED);
    }

    @Test
    void aFlowIsNotARate() {
        assertThat(Measure.FLOW.isRate()).isFalse();
        assertThat(Measure.LEVEL.isRate()).isFalse();
        assertThat(Measure.GROWTH_RATE.isRate()).isTrue();
        assertThat(Measure.REDUCTION_RATE.isRate()).isTrue();
        assertThat(Measure.FLOW.code()).isEqualTo("flow");
    }
}
