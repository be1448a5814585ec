package org.planindicators.validation.fuzz;

import java.util.List;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.unit.Unit;

/** The plan that fuzzed observations are checked against. */
final class FuzzPlans {
    private static final Plan FIVE_YEAR = build();

    private FuzzPlans() {
    }

    /** A five-year plan 2021–2025 with a 2035 vision and indicators I0 … I3 in 亿元, %, 万标箱 and 元. */
    static Plan fiveYear() {
        return FIVE_YEAR;
    }

    private static Plan build() {
        Goal g = Goal.of("g1", "发展目标", List.of(
                Indicator.builder("地区生产总值", Unit.parse("亿元")).code("I0").build(),
                Indicator.builder("常住人口城镇化率", Unit.PERCENT).code("I1").build(),
                Indicator.builder("集装箱吞吐量", Unit.parse("万标箱")).code("I2").build(),
                Indicator.builder("城乡居民人均可支配收入", Unit.parse("元")).code("I3").build()));
        return Plan.builder("某区十四五规划", Jurisdiction.division("成都市青白江区", "510113"),
                        PlanKind.FIVE_YEAR_PLAN, Period.parse("2021-2025"))
                .visionYear(2035)
                .part(PlanPart.of(PartLevel.CHAPTER, "第二章", List.of(g)))
                .build();
    }
}
