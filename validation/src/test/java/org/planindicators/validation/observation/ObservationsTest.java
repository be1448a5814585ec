package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.SourceRef;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.FileProblem;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;

/** Good files: the Wenjiang 2022 results in CSV (UTF-8, UTF-8 with BOM and CRLF, GBK) and JSON Lines. */
class ObservationsTest {
    private static final String SRC = "004_a3eb1e225fd679f6.txt";

    /** The five figures of the Wenjiang report's review of 2022, lines 67 and 79, as they are read. */
    private static List<Observation> wenjiang() {
        ObservationPeriod y2022 = ObservationPeriod.ofYear(2022);
        return List.of(
                new Observation("地区生产总值", "温江区", y2022, Quantity.of("717.11", Unit.parse("亿元")),
                        ObservationStatus.PRELIMINARY, SourceRef.of(SRC, 67), Map.of()),
                new Observation("地区生产总值增长", "温江区", y2022, Quantity.of("3.0", Unit.PERCENT),
                        ObservationStatus.PRELIMINARY, SourceRef.of(SRC, 67), Map.of()),
                new Observation("城乡居民人均可支配收入增长", "温江区", y2022, Quantity.of("4.4", Unit.PERCENT),
                        ObservationStatus.PRELIMINARY, SourceRef.of(SRC, 79), Map.of("area", "城镇")),
                new Observation("城乡居民人均可支配收入增长", "温江区", y2022, Quantity.of("5.4", Unit.PERCENT),
                        ObservationStatus.PRELIMINARY, SourceRef.of(SRC, 79), Map.of("area", "农村")),
                new Observation("新增就业", "温江区", y2022, Quantity.of("9360", Unit.parse("人")),
                        ObservationStatus.PRELIMINARY, SourceRef.of(SRC, 79), Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"good/wenjiang-2022.csv", "good/wenjiang-2022-bom.csv", "good/wenjiang-2022-gbk.csv",
        "good/wenjiang-2022.jsonl"})
    void readsTheWenjiangResultsInEveryEncodingAndFormat(String file) {
        Reads r = Reads.resource(file, TestPlans.wenjiang2023());
        assertThat(r.problems()).isEmpty();
        assertThat(r.report().hasErrors()).isFalse();
        assertThat(r.report().kind()).isEqualTo(FileKind.OBSERVATIONS);
        assertThat(r.report().observations()).isEqualTo(5);
        assertThat(r.report().indicators()).isEqualTo(4);
        assertThat(r.observations()).containsExactlyElementsOf(wenjiang());
    }

    @Test
    void readsWithoutAPlanToo() {
        Reads r = Reads.resource("good/wenjiang-2022.csv", null);
        assertThat(r.problems()).isEmpty();
        assertThat(r.observations()).containsExactlyElementsOf(wenjiang());
        assertThat(r.report().indicators()).isZero();
    }

    @Test
    void keepsTheScaleAsWrittenAndReadsJsonNumbersFromTheirText() {
        Reads r = Reads.of("x.jsonl", """
                {"indicator":"地区生产总值","year":2022,"value":717.110}
                {"indicator":"地区生产总值","year":2021,"value":0.1000000000000000055511151231257827}
                {"indicator":"地区生产总值","year":2020,"value":"-0.50"}
                """, TestPlans.wenjiang2023());
        assertThat(r.problems()).isEmpty();
        assertThat(r.observations()).extracting(o -> o.value().value()).containsExactly(
                new BigDecimal("717.110"), new BigDecimal("0.1000000000000000055511151231257827"),
                new BigDecimal("-0.50"));
        assertThat(r.observations().get(0).value().value().scale()).isEqualTo(3);
        assertThat(r.observations()).allMatch(o -> o.value().unit().equals(Unit.parse("亿元")));
    }

    @Test
    void convertsExactlyIntoTheIndicatorsUnit() {
        Reads r = Reads.of("x.csv", """
                indicator,year,value,unit
                一般公共预算收入,2022,30.5,亿元
                耕地保有量,2022,15,亩
                GDP,2022,7171100,万元
                """, TestPlans.wenjiang2023());
        assertThat(r.problems()).isEmpty();
        assertThat(r.observations()).extracting(Observation::value).extracting(Quantity::toString)
                .containsExactly("305000万元", "1公顷", "717.11亿元");
    }

    @Test
    void takesTheIndicatorsUnitWhenNoneIsGivenAndNoneWithoutAPlan() {
        String csv = "指标代码,期间,数值\nGDP,2022-Q2,170.5\n";
        assertThat(Reads.of("x.csv", csv, TestPlans.wenjiang2023()).observations().get(0).value())
                .isEqualTo(Quantity.of("170.5", Unit.parse("亿元")));
        Observation bare = Reads.of("x.csv", csv, null).observations().get(0);
        assertThat(bare.value()).isEqualTo(Quantity.of("170.5", Unit.NONE));
        assertThat(bare.period()).isEqualTo(ObservationPeriod.ofQuarter(2022, 2));
        assertThat(bare.indicator()).isEqualTo("GDP");
        assertThat(bare.status()).isEqualTo(ObservationStatus.FINAL);
    }

    @Test
    void readsPeriodsStatusesAndDimensionsAsDocumentsWriteThem() {
        Reads r = Reads.of("x.csv", """
                 Indicator , PERIOD ,Value,Status,城乡,性别
                新增就业,2023-06,100,初步,城镇,
                新增就业,2023年6月,100,revised,农村,女
                新增就业,2023-Q2,300,E,,
                新增就业,2023年第二季度,300,预测数,城镇,
                """, TestPlans.wenjiang2023());
        assertThat(r.problems()).isEmpty();
        assertThat(r.observations()).extracting(Observation::period).extracting(ObservationPeriod::toString)
                .containsExactly("2023-06", "2023-06", "2023-Q2", "2023-Q2");
        assertThat(r.observations()).extracting(Observation::status).containsExactly(ObservationStatus.PRELIMINARY,
                ObservationStatus.REVISED, ObservationStatus.ESTIMATED, ObservationStatus.FORECAST);
        assertThat(r.observations()).extracting(Observation::dimensions).containsExactly(Map.of("城乡", "城镇"),
                Map.of("城乡", "农村", "性别", "女"), Map.of(), Map.of("城乡", "城镇"));
    }

    @Test
    void sniffsTheFormatWhenTheNameSaysNone() {
        assertThat(Reads.of("data.txt", "{\"code\":\"GDP\",\"year\":2022,\"value\":1}\n", null).observations())
                .hasSize(1);
        assertThat(Reads.of("data", "\n\ncode,year,value\nGDP,2022,1\n", null).observations()).hasSize(1);
        Reads array = Reads.of("data.json", "[{\"code\":\"GDP\"}]", null);
        assertThat(array.codes()).containsExactly("F006");
    }

    @Test
    void readsAFileByPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("obs.csv");
        Files.writeString(f, "code,year,value\nGDP,2022,717.11\n", Charset.forName("GB18030"));
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(f, ImportOptions.defaults(), TestPlans.wenjiang2023(), out::add);
        assertThat(r.problems()).isEmpty();
        assertThat(r.file()).isEqualTo(f.toString());
        assertThat(out).hasSize(1);

        ValidationReport missing = Observations.read(dir.resolve("none.csv"), ImportOptions.defaults(), null,
                out::add);
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FileProblem.UNREADABLE);
            assertThat(p.location().line()).isNull();
        });
    }

    @Test
    void usesTheEncodingGiven() {
        byte[] gbk = "code,year,value,地区\nGDP,2022,1,温江区\n".getBytes(Charset.forName("GBK"));
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(new java.io.ByteArrayInputStream(gbk), "x.csv",
                ImportOptions.defaults().withEncoding(Charset.forName("GBK")), null, out::add);
        assertThat(r.problems()).isEmpty();
        assertThat(out.get(0).jurisdiction()).isEqualTo("温江区");
    }

    @Test
    void aBadRowIsSkippedAndTheRestRead() {
        Reads r = Reads.of("x.csv", """
                code,year,value
                GDP,2020,1
                GDP,20x0,2
                GDP,2021,3
                """, TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O003");
        assertThat(r.report().hasErrors()).isTrue();
        assertThat(r.observations()).extracting(o -> o.value().value().intValue()).containsExactly(1, 3);
    }

    @Test
    void reportsEveryProblemOfARowAtOnce() {
        Reads r = Reads.of("x.csv", """
                指标,年份,数值,单位,状态
                不存在的指标,1800,1e5,公里,草稿
                """, TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O002", "O004", "O007", "O013");
        assertThat(r.problems()).extracting(p -> p.location().column()).containsExactly(1, 2, 3, 5);
        assertThat(r.observations()).isEmpty();
    }

    @Test
    void aDuplicateIsAKeyAlreadySeenWhateverItsValueOrSpelling() {
        Reads r = Reads.of("x.csv", """
                指标代码,指标,地区,年份,数值,area
                GDP,,温江区,2022,717.11,
                ,地区生产总值,温江区,2022,717.11,
                GDP,,温江区,2022,700,城镇
                GDP,,温江区,2022-Q4,700,
                GDP,,,2022,700,
                GDP,,温江区,2022年,1,
                """, TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O015", "O015");
        assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(3, 7);
        assertThat(r.observations()).hasSize(4);
    }

    @Test
    void aMeasuredValueForTheFutureIsAWarning() {
        Reads r = Reads.of("x.csv", """
                code,year,value,status
                GDP,2026,1,final
                GDP,2027,1,forecast
                """, TestPlans.wenjiang2023());
        assertThat(r.codes()).containsExactly("O005");
        assertThat(r.report().hasErrors()).isFalse();
        assertThat(r.report().warnings()).isEqualTo(1);
        assertThat(r.observations()).hasSize(2);
    }

    @Test
    void messagesAreInChineseAndEnglish() {
        Reads r = Reads.of("x.csv", "指标,年份,数值\n地区生产总值,2022,1e5\n", null);
        assertThat(r.problems().get(0).message(java.util.Locale.ENGLISH)).contains("exponent");
        assertThat(r.problems().get(0).message(java.util.Locale.CHINESE)).contains("科学计数法");
        assertThat(r.problems().get(0).toString()).startsWith("x.csv:2:3 [O007 error]");
    }
}
