package org.example.consumer;

import java.io.ByteArrayInputStream;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
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
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.ValidationReport;

/**
 * A downstream application of plan-indicators-validation: builds a plan in code and validates it, reads and
 * validates an indicator table (Jackson's CSV reader underneath), computes a growth rate. Exits 1 on any mismatch.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("expect-jackson-mismatch")) {
            expectJacksonMismatch();
            return;
        }
        Plan plan = Plan.builder("示例区国民经济和社会发展第十四个五年规划纲要", Jurisdiction.division("成都市温江区", "510115"),
                        PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.CHAPTER, "第一章 主要目标", List.of(Goal.of("g1", "经济发展", List.of(
                        Indicator.builder("地区生产总值", Unit.parse("亿元"))
                                .target(Target.of(2025, TargetExpression.parse("850亿元")))
                                .build())))))
                .build();
        ValidationReport built = PlanJson.validate(plan, "built.json", ImportOptions.defaults());
        check(!built.hasErrors(), "the plan built in code validates: " + built.problems());

        String csv = "指标,单位,属性,2020年,2025年\n"
                + "地区生产总值,亿元,预期性,600,850\n"
                + "单位地区生产总值能耗降低,%,约束性,,[14]\n";
        ImportResult<Plan> table = IndicatorTables.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "table.csv", ImportOptions.defaults());
        check(!table.report().hasErrors(), "the table validates: " + table.report().problems());
        int indicators = table.model().orElseThrow().indicators().size();
        check(indicators == 2, "two indicators read, not " + indicators);

        String bad = "指标,单位,属性,2020年,2025年\n地区生产总值增长,%,预期性,3.0,6.0%—\n";
        ImportResult<Plan> broken = IndicatorTables.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.csv", ImportOptions.defaults());
        check(broken.report().hasErrors(), "a table with an unreadable target is refused");

        Quantity growth = Growth.averageAnnual(Quantity.parse("67.7万亿元"), Quantity.parse("92.75万亿元"), 5,
                new MathContext(2, RoundingMode.HALF_EVEN));
        check(growth.toString().equals("6.5%"), "67.7 -> 92.75 in five years is 6.5% a year, not " + growth);

        check(Plan.class.getResource("/META-INF/LICENSE") != null, "core's jar carries META-INF/LICENSE");
        Metadata.check(Plan.class);
        Metadata.check(PlanJson.class);
        System.out.println("consumer OK: plan built and validated, table of " + indicators
                + " indicators validated, growth " + growth);
    }

    /**
     * For the build that imports a framework's BOM before plan-indicators': reading a table must fail for want of
     * jackson-annotations' newer classes, and for no other reason.
     */
    private static void expectJacksonMismatch() {
        try {
            IndicatorTables.read(new ByteArrayInputStream("指标,2025年\n地区生产总值,850\n".getBytes(
                    StandardCharsets.UTF_8)), "table.csv", ImportOptions.defaults());
        } catch (LinkageError e) {
            check(String.valueOf(e.getMessage()).contains("com/fasterxml/jackson/annotation/"),
                    "the failure is jackson-annotations' downgrade, not " + e);
            System.out.println("consumer OK: with the BOMs in the wrong order, Jackson 3 fails as documented: " + e);
            return;
        }
        check(false, "the wrong BOM order was expected to break Jackson 3, and did not");
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            System.err.println("consumer FAILED: " + what);
            System.exit(1);
        }
    }
}
