package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Delegated;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Problem;
import org.planindicators.validation.TableContext;

/** Reading well-formed tables: the Qingbaijiang table in three encodings, the national excerpt, English headers. */
class ReadGoodTablesTest {
    private static final String TITLE = "青白江区“十四五”时期经济社会发展主要指标";

    static Stream<Arguments> qingbaijiangEncodings() {
        String text = TableFixtures.text(TableFixtures.QINGBAIJIANG);
        Charset gbk = Charset.forName("GBK");
        return Stream.of(
                Arguments.of("UTF-8", TableFixtures.encode(text, StandardCharsets.UTF_8, false)),
                Arguments.of("UTF-8 with BOM", TableFixtures.encode(text, StandardCharsets.UTF_8, true)),
                Arguments.of("GBK", TableFixtures.encode(text, gbk, false)),
                Arguments.of("GB18030, CRLF", TableFixtures.encode(text.replace("\n", "\r\n").replace("事故\r\n", "事故\n"),
                        Charset.forName("GB18030"), false)),
                Arguments.of("UTF-16LE with BOM", utf16le(text)));
    }

    private static byte[] utf16le(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("qingbaijiangEncodings")
    void everyEncodingGivesTheSamePlan(String encoding, byte[] bytes) {
        ImportResult<Plan> utf8 = TableFixtures.read(TableFixtures.QINGBAIJIANG);
        ImportResult<Plan> other = TableFixtures.read(bytes, "qingbaijiang.csv", ImportOptions.defaults());
        assertThat(other.report().problems()).extracting(p -> p.code().code()).containsExactly("T028");
        assertThat(other.model()).isPresent();
        assertThat(other.value()).isEqualTo(utf8.value());
    }

    @Test
    void theQingbaijiangTableReadsWithoutProblems() {
        ImportResult<Plan> result = TableFixtures.read(TableFixtures.QINGBAIJIANG);
        // One note: the jurisdiction is taken from the title (T028, info).
        assertThat(result.report().problems()).extracting(p -> p.code().code()).containsExactly("T028");
        assertThat(result.report().warnings()).isZero();
        assertThat(result.report().indicators()).isEqualTo(16);
        Plan plan = result.model().orElseThrow();
        assertThat(plan.title()).isEqualTo(TITLE);
        assertThat(plan.jurisdiction().name()).isEqualTo("青白江区");
        assertThat(plan.jurisdiction().level()).isEqualTo(org.planindicators.plan.JurisdictionLevel.COUNTY);
        assertThat(plan.kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.period()).isEqualTo(Period.of(2021, 2025));
        assertThat(plan.baseYear()).isEqualTo(2020);
        assertThat(plan.visionYear()).isNull();
        assertThat(plan.parts()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(PartLevel.PART);
            assertThat(p.title()).isEqualTo("主要指标");
        });
        assertThat(plan.goals()).extracting(Goal::id).containsExactly("G1", "G2", "G3", "G4", "G5");
        assertThat(plan.goals()).extracting(Goal::title)
                .containsExactly("经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障");
        assertThat(plan.goals()).extracting(Goal::horizonYear).containsOnly(2025);
        assertThat(plan.goals().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("地区生产总值", "地区生产总值增长", "全员劳动生产率增长", "常住人口城镇化率", "集装箱吞吐量");
        for (Goal g : plan.goals()) {
            assertThat(g.indicators()).extracting(Indicator::category).containsOnly(g.title());
        }
    }

    private static Indicator indicator(String name) {
        return TableFixtures.read(TableFixtures.QINGBAIJIANG).model().orElseThrow().findIndicator(name).orElseThrow();
    }

    private static TargetExpression target(Indicator i, int year) {
        return i.targetFor(year).map(Target::expression).orElseThrow();
    }

    @Test
    void aLevelIndicatorKeepsItsUnitBaselineAndAgencies() {
        Indicator gdp = indicator("地区生产总值");
        assertThat(gdp.unit()).isEqualTo(Unit.parse("亿元"));
        assertThat(gdp.attribute()).isEqualTo(IndicatorAttribute.EXPECTED);
        assertThat(gdp.measure()).isEqualTo(Measure.LEVEL);
        assertThat(gdp.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(gdp.accumulation()).isEqualTo(Accumulation.LEVEL);
        assertThat(gdp.baseline()).isEqualTo(Baseline.of(2020, Quantity.parse("717.11亿元")));
        assertThat(gdp.targets()).containsExactly(Target.of(2025, AtLeast.of(Quantity.parse("1000亿元"))));
        assertThat(gdp.leadAgency()).isEqualTo("区发改局");
        assertThat(gdp.coAgencies()).containsExactly("区统计局");
        assertThat(gdp.code()).isNull();
        assertThat(gdp.source()).isNull();
    }

    @Test
    void aUnitInTheNameIsSplitOffAndScaleIsKept() {
        Indicator urban = indicator("常住人口城镇化率");
        assertThat(urban.unit()).isEqualTo(Unit.PERCENT);
        assertThat(urban.baseline().value()).isEqualTo(Quantity.parse("70.50%"));
        assertThat(urban.baseline().value().value().scale()).isEqualTo(2);
        assertThat(target(urban, 2025)).isEqualTo(Exact.of(Quantity.parse("75%")));
        assertThat(indicator("粮食综合生产能力").unit()).isEqualTo(Unit.parse("万吨"));
        assertThat(indicator("每千人口拥有3岁以下婴幼儿托位数").unit()).isEqualTo(Unit.parse("个"));
        assertThat(target(indicator("每万人口高价值发明专利拥有量"), 2025)).hasToString("5.0件");
    }

    @Test
    void theAverageColumnGivesAnnualAverageAndCumulativeTargets() {
        Indicator energy = indicator("单位地区生产总值能源消耗降低");
        assertThat(energy.attribute()).isEqualTo(IndicatorAttribute.BINDING);
        assertThat(energy.measure()).isEqualTo(Measure.REDUCTION_RATE);
        assertThat(energy.direction()).isEqualTo(Direction.HIGHER_IS_BETTER); // the reduction: more is better
        assertThat(energy.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(energy.baseline()).isNull();
        assertThat(target(energy, 2025)).isEqualTo(new Exact(Quantity.parse("13.5%"), Accumulation.CUMULATIVE));
        assertThat(energy.coAgencies()).containsExactly("区经信局", "区生态环境局");

        Indicator growth = indicator("地区生产总值增长");
        assertThat(growth.measure()).isEqualTo(Measure.GROWTH_RATE);
        assertThat(growth.accumulation()).isEqualTo(Accumulation.ANNUAL_AVERAGE);
        assertThat(target(growth, 2025)).isInstanceOf(Approximately.class)
                .extracting(TargetExpression::accumulation).isEqualTo(Accumulation.ANNUAL_AVERAGE);

        Indicator rd = indicator("研发经费投入增长");
        assertThat(rd.measure()).isEqualTo(Measure.GROWTH_RATE);
        assertThat(target(rd, 2025)).isEqualTo(new AtLeast(Quantity.parse("10%"), Accumulation.ANNUAL_AVERAGE));
    }

    @Test
    void relativeDelegatedAndBoundedTargetsAreRead() {
        Indicator income = indicator("居民人均可支配收入增长");
        assertThat(income.measure()).isEqualTo(Measure.GROWTH_RATE);
        assertThat(target(income, 2025)).isEqualTo(TargetExpression.parse("与经济增长基本同步"));

        Indicator unemployment = indicator("城镇调查失业率");
        assertThat(unemployment.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(unemployment.measure()).isEqualTo(Measure.LEVEL);
        assertThat(target(unemployment, 2025)).isEqualTo(AtMost.of(Quantity.parse("5.5%")));

        Indicator pm = indicator("细颗粒物(PM2.5)平均浓度");
        assertThat(pm.unit()).isEqualTo(Unit.parse("微克/立方米"));
        assertThat(pm.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(target(pm, 2025)).isInstanceOf(Delegated.class);
    }

    @Test
    void aBaselineNoteIsKeptAndItsYearUsed() {
        Indicator life = indicator("人均预期寿命");
        assertThat(life.baseline()).isEqualTo(Baseline.of(2019, Quantity.parse("77.3岁"), "2019年数据"));
    }

    @Test
    void aQuotedCellMaySpanLines() {
        ImportResult<Plan> result = TableFixtures.read(TableFixtures.QINGBAIJIANG);
        Indicator accidents = result.model().orElseThrow().findIndicator("重大安全事故\n死亡人数").orElseThrow();
        assertThat(accidents.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(accidents.unit()).isEqualTo(Unit.parse("人"));
    }

    @Test
    void theNationalExcerptSavedAsGbkIsDetected() {
        ImportResult<Plan> result = TableFixtures.read(TableFixtures.NATIONAL_GBK);
        assertThat(result.report().problems()).isEmpty();
        Plan plan = result.model().orElseThrow();
        assertThat(plan.title()).isEqualTo("全国“十四五”时期经济社会发展主要指标（摘录）");
        assertThat(plan.findIndicator("常住人口城镇化率").orElseThrow().baseline())
                .isEqualTo(new Baseline(2020, Quantity.parse("60.6%"), "*", null));
        Indicator co2 = plan.findIndicator("单位国内生产总值二氧化碳排放降低").orElseThrow();
        assertThat(target(co2, 2025)).isEqualTo(new Exact(Quantity.parse("18%"), Accumulation.CUMULATIVE));
        Indicator grain = plan.findIndicator("粮食综合生产能力").orElseThrow();
        assertThat(grain.unit()).isEqualTo(Unit.parse("亿吨"));
        assertThat(target(grain, 2025)).hasToString("超过6.5亿吨");
        assertThat(plan.findIndicator("地区生产总值增长").orElseThrow().measure()).isEqualTo(Measure.GROWTH_RATE);
    }

    @Test
    void englishHeadersAndCodeColumnsAreRead() {
        ImportResult<Plan> result = TableFixtures.read(TableFixtures.ENGLISH);
        assertThat(result.report().problems()).isEmpty();
        Plan plan = result.model().orElseThrow();
        assertThat(plan.title()).isEqualTo("english");
        assertThat(plan.goals()).extracting(Goal::title).containsExactly("Economy", "Ecology");
        Indicator energy = plan.findIndicator("G01").orElseThrow();
        assertThat(energy.name()).isEqualTo("Energy intensity reduction");
        assertThat(energy.attribute()).isEqualTo(IndicatorAttribute.BINDING);
        assertThat(energy.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(energy.measure()).isEqualTo(Measure.REDUCTION_RATE);
        assertThat(energy.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(energy.coAgencies()).containsExactly("Economy Bureau", "Ecology Bureau");
        assertThat(plan.findIndicator("E02").orElseThrow().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(plan.findIndicator("G02").orElseThrow().direction()).isEqualTo(Direction.BAND);
        assertThat(plan.findIndicator("E01").orElseThrow().baseline())
                .isEqualTo(Baseline.of(2020, Quantity.parse("717.11亿元")));
    }

    @Test
    void aTableWithoutYearsTakesThemFromTheOptions() {
        ImportResult<Plan> result = TableFixtures.read(TableFixtures.NO_YEARS,
                ImportOptions.defaults().withYears(2022, 2023));
        // 城镇新增就业: the target 3000人以上 is below the baseline 3120人, which the plan rules warn of.
        assertThat(result.report().problems()).extracting(p -> p.code().code()).containsExactly("P108");
        Plan plan = result.model().orElseThrow();
        assertThat(plan.baseYear()).isEqualTo(2022);
        assertThat(plan.period()).isEqualTo(Period.ofYear(2023));
        assertThat(plan.kind()).isEqualTo(PlanKind.ANNUAL_WORK_REPORT);
        Indicator jobs = plan.findIndicator("城镇新增就业").orElseThrow();
        assertThat(jobs.baseline()).isEqualTo(Baseline.of(2022, Quantity.parse("3120人")));
        assertThat(target(jobs, 2023)).isEqualTo(AtLeast.of(Quantity.parse("3000人")));
        assertThat(plan.findIndicator("地区生产总值增长").orElseThrow().measure()).isEqualTo(Measure.GROWTH_RATE);
    }

    @Test
    void withoutYearsAndOptionsBothYearsAreMissing() {
        ImportResult<Plan> result = TableFixtures.read(TableFixtures.NO_YEARS);
        assertThat(result.model()).isEmpty();
        // The base year is looked for after the target years (a target year ending a five-year plan gives one).
        assertThat(result.report().problems()).extracting(p -> p.code().code()).containsExactly("T012", "T011");
        assertThat(result.report().problems()).extracting(p -> p.location().column()).containsExactly(5, 4);
        assertThat(result.report().problems()).extracting(Problem::field).containsExactly("目标值", "基期值");
    }

    @Test
    void theContextGivesTitleJurisdictionKindAndStatus() {
        Jurisdiction qbj = Jurisdiction.division("成都市青白江区", "510113");
        TableContext context = TableContext.of(qbj).withTitle("青白江区十四五规划主要指标")
                .withKind(PlanKind.DEVELOPMENT_PLAN).withStatus(PlanStatus.REVISED);
        ImportResult<Plan> result = IndicatorTables.read(
                new java.io.ByteArrayInputStream(TableFixtures.bytes(TableFixtures.QINGBAIJIANG)), "q.csv",
                ImportOptions.defaults(), context);
        Plan plan = result.model().orElseThrow();
        assertThat(plan.title()).isEqualTo("青白江区十四五规划主要指标");
        assertThat(plan.jurisdiction()).isEqualTo(qbj);
        assertThat(plan.kind()).isEqualTo(PlanKind.DEVELOPMENT_PLAN);
        assertThat(plan.status()).isEqualTo(PlanStatus.REVISED);
    }

    @Test
    void aPathIsReadAndNamedAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("青白江.csv");
        Files.write(file, TableFixtures.bytes(TableFixtures.QINGBAIJIANG));
        ImportResult<Plan> result = IndicatorTables.read(file, ImportOptions.defaults());
        assertThat(result.model()).isPresent();
        assertThat(result.report().file()).isEqualTo(file.toString());

        Path header = dir.resolve("只有表头.csv");
        Files.writeString(header, "指标,2020年,2025年\n");
        ImportResult<Plan> empty = IndicatorTables.read(header, ImportOptions.defaults());
        assertThat(empty.model().orElseThrow().title()).isEqualTo("只有表头");
        assertThat(empty.model().orElseThrow().parts()).isEmpty();
    }

    @Test
    void messagesAreGivenInChineseAndEnglish() {
        ImportResult<Plan> result = TableFixtures.read("broken/T008-bad-target.csv");
        Problem p = result.report().problems().get(0);
        assertThat(p.message(Locale.ENGLISH)).startsWith("The target cannot be read: TP006:");
        assertThat(p.message(Locale.CHINESE)).startsWith("无法读取目标值：TP006:").contains("缺少上限");
        assertThat(p.arguments().get(0)).isEqualTo("TP006");
        assertThat(List.of(p.field(), p.value())).containsExactly("2025年", "6.0%—");
    }
}
