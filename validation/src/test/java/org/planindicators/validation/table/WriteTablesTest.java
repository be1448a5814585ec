package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.Problem;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.TableContext;

/** Writing tables, and the round trips table → model → table and model → table → model. */
class WriteTablesTest {
    static Stream<String> fixtures() {
        return Stream.of(TableFixtures.QINGBAIJIANG, TableFixtures.NATIONAL_GBK, TableFixtures.ENGLISH);
    }

    private static Plan read(String fixture) {
        ImportOptions options = fixture.equals(TableFixtures.NO_YEARS)
                ? ImportOptions.defaults().withYears(2022, 2023) : ImportOptions.defaults();
        return TableFixtures.read(fixture, options).model().orElseThrow();
    }

    private static Plan reread(String csv) {
        ImportResult<Plan> result = TableFixtures.readText(csv, "written.csv");
        // Warnings of the plan rules (a target below its baseline) do not stop a table from being read.
        assertThat(result.report().problems()).as("problems reading\n%s", csv).noneMatch(Problem::isError);
        return result.model().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void tableToModelToTableLosesNothing(String fixture) {
        Plan plan = read(fixture);
        String written = IndicatorTables.toCsv(plan);
        Plan again = reread(written);
        assertThat(again).isEqualTo(plan);
        assertThat(IndicatorTables.toCsv(again)).isEqualTo(written);
    }

    @Test
    void aTableWithoutYearsIsWrittenWithThem() {
        Plan plan = read(TableFixtures.NO_YEARS);
        String written = IndicatorTables.toCsv(plan);
        assertThat(written.lines().skip(1).findFirst()).contains("类别,指标,单位,属性,2022年,2023年,牵头单位,方向");
        assertThat(reread(written)).isEqualTo(plan);
    }

    @Test
    void theQingbaijiangTableIsWrittenInThePublishedLayout() {
        String written = IndicatorTables.toCsv(read(TableFixtures.QINGBAIJIANG));
        List<String> lines = written.lines().toList();
        assertThat(lines.get(0)).isEqualTo("青白江区“十四五”时期经济社会发展主要指标");
        assertThat(lines.get(1)).isEqualTo("类别,指标,单位,属性,2020年,2025年,年均/累计,牵头单位,配合单位,方向");
        assertThat(lines.get(2)).isEqualTo("经济发展,地区生产总值,亿元,预期性,717.11,1000亿元以上,,区发改局,区统计局,正向");
        assertThat(lines).contains(
                "经济发展,常住人口城镇化率,%,预期性,70.50,75%,,区住建局,,正向",
                // a reduction rate reports the reduction: more is better (正向), and the column shows it
                "绿色生态,单位地区生产总值能源消耗降低,%,约束性,,,[13.5%],区发改局,区经信局、区生态环境局,正向",
                "民生福祉,人均预期寿命,岁,预期性,77.3(2019年数据),81.13岁,,区卫健局,,正向",
                "民生福祉,城镇调查失业率,%,预期性,,5.5%以内,,区人社局,,逆向",
                "民生福祉,居民人均可支配收入增长,%,预期性,,与经济增长基本同步,,区统计局,,正向",
                "创新驱动,每万人口高价值发明专利拥有量,件,预期性,2.1,5.0件,,区市场监管局,,正向",
                "安全保障,\"重大安全事故");
        assertThat(written).contains("\r\n").doesNotContain("计量").doesNotContain("代码");
    }

    @Test
    void theOutputStreamGetsUtf8WithBom() throws IOException {
        Plan plan = read(TableFixtures.QINGBAIJIANG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorTables.write(plan, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo(IndicatorTables.toCsv(plan));
        ImportResult<Plan> again = IndicatorTables.read(new ByteArrayInputStream(bytes), "bom.csv",
                ImportOptions.defaults());
        assertThat(again.value()).isEqualTo(plan);
    }

    @Test
    void aFailingWriterFails() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        Plan plan = read(TableFixtures.QINGBAIJIANG);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorTables.write(plan, broken))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
    }

    /** A plan shaped as the reader builds them, using every column the writer can add. */
    static Plan tableShapedPlan(Jurisdiction jurisdiction) {
        Unit yuan = Unit.parse("亿元");
        Indicator gdp = Indicator.builder("地区生产总值", yuan)
                .code("A-01")
                .category("经济发展")
                .baseline(Baseline.of(2020, Quantity.parse("7171100万元")))
                .target(2023, AtLeast.of(Quantity.parse("850.0亿元")))
                .target(2025, AtLeast.of(Quantity.parse("1000亿元")))
                .leadAgency("区发改局")
                .coAgencies(List.of("区统计局", "区财政局"))
                .build();
        Indicator share = Indicator.builder("数字经济核心产业增加值占比, \"含\"软件\n信息服务", Unit.PERCENT)
                .category("经济发展")
                .direction(Direction.BAND)
                .baseline(new Baseline(2019, Quantity.parse("8.0%"), null, null))
                .target(2025, TargetExpression.parse("10%左右"))
                .build();
        Indicator energy = Indicator.builder("单位地区生产总值能源消耗降低", Unit.PERCENT)
                .category("绿色生态")
                .attribute(IndicatorAttribute.BINDING)
                .direction(Direction.LOWER_IS_BETTER)
                .measure(Measure.REDUCTION_RATE)
                .accumulation(Accumulation.CUMULATIVE)
                .target(2025, new Exact(Quantity.parse("13.5%"), Accumulation.CUMULATIVE))
                .leadAgency("区发改局")
                .build();
        Indicator water = Indicator.builder("万元地区生产总值用水量下降", Unit.PERCENT)
                .category("绿色生态")
                .attribute(IndicatorAttribute.BINDING)
                .measure(Measure.LEVEL)
                .accumulation(Accumulation.ANNUAL_AVERAGE)
                .direction(Direction.HIGHER_IS_BETTER)
                .baseline(new Baseline(2020, Quantity.parse("60.6%"), "*", null))
                .target(2023, new Exact(Quantity.parse("3%"), Accumulation.CUMULATIVE))
                .build();
        Indicator rd = Indicator.builder("研发经费投入", Unit.parse("亿元"))
                .category("创新驱动")
                .target(2025, TargetExpression.parse("年均增长不低于10%"))
                .build();
        Indicator uncategorised = Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .baseline(Baseline.of(2019, Quantity.parse("45万标箱"), "2019年数据"))
                .target(2025, Exact.of(Quantity.parse("120万标箱")))
                .build();
        Goal economy = new Goal("G1", "经济发展", null, 2025, List.of(gdp, share));
        Goal green = new Goal("G2", "绿色生态", null, 2025, List.of(energy, water));
        Goal none = new Goal("G3", "未分类", null, 2025, List.of(uncategorised));
        Goal innovation = new Goal("G4", "创新驱动", null, 2025, List.of(rd));
        return Plan.builder("某区“十四五”主要指标", jurisdiction, PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .status(PlanStatus.DRAFT)
                .part(PlanPart.of(PartLevel.PART, "主要指标", List.of(economy, green, none, innovation)))
                .build();
    }

    @Test
    void modelToTableToModelGivesAnEqualPlan() {
        Jurisdiction qbj = Jurisdiction.division("成都市青白江区", "510113");
        Plan plan = tableShapedPlan(qbj);
        String written = IndicatorTables.toCsv(plan);
        List<String> lines = written.lines().toList();
        assertThat(lines.get(1)).isEqualTo(
                "类别,指标,单位,属性,2020年,2023年,2025年,年均/累计,牵头单位,配合单位,代码,方向,计量,累计方式,基期年份");
        assertThat(written).contains("\"数字经济核心产业增加值占比, \"\"含\"\"软件\n信息服务\"")
                .contains("—,集装箱吞吐量,万标箱,预期性,45(2019年数据)")
                .contains(",60.6*,").contains("7171100万元");
        ImportResult<Plan> again = IndicatorTables.read(
                new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "written.csv",
                ImportOptions.defaults(), TableContext.of(qbj).withStatus(PlanStatus.DRAFT));
        assertThat(again.report().problems()).isEmpty();
        assertThat(again.value()).isEqualTo(plan);
    }

    @Test
    void aYearlyAmountRoundTripsThroughTheTable() {
        Jurisdiction wenjiang = Jurisdiction.division("成都市温江区", "510115");
        Indicator jobs = Indicator.builder("城镇新增就业", Unit.parse("人"))
                .code("S3.1.1-3")
                .category("民生")
                .measure(Measure.FLOW)
                .target(2023, AtLeast.of(Quantity.parse("6000人")))
                .build();
        Plan plan = Plan.builder("温江区2023年政府工作报告", wenjiang, PlanKind.ANNUAL_WORK_REPORT, Period.ofYear(2023))
                .part(PlanPart.of(PartLevel.PART, "主要指标", List.of(new Goal("G1", "民生", null, 2023,
                        List.of(jobs)))))
                .build();
        String written = IndicatorTables.toCsv(plan);
        // A flow is never inferred from the name or the targets: the table says it in the measure column.
        assertThat(written.lines().toList().get(1)).contains(",计量");
        assertThat(written).contains(",流量");
        ImportResult<Plan> again = IndicatorTables.read(
                new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "written.csv",
                ImportOptions.defaults(), TableContext.of(wenjiang));
        assertThat(again.report().problems()).isEmpty();
        assertThat(again.value()).isEqualTo(plan);
        for (String word : List.of("流量", "年度量", "当年新增", "flow")) {
            assertThat(reread(written.replace(",流量", "," + word)).indicators().get(0).measure()).as(word)
                    .isEqualTo(Measure.FLOW);
        }
    }

    @Test
    void aPlanOfAnotherShapeKeepsItsIndicators() {
        Plan plan = tableShapedPlan(TableContext.UNSPECIFIED);
        Plan nested = Plan.builder(plan.title(), plan.jurisdiction(), PlanKind.SPECIAL_PLAN, Period.of(2021, 2025))
                .visionYear(2035)
                .part(PlanPart.withChildren(PartLevel.PART, "第一篇", List.of(
                        PlanPart.of(PartLevel.CHAPTER, "第二章", List.of(new Goal("x", "目标", "说明", null,
                                plan.indicators()))))))
                .build();
        Plan again = reread(IndicatorTables.toCsv(nested));
        assertThat(again.indicators()).containsExactlyInAnyOrderElementsOf(nested.indicators());
        assertThat(again.kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(again.visionYear()).isNull();
    }

    @Test
    void anEmptyPlanIsAHeaderWithItsYears() {
        Plan plan = Plan.builder("空表", TableContext.UNSPECIFIED, PlanKind.DEVELOPMENT_PLAN, Period.of(2022, 2027))
                .baseYear(2021).build();
        String written = IndicatorTables.toCsv(plan);
        assertThat(written).isEqualTo("空表\r\n类别,指标,单位,属性,2021年,2027年,牵头单位,方向\r\n");
        ImportResult<Plan> again = TableFixtures.readText(written, "x.csv");
        assertThat(again.report().problems()).extracting(p -> p.code().code()).containsExactly("T017");
        assertThat(again.value()).isEqualTo(plan);
    }

    @Test
    void aTitleThatLooksLikeAHeaderIsStillTheCaption() {
        Plan plan = Plan.builder("指标", TableContext.UNSPECIFIED, PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.PART, "主要指标", List.of(new Goal("G1", "未分类", null, 2025,
                        List.of(Indicator.builder("地区生产总值", Unit.parse("亿元")).build())))))
                .build();
        assertThat(reread(IndicatorTables.toCsv(plan))).isEqualTo(plan);
    }

    @Test
    void aOneColumnTableHasNoCaption() {
        ImportResult<Plan> result = TableFixtures.readText("指标\n地区生产总值\n常住人口城镇化率\n", "one.csv");
        assertThat(result.report().problems()).extracting(p -> p.code().code()).containsExactly("T012", "T011");
        ImportResult<Plan> withYears = TableFixtures.read("指标\n地区生产总值\n常住人口城镇化率\n"
                .getBytes(StandardCharsets.UTF_8), "one.csv", ImportOptions.defaults().withYears(2020, 2025));
        assertThat(withYears.model().orElseThrow().indicators()).extracting(Indicator::name)
                .containsExactly("地区生产总值", "常住人口城镇化率");
        assertThat(withYears.model().orElseThrow().title()).isEqualTo("one");
    }

    @Test
    void scaleIsKept() {
        Indicator i = Indicator.builder("森林覆盖率", Unit.PERCENT)
                .baseline(2020, Quantity.of(new BigDecimal("24.500"), Unit.PERCENT))
                .target(2025, Exact.of(Quantity.of(new BigDecimal("25.0"), Unit.PERCENT)))
                .build();
        Plan plan = Plan.builder("t", TableContext.UNSPECIFIED, PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.PART, "主要指标", List.of(new Goal("G1", "未分类", null, 2025,
                        List.of(i)))))
                .build();
        String written = IndicatorTables.toCsv(plan);
        assertThat(written).contains(",24.500,25.0%,");
        Indicator back = reread(written).indicators().get(0);
        assertThat(back.baseline().value().value().scale()).isEqualTo(3);
        assertThat(back).isEqualTo(i);
    }
}
