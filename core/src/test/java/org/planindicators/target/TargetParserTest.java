package org.planindicators.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Every notation of docs/notation.md, as the parser reads it; the expected targets are given in canonical notation. */
class TargetParserTest {
    private static String read(String input) {
        TargetParseResult r = TargetParser.standard().parse(input);
        assertThat(r.error()).as("error for '%s'", input).isNull();
        return String.join(" ; ", r.expressions().stream().map(TargetExpression::toString).toList());
    }

    private static String kinds(String input) {
        return String.join(" ", TargetParser.standard().parse(input).expressions().stream()
                .map(t -> t.kind().code()).toList());
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            # exact
            达到120万标箱                 | 120万标箱           | exact
            集装箱吞吐量达到 120万标箱     | 120万标箱           | exact
            提高到95%                    | 95%                | exact
            全区人均期望寿命提高到 81.13 岁 | 81.13岁            | exact
            千人口执业(助理)医师提升至 3 人 | 3人                | exact
            单位地区生产总值能耗下降到0.7吨标煤/万元 | 0.7吨标煤/万元 | exact
            新增就业9360人                | 9360人             | exact
            实施照明设施品质提升1200个      | 1200个             | exact
            # at least (inclusive)
            10%以上                      | 10%以上            | at_least
            不低于17平方米                | 17平方米以上        | at_least
            不少于100个                   | 100个以上          | at_least
            大于等于13.2年                | 13.2年以上         | at_least
            ≥10%                        | 10%以上            | at_least
            820余万次                    | 820万次以上         | at_least
            新增市场主体1.5万余户           | 1.5万户以上         | at_least
            98%及以上                    | 98%以上            | at_least
            # greater than (strict)
            突破165亿元                   | 超过165亿元         | greater_than
            超过8.3%                     | 超过8.3%           | greater_than
            年均增幅高于 8.3 %             | 年均超过8.3%        | greater_than
            大于5%                       | 超过5%             | greater_than
            >5%                         | 超过5%             | greater_than
            # at most (inclusive)
            5.5%以内                     | 5.5%以内           | at_most
            控制在5.5%以内                | 5.5%以内           | at_most
            控制在3%                     | 3%以内             | at_most
            不高于3%                     | 3%以内             | at_most
            不超过3%                     | 3%以内             | at_most
            ≤3%                         | 3%以内             | at_most
            压缩至60个工作日以内           | 60个工作日以内       | at_most
            # less than (strict)
            低于40微克/立方米              | 低于40微克/立方米    | less_than
            小于5%                       | 低于5%             | less_than
            <5%                         | 低于5%             | less_than
            # ranges
            6.0%—7.0%                   | 6.0%—7.0%          | range
            地区生产总值增长6.0%—7.0%      | 6.0%—7.0%          | range
            6%至6.5%                     | 6%—6.5%            | range
            6~7%                        | 6%—7%              | range
            6～7%                        | 6%—7%              | range
            6–7%                        | 6%—7%              | range
            6-7%                        | 6%—7%              | range
            6.0%——7.0%                  | 6.0%—7.0%          | range
            6.0—7.0                     | 6.0—7.0            | range
            # approximately
            6.5%左右                     | 6.5%左右            | approximately
            约100亿元                    | 100亿元左右         | approximately
            6.5%左右(±0.5%)              | 6.5%左右(±0.5%)     | approximately
            # cumulative and annual average
            [13.5]                      | [13.5]             | exact
            〔18〕                        | [18]               | exact
            【13.5】                      | [13.5]             | exact
            [累计达到1000]                | [1000]             | exact
            累计降低13.5%                 | [下降13.5%]         | change
            累计开展提醒服务820余万次       | [820万次以上]        | at_least
            研发经费投入年均增长不低于 10%   | 年均10%以上          | at_least
            社会消费品零售总额年均增速 10% 以上 | 年均10%以上        | at_least
            年均增长7%                    | 年均增长7%          | change
            PM2.5年均浓度低于40微克/立方米   | 低于40微克/立方米    | less_than
            # regression (issue 11): 年均 before a bound word ending in a filler (控制在, 稳定在) was dropped
            城镇调查失业率年均控制在5.5%以内  | 年均5.5%以内         | at_most
            年均稳定在5%左右               | 年均5%左右           | approximately
            城镇调查失业率全年控制在5.5%以内  | 5.5%以内            | at_most
            # change
            增长3.0%                     | 增长3.0%            | change
            PM2.5平均浓度下降7%           | 下降7%              | change
            比上一年度增长1%               | 增长1%              | change
            文件减少19.8%                 | 下降19.8%           | change
            提高3个百分点                  | 提高3个百分点        | change
            降低2个百分点                  | 降低2个百分点        | change
            提高1岁                      | 提高1岁             | change
            增加50家                     | 增加50家            | change
            增长-2.5%                    | 下降2.5%            | change
            # relative
            与经济增长基本同步             | 与经济增长基本同步    | relative
            确保居民收入增长与经济增长保持同步 | 与经济增长同步       | relative
            高于GDP增长                   | 高于GDP增长         | relative
            高于全国平均水平               | 高于全国平均水平     | relative
            增速高于全省、全市              | 高于全省、全市平均水平 | relative
            不低于全省平均水平              | 不低于全省平均水平   | relative
            # delegated
            完成成都市下达目标              | 完成成都市下达目标    | delegated
            环境空气质量完成成都市下达目标    | 完成成都市下达目标    | delegated
            确保完成国家要求               | 完成国家下达目标     | delegated
            达到国家要求                  | 完成国家下达目标     | delegated
            按照国家要求完成               | 完成国家下达目标     | delegated
            控制在国家下达目标内            | 完成国家下达目标     | delegated
            全面完成国家下达的约束性指标      | 完成国家下达目标     | delegated
            完成国家下达的节能减排任务        | 完成国家下达目标     | delegated
            与国家“十五五”考核目标统筹衔接   | 完成国家下达目标     | delegated
            完成“十四五”国家考核目标        | 完成国家下达目标     | delegated
            达到国家下达目标任务的序时进度    | 达到国家下达目标序时进度 | delegated
            全面完成节能减排约束性指标       | 完成上级下达目标     | delegated
            # relative, new wordings
            达到全国平均水平               | 不低于全国平均水平   | relative
            保持在全国平均水平以上          | 不低于全国平均水平   | relative
            与省持平                     | 与省平均水平持平     | relative
            与上年持平                    | 与上年持平          | relative
            与上年基本持平                 | 与上年基本持平       | relative
            快于GDP增速                   | 高于GDP增速         | relative
            跑赢全国                     | 高于全国平均水平     | relative
            粮食播种面积只增不减            | 不低于上年          | relative
            稳中有降                      | 低于上年            | relative
            # two tiers
            增长7%以上、力争达到8%          | 7%以上，力争8%       | two_tier
            4.5%左右、力争更好结果          | 4.5%左右，力争更好结果 | two_tier
            经济增长4.5%-5%,在实际工作中努力争取更好结果 | 4.5%—5%，努力争取更好结果 | two_tier
            增长5%以上，争取6%             | 5%以上，争取6%       | two_tier
            年均增长7%以上，力争8%          | 年均7%以上，力争8%    | two_tier
            # levels crossed, growth above zero
            迈上4万亿元新台阶              | 4万亿元以上          | at_least
            跨过万亿大关                   | 1000000000000以上   | at_least
            工业增加值跨过万亿元大关         | 1万亿元以上          | at_least
            实现正增长                    | 超过0%              | greater_than
            # units
            粮食产量1.4万亿斤左右           | 1.4万亿斤左右        | approximately
            粮食产量730亿斤以上             | 730亿斤以上          | at_least
            城乡居民收入比缩小至2.1∶1左右    | 2.1:1左右           | approximately
            城乡居民收入比缩小至2.1:1       | 2.1:1              | exact
            细颗粒物平均浓度控制在30微克每立方米以内 | 30微克/立方米以内 | at_most
            全社会用电量达到3000亿千瓦时     | 3000亿千瓦时        | exact
            能源消费总量控制在1.2亿吨标准煤以内 | 1.2亿吨标煤以内    | at_most
            开行中欧班列2000列以上          | 2000列以上          | at_least
            # qualitative
            保持在合理区间                 | 保持在合理区间       | qualitative
            逐年下降                      | 逐年下降            | qualitative
            提高全员劳动生 产率             | 提高全员劳动生产率    | qualitative
            3岁以下婴幼儿照护服务体系基本建立 | 3岁以下婴幼儿照护服务体系基本建立 | qualitative
            # several figures in one phrase
            改造老旧小区20个、城中村300户以上 | 20个 ; 300户以上     | exact at_least
            城乡居民人均可支配收入分别增长4.4%、5.4% | 增长4.4% ; 增长5.4% | change change
            基本养老保险、基本医疗保险参保率不低于93%、98% | 93%以上 ; 98%以上 | at_least at_least
            提取住房公积金1.5万人次、4000万元以上 | 1.5万人次以上 ; 4000万元以上 | at_least at_least
            “300米见绿、500米见园”          | 300米以内 ; 500米以内 | at_most at_most
            实现14类230项涉税事项全城办      | 14类 ; 230项         | exact exact
            三次产业结构达到 2.5:29:68.5     | 2.5% ; 29% ; 68.5%   | exact exact exact
            # numbers that are not figures
            其中30亿元以上项目3个           | 3个                 | exact
            规模以上工业增加值增长6%         | 增长6%              | change
            地级及以上城市PM2.5平均浓度下降5% | 下降5%              | change
            PM_2.5浓度下降5%              | 下降5%              | change
            水质保持Ⅱ类及以上              | 2类以上             | at_least
            到2030年达到60%               | 60%                | exact
            粮食产量连续9年稳定在1050万吨以上 | 1050万吨以上         | at_least
            森林覆盖率由40%提高到42%        | 42%                | exact
            力争培育年收入100万元以上村(社区)10个以上 | 10个以上    | at_least
            主要河流水质达到或优于Ⅲ类比例达100% | 100%             | exact
            建成5G基站2340座               | 2340座             | exact
            建设应急社会救援3级标准队伍1支    | 1支                | exact
            到2025年，集装箱吞吐量达到120万标箱 | 120万标箱         | exact
            2022—2027年地区生产总值年均增长6% | 年均增长6%         | change
            1-6月增长5%                   | 增长5%             | change
            第3批示范区5个                 | 5个                | exact
            # classes, ranks, idioms
            过境监测断面水质保持Ⅲ类以上       | 3类以上            | at_least
            水质保持III类以上               | 3类以上            | at_least
            国家农高区创建工作省级遴选排名第一 | 1名               | exact
            组建“8大产业旗舰联盟”            | 8个                | exact
            构建社区 15 分钟生活圈           | 15分钟以内          | at_most
            打造“一刻钟便民生活圈”           | 1刻钟以内           | at_most
            构建十五分钟生活圈               | 15分钟以内          | at_most
            # written forms: full width, PDF spaces, dual units, separators, signs
            １２０万标箱                    | 120万标箱           | exact
            ５．５％以内                    | 5.5%以内            | at_most
            ６．０％～７．０％               | 6.0%—7.0%          | range
            成都片区面积 1484 平 方公里       | 1484平方公里        | exact
            不低于 17 平方米 / 人            | 17平方米/人以上      | at_least
            120 万 标箱                    | 120万标箱           | exact
            新引进高层次人才(团队)10名(个)以上 | 10名(个)以上        | at_least
            筹集建设保障性租赁住房1200套（间） | 1200套(间)          | exact
            1,234.5亿元                   | 1234.5亿元          | exact
            -2%                          | -2%                | exact
            77.3(2019年数据)              | 77.3               | exact
            """)
    void readsEveryNotation(String input, String expected, String expectedKinds) {
        assertThat(read(input)).isEqualTo(expected);
        assertThat(kinds(input)).isEqualTo(expectedKinds);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6.0%—                        | TP006 | 0
            6%至                         | TP006 | 0
            7%—6%                        | TP007 | 0
            6%—7亿元                      | TP008 | 0
            [13.5                        | TP009 | 0
            13.5]                        | TP009 | 4
            120万标                       | TP010 | 3
            建设3级                        | TP010 | 3
            12.3.4%                      | TP004 | 0
            1e999999999                  | TP005 | 0
            增长1E5%                      | TP005 | 2
            12345678901234567890123456789012345678901 | TP003 | 0
            —                            | TP011 | 0
            N/A                          | TP011 | 0
            abc                          | TP011 | 0
            以上                          | TP012 | 0
            不低于                         | TP012 | 0
            ≥                            | TP012 | 0
            2025年                        | TP011 | 0
            """)
    void refusesWhatItCannotReadWithAStructuredError(String input, String code, int index) {
        TargetParseResult r = TargetParser.standard().parse(input);
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.targets()).isEmpty();
        assertThat(r.error().code().code()).isEqualTo(code);
        assertThat(r.error().index()).isEqualTo(index);
        assertThat(r.error().input()).isEqualTo(input);
        assertThat(r.error().message()).startsWith(code + ": ").contains(input);
        assertThat(r.error().message(Locale.SIMPLIFIED_CHINESE)).startsWith(code + ": ").contains("原文");
    }

    @Test
    void emptyAndBlankTextAreRefused() {
        assertThat(TargetParser.standard().parse("").error().code()).isEqualTo(TargetParseErrorCode.EMPTY_INPUT);
        assertThat(TargetParser.standard().parse(" \u3000 ").error().code())
                .isEqualTo(TargetParseErrorCode.EMPTY_INPUT);
    }

    @Test
    void overlongTextIsRefusedBeforeItIsRead() {
        String huge = "1".repeat(TargetParser.MAX_INPUT_LENGTH + 1);
        assertThat(TargetParser.standard().parse(huge).error().code())
                .isEqualTo(TargetParseErrorCode.INPUT_TOO_LONG);
    }

    @Test
    void errorIndexPointsIntoTheOriginalTextNotTheNormalisedOne() {
        // Two spaces and a full-width space before the fault; the index counts them.
        TargetParseResult r = TargetParser.standard().parse("  \u3000 6.0%—7.0%、8%—");
        assertThat(r.error().code()).isEqualTo(TargetParseErrorCode.INCOMPLETE_RANGE);
        assertThat(r.error().index()).isEqualTo(14);
    }

    @Test
    void parseOneRefusesSeveralTargets() {
        assertThatThrownBy(() -> TargetExpression.parse("分别增长4.4%、5.4%"))
                .isInstanceOf(TargetParseException.class)
                .hasMessageStartingWith("TP013")
                .satisfies(e -> assertThat(((TargetParseException) e).error().code())
                        .isEqualTo(TargetParseErrorCode.SEVERAL_TARGETS));
    }

    @Test
    void parsedTargetsKnowTheirSubjectSpanYearAndMeasure() {
        TargetParseResult r = TargetParser.standard().parse("到2025年，改造老旧小区20个、城中村300户以上，GDP增长6%以上");
        List<ParsedTarget> t = r.targets();
        assertThat(t).extracting(ParsedTarget::subject).containsExactly("改造老旧小区", "城中村", "GDP");
        assertThat(t).extracting(ParsedTarget::year).containsExactly(2025, 2025, 2025);
        assertThat(t).extracting(ParsedTarget::measure)
                .containsExactly(Measure.LEVEL, Measure.LEVEL, Measure.GROWTH_RATE);
        assertThat(r.input().substring(t.get(1).start(), t.get(1).end())).isEqualTo("300户以上");
        assertThat(TargetParser.standard().parse("单位GDP能耗下降7%以上").targets().get(0).measure())
                .isEqualTo(Measure.REDUCTION_RATE);
        assertThat(TargetParser.standard().parse("GDP年均增长6.5%左右").targets().get(0).subject()).isEqualTo("GDP");
        assertThat(TargetParser.standard().parse("城乡居民人均可支配收入分别增长4.4%、5.4%").targets())
                .extracting(ParsedTarget::subject).containsExactly("城乡居民人均可支配收入", "");
        assertThat(TargetParser.standard().parse("研发经费投入年均增长不低于10%").targets().get(0).subject())
                .isEqualTo("研发经费投入");
        assertThat(TargetParser.standard().parse("集装箱吞吐量达到120万标箱").targets().get(0).subject())
                .isEqualTo("集装箱吞吐量");
        assertThat(TargetParser.standard().parse("确保居民收入增长与经济增长保持同步").targets().get(0).subject())
                .isEqualTo("居民收入增长");
    }

    @Test
    void theDefaultUnitGoesToFiguresWrittenWithoutOne() {
        TargetParser parser = TargetParser.standard().withDefaultUnit(Unit.PERCENT);
        assertThat(parser.parseOne("[13.5]")).isEqualTo(new Exact(Quantity.parse("13.5%"), Accumulation.CUMULATIVE));
        assertThat(parser.parseOne("6.0—7.0")).isEqualTo(Range.of(Quantity.parse("6.0%"), Quantity.parse("7.0%")));
        // A unit that is written wins over the default.
        assertThat(parser.parseOne("120万标箱")).isEqualTo(Exact.of(Quantity.parse("120万标箱")));
    }

    @Test
    void rangeTakesTheUnitOfTheBoundThatWritesIt() {
        assertThat(TargetExpression.parse("6~7%"))
                .isEqualTo(Range.of(Quantity.parse("6%"), Quantity.parse("7%")));
    }

    @Test
    void scaleIsKeptAsWritten() {
        NumericTarget t = (NumericTarget) TargetExpression.parse("6.0%—7.00%");
        assertThat(t.value().value().scale()).isEqualTo(1);
        assertThat(t.high().value().scale()).isEqualTo(2);
    }
}
