package org.planindicators.plan;

import java.util.List;
import java.util.Map;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.Measure;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.Relative;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * Fixtures built by hand from the seed documents in {@code ../shared/seeds} (line numbers as in
 * {@code data/seed-statements.csv}). Targets are constructed, not parsed.
 */
final class SeedPlans {
    static final String QBJ = "003_97555f4808f51832.txt";
    static final String TIANFU = "001_62eb7171a7260abd.txt";
    static final String WENJIANG = "004_a3eb1e225fd679f6.txt";

    private SeedPlans() {
    }

    /** 集装箱吞吐量: 003 line 63, "到 2025 年,集装箱吞吐量达到 120万标箱" (S069). */
    static Indicator containerThroughput() {
        return Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .target(Target.of(2025, Exact.of(Quantity.parse("120万标箱")),
                        SourceRef.of(QBJ, 63, "第三节发展目标")))
                .source(SourceRef.of(QBJ, 63, "第三节发展目标"))
                .build();
    }

    /**
     * Seed 003: the Qingbaijiang district 14th five-year plan and 2035 vision, as updated in 2022 (hence REVISED).
     * Chapter 2 (line 37) holds section 3 发展目标 (line 57) with the five 2025 goals of lines 63–71.
     */
    static Plan qingbaijiang() {
        Goal port = Goal.of("qbj-2025-1", "努力打造陆港主枢纽", 2025, List.of(
                containerThroughput(),
                Indicator.builder("铁海联运集装箱运量", Unit.parse("万标箱"))
                        .target(2025, Exact.of(Quantity.parse("15万标箱")))
                        .build()));
        Goal exchange = Goal.of("qbj-2025-2", "努力打造对外交往引领区", 2025, List.of(
                Indicator.builder("进出口总额", Unit.parse("亿元"))
                        .target(2025, Exact.of(Quantity.parse("300亿元")))
                        .build()));
        Goal industry = Goal.of("qbj-2025-3", "努力打造开放产业集聚区", 2025, List.of(
                Indicator.builder("地区生产总值", Unit.parse("亿元"))
                        .code("GDP")
                        .category("经济发展")
                        .target(2025, Exact.of(Quantity.parse("850亿元")))
                        .build()));
        Goal reform = Goal.of("qbj-2025-4", "努力打造改革创新示范区", 2025, List.of(
                Indicator.builder("研发经费投入年均增长", Unit.PERCENT)
                        .measure(Measure.GROWTH_RATE)
                        .accumulation(Accumulation.ANNUAL_AVERAGE)
                        .target(2025, new AtLeast(Quantity.parse("10%"), Accumulation.ANNUAL_AVERAGE))
                        .build()));
        Goal living = Goal.of("qbj-2025-5", "努力打造国际品质生活区", 2025, List.of(
                Indicator.builder("建成区人均公园绿地面积", Unit.parse("平方米"))
                        .target(2025, AtLeast.of(Quantity.parse("17平方米")))
                        .build(),
                Indicator.builder("人均预期寿命", Unit.parse("岁"))
                        .target(2025, Exact.of(Quantity.parse("81.13岁")))
                        .build()));
        PlanPart section = new PlanPart(PartLevel.SECTION, "第三节发展目标", List.of(),
                List.of(port, exchange, industry, reform, living));
        PlanPart chapter = PlanPart.withChildren(PartLevel.CHAPTER, "第二章总体要求", List.of(section));
        PlanPart chapter3 = PlanPart.of(PartLevel.CHAPTER, "第三章打造陆港主枢纽 构建国内国际“双循环”战略链接点",
                List.of());
        return Plan.builder("成都市青白江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
                        Jurisdiction.division("成都市青白江区", "510113"), PlanKind.FIVE_YEAR_PLAN,
                        Period.parse("2021-2025"))
                .status(PlanStatus.REVISED)
                .baseYear(2020)
                .visionYear(2035)
                .part(chapter)
                .part(chapter3)
                .build();
    }

    /** Tianfu New Area (001 line 132): 成都片区 1484 平方公里 in 成都市, 眉山片区 94 平方公里 in 眉山市. */
    static Jurisdiction tianfuNewArea() {
        return Jurisdiction.zone("四川天府新区", List.of(
                ZoneComponent.of("成都片区", Jurisdiction.division("成都市", "510100"), Quantity.parse("1484 平 方公里")),
                ZoneComponent.of("眉山片区", Jurisdiction.division("眉山市", "511400"), Quantity.parse("94 平方公里"))));
    }

    /**
     * Seed 001: the Tianfu New Area development plan 2022–2027, outlook to 2035, a draft for comment (征求意见稿). Part 1
     * holds chapter 2 总体要求, which holds section 4 发展目标 (lines 151 and 157).
     */
    static Plan tianfu() {
        Goal by2027 = new Goal("tf-2027", "力争到2027年发展目标", "主要经济指标保持中高速增长", 2027, List.of(
                Indicator.builder("主要经济指标增速", Unit.PERCENT)
                        .measure(Measure.GROWTH_RATE)
                        .target(Target.of(2027, new Qualitative("主要经济指标保持中高速增长"), SourceRef.of(TIANFU, 151)))
                        .build()));
        Goal by2035 = Goal.of("tf-2035", "展望2035年", 2035, List.of(
                Indicator.builder("地区生产总值", Unit.parse("亿元"))
                        .target(Target.of(2035, GreaterThan.of(Quantity.parse("1万亿元")), SourceRef.of(TIANFU, 157)))
                        .build()));
        PlanPart section = PlanPart.of(PartLevel.SECTION, "第四节 发展目标", List.of(by2027, by2035));
        PlanPart chapter = PlanPart.withChildren(PartLevel.CHAPTER, "第二章 总体要求", List.of(section));
        PlanPart part = PlanPart.withChildren(PartLevel.PART, "第一篇 迈入新发展征程,全面建设社会主义现代化新区",
                List.of(chapter));
        return Plan.builder("四川天府新区发展规划(2022-2027年)", tianfuNewArea(), PlanKind.DEVELOPMENT_PLAN,
                        Period.parse("2022-2027年"))
                .status(PlanStatus.DRAFT)
                .visionYear(2035)
                .part(part)
                .build();
    }

    /** Seed 004: Wenjiang district's 2023 government work report, its main targets for 2023 (line 101). */
    static Plan wenjiang2023() {
        SourceRef targets = SourceRef.of(WENJIANG, 101, "2023年政府工作安排");
        Goal main = new Goal("wj-2023", "2023年主要预期目标", null, 2023, List.of(
                Indicator.builder("地区生产总值增长", Unit.PERCENT)
                        .measure(Measure.GROWTH_RATE)
                        .target(Target.of(2023, Range.of(Quantity.parse("6.0%"), Quantity.parse("7.0%")), targets))
                        .build(),
                Indicator.builder("城乡居民人均可支配收入增长", Unit.PERCENT)
                        .measure(Measure.GROWTH_RATE)
                        .target(Target.of(2023, Relative.inStepWith("经济增长", true), targets))
                        .build(),
                Indicator.builder("城镇调查失业率", Unit.PERCENT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .target(Target.of(2023, AtMost.of(Quantity.parse("5.5%")), targets))
                        .build()));
        return Plan.builder("2023年成都市温江区政府工作报告", Jurisdiction.division("成都市温江区", "510115"),
                        PlanKind.ANNUAL_WORK_REPORT, Period.parse("2023"))
                .part(PlanPart.of(PartLevel.PART, "2023年政府工作安排", List.of(main)))
                .build();
    }

    /**
     * 004 line 67: "全年地区生产总值717.11亿元" for 2022. PRELIMINARY: the report was delivered on 14 February 2023,
     * when the statistics bureau had only its preliminary accounting (初步核算) of 2022 GDP; the verified figure
     * (最终核实) is published later and may differ.
     */
    static Observation wenjiangGdp2022() {
        return Observation.of("地区生产总值", ObservationPeriod.ofYear(2022), Quantity.parse("717.11亿元"),
                        ObservationStatus.PRELIMINARY)
                .withJurisdiction("成都市温江区")
                .withSource(SourceRef.of(WENJIANG, 67, "一、拼经济、稳增长,产业支撑更加有力"));
    }

    /** 004 line 79: "城乡居民人均可支配收入分别增长4.4%、5.4%": one indicator, two observations. */
    static List<Observation> wenjiangIncomeGrowth2022() {
        Observation base = Observation.of("城乡居民人均可支配收入增长", ObservationPeriod.ofYear(2022),
                Quantity.parse("4.4%"), ObservationStatus.PRELIMINARY).withSource(SourceRef.of(WENJIANG, 79));
        return List.of(base.withDimension("area", "城镇"),
                new Observation(base.indicator(), null, base.period(), Quantity.parse("5.4%"), base.status(),
                        base.source(), Map.of("area", "农村")));
    }
}
