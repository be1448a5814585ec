package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading unit text as plans write it (DOMAIN.md §4): canonical symbol and family of every kind of unit. */
class UnitParsingTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # as written      | canonical symbol | family
            # currency
            元                 | 元               | CURRENCY
            美元               | 美元             | CURRENCY
            万元               | 万元             | CURRENCY
            亿元               | 亿元             | CURRENCY
            十亿元             | 十亿元           | CURRENCY
            百亿元             | 百亿元           | CURRENCY
            千亿元             | 千亿元           | CURRENCY
            万亿元             | 万亿元           | CURRENCY
            万美元             | 万美元           | CURRENCY
            亿美元             | 亿美元           | CURRENCY
            欧元               | 欧元             | CURRENCY
            # counts with a classifier
            个                 | 个               | COUNT
            家                 | 家               | COUNT
            项                 | 项               | COUNT
            名                 | 名               | COUNT
            人                 | 人               | COUNT
            位                 | 位               | COUNT
            户                 | 户               | COUNT
            套                 | 套               | COUNT
            所                 | 所               | COUNT
            条                 | 条               | COUNT
            场                 | 场               | COUNT
            次                 | 次               | COUNT
            人次               | 人次             | COUNT
            件                 | 件               | COUNT
            处                 | 处               | COUNT
            座                 | 座               | COUNT
            栋                 | 栋               | COUNT
            辆                 | 辆               | COUNT
            份                 | 份               | COUNT
            支                 | 支               | COUNT
            班次               | 班次             | COUNT
            场次               | 场次             | COUNT
            批次               | 批次             | COUNT
            张床               | 张床             | COUNT
            网点               | 网点             | COUNT
            万人               | 万人             | COUNT
            百万人             | 百万人           | COUNT
            万人次             | 万人次           | COUNT
            万户               | 万户             | COUNT
            万个               | 万个             | COUNT
            万家               | 万家             | COUNT
            万名               | 万名             | COUNT
            万批次             | 万批次           | COUNT
            万次               | 万次             | COUNT
            万件               | 万件             | COUNT
            万条               | 万条             | COUNT
            # length
            米                 | 米               | LENGTH
            公里               | 公里             | LENGTH
            千米               | 公里             | LENGTH
            km                 | 公里             | LENGTH
            万公里             | 万公里           | LENGTH
            万千米             | 万公里           | LENGTH
            厘米               | 厘米             | LENGTH
            # area
            平方米             | 平方米           | AREA
            万平方米           | 万平方米         | AREA
            公顷               | 公顷             | AREA
            平方公里           | 平方公里         | AREA
            平方千米           | 平方公里         | AREA
            km²                | 平方公里         | AREA
            ㎡                 | 平方米           | AREA
            m2                 | 平方米           | AREA
            亩                 | 亩               | AREA
            万亩               | 万亩             | AREA
            # volume
            立方米             | 立方米           | VOLUME
            万立方米           | 万立方米         | VOLUME
            升                 | 升               | VOLUME
            # mass
            吨                 | 吨               | MASS
            万吨               | 万吨             | MASS
            千克               | 千克             | MASS
            公斤               | 公斤             | MASS
            kg                 | 公斤             | MASS
            克                 | 克               | MASS
            微克               | 微克             | MASS
            # energy and power
            吨标煤             | 吨标煤           | ENERGY
            吨标准煤           | 吨标煤           | ENERGY
            万吨标煤           | 万吨标煤         | ENERGY
            千瓦时             | 千瓦时           | ENERGY
            亿千瓦时           | 亿千瓦时         | ENERGY
            千瓦               | 千瓦             | POWER
            万千瓦             | 万千瓦           | POWER
            # containers (TEU)
            标箱               | 标箱             | CONTAINER
            万标箱             | 万标箱           | CONTAINER
            万 标箱            | 万标箱           | CONTAINER
            TEU                | 标箱             | CONTAINER
            万TEU              | 万标箱           | CONTAINER
            # percent, per mille, percentage points
            %                  | %                | RATIO
            ％                 | %                | RATIO
            ﹪                 | %                | RATIO
            ‰                  | ‰                | RATIO
            个百分点           | 个百分点         | PERCENTAGE_POINT
            百分点             | 个百分点         | PERCENTAGE_POINT
            # years, ages, durations
            年                 | 年               | DURATION
            个月               | 个月             | DURATION
            天                 | 天               | DURATION
            小时               | 小时             | DURATION
            分钟               | 分钟             | DURATION
            刻钟               | 刻钟             | DURATION
            个工作日           | 个工作日         | DURATION
            工作日             | 个工作日         | DURATION
            学时               | 学时             | DURATION
            课时               | 课时             | DURATION
            岁                 | 岁               | AGE
            # compound rates and densities
            平方米/人          | 平方米/人        | COMPOUND
            平方米 / 人        | 平方米/人        | COMPOUND
            平方米／人         | 平方米/人        | COMPOUND
            件/万人            | 件/万人          | COMPOUND
            人/千人            | 人/千人          | COMPOUND
            张床/千人          | 张床/千人        | COMPOUND
            吨标煤/万元        | 吨标煤/万元      | COMPOUND
            吨标准煤/万元      | 吨标煤/万元      | COMPOUND
            立方米/万元        | 立方米/万元      | COMPOUND
            微克/立方米        | 微克/立方米      | COMPOUND
            公里/百平方公里    | 公里/百平方公里  | COMPOUND
            千米/百平方千米    | 公里/百平方公里  | COMPOUND
            万元/亩            | 万元/亩          | COMPOUND
            元/人              | 元/人            | COMPOUND
            名(个)/万人        | 名(个)/万人      | COMPOUND
            # index
            上年=100           | 上年=100         | INDEX
            (上年=100)         | 上年=100         | INDEX
            （上年＝100）      | 上年=100         | INDEX
            # dual classifiers
            名(个)             | 名(个)           | COUNT
            名（个）           | 名(个)           | COUNT
            套(间)             | 套(间)           | COUNT
            套（间）           | 套(间)           | COUNT
            万名(个)           | 万名(个)         | COUNT
            # ordinal class
            类                 | 类               | CLASS
            """)
    void readsUnitAsWritten(String written, String symbol, UnitFamily family) {
        Unit unit = Unit.parse(written);
        assertThat(unit.symbol()).isEqualTo(symbol);
        assertThat(unit.toString()).isEqualTo(symbol);
        assertThat(unit.family()).isEqualTo(family);
        assertThat(unit.isNone()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # spaces from PDF extraction, full-width forms, ideographic spaces
            "平 方公里"          | 平方公里
            "平 方 公 里"        | 平方公里
            " 万 标箱 "          | 万标箱
            "万\u3000标箱"       | 万标箱
            "平方米 / 人"        | 平方米/人
            "件 / 万 人"         | 件/万人
            "吨标煤 /万元"       | 吨标煤/万元
            "名 （ 个 ）"        | 名(个)
            "％"                 | %
            "\\t%\\n"            | %
            "万亿 元"            | 万亿元
            "上年 = 100"         | 上年=100
            """)
    void readsUnitThroughSpacesAndFullWidthForms(String written, String symbol) {
        String text = written.replace("\\u3000", "\u3000").replace("\\t", "\t").replace("\\n", "\n");
        assertThat(Unit.parse(text).symbol()).isEqualTo(symbol);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""
            "   "
            "\u3000"
            """)
    void blankTextIsNoUnit(String written) {
        Unit unit = Unit.parse(written.replace("\\u3000", "\u3000"));
        assertThat(unit).isSameAs(Unit.NONE);
        assertThat(unit.isNone()).isTrue();
        assertThat(unit.symbol()).isEmpty();
        assertThat(unit.family()).isEqualTo(UnitFamily.NONE);
    }

    @Test
    void constantsAreTheUnitsTheStandardRegistryReads() {
        assertThat(Unit.parse("%")).isSameAs(Unit.PERCENT);
        assertThat(Unit.parse("‰")).isSameAs(Unit.PER_MILLE);
        assertThat(Unit.parse("个百分点")).isSameAs(Unit.PERCENTAGE_POINT);
        assertThat(Unit.parse("百分点")).isSameAs(Unit.PERCENTAGE_POINT);
    }

    @Test
    void onlyTheClassUnitIsOrdinal() {
        assertThat(Unit.parse("类").isOrdinal()).isTrue();
        for (String s : UnitRegistry.standard().symbols()) {
            Unit u = Unit.parse(s);
            assertThat(u.isOrdinal()).as(s).isEqualTo(u.family() == UnitFamily.CLASS);
        }
        assertThat(Unit.parse("万元").isOrdinal()).isFalse();
    }

    @Test
    void parsingIsDeterministicAndGivesEqualUnits() {
        assertThat(Unit.parse("万 标箱")).isEqualTo(Unit.parse("万标箱")).hasSameHashCodeAs(Unit.parse("万标箱"));
        assertThat(Unit.parse("千米")).isEqualTo(Unit.parse("公里"));
        assertThat(Unit.parse("名（个）")).isEqualTo(Unit.parse("名(个)"));
        assertThat(Unit.parse("人")).isNotEqualTo(Unit.parse("名"));
        assertThat(Unit.parse("千克")).isNotEqualTo(Unit.parse("公斤"));
    }

    @Test
    void findGivesEmptyForUnknownText() {
        UnitRegistry r = UnitRegistry.standard();
        assertThat(r.find("万标箱")).contains(Unit.parse("万标箱"));
        assertThat(r.find("万标")).isEmpty();
        assertThat(r.find("")).contains(Unit.NONE);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} -> {2} ending at {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text                | from | unit            | end
            万标箱以上             | 0    | 万标箱          | 3
            120万标箱以上          | 3    | 万标箱          | 6
            吨标煤/万元、          | 0    | 吨标煤/万元     | 6
            名(个)以上             | 0    | 名(个)          | 4
            套(间)、               | 0    | 套(间)          | 4
            名(以上                | 0    | 名              | 1
            名(万)                 | 0    | 名              | 1
            元/                    | 0    | 元              | 1
            元/年                  | 0    | 元/年           | 3
            %以内                  | 0    | %               | 1
            个百分点以上           | 0    | 个百分点        | 4
            个以上                 | 0    | 个              | 1
            人次                   | 0    | 人次            | 2
            亿元以上项目           | 0    | 亿元            | 2
            平方米/人左右          | 0    | 平方米/人       | 5
            千米                   | 0    | 公里            | 2
            """)
    void matchAtReadsTheLongestUnitAtAPosition(String text, int from, String symbol, int end) {
        UnitMatch m = UnitRegistry.standard().matchAt(text, from).orElseThrow();
        assertThat(m.unit().symbol()).isEqualTo(symbol);
        assertThat(m.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            以上     | 0
            万标     | 0
            万       | 0
            abc      | 0
            120      | 0
            元       | 1
            元       | 5
            """)
    void matchAtIsEmptyWhenNoUnitStartsThere(String text, int from) {
        assertThat(UnitRegistry.standard().matchAt(text, from)).isEmpty();
    }

    /** Every unit written in the labelled seed statements (test resource seed-statements.csv, column unit) is read. */
    @ParameterizedTest
    @MethodSource("seedUnits")
    void readsEveryUnitOfTheSeedStatements(String written) {
        Unit unit = Unit.parse(written);
        assertThat(unit.symbol()).isEqualTo(written);
    }

    static Stream<String> seedUnits() throws IOException {
        List<String> lines;
        try (var in = UnitParsingTest.class.getResourceAsStream("/seed-statements.csv")) {
            lines = new String(java.util.Objects.requireNonNull(in, "seed-statements.csv").readAllBytes(),
                    StandardCharsets.UTF_8).lines().toList();
        }
        List<String> header = List.of(lines.get(0).split(",", -1));
        int unitColumn = header.indexOf("unit");
        return lines.stream().skip(1).map(l -> l.split(",", -1)[unitColumn]).distinct();
    }
}
