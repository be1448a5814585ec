package org.example.core;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.planindicators.calc.Growth;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.Target;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Direction;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * A downstream application of plan-indicators-core alone: builds a plan, reads targets, checks a value against one,
 * computes a growth rate. Exits 1 on any mismatch.
 */
public final class CoreApp {
    private CoreApp() {
    }

    public static void main(String[] args) {
        Plan plan = Plan.builder("示例区国民经济和社会发展第十四个五年规划纲要", Jurisdiction.division("成都市温江区", "510115"),
                        PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.CHAPTER, "第一章 主要目标", List.of(Goal.of("g1", "经济发展", List.of(
                        Indicator.builder("地区生产总值增长", Unit.PERCENT)
                                .target(Target.of(2025, TargetExpression.parse("6.0%—7.0%")))
                                .build())))))
                .build();
        check(plan.indicators().size() == 1, "one indicator");
        TargetExpression range = plan.indicators().get(0).targets().get(0).expression();
        check(((NumericTarget) range).isSatisfiedBy(Quantity.parse("6.4%"), Direction.HIGHER_IS_BETTER),
                "6.4% meets 6.0%—7.0%");
        check(TargetExpression.parse(range.toString()).equals(range), "the notation reads back");

        Quantity growth = Growth.averageAnnual(Quantity.parse("67.7万亿元"), Quantity.parse("92.75万亿元"), 5,
                new MathContext(2, RoundingMode.HALF_EVEN));
        check(growth.toString().equals("6.5%"), "67.7 -> 92.75 in five years is 6.5% a year, not " + growth);
        check(Plan.class.getResource("/META-INF/LICENSE") != null, "core's jar carries META-INF/LICENSE");
        System.out.println("core consumer OK: " + plan.title() + ", " + range + ", growth " + growth);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            System.err.println("core consumer FAILED: " + what);
            System.exit(1);
        }
    }
}
