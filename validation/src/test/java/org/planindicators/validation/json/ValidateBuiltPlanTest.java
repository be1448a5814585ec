package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/** {@link PlanJson#validate}: a plan built in code gets the checks a plan document gets. */
class ValidateBuiltPlanTest {
    private static Plan plan(int targetYear) {
        Indicator trade = Indicator.builder("进出口总额", Unit.parse("亿元"))
                .target(targetYear, TargetParser.standard().parseOne("300亿元"))
                .build();
        Indicator port = Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .target(2025, TargetParser.standard().parseOne("120万标箱"))
                .build();
        return Plan.builder("青白江区十四五规划", Jurisdiction.division("成都市青白江区", "510113"),
                        PlanKind.FIVE_YEAR_PLAN, Period.parse("2021-2025"))
                .baseYear(2020)
                .part(PlanPart.of(PartLevel.CHAPTER, "第二章", List.of(Goal.of("g1", "陆港主枢纽",
                        List.of(port, trade)))))
                .build();
    }

    @Test
    void aValidPlanHasNoProblems() {
        ValidationReport report = PlanJson.validate(plan(2025), "built", ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.indicators()).isEqualTo(2);
    }

    @Test
    void aTargetOutsideThePeriodIsPlacedAtItsPointer() {
        ValidationReport report = PlanJson.validate(plan(2026), "built", ImportOptions.defaults());

        assertThat(report.hasErrors()).isTrue();
        Problem p = report.problems().get(0);
        assertThat(p.code().code()).isEqualTo("P104");
        assertThat(p.location().file()).isEqualTo("built");
        assertThat(p.location().pointer()).startsWith("/parts/0/goals/0/indicators/1/targets/0");
        assertThat(p.message(Locale.CHINA)).contains("进出口总额").contains("2026");
    }
}
