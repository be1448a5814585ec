package org.planindicators.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentence shapes met in the seed documents, each with the rows it must give. */
class ExtractorSentenceTest {
    private static final String REPORT = "2023年某区政府工作报告\n\n2023年政府工作安排\n\n";

    private static Extraction report(String body) {
        return Extractor.extract(REPORT + body, ExtractOptions.of("test.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            打造高标准农田5000亩以上,粮食种植面积1.9万亩以上。 | 打造高标准农田 | 5000亩以上
            打造高标准农田5000亩以上,粮食种植面积1.9万亩以上。 | 粮食种植面积 | 1.9万亩以上
            改造老旧小区20个、城中村300户以上。 | 城中村 | 300户以上
            提升改造75个路口交通信号控制系统。 | 提升改造路口交通信号控制系统 | 75个
            新增悯农原乡、仙境花园等特色消费场景28个。 | 新增特色消费场景 | 28个
            实现城镇新增就业6000人,吸纳3500名高校毕业生就业创业。 | 城镇新增就业 | 6000人
            实现城镇新增就业6000人,吸纳3500名高校毕业生就业创业。 | 吸纳高校毕业生就业创业 | 3500名
            区属国企资产总额、利润总额均增长7%以上。 | 区属国企利润总额增长 | 7%以上
            今年的主要目标是:地区生产总值增长6.0%—7.0%;城镇调查失业率控制在5.5%以内。 | 地区生产总值增长 | 6.0%—7.0%
            今年的主要目标是:地区生产总值增长6.0%—7.0%;城镇调查失业率控制在5.5%以内。 | 城镇调查失业率 | 5.5%以内
            城乡居民人均可支配收入与经济增长基本同步。 | 城乡居民人均可支配收入 | 与经济增长基本同步
            """)
    void targetSentences(String sentence, String indicator, String target) {
        assertThat(report(sentence).targets())
                .extracting(DraftTarget::indicator, t -> t.target().toString(), DraftTarget::year)
                .contains(tuple(indicator, target, 2023));
    }

    @Test
    void resultsAreKeptApartFromTargetsWithTheirYear() {
        Extraction e = Extractor.extract("""
                2023年某区政府工作报告

                2022年政府工作回顾

                全年地区生产总值717.11亿元,增长3.0%;固定资产投资增长5.2%。

                城乡居民人均可支配收入分别增长4.4%、5.4%。

                2023年政府工作安排

                今年全区经济社会发展的主要目标是:地区生产总值增长6.0%—7.0%。
                """, ExtractOptions.of("test.txt"));
        assertThat(e.results())
                .extracting(DraftResult::indicator, r -> r.value().toPlainString(), DraftResult::year,
                        DraftResult::area)
                .containsExactly(
                        tuple("地区生产总值", "717.11", 2022, null),
                        tuple("地区生产总值增长", "3.0", 2022, null),
                        tuple("固定资产投资增长", "5.2", 2022, null),
                        tuple("城乡居民人均可支配收入增长", "4.4", 2022, "城镇"),
                        tuple("城乡居民人均可支配收入增长", "5.4", 2022, "农村"));
        assertThat(e.targets()).extracting(DraftTarget::indicator, t -> t.target().toString())
                .containsExactly(tuple("地区生产总值增长", "6.0%—7.0%"));
        assertThat(e.targets().get(0).source().line()).isEqualTo(11);
    }

    @Test
    void aYearWrittenBeforeTheFigureDecides() {
        Extraction e = report("2022年地区生产总值增长3.0%;到2025年,集装箱吞吐量达到120万标箱。");
        assertThat(e.results()).extracting(DraftResult::indicator, DraftResult::year)
                .containsExactly(tuple("地区生产总值增长", 2022));
        assertThat(e.targets()).extracting(DraftTarget::indicator, t -> t.target().toString(), DraftTarget::year)
                .containsExactly(tuple("集装箱吞吐量", "120万标箱", 2025));
    }

    @Test
    void respectivelySplitsUrbanAndRuralTargetsIntoTwoIndicators() {
        Extraction e = report("到2025年,城镇、农村居民人均可支配收入分别年均增长7.5%以上、超过8.3%。");
        assertThat(e.targets()).extracting(DraftTarget::indicator, t -> t.target().toString())
                .containsExactly(tuple("城镇居民人均可支配收入增长", "年均7.5%以上"),
                        tuple("农村居民人均可支配收入增长", "年均超过8.3%"));
    }

    @Test
    void respectivelyPairsNamesAndFigures() {
        Extraction e = Extractor.extract("2022年政府工作回顾\n\n生产安全事故起数、死亡人数分别下降30%、20%。",
                new ExtractOptions(DocumentKind.ANNUAL_REPORT, 2023, "test.txt"));
        assertThat(e.results()).extracting(DraftResult::indicator, r -> r.value().toPlainString())
                .containsExactly(tuple("生产安全事故起数下降", "30"), tuple("生产安全事故死亡人数下降", "20"));
    }

    @Test
    void listItemsCarryTheirLeadAgencyAndSection() {
        Extraction e = report("""
                温江区2023年民生实事工作目标

                一、交通出行

                2. 提升改造75个路口交通信号控制系统;在8个重点路口增设32套视频雷达流量检测设备。(牵头单位:区公安分局)

                7. 新开、优化公交线路8条。(牵头单位:区交通运输局)
                """);
        assertThat(e.targets())
                .extracting(DraftTarget::indicator, t -> t.target().toString(), DraftTarget::leadAgency,
                        DraftTarget::section)
                .contains(tuple("提升改造路口交通信号控制系统", "75个", "区公安分局", "交通出行"),
                        tuple("新开、优化公交线路", "8条", "区交通运输局", "交通出行"));
        assertThat(e.targets()).extracting(DraftTarget::indicator).doesNotContain("2", "7");
    }

    @Test
    void yearsInWordsAndTargetsWithoutFigures() {
        Extraction e = Extractor.extract("""
                某区国民经济和社会发展第十四个五年规划纲要

                ——2035 年目标展望

                展望二 〇 三五年,陆港型物流枢纽辐射能力全国领先,对外贸易规模跻身全国陆港城市前列。

                第三章 打造陆港主枢纽

                到 2025 年,集装箱吞吐量达到 120万标箱,提高仓库空间利用率。
                """, ExtractOptions.of("plan.txt"));
        assertThat(e.kind()).isEqualTo(DocumentKind.FIVE_YEAR_PLAN);
        assertThat(e.baseYear()).isEqualTo(2020);
        assertThat(e.targets()).extracting(DraftTarget::indicator, t -> t.target().toString(), DraftTarget::year)
                .containsExactlyInAnyOrder(tuple("陆港型物流枢纽辐射能力", "全国领先", 2035),
                        tuple("对外贸易规模", "跻身全国陆港城市前列", 2035),
                        tuple("集装箱吞吐量", "120万标箱", 2025),
                        tuple("仓库空间利用率", "提高仓库空间利用率", 2025));
    }

    @Test
    void pdfArtefactsAreUndone() {
        Extraction e = report("新建5G基站 3 0 0 个以上,新增城镇新能源汽车\n充电桩２２００个。");
        assertThat(e.targets()).extracting(DraftTarget::indicator, t -> t.target().toString())
                .containsExactly(tuple("新建5G基站", "300个以上"), tuple("新增城镇新能源汽车充电桩", "2200个"));
        assertThat(e.targets()).extracting(t -> t.source().line()).containsExactly(5, 6);
    }

    @Test
    void glossariesAndNumbersWithoutUnitAreNotRead() {
        Extraction e = report("全面实施“1+4+7+X”改革措施,新增市级创新平台5个以上。\n\n名词解释\n\n提醒服务:围绕7个重点领域。");
        assertThat(e.targets()).extracting(DraftTarget::indicator).containsExactly("新增市级创新平台");
    }

    @Test
    void everyRowSaysHowSureAndWhy() {
        List<DraftTarget> ts = report("新增悯农原乡、仙境花园等特色消费场景28个;新增市级创新平台5个以上。").targets();
        assertThat(ts).extracting(DraftTarget::confidence).containsExactly(Confidence.MEDIUM, Confidence.HIGH);
        assertThat(ts.get(0).reason()).contains("等");
    }
}
