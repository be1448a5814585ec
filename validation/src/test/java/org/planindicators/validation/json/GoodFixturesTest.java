package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.SourceRef;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.target.Range;
import org.planindicators.target.Relative;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * The good fixtures, three plans from the seed documents: Qingbaijiang's 14th five-year plan (003), Tianfu New
 * Area's development plan draft (001) and Wenjiang's 2023 work report (004). Figures and sources are the seeds'
 * except those of Qingbaijiang's 地区生产总值 (its baseline, the 800亿元 original target and both revisions),
 * 常住人口城镇化率 and 单位地区生产总值能源消耗降低 with its agencies, which are illustrative: they exercise revisions,
 * a baseline from another year with a note, and a binding cumulative target.
 */
class GoodFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {Fixtures.QINGBAIJIANG, Fixtures.TIANFU, Fixtures.WENJIANG})
    void readsWithoutAnyProblem(String name) {
        ImportResult<Plan> r = Fixtures.read(name);
        assertThat(r.report().problems()).as(Fixtures.describe(r)).isEmpty();
        assertThat(r.report().hasErrors()).isFalse();
        assertThat(r.value()).isNotNull();
        assertThat(r.report().indicators()).isEqualTo(r.value().indicators().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.TIANFU, Fixtures.WENJIANG})
    void writingWhatWasReadGivesTheSameText(String name) {
        assertThat(PlanJson.toJson(Fixtures.plan(name))).isEqualTo(Fixtures.text(name));
    }

    @Test
    void qingbaijiangWritesBackAsReadButForItsCumulativeTargetInCanonicalNotation() {
        // "[13.5]" in an indicator in % is the canonical [13.5%]: the only difference.
        String expected = Fixtures.text(Fixtures.QINGBAIJIANG).replace("\"[13.5]\"", "\"[13.5%]\"");
        assertThat(PlanJson.toJson(Fixtures.plan(Fixtures.QINGBAIJIANG))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.QINGBAIJIANG, Fixtures.TIANFU, Fixtures.WENJIANG})
    void writtenThenReadGivesAnEqualPlan(String name) throws IOException {
        Plan plan = Fixtures.plan(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanJson.write(plan, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n").endsWith("}\n");
        ImportResult<Plan> again = PlanJson.fromJson(text, name, ImportOptions.defaults());
        assertThat(again.report().problems()).as(Fixtures.describe(again)).isEmpty();
        assertThat(again.value()).isEqualTo(plan);
    }

    @Test
    void qingbaijiang() {
        Plan p = Fixtures.plan(Fixtures.QINGBAIJIANG);
        assertThat(p.jurisdiction().name()).isEqualTo("成都市青白江区");
        assertThat(p.jurisdiction().code().value()).isEqualTo("510113");
        assertThat(p.jurisdiction().level()).isEqualTo(JurisdictionLevel.COUNTY);
        assertThat(p.kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(p.status()).isEqualTo(PlanStatus.REVISED);
        assertThat(p.period().toString()).isEqualTo("2021-2025");
        assertThat(p.baseYear()).isEqualTo(2020);
        assertThat(p.visionYear()).isEqualTo(2035);

        Goal port = p.findGoal("qbj-2025-1").orElseThrow();
        assertThat(port.title()).isEqualTo("努力打造陆港主枢纽");
        assertThat(port.horizonYear()).isEqualTo(2025);
        Indicator teu = port.indicators().get(0);
        assertThat(teu.name()).isEqualTo("集装箱吞吐量");
        assertThat(teu.unit()).isEqualTo(Unit.parse("万标箱"));
        assertThat(teu.targetFor(2025).orElseThrow()).isEqualTo(Target.of(2025,
                Exact.of(Quantity.parse("120万标箱")), SourceRef.of("003_97555f4808f51832.txt", 63, "第三节发展目标")));

        Indicator energy = p.findIndicator("单位地区生产总值能源消耗降低").orElseThrow();
        assertThat(energy.attribute()).isEqualTo(IndicatorAttribute.BINDING);
        assertThat(energy.measure()).isEqualTo(Measure.REDUCTION_RATE);
        assertThat(energy.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(energy.targetFor(2025).orElseThrow().expression())
                .isEqualTo(new Exact(Quantity.parse("13.5%"), Accumulation.CUMULATIVE));
        assertThat(energy.leadAgency()).isEqualTo("区发展改革局");
        assertThat(energy.coAgencies()).containsExactly("区经济科技信息化局", "区统计局");

        Baseline urban = p.findIndicator("常住人口城镇化率").orElseThrow().baseline();
        assertThat(urban.year()).isEqualTo(2019);
        assertThat(urban.note()).isEqualTo("2019年数据");
        assertThat(urban.value()).isEqualTo(Quantity.of(new BigDecimal("77.30"), Unit.PERCENT));
        assertThat(urban.value().value().scale()).isEqualTo(2);

        Indicator gdp = p.findIndicator("GDP").orElseThrow();
        assertThat(gdp.baseline().history()).extracting(b -> b.value().toString())
                .containsExactly("600.0亿元", "612.3亿元");
        assertThat(gdp.baseline().revisedFrom().date()).isEqualTo(LocalDate.of(2022, 6, 30));
        Target revised = gdp.targetFor(2025).orElseThrow();
        assertThat(revised.expression().toString()).isEqualTo("850亿元");
        assertThat(revised.original().expression().toString()).isEqualTo("800亿元");
        assertThat(revised.revisedFrom().reason()).isEqualTo("规划中期调整");
    }

    @Test
    void tianfuNewArea() {
        Plan p = Fixtures.plan(Fixtures.TIANFU);
        assertThat(p.jurisdiction().isZone()).isTrue();
        assertThat(p.jurisdiction().code()).isNull();
        assertThat(p.jurisdiction().components()).extracting(c -> c.name() + " " + c.area() + " " + c.parent().code())
                .containsExactly("成都片区 1484平方公里 510100", "眉山片区 94平方公里 511400");
        assertThat(p.jurisdiction().totalArea().orElseThrow()).isEqualTo(Quantity.parse("1578平方公里"));
        assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(p.kind()).isEqualTo(PlanKind.DEVELOPMENT_PLAN);
        assertThat(p.period().toString()).isEqualTo("2022-2027");
        assertThat(p.visionYear()).isEqualTo(2035);
        assertThat(p.goals()).extracting(Goal::id).containsExactly("tf-2027", "tf-2035");
    }

    @Test
    void wenjiangReport() {
        Plan p = Fixtures.plan(Fixtures.WENJIANG);
        assertThat(p.kind()).isEqualTo(PlanKind.ANNUAL_WORK_REPORT);
        assertThat(p.period().toString()).isEqualTo("2023");
        assertThat(p.visionYear()).isNull();
        Target growth = p.findIndicator("地区生产总值增长").orElseThrow().targetFor(2023).orElseThrow();
        assertThat(growth.expression()).isEqualTo(Range.of(Quantity.parse("6.0%"), Quantity.parse("7.0%")));
        assertThat(((Range) growth.expression()).low().value().scale()).isEqualTo(1);
        assertThat(p.findIndicator("城乡居民人均可支配收入增长").orElseThrow().targetFor(2023).orElseThrow().expression())
                .isEqualTo(Relative.inStepWith("经济增长", true));
        assertThat(p.findIndicator("城镇调查失业率").orElseThrow().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(p.findIndicator("新（改）建农村公路里程").orElseThrow().leadAgency()).isEqualTo("区交通运输局");
        assertThat(p.indicators()).extracting(Indicator::name).hasSize(4);
        assertThat(List.copyOf(p.goals())).hasSize(2);
    }
}
