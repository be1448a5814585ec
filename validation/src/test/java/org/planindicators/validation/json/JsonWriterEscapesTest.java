package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * Plans are written by Jackson's generator: control characters, DEL and surrogates are escaped, so that a text
 * holding half of a surrogate pair (which UTF-8 cannot carry) reads back unchanged.
 */
class JsonWriterEscapesTest {
    private static Plan plan(String name) {
        Goal goal = Goal.of("g1", "目标", List.of(Indicator.builder(name, Unit.parse("亿元")).build()));
        return Plan.builder("温江区2023年政府工作报告", Jurisdiction.division("温江区", "510115"),
                        PlanKind.ANNUAL_WORK_REPORT, Period.ofYear(2023))
                .baseYear(2022)
                .part(PlanPart.of(PartLevel.CHAPTER, "一、主要目标", List.of(goal)))
                .build();
    }

    @Test
    void oddCharactersAreEscapedAndReadBack() {
        String name = "地区生产总值 \"增加值\" \\ \u007f 😀 \ud83d end";
        Plan plan = plan(name);
        String json = PlanJson.toJson(plan);
        assertThat(json).contains("\\\"增加值\\\" \\\\ \\u007F \\ud83d\\ude00 \\ud83d end").endsWith("}\n");
        ImportResult<Plan> back = PlanJson.read(new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "p.json", ImportOptions.defaults());
        assertThat(back.value()).isNotNull();
        assertThat(back.value().indicators().get(0).name()).isEqualTo(name);
    }

    @Test
    void theLayoutIsTwoSpacesAMemberALineAndEmptyContainersClosed() {
        String json = PlanJson.toJson(plan("地区生产总值"));
        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n").doesNotContain(" : ").doesNotContain("[ ]")
                .doesNotContain("{ }");
    }
}
