package org.planindicators.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Observations;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/** Aggregation rules and shared zone pieces in plan documents and tables, and parts in observation files. */
class AggregationRulesTest {
    static final Jurisdiction CHENGDU = Jurisdiction.division("成都市", "510100");

    static Indicator urbanisation(Aggregation a) {
        return Indicator.builder("常住人口城镇化率", Unit.PERCENT).code("URB").aggregation(a).build();
    }

    static Indicator population() {
        return Indicator.builder("常住人口", Unit.parse("万人")).code("POP").aggregation(Aggregation.sum()).build();
    }

    static Plan plan(Jurisdiction j, Indicator... indicators) {
        return Plan.builder("成都市国民经济和社会发展第十四个五年规划", j, PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.PART, "第一篇", List.of(Goal.of("g1", "主要指标", List.of(indicators)))))
                .build();
    }

    static List<String> codes(ValidationReport r) {
        List<String> out = new ArrayList<>();
        for (Problem p : r.problems()) {
            out.add(p.code().code() + " " + p.location());
        }
        return out;
    }

    @Test
    void aPlanDocumentCarriesAggregationsAndSharesBothWays() {
        Jurisdiction tianfu = Jurisdiction.zone("四川天府新区", List.of(
                ZoneComponent.of("成都片区", CHENGDU, Quantity.parse("1484平方公里")),
                new ZoneComponent("合作园区", Jurisdiction.division("眉山市", "511400"), null).withShare("3:7")));
        Plan plan = plan(tianfu, urbanisation(Aggregation.weightedMean("常住人口")), population());

        String json = PlanJson.toJson(plan);
        ImportResult<Plan> back = PlanJson.fromJson(json, "plan.json", ImportOptions.defaults());

        assertThat(json).contains("\"aggregation\": \"weighted_mean(常住人口)\"").contains("\"share\": \"3:7\"");
        assertThat(back.report().problems()).isEmpty();
        assertThat(back.model()).contains(plan);
    }

    @Test
    void aWeightedMeanWhoseWeightIsNotInThePlanIsAnErrorAtItsAggregation() {
        String json = PlanJson.toJson(plan(CHENGDU, urbanisation(Aggregation.weightedMean("户籍人口")), population()));
        ImportResult<Plan> r = PlanJson.fromJson(json, "plan.json", ImportOptions.defaults());

        assertThat(r.report().hasErrors()).isTrue();
        assertThat(r.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("P112");
            assertThat(p.location().pointer()).isEqualTo("/parts/0/goals/0/indicators/0/aggregation");
            assertThat(p.location().line()).isNotNull();
            assertThat(p.value()).isEqualTo("weighted_mean(户籍人口)");
            assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("The indicator '常住人口城镇化率' is a weighted"
                    + " mean of its parts by '户籍人口', which is not another indicator of the plan; name the weight"
                    + " indicator by its code or name");
        });
    }

    @Test
    void aWeightedMeanByItselfIsAnErrorToo() {
        String json = PlanJson.toJson(plan(CHENGDU, urbanisation(Aggregation.weightedMean("URB"))));

        assertThat(codes(PlanJson.fromJson(json, "plan.json", ImportOptions.defaults()).report()))
                .singleElement().asString().startsWith("P112");
    }

    @Test
    void anAggregationTheReaderCannotReadIsALocatedErrorNotADefault() {
        String json = PlanJson.toJson(plan(CHENGDU, population())).replace("\"aggregation\": \"sum\"",
                "\"aggregation\": \"average\"");
        ImportResult<Plan> r = PlanJson.fromJson(json, "plan.json", ImportOptions.defaults());

        assertThat(r.model()).isEmpty();
        assertThat(r.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/parts/0/goals/0/indicators/0/aggregation");
            assertThat(p.message(java.util.Locale.ENGLISH)).contains("average");
        });
    }

    @Test
    void aSharedPieceInAPlanWithoutAdditiveIndicatorsIsWarnedOf() {
        Jurisdiction tianfu = Jurisdiction.zone("四川天府新区", List.of(
                new ZoneComponent("合作园区", Jurisdiction.division("眉山市", "511400"), null).withShare("3:7")));
        Indicator gdp = Indicator.builder("地区生产总值", Unit.parse("亿元")).build();
        ImportResult<Plan> r = PlanJson.fromJson(PlanJson.toJson(plan(tianfu, gdp)), "plan.json",
                ImportOptions.defaults());

        assertThat(r.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("P113");
            assertThat(p.location().pointer()).isEqualTo("/jurisdiction/components/0/share");
        });
    }

    static ImportResult<Plan> table(String csv) {
        return IndicatorTables.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "table.csv",
                ImportOptions.defaults());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "汇总方式 | 加权平均(常住人口) | 加总",
        "aggregation | weighted_mean(POP) | sum",
        "汇总 | 加权平均（常住人口） | 合计"})
    void aTableColumnCarriesTheAggregation(String header, String urban, String pop) {
        ImportResult<Plan> r = table("成都市主要指标\n类别,指标,单位,属性,2020年,2025年,代码," + header + "\n"
                + "民生,常住人口城镇化率,%,预期性,80.0,82.0,URB," + urban + "\n"
                + "民生,常住人口,万人,预期性,2094,2200,POP," + pop + "\n");

        assertThat(r.report().problems()).noneMatch(Problem::isError);
        Plan plan = r.model().orElseThrow();
        assertThat(plan.indicators()).extracting(Indicator::aggregation).containsExactly(
                Aggregation.weightedMean(urban.contains("POP") ? "POP" : "常住人口"), Aggregation.sum());
        // Written back as the table's Chinese words, and read back the same.
        String written = IndicatorTables.toCsv(plan);
        assertThat(written).contains("汇总方式").contains(urban.contains("POP") ? "加权平均(POP)" : "加权平均(常住人口)");
        assertThat(table(written).model().orElseThrow().indicators()).extracting(Indicator::aggregation)
                .containsExactlyElementsOf(plan.indicators().stream().map(Indicator::aggregation).toList());
    }

    @Test
    void aBadAggregationCellAndAMissingWeightAreErrorsAtTheirCells() {
        ImportResult<Plan> bad = table("成都市主要指标\n类别,指标,单位,属性,2020年,2025年,汇总方式\n"
                + "民生,常住人口,万人,预期性,2094,2200,平均\n");
        assertThat(codes(bad.report())).containsExactly("T018 table.csv:3:7");

        ImportResult<Plan> missing = table("成都市主要指标\n类别,指标,单位,属性,2020年,2025年,汇总方式\n"
                + "民生,常住人口城镇化率,%,预期性,80.0,82.0,加权平均(户籍人口)\n");
        // T028 (info): the jurisdiction, 成都市, is read from the title.
        assertThat(codes(missing.report())).containsExactly("T028 table.csv:1:1", "P112 table.csv:3:7");
    }

    @Test
    void aCitysDistrictsArePartsNotOtherJurisdictionsButAnotherCitysAreStrangers() {
        Plan plan = plan(CHENGDU, population());
        String csv = "指标,地区,年份,数值,单位\n常住人口,510115,2022,60.0,万人\n常住人口,成都市锦江区,2022,90.0,万人\n"
                + "常住人口,511402,2022,80.0,万人\n";
        List<Observation> read = new ArrayList<>();
        ValidationReport r = Observations.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "obs.csv", ImportOptions.defaults(), plan, read::add);

        assertThat(read).hasSize(3);
        assertThat(codes(r)).singleElement().asString().startsWith("O027 obs.csv:4:");
        assertThat(r.problems().get(0).message(java.util.Locale.ENGLISH))
                .isEqualTo("1 observations for 511402 were not used: the plan is 成都市's");
    }
}
