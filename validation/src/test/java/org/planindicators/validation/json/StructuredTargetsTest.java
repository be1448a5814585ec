package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Delegated;
import org.planindicators.target.Exact;
import org.planindicators.target.LessThan;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * Targets in structured form and numbers as JSON numbers: scale as written, units of their own, the target's unit,
 * else the indicator's; and the writer's fallback to the structured form where the notation would not read back.
 */
class StructuredTargetsTest {
    private static Quantity q(String text) {
        return Quantity.parse(text);
    }

    @Test
    void everyKindReadsFromItsStructuredForm() {
        Plan plan = Fixtures.plan("structured-targets.json");
        List<TargetExpression> targets = plan.indicators().stream()
                .map(i -> i.targets().get(0).expression()).toList();
        assertThat(targets).containsExactly(
                Range.of(q("6.0%"), q("7.0%")),
                AtLeast.of(q("7600000万元")),
                new Approximately(q("80%"), q("0.5%"), Accumulation.LEVEL),
                new Exact(q("13.5%"), Accumulation.CUMULATIVE),
                Change.of(ChangeDirection.DECREASE, q("7%")),
                Relative.inStepWith("经济增长", true),
                new Relative(RelativeComparison.HIGHER, ReferenceKind.REGION, List.of("全省", "全市"), false,
                        Accumulation.LEVEL),
                new Delegated("成都市"),
                new Qualitative("保持在合理区间"),
                LessThan.of(Quantity.of(new BigDecimal("40"), Unit.NONE)));
    }

    @Test
    void jsonNumbersKeepTheScaleAsWritten() {
        Plan plan = Fixtures.plan("structured-targets.json");
        Quantity urban = plan.findIndicator("常住人口城镇化率").orElseThrow().baseline().value();
        assertThat(urban.value()).isEqualTo(new BigDecimal("77.30"));
        assertThat(urban.value().scale()).isEqualTo(2);
        assertThat(plan.findIndicator("地区生产总值").orElseThrow().baseline().value()).isEqualTo(q("717.11亿元"));
        Range growth = (Range) plan.indicators().get(0).targets().get(0).expression();
        assertThat(growth.low().value().scale()).isEqualTo(1);
    }

    @Test
    void theWriterWritesNotationWhereItReadsBackAndTheStructuredFormElsewhere() {
        Plan plan = Fixtures.plan("structured-targets.json");
        String json = PlanJson.toJson(plan);
        assertThat(json).contains("\"target\": \"6.0%—7.0%\"", "\"target\": \"[13.5%]\"",
                "\"target\": \"与经济增长基本同步\"", "\"value\": \"77.30\"", "\"value\": \"717.11\"");
        // 40 with no unit, in an indicator in %: "40以下" would read as 40%.
        assertThat(json).contains("\"kind\": \"less_than\",\n", "\"value\": \"40\",\n", "\"unit\": \"\",\n");
        ImportResult<Plan> again = PlanJson.fromJson(json, "again.json", ImportOptions.defaults());
        assertThat(again.report().problems()).as(Fixtures.describe(again)).isEmpty();
        assertThat(again.value()).isEqualTo(plan);
        assertThat(PlanJson.toJson(again.value())).isEqualTo(json);
    }

    @Test
    void aQualitativeTextThatLooksLikeANumberIsWrittenStructured() {
        Indicator odd = Indicator.builder("奇怪的指标", Unit.PERCENT)
                .target(Target.of(2025, new Qualitative("120")))
                .target(Target.of(2024, new Qualitative("6.0%—7.0%")))
                .build();
        Plan plan = Plan.builder("测试", Jurisdiction.division("成都市青白江区", "510113"), PlanKind.SPECIAL_PLAN,
                        Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.SECTION, "第一节", List.of(Goal.of("g", "目标", List.of(odd)))))
                .build();
        String json = PlanJson.toJson(plan);
        assertThat(json).contains("\"kind\": \"qualitative\"", "\"text\": \"120\"", "\"text\": \"6.0%—7.0%\"");
        assertThat(PlanJson.fromJson(json, "odd.json", ImportOptions.defaults()).value()).isEqualTo(plan);
    }

    @Test
    void structuredTargetsCheckTheirOwnProperties() {
        String base = Fixtures.text("structured-targets.json");
        ImportResult<Plan> r = PlanJson.fromJson(base.replace("\"kind\": \"delegated\", \"authority\": \"成都市\"",
                "\"kind\": \"delegated\", \"authority\": \"成都市\", \"value\": \"3\""), "x.json",
                ImportOptions.defaults());
        assertThat(r.report().problems()).extracting(p -> p.code().code() + " " + p.field())
                .containsExactly("J010 value");
        r = PlanJson.fromJson(base.replace("\"kind\": \"change\", \"direction\": \"decrease\"",
                "\"kind\": \"change\", \"direction\": \"down\""), "x.json", ImportOptions.defaults());
        assertThat(r.report().problems()).extracting(p -> p.code().code() + " " + p.value())
                .containsExactly("J011 down");
        r = PlanJson.fromJson(base.replace("\"kind\": \"range\", \"value\": 6.0, \"high\": \"7.0\"",
                "\"kind\": \"range\", \"value\": 6.0"), "x.json", ImportOptions.defaults());
        assertThat(r.report().problems()).extracting(p -> p.code().code() + " " + p.field())
                .containsExactly("J009 high");
        r = PlanJson.fromJson(base.replace("\"references\": [\"经济增长\"]", "\"references\": []"), "x.json",
                ImportOptions.defaults());
        assertThat(r.report().problems()).extracting(p -> p.code().code()).containsExactly("J016");
        r = PlanJson.fromJson(base.replace("\"value\": \"7600000万元\"", "\"value\": \"7600000万圆\""), "x.json",
                ImportOptions.defaults());
        assertThat(r.report().problems()).extracting(p -> p.code().code() + " " + p.field())
                .containsExactly("J013 value");
    }
}
