package org.planindicators.evaluation;

import java.util.ArrayList;
import java.util.List;
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

/** Small plans and observations built in code for the evaluation tests. */
final class Plans {
    static final Jurisdiction QINGBAIJIANG = Jurisdiction.division("成都市青白江区", "510113");
    static final Jurisdiction WENJIANG = Jurisdiction.division("成都市温江区", "510115");

    private Plans() {
    }

    /** A five-year plan 2021–2025, base year 2020, of Qingbaijiang, holding {@code indicators} in one goal. */
    static Plan fiveYear(Indicator... indicators) {
        return plan(QINGBAIJIANG, PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025), indicators);
    }

    /** Wenjiang's 2023 government work report (seed 004): period 2023, base year 2022. */
    static Plan annualReport(Indicator... indicators) {
        return plan(WENJIANG, PlanKind.ANNUAL_WORK_REPORT, Period.ofYear(2023), indicators);
    }

    static Plan plan(Jurisdiction jurisdiction, PlanKind kind, Period period, Indicator... indicators) {
        Goal goal = Goal.of("g1", "主要目标", List.of(indicators));
        PlanPart part = PlanPart.of(PartLevel.CHAPTER, "第一章 发展目标", List.of(goal));
        return Plan.builder("测试规划 " + period, jurisdiction, kind, period).part(part).build();
    }

    /** Final observations of {@code indicator}: year, value, year, value …. */
    static List<Observation> finals(String indicator, Object... yearsAndValues) {
        return observations(indicator, ObservationStatus.FINAL, yearsAndValues);
    }

    static List<Observation> observations(String indicator, ObservationStatus status, Object... yearsAndValues) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            out.add(Observation.of(indicator, ObservationPeriod.ofYear((Integer) yearsAndValues[i]),
                    Quantity.parse((String) yearsAndValues[i + 1]), status));
        }
        return out;
    }

    static Observation one(String indicator, int year, String value, ObservationStatus status) {
        return Observation.of(indicator, ObservationPeriod.ofYear(year), Quantity.parse(value), status);
    }

    @SafeVarargs
    static List<Observation> all(List<Observation>... lists) {
        List<Observation> out = new ArrayList<>();
        for (List<Observation> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** {@return the quantity written as {@code text}: {@code 600亿元}} */
    static Quantity q(String text) {
        return Quantity.parse(text);
    }

    /** {@return the figure of {@code kind} in {@code e} at {@code scale} decimals; fails the test when there is none} */
    static java.math.BigDecimal figure(IndicatorEvaluation e, FigureKind kind, int scale) {
        return e.figure(kind).orElseThrow(() -> new AssertionError("no " + kind + " in " + e)).rounded(scale)
                .value();
    }
}
