package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Plan;
import org.planindicators.unit.Quantity;

/** Indicators read from a table and evaluated: what the reader infers decides the verdict. */
class ReductionTargetEvaluationTest {

    private static Observation reduction(int year, String value) {
        return Observation.of("单位地区生产总值能耗降低", ObservationPeriod.ofYear(year), Quantity.parse(value),
                ObservationStatus.FINAL);
    }

    @Test
    void cumulativeReductionTargetBehindThePathIsLaggingNotOnTrack() {
        // The bug: the name made the indicator lower-is-better, so 0% reduction already "met" [14] and two years
        // totalling 3.0% were judged on track.
        String csv = "指标,单位,属性,2020年,2025年\n单位地区生产总值能耗降低,%,约束性,,[14]\n";
        Plan plan = TableFixtures.readText(csv, "energy.csv").value();
        IndicatorEvaluation e = Evaluator.withDefaults().evaluate(plan,
                List.of(reduction(2021, "1.5%"), reduction(2022, "1.5%")), 2022).results().get(0);
        // Reductions compound: C = 1 − (1 − 0.015) × (1 − 0.015) = 1 − 0.970225 = 2.9775%
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().rounded(4).value()).isEqualByComparingTo("2.9775");
        // On the path: 1 − (1 − 0.14)^((2022 − 2020) / (2025 − 2020)) = 1 − 0.86^0.4 = 5.8545%
        assertThat(e.figure(FigureKind.EXPECTED).orElseThrow().rounded(2).value()).isEqualByComparingTo("5.85");
        // progress ratio 2.9775 / 5.8545 = 50.86% < 95%: lagging
        assertThat(e.figure(FigureKind.PROGRESS_RATIO).orElseThrow().rounded(1).value()).isEqualByComparingTo("50.9");
        assertThat(e.status()).isEqualTo(EvaluationStatus.LAGGING);
        // still needed: 1 − (0.86 / 0.970225)^(1/3) = 3.94% a year in 2023–2025
        assertThat(e.figure(FigureKind.REQUIRED_GROWTH).orElseThrow().rounded(2).value()).isEqualByComparingTo("3.94");
    }

    @Test
    void annualAverageColumnBoundOnALevelIsJudgedOnTheMeanNotTheLatestYear() {
        // The bug: <5.5 in the 年均/累计 column was compared with the latest year alone.
        String csv = "指标,单位,2020年,2025年,年均/累计\n城镇调查失业率,%,5.2,,<5.5\n";
        Plan plan = TableFixtures.readText(csv, "unemployment.csv").value();
        List<Observation> data = List.of(rate("城镇调查失业率", 2021, "5.1%"), rate("城镇调查失业率", 2022, "5.6%"),
                rate("城镇调查失业率", 2023, "5.6%"));
        IndicatorEvaluation e = Evaluator.withDefaults().evaluate(plan, data, 2023).results().get(0);
        // mean = (5.1 + 5.6 + 5.6) / 3 = 16.3 / 3 = 5.4333% < 5.5%: on track, though 2023 alone (5.6%) is not
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().rounded(4).value()).isEqualByComparingTo("5.4333");
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().explanation().years()).containsExactly(2021, 2022,
                2023);
    }

    private static Observation rate(String indicator, int year, String value) {
        return Observation.of(indicator, ObservationPeriod.ofYear(year), Quantity.parse(value),
                ObservationStatus.FINAL);
    }
}
