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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            加快形成15分钟生活圈。 | 生活圈可达时间 | 15分钟以内
            打造“一刻钟便民生活圈”。 | 便民生活圈可达时间 | 1刻钟以内
            构建“ 15 分钟公共文化服务圈”。 | 公共文化服务圈可达时间 | 15分钟以内
            加快实现“300米见绿、500米见园”。 | 见绿距离 | 300米以内
            加快实现“300米见绿、500米见园”。 | 见园距离 | 500米以内
            """)
    void reachIdiomsAreNamedByTheQuantityTheyBound(String sentence, String indicator, String target) {
        assertThat(report(sentence).targets()).extracting(DraftTarget::indicator, t -> t.target().toString())
                .contains(tuple(indicator, target));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            千人口执业(助理)医师提升至3人。 | 千人口执业(助理)医师 | 3人/千人
            每万人高价值发明专利拥有量达10件以上。 | 每万人高价值发明专利拥有量 | 10件/万人以上
            建成区人均公园绿地面积不低于17平方米。 | 建成区人均公园绿地面积 | 17平方米/人以上
            人均期望寿命提高到81.13岁。 | 人均预期寿命 | 81.13岁
            城镇居民人均可支配收入达到5万元。 | 城镇居民人均可支配收入 | 5万元
            """)
    void namesImplyPerPersonUnitsAndStandardTerms(String sentence, String indicator, String target) {
        assertThat(report(sentence).targets()).extracting(DraftTarget::indicator, t -> t.target().toString())
                .containsExactly(tuple(indicator, target));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            围绕水稻、水果、食用菌、养殖4 大农业主要特色产业,集中连片开展试验。
            完善0岁—3岁婴幼儿照护服务体系。
            划定毗河两侧各500米生态控制带。
            始终同以习近平同志为核心的党中央保持高度一致。
            提高物流仓配效率,提升口岸通关效率。
            城乡一体化融合发展达到更高水平。
            """)
    void figuresThatDescribeAndPledgesAreNoTargets(String sentence) {
        assertThat(report(sentence).targets()).isEmpty();
    }

    @Test
    void aCountOfWorkIsATargetWhereAFramesGroupIsNot() {
        assertThat(report("全面推进文庙、战备渠等9大重点片区有机更新。").targets())
                .extracting(t -> t.target().toString()).containsExactly("9个");
    }

    @Test
    void aTargetRestatedUnderAnotherUsualNameIsDraftedOnce() {
        Extraction e = report("三次产业结构为2.5:29:68.5。服务业增加值占 GDP 比重达到68.5%。");
        assertThat(e.targets()).extracting(DraftTarget::indicator)
                .containsExactly("第一产业增加值占地区生产总值比重", "第二产业增加值占地区生产总值比重", "第三产业增加值占地区生产总值比重");
    }

    @Test
    void pageFurnitureAmongFragmentsIsNotRead() {
        Extraction e = report("""
                TA的每日心情
                奋斗
                3 天前
                签到天数: 808 天
                [LV.10]以坛为家III
                2万
                主题

                今年全区地区生产总值增长6%,城镇新增就业6000人。
                """);
        assertThat(e.targets()).extracting(DraftTarget::indicator).containsExactly("地区生产总值增长", "城镇新增就业");
    }

    @Test
    void aListOfResultsCarriesItsOpeningYearOverItsClauses() {
        Extraction e = Extractor.extract("初步统计，2012年全省生产总值19701.78亿元，增长11.4%；公共财政总收入3008.91亿元，增长15.9%。"
                + "今年全省生产总值增长11%左右；地方公共财政收入增长12%。",
                new ExtractOptions(DocumentKind.ANNUAL_REPORT, 2013, "test.txt"));
        assertThat(e.results()).extracting(DraftResult::wording, r -> r.value().toPlainString(), DraftResult::year)
                .containsExactly(tuple("生产总值", "19701.78", 2012), tuple("生产总值增长", "11.4", 2012),
                        tuple("公共财政总收入", "3008.91", 2012), tuple("公共财政总收入增长", "15.9", 2012));
        assertThat(e.targets()).extracting(DraftTarget::indicator, DraftTarget::year)
                .containsExactly(tuple("生产总值增长", 2013), tuple("地方公共财政收入增长", 2013));
    }

    @Test
    void namesOfTheirOwnBorrowNoHeadAndRatesKeepTheirWord() {
        Extraction e = report("城镇居民人均可支配收入和农民人均纯收入均增长10%左右,人口自然增长率控制在6‰以内。"
                + "全面完成国家下达的节能减排各项约束性目标。");
        assertThat(e.targets()).extracting(DraftTarget::indicator, t -> t.target().toString())
                .containsExactly(tuple("城镇居民人均可支配收入增长", "10%左右"), tuple("农民人均纯收入增长", "10%左右"),
                        tuple("人口自然增长率", "6‰以内"), tuple("节能减排约束性目标", "完成国家下达目标"));
    }

    @Test
    void aTargetExplainedAgainUnderNoNameIsDraftedOnce() {
        Extraction e = report("今年主要预期目标是,生产总值增长9.5%左右。今年经济增长目标确定为9.5%左右。从这两年经济增长的趋势看,实现9.5%左右的增长,必须付出艰苦努力。");
        assertThat(e.targets()).extracting(DraftTarget::indicator).containsExactly("生产总值增长");
    }

    @Test
    void aResultOfADraftedTargetsIndicatorIsFiledUnderItsName() {
        Extraction e = Extractor.extract("""
                2023年某区政府工作报告

                2022年政府工作回顾

                实现新增就业9360人,新增高新技术企业168家,高标准农田建设3100亩。

                2023年政府工作安排

                城镇新增就业6000人以上,高新技术企业达400家以上,打造高标准农田5000亩以上。
                """, ExtractOptions.of("test.txt"));
        assertThat(e.results()).extracting(DraftResult::indicator, DraftResult::wording, DraftResult::ofTable)
                .containsExactly(tuple("城镇新增就业", "新增就业", true),
                        tuple("新增高新技术企业", "新增高新技术企业", false),
                        tuple("打造高标准农田", "高标准农田建设", true));
        assertThat(e.observationsCsv()).contains("城镇新增就业,2022,9360,人,preliminary,test.txt:5 §2022年政府工作回顾(文中:新增就业)")
                .doesNotContain("新增高新技术企业");
        assertThat(e.otherResultsCsv()).contains("新增高新技术企业,2022,168,家");
    }

    @Test
    void aSentenceTheParserCannotReadWholeIsReadClauseByClause() {
        assertThat(report("实施“百个公园”示范工程2.0版,推进幸福田园等6个公园城市示范片区建设。").targets())
                .extracting(DraftTarget::indicator, t -> t.target().toString())
                .containsExactly(tuple("推进公园城市示范片区建设", "6个"));
    }

    @Test
    void everyRowSaysHowSureAndWhy() {
        List<DraftTarget> ts = report("新增悯农原乡、仙境花园等特色消费场景28个;新增市级创新平台5个以上。").targets();
        assertThat(ts).extracting(DraftTarget::confidence).containsExactly(Confidence.MEDIUM, Confidence.HIGH);
        assertThat(ts.get(0).reason()).contains("等");
    }
}
