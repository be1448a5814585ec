package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.target.Exact;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

class PlanTest {
    private static final Jurisdiction QBJ = Jurisdiction.division("成都市青白江区", "510113");
    private static final Period P14 = Period.parse("2021-2025");

    private static Indicator indicator(String name, String code) {
        return Indicator.builder(name, Unit.PERCENT).code(code).build();
    }

    private static Goal goal(String id, Indicator... indicators) {
        return Goal.of(id, "目标" + id, List.of(indicators));
    }

    @Test
    void builderStartsFromTheUsualValues() {
        Plan plan = Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).build();
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.baseYear()).isEqualTo(2020);
        assertThat(plan.visionYear()).isNull();
        assertThat(plan.parts()).isEmpty();
        assertThat(plan.goals()).isEmpty();
        assertThat(plan.indicators()).isEmpty();
        assertThat(plan.findIndicator("x")).isEmpty();
    }

    @Test
    void builderPartsReplaceOrAppend() {
        PlanPart a = PlanPart.of(PartLevel.CHAPTER, "第一章", List.of());
        PlanPart b = PlanPart.of(PartLevel.CHAPTER, "第二章", List.of());
        Plan plan = Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).part(a).parts(List.of(b)).part(a)
                .build();
        assertThat(plan.parts()).containsExactly(b, a);
    }

    @Test
    void baseYearMayNotFollowThePeriod() {
        assertThat(Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).baseYear(2025).build().baseYear())
                .isEqualTo(2025);
        assertThatThrownBy(() -> Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).baseYear(2026).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseYear must not be after period.lastYear: 2026 > 2025");
    }

    @Test
    void visionYearMustFollowThePeriod() {
        assertThatThrownBy(() -> Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).visionYear(2025).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("visionYear must be after period.lastYear: 2025 <= 2025");
        assertThat(Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).visionYear(2026).build().visionYear())
                .isEqualTo(2026);
    }

    @Test
    void refusesABlankTitleAndMissingFields() {
        assertThatThrownBy(() -> Plan.builder(" ", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank: ' '");
        assertThatThrownBy(() -> new Plan("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, null, P14, 2020, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("status");
    }

    @Test
    void goalIdsAreUniqueInThePlan() {
        PlanPart a = PlanPart.of(PartLevel.CHAPTER, "第一章", List.of(goal("G1")));
        PlanPart b = PlanPart.of(PartLevel.CHAPTER, "第二章", List.of(goal("G1")));
        assertThatThrownBy(() -> Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).part(a).part(b).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goals must have distinct ids: G1 appears twice");
    }

    @Test
    void goalsAndIndicatorsComeInDocumentOrder() {
        Indicator i1 = indicator("一", "1");
        Indicator i2 = indicator("二", "2");
        Indicator i3 = indicator("三", "3");
        Indicator i4 = indicator("四", "4");
        PlanPart section1 = PlanPart.of(PartLevel.SECTION, "第一节", List.of(goal("G2", i2)));
        PlanPart section2 = PlanPart.of(PartLevel.SECTION, "第二节", List.of(goal("G3", i3)));
        PlanPart chapter = new PlanPart(PartLevel.CHAPTER, "第一章", List.of(section1, section2),
                List.of(goal("G1", i1)));
        PlanPart part2 = PlanPart.of(PartLevel.PART, "第二篇", List.of(goal("G4", i4)));
        PlanPart part1 = PlanPart.withChildren(PartLevel.PART, "第一篇", List.of(chapter));
        Plan plan = Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14).part(part1).part(part2).build();

        assertThat(plan.goals()).extracting(Goal::id).containsExactly("G1", "G2", "G3", "G4");
        assertThat(plan.indicators()).containsExactly(i1, i2, i3, i4);
        assertThat(part1.allGoals()).extracting(Goal::id).containsExactly("G1", "G2", "G3");
        assertThat(plan.findGoal("G3").map(Goal::title)).contains("目标G3");
        assertThat(plan.findGoal("G9")).isEmpty();
    }

    @Test
    void findIndicatorPrefersACodeToAName() {
        // "2" is the code of one indicator and the name of another: the code wins.
        Indicator named2 = indicator("2", "A");
        Indicator coded2 = indicator("能耗", "2");
        Plan plan = Plan.builder("某规划", QBJ, PlanKind.FIVE_YEAR_PLAN, P14)
                .part(PlanPart.of(PartLevel.CHAPTER, "第一章", List.of(goal("G1", named2, coded2))))
                .build();
        assertThat(plan.findIndicator("2")).contains(coded2);
        assertThat(plan.findIndicator(" 能耗 ")).contains(coded2);
        assertThat(plan.findIndicator("A")).contains(named2);
        assertThat(plan.findIndicator("能源")).isEmpty();
    }

    @Test
    void aChildPartLiesDeeperThanItsParent() {
        PlanPart chapter = PlanPart.of(PartLevel.CHAPTER, "第三章", List.of());
        PlanPart section = PlanPart.of(PartLevel.SECTION, "第一节", List.of());
        PlanPart part = PlanPart.of(PartLevel.PART, "第一篇", List.of());
        assertThat(PlanPart.withChildren(PartLevel.PART, "第一篇", List.of(section)).children()).hasSize(1);
        assertThatThrownBy(() -> PlanPart.withChildren(PartLevel.CHAPTER, "第二章", List.of(chapter)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("children must lie deeper than level chapter: chapter '第三章'");
        assertThatThrownBy(() -> PlanPart.withChildren(PartLevel.SECTION, "第一节", List.of(part)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("children must lie deeper than level section: part '第一篇'");
        assertThatThrownBy(() -> PlanPart.of(PartLevel.SECTION, "", List.of()))
                .hasMessage("title must not be blank: ''");
    }

    @Test
    void goalChecksItsFields() {
        assertThatThrownBy(() -> Goal.of(" ", "努力打造陆港主枢纽", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: ' '");
        assertThatThrownBy(() -> Goal.of("G1", "", List.of()))
                .hasMessage("title must not be blank: ''");
        assertThatThrownBy(() -> Goal.of("G1", "努力打造陆港主枢纽", 25, List.of()))
                .hasMessage("horizonYear must be a four-digit year (1000–9999): 25");
        assertThatThrownBy(() -> new Goal("G1", "努力打造陆港主枢纽", "", null, List.of()))
                .hasMessage("description must not be blank: ''");
        Goal g = Goal.of("G1", "努力打造陆港主枢纽", 2025, List.of(SeedPlans.containerThroughput()));
        assertThat(g.description()).isNull();
        assertThat(g.indicators().get(0).targetFor(2025).map(Target::expression))
                .contains(Exact.of(Quantity.parse("120万标箱")));
    }

    @Test
    void plansAreValues() {
        assertThat(SeedPlans.qingbaijiang()).isEqualTo(SeedPlans.qingbaijiang());
        assertThat(SeedPlans.qingbaijiang().hashCode()).isEqualTo(SeedPlans.qingbaijiang().hashCode());
        assertThat(SeedPlans.qingbaijiang()).isNotEqualTo(SeedPlans.tianfu());
    }
}
