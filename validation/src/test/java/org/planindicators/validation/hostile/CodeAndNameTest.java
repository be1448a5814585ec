package org.planindicators.validation.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;

/**
 * Issue 15 item 4: a row whose 指标代码 and 指标 name different indicators of the plan was attributed to the code
 * without a word. It is now an error (O028) at the name, and the row is not used.
 */
class CodeAndNameTest {
    private static final Plan PLAN = Plan.builder("某区十四五规划", Jurisdiction.division("成都市青白江区", "510113"),
                    PlanKind.FIVE_YEAR_PLAN, Period.parse("2021-2025"))
            .part(PlanPart.of(PartLevel.CHAPTER, "第二章", List.of(Goal.of("g1", "发展目标", List.of(
                    Indicator.builder("地区生产总值", Unit.parse("亿元")).code("I0").build(),
                    Indicator.builder("常住人口城镇化率", Unit.PERCENT).code("I1").build())))))
            .build();

    @Test
    void aRowWhoseCodeAndNameNameDifferentIndicatorsIsAnErrorNotAttributedToTheCode() {
        String csv = "指标代码,指标,年份,数值\nI0,地区生产总值,2022,700\nI0,常住人口城镇化率,2022,70\n";
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "o.csv", ImportOptions.defaults(), PLAN, out::add);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("O028");
            assertThat(p.location()).isEqualTo(Location.at("o.csv", 3, 2));
            assertThat(p.message(java.util.Locale.ENGLISH)).contains("I0").contains("地区生产总值")
                    .contains("常住人口城镇化率");
        });
        assertThat(out).hasSize(1);
    }
}
