package org.planindicators.spark;

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

/** The plans of the tests: the one validation's broken corpus is read against. */
final class TestPlans {
    private TestPlans() {
    }

    /** As validation's {@code TestPlans.wenjiang2023()}: six indicators of a 2023 work report, base year 2022. */
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
}
