package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** The yearly series of an indicator, as the evaluator reads it. */
class ObservedValueTest {
    @Test
    void takesTheIndicatorsYearlyWholeOwnFiguresInItsUnitTheMostSettledEachYear() {
        Indicator gdp = Indicator.builder("地区生产总值", Unit.parse("亿元")).code("A01").build();
        Plan plan = Plan.builder("规划", Jurisdiction.division("成都市青白江区", "510113"), PlanKind.FIVE_YEAR_PLAN,
                Period.of(2021, 2025)).baseYear(2020)
                .part(PlanPart.of(PartLevel.CHAPTER, "第一章", List.of(Goal.of("g", "目标", List.of(gdp))))).build();
        List<Observation> observations = List.of(
                Observation.of("A01", ObservationPeriod.ofYear(2021), Quantity.parse("6600000万元"),
                        ObservationStatus.FINAL),
                Observation.of("地区生产总值", ObservationPeriod.ofYear(2022), Quantity.parse("690亿元"),
                        ObservationStatus.PRELIMINARY),
                Observation.of("地区生产总值", ObservationPeriod.ofYear(2022), Quantity.parse("691亿元"),
                        ObservationStatus.FINAL),
                Observation.of("地区生产总值", ObservationPeriod.ofYear(2022), Quantity.parse("1亿元"),
                        ObservationStatus.FINAL).withJurisdiction("温江区"),
                Observation.of("地区生产总值", ObservationPeriod.ofYear(2022), Quantity.parse("2亿元"),
                        ObservationStatus.FINAL).withDimension("industry", "一产"),
                Observation.of("地区生产总值", ObservationPeriod.ofYear(2023), Quantity.parse("720亿元"),
                        ObservationStatus.PRELIMINARY).withJurisdiction("510113"),
                Observation.of("地区生产总值", ObservationPeriod.ofYear(2024), Quantity.parse("750亿元"),
                        ObservationStatus.FORECAST),
                Observation.of("地区生产总值", ObservationPeriod.ofYear(2022), Quantity.parse("3个"),
                        ObservationStatus.REVISED));
        List<ObservedValue> series = ObservedValue.of(plan, gdp, observations, 2023);
        assertThat(series).extracting(ObservedValue::year).containsExactly(2021, 2022, 2023);
        assertThat(series.get(0).value().value()).isEqualByComparingTo(new BigDecimal("660"));
        assertThat(series.get(0).value().unit()).isEqualTo(Unit.parse("亿元"));
        assertThat(series.get(1).value()).isEqualTo(Quantity.parse("691亿元"));
        assertThat(series.get(2).status()).isEqualTo(ObservationStatus.PRELIMINARY);
        assertThat(ObservedValue.ofPlan(plan, observations, 2023).get(gdp)).isEqualTo(series);
    }
}
