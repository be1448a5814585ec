package org.planindicators.validation.observation;

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

/** Plans the observation tests check against. */
final class TestPlans {
    private TestPlans() {
    }

    /**
     * Seed 004, the Wenjiang district government work report of 2023 (period 2023, base year 2022, no vision: years
     * 1992–2033 are sensible), with the indicators of its review of 2022 (lines 67 and 79) and two more for unit
     * conversions: a revenue in 万元 and an area in 公顷.
     */
    static Plan wenjiang2023() {
        Goal review = Goal.of("wj-2022", "2022年工作回顾", List.of(
                Indicator.builder("地区生产总值", Unit.parse("亿元")).code("GDP").build(),
                Indicator.builder("地区生产总值增长", Unit.PERCENT).build(),
                Indicator.builder("城乡居民人均可支配收入增长", Unit.PERCENT).build(),
                Indicator.builder("新增就业", Unit.parse("人")).build(),
                Indicator.builder("一般公共预算收入", Unit.parse("万元")).build(),
                Indicator.builder("耕地保有量", Unit.parse("公顷")).build()));
        return Plan.builder("2023年成都市温江区政府工作报告", Jurisdiction.division("成都市温江区", "510115"),
                        PlanKind.ANNUAL_WORK_REPORT, Period.ofYear(2023))
                .baseYear(2022)
                .part(PlanPart.of(PartLevel.CHAPTER, "一、2022年工作回顾", List.of(review)))
                .build();
    }

    /**
     * A five-year plan 2021–2025 with a 2035 vision (years 1990–2045 are sensible) and the four indicators of the
     * streaming tests: I0 … I3.
     */
    static Plan fiveYear() {
        Goal g = Goal.of("g1", "发展目标", List.of(
                Indicator.builder("地区生产总值", Unit.parse("亿元")).code("I0").build(),
                Indicator.builder("常住人口城镇化率", Unit.PERCENT).code("I1").build(),
                Indicator.builder("集装箱吞吐量", Unit.parse("万标箱")).code("I2").build(),
                Indicator.builder("城乡居民人均可支配收入", Unit.parse("元")).code("I3").build()));
        return Plan.builder("某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
                        Jurisdiction.division("成都市青白江区", "510113"), PlanKind.FIVE_YEAR_PLAN,
                        Period.parse("2021-2025"))
                .visionYear(2035)
                .part(PlanPart.of(PartLevel.CHAPTER, "第二章", List.of(g)))
                .build();
    }
}
