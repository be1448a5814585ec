package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.Range;
import org.planindicators.unit.Quantity;

/** The three seed plans, built by hand, as the model holds them. */
class SeedPlansTest {

    @Test
    void qingbaijiangFiveYearPlan() {
        Plan plan = SeedPlans.qingbaijiang();
        assertThat(plan.jurisdiction().code()).isEqualTo(DivisionCode.parse("510113"));
        assertThat(plan.jurisdiction().level()).isEqualTo(JurisdictionLevel.COUNTY);
        assertThat(plan.kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(plan.status()).isEqualTo(PlanStatus.REVISED);
        assertThat(plan.period()).isEqualTo(Period.of(2021, 2025));
        assertThat(plan.baseYear()).isEqualTo(2020);
        assertThat(plan.visionYear()).isEqualTo(2035);
        assertThat(plan.goals()).extracting(Goal::title).containsExactly("努力打造陆港主枢纽", "努力打造对外交往引领区",
                "努力打造开放产业集聚区", "努力打造改革创新示范区", "努力打造国际品质生活区");
        assertThat(plan.indicators()).hasSize(7);

        Goal port = plan.goals().get(0);
        assertThat(port.horizonYear()).isEqualTo(2025);
        Indicator teu = plan.findIndicator("集装箱吞吐量").orElseThrow();
        assertThat(port.indicators()).contains(teu);
        Target t2025 = teu.targetFor(2025).orElseThrow();
        assertThat(t2025.expression()).isEqualTo(Exact.of(Quantity.parse("120万标箱")));
        assertThat(t2025.source()).hasToString("003_97555f4808f51832.txt:63 §第三节发展目标");
        assertThat(teu.targetFor(2024)).isEmpty();
        assertThat(plan.findIndicator("GDP").map(Indicator::name)).contains("地区生产总值");
    }

    @Test
    void qingbaijiangTargetRevisedAtTheMidTermUpdateKeepsTheOriginal() {
        // A hypothetical revision, to show the mechanism on a real indicator.
        Indicator teu = SeedPlans.containerThroughput();
        Target original = teu.targetFor(2025).orElseThrow();
        Indicator revised = teu.withTarget(original.revise(Exact.of(Quantity.parse("100万标箱")),
                java.time.LocalDate.of(2022, 8, 12), "规划中期调整"));
        assertThat(revised.targetFor(2025, Indicator.Version.CURRENT).orElseThrow().expression())
                .isEqualTo(Exact.of(Quantity.parse("100万标箱")));
        assertThat(revised.targetFor(2025, Indicator.Version.ORIGINAL)).contains(original);
        assertThat(revised.targets()).hasSize(1);
    }

    @Test
    void tianfuDevelopmentPlanIsADraftOfAZone() {
        Plan plan = SeedPlans.tianfu();
        assertThat(plan.kind()).isEqualTo(PlanKind.DEVELOPMENT_PLAN);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.period()).hasToString("2022-2027");
        assertThat(plan.period().length()).isEqualTo(6);
        assertThat(plan.baseYear()).isEqualTo(2021);
        assertThat(plan.visionYear()).isEqualTo(2035);
        assertThat(plan.jurisdiction().level()).isEqualTo(JurisdictionLevel.ZONE);
        assertThat(plan.jurisdiction().code()).isNull();
        assertThat(plan.jurisdiction().components()).extracting(ZoneComponent::name).containsExactly("成都片区",
                "眉山片区");
        assertThat(plan.jurisdiction().totalArea()).contains(Quantity.parse("1578平方公里"));
        PlanPart part = plan.parts().get(0);
        assertThat(part.level()).isEqualTo(PartLevel.PART);
        assertThat(part.children().get(0).level()).isEqualTo(PartLevel.CHAPTER);
        assertThat(part.children().get(0).children().get(0).level()).isEqualTo(PartLevel.SECTION);
        assertThat(plan.goals()).extracting(Goal::id).containsExactly("tf-2027", "tf-2035");
        assertThat(plan.findIndicator("地区生产总值").flatMap(i -> i.targetFor(2035))).isPresent();
    }

    @Test
    void wenjiangWorkReportAndItsResults() {
        Plan plan = SeedPlans.wenjiang2023();
        assertThat(plan.kind()).isEqualTo(PlanKind.ANNUAL_WORK_REPORT);
        assertThat(plan.jurisdiction().code()).isEqualTo(DivisionCode.parse("510115"));
        assertThat(plan.period()).isEqualTo(Period.ofYear(2023));
        assertThat(plan.baseYear()).isEqualTo(2022);
        assertThat(plan.visionYear()).isNull();
        assertThat(plan.findIndicator("地区生产总值增长").flatMap(i -> i.targetFor(2023)).map(Target::expression))
                .contains(Range.of(Quantity.parse("6.0%"), Quantity.parse("7.0%")));
        assertThat(plan.findIndicator("城镇调查失业率").map(Indicator::direction)).contains(Direction.LOWER_IS_BETTER);

        Observation gdp = SeedPlans.wenjiangGdp2022();
        assertThat(gdp.period()).hasToString("2022");
        assertThat(gdp.value()).isEqualTo(Quantity.parse("717.11亿元"));
        assertThat(gdp.status()).isEqualTo(ObservationStatus.PRELIMINARY);
        assertThat(gdp.status().sdmxCode()).contains("P");
        assertThat(gdp.source()).hasToString("004_a3eb1e225fd679f6.txt:67 §一、拼经济、稳增长,产业支撑更加有力");
        assertThat(gdp.isDisaggregated()).isFalse();

        List<Observation> income = SeedPlans.wenjiangIncomeGrowth2022();
        assertThat(income).extracting(Observation::indicator).containsOnly("城乡居民人均可支配收入增长");
        assertThat(income).extracting(o -> o.dimensions().get("area")).containsExactly("城镇", "农村");
        assertThat(income).extracting(Observation::value)
                .containsExactly(Quantity.parse("4.4%"), Quantity.parse("5.4%"));
        assertThat(income.get(0)).isNotEqualTo(income.get(1));
    }
}
