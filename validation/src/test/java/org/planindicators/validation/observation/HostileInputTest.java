package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Observation;
import org.planindicators.validation.FileProblem;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.Observations;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.TextInput;
import org.planindicators.validation.internal.observation.KeyHasher;
import org.planindicators.validation.internal.observation.ObservationReader;

/** Input meant to break the reader: it must report, go on where it can, and never hold more than a line. */
class HostileInputTest {
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Test
    void binaryGarbageIsRefusedAsAWhole() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[100] = 0;
        Reads r = Reads.of("x.csv", garbage, null);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FileProblem.BINARY);
            assertThat(p.location()).isEqualTo(Location.ofFile("x.csv"));
        });
        assertThat(r.observations()).isEmpty();
    }

    @Test
    void anEmptyOrBlankFileIsEmpty() {
        assertThat(Reads.of("x.csv", new byte[0], null).codes()).containsExactly("F002");
        assertThat(Reads.of("x.jsonl", " \r\n\n\t\n", null).codes()).containsExactly("F002");
        assertThat(Reads.of("x.csv", "\uFEFF", null).codes()).containsExactly("F002");
    }

    @Test
    void aHeaderAloneHoldsNoObservations() {
        Reads r = Reads.of("x.csv", "指标,年份,数值", null);
        assertThat(r.codes()).containsExactly("O022");
        assertThat(r.report().hasErrors()).isFalse();
        assertThat(Reads.of("x.csv", "指标,年份,数值\n,,\n  ,  ,\n", null).codes()).containsExactly("O022");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsStopsTheRead() {
        Reads r = Reads.of("x.csv", "地区,单位\n温江区,亿元\n", null);
        assertThat(r.codes()).containsExactly("O024", "O024", "O024");
        // One error a missing field, naming the columns found and the header names accepted for the field.
        assertThat(r.problems().get(2).message(java.util.Locale.ENGLISH))
                .contains("value", "'地区', '单位'", "值", "数值", "实绩", "完成值", "本年");
        assertThat(r.problems()).extracting(Problem::field).containsExactly("indicator", "period", "value");
        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(p.location().column()).isNull();
        });
        assertThat(r.report().observations()).isZero();
    }

    @Test
    void textInAnotherEncodingThanTheOneGivenIsRefused() {
        byte[] gbk = "指标,年份,数值\n地区生产总值,2022,717.11\n".getBytes(Charset.forName("GBK"));
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(new java.io.ByteArrayInputStream(gbk), "x.csv",
                ImportOptions.defaults().withEncoding(StandardCharsets.UTF_8), null, out::add);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FileProblem.BAD_ENCODING);
            // GBK 指 is D6 B8, which happens to be a UTF-8 pair; 标 (B1 EA) is not.
            assertThat(p.arguments()).containsExactly("UTF-8", "2");
        });
        assertThat(out).isEmpty();
    }

    @Test
    void aWrongEncodingAfterTheSniffedHeadIsPlacedExactlyAndWhatCameBeforeIsKept() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("code,year,value,地区\n".getBytes(StandardCharsets.UTF_8));
        int rows = 0;
        while (b.size() < TextInput.SNIFF_BYTES + 1000) {
            b.writeBytes(("GDP,2022,1,区" + rows++ + "\n").getBytes(StandardCharsets.UTF_8));
        }
        long offset = b.size() + "GDP,2022,1,".length();
        b.writeBytes("GDP,2022,1,温江区\n".getBytes(Charset.forName("GBK")));
        b.writeBytes("GDP,2022,1,next\n".getBytes(StandardCharsets.UTF_8));
        Reads r = Reads.of("x.csv", b.toByteArray(), null);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FileProblem.BAD_ENCODING);
            assertThat(p.arguments()).containsExactly("UTF-8", Long.toString(offset));
        });
        Problem p = r.problems().get(0);
        assertThat(p.location().line()).isEqualTo(rows + 2);
        assertThat(p.location().column()).isEqualTo("GDP,2022,1,".length() + 1);
        assertThat(r.observations()).hasSize(rows);
    }

    @Test
    void aTruncatedLastLineIsReported() {
        assertThat(Reads.of("x.csv", "code,year,value\nGDP,2022,1\nGDP,20", null).codes()).containsExactly("O018");
        Reads json = Reads.of("x.jsonl", "{\"code\":\"GDP\",\"year\":2022,\"value\":1}\n{\"code\":\"GDP\",\"ye", null);
        assertThat(json.codes()).containsExactly("O020");
        assertThat(json.problems().get(0).location().line()).isEqualTo(2);
        assertThat(json.observations()).hasSize(1);
        // A character cut in the middle of its bytes (温 is E6 B8 A9 in UTF-8), after the sniffed head: the rows
        // before it are read, and the cut is placed exactly.
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("code,year,value,地区\n".getBytes(StandardCharsets.UTF_8));
        int rows = 0;
        while (b.size() < TextInput.SNIFF_BYTES + 10) {
            b.writeBytes(("GDP,2022,1,区" + rows++ + "\n").getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes("GDP,2022,1,温江\n".getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(b.toByteArray(), b.size() - 5);
        Reads r = Reads.of("x.csv", cut, null);
        assertThat(r.codes()).containsExactly("F003");
        assertThat(r.problems().get(0).location()).isEqualTo(Location.at("x.csv", rows + 2, 12));
        assertThat(r.problems().get(0).arguments()).containsExactly("UTF-8", Integer.toString(cut.length - 2));
        assertThat(r.observations()).hasSize(rows);
        // Within the head, a cut character is a UTF-8 error too, whether the encoding is given or detected (the bytes
        // are UTF-8 as a whole; see EncodingTest).
        byte[] small = java.util.Arrays.copyOf("code,year,value,地区\nGDP,2022,1,温江\n"
                .getBytes(StandardCharsets.UTF_8), 35);
        ValidationReport given = Observations.read(new java.io.ByteArrayInputStream(small), "x.csv",
                ImportOptions.defaults().withEncoding(StandardCharsets.UTF_8), null, o -> { });
        assertThat(given.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FileProblem.BAD_ENCODING);
            assertThat(p.arguments()).containsExactly("UTF-8", "34");
        });
    }

    @Test
    void aTenMegabyteFieldIsRefusedAndTheNextRowRead() {
        String huge = "长".repeat(TEN_MB);
        Reads csv = Reads.of("x.csv", "code,year,value,source\nGDP,2021,1,x.txt\nGDP,2022,2," + huge
                + "\nGDP,2023,3,y.txt\n", null);
        assertThat(csv.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ObservationProblem.TOO_LONG);
            assertThat(p.location()).isEqualTo(Location.at("x.csv", 3, 4));
            assertThat(p.field()).isEqualTo("source");
            assertThat(p.arguments()).containsExactly(Integer.toString("GDP,2022,2,".length() + TEN_MB),
                    Integer.toString(Observations.MAX_LINE_CHARS));
        });
        assertThat(csv.observations()).hasSize(2);

        Reads json = Reads.of("x.jsonl", "{\"code\":\"GDP\",\"year\":2022,\"source\":\"" + huge + "\",\"value\":1}\n"
                + "{\"code\":\"GDP\",\"year\":2023,\"value\":3}\n", null);
        assertThat(json.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ObservationProblem.TOO_LONG);
            assertThat(p.location()).isEqualTo(new Location("x.jsonl", 1, Observations.MAX_LINE_CHARS + 1, "/source"));
        });
        assertThat(json.observations()).hasSize(1);
    }

    @Test
    void aLongFieldInAShortLineIsRefusedByItsColumn() {
        String longValue = "x".repeat(Observations.MAX_FIELD_CHARS + 1);
        Reads json = Reads.of("x.jsonl", "{\"code\":\"GDP\",\"year\":2022,\"value\":1,\"note\":\"" + longValue
                + "\"}\n", null);
        assertThat(json.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ObservationProblem.TOO_LONG);
            assertThat(p.location().pointer()).isEqualTo("/note");
            assertThat(p.location().column()).isEqualTo(44);
            assertThat(p.value()).hasSize(Problem.MAX_VALUE_LENGTH);
        });
    }

    @Test
    void hugeNumbersAreRefusedBeforeAnyBigDecimalIsMade() {
        Reads r = Reads.of("x.jsonl", "{\"code\":\"GDP\",\"year\":2022,\"value\":" + "9".repeat(4000) + "}\n"
                + "{\"code\":\"GDP\",\"year\":2022,\"value\":" + "9".repeat(50_000) + "}\n"
                + "{\"code\":\"GDP\",\"year\":2022,\"value\":1e999999999}\n"
                + "{\"code\":\"GDP\",\"year\":2022,\"value\":-1E-999999999}\n"
                + "{\"code\":\"GDP\",\"year\":2022,\"value\":\"1e5\"}\n", null);
        assertThat(r.codes()).containsExactly("O008", "O009", "O007", "O007", "O007");
        assertThat(r.problems().get(0).arguments()).containsExactly("4000", "40");
        assertThat(r.problems().get(1).arguments()).containsExactly("50000", "4096");
    }

    @Test
    void malformedJsonLinesAreReportedAndTheNextLineRead() {
        String deep = "[".repeat(100_00) + "]".repeat(100_00);
        Reads r = Reads.of("x.jsonl", String.join("\n",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1,}",
                "[1,2,3]",
                "not json at all",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1} {\"code\":\"GDP\"}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":" + deep + "}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":NaN}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1}"), null);
        assertThat(r.codes()).containsExactly("O020", "O020", "O020", "O020", "O020", "O020");
        assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.observations()).hasSize(1);
    }

    @Test
    void wrongTypesAndDuplicateKeysInJson() {
        Reads r = Reads.of("x.jsonl", String.join("\n",
                "{\"code\":\"GDP\",\"year\":true,\"value\":1}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1,\"dimensions\":[\"城镇\"]}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1,\"area\":\"城镇\",\"dimensions\":{\"area\":\"农村\"}}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1,\"dimensions\":{\"area\":{\"x\":1}}}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1,\"\":\"x\"}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":null,\"unit\":null}",
                "{\"code\":\"GDP\",\"year\":2022,\"value\":1,\"dimensions\":{\"a/b~c\":\"x\"}}"), null);
        assertThat(r.codes()).containsExactly("O021", "O021", "O016", "O021", "O017", "O001");
        assertThat(r.problems()).extracting(p -> p.location().pointer()).containsExactly("/year", "/dimensions",
                "/dimensions/area", "/dimensions/area", "/", "/value");
        assertThat(r.observations()).singleElement()
                .satisfies(o -> assertThat(o.dimensions()).containsEntry("a/b~c", "x"));
    }

    @Test
    void oldMacLineEndsAndUtf16AreText() {
        Reads cr = Reads.of("x.csv", "code,year,value\rGDP,2021,1\rGDP,2022,2\r", null);
        assertThat(cr.problems()).isEmpty();
        assertThat(cr.observations()).hasSize(2);
        byte[] utf16 = "\uFEFFcode,year,value\r\nGDP,2022,1\r\n".getBytes(StandardCharsets.UTF_16LE);
        Reads u = Reads.of("x.csv", utf16, null);
        assertThat(u.problems()).isEmpty();
        assertThat(u.observations()).hasSize(1);
    }

    @Test
    void problemsBeyondTheCapAreCountedNotListed() {
        StringBuilder csv = new StringBuilder("code,year,value\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("GDP,").append(2000 + i % 20).append(",bad\n");
        }
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(new java.io.ByteArrayInputStream(csv.toString()
                .getBytes(StandardCharsets.UTF_8)), "x.csv", ImportOptions.defaults().withMaxProblems(10), null,
                out::add);
        assertThat(r.problems()).hasSize(10);
        assertThat(r.truncated()).isTrue();
        assertThat(r.errors()).isEqualTo(5000);
        assertThat(r.countsByCode()).containsEntry("O006", 5000L);
    }

    @Test
    void theDuplicateCheckStopsWithAWarningWhenItsSetIsFull() {
        StringBuilder csv = new StringBuilder("code,year,value,地区\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("GDP,2022,1,区").append(i).append('\n');
        }
        csv.append("GDP,2022,1,区0\n");
        List<Observation> out = new ArrayList<>();
        ValidationReport r = new ObservationReader(ImportOptions.defaults(), null, 2025, new KeyHasher(3, 4), 1024)
                .read(new java.io.ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "x.csv",
                        out::add);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ObservationProblem.DUPLICATE_CHECK_STOPPED);
            assertThat(p.location()).isEqualTo(Location.at("x.csv", 770, 1));
            assertThat(p.arguments()).containsExactly("768");
        });
        assertThat(out).hasSize(1001);
    }

    @Test
    void aStreamThatFailsIsUnreadableWhereItFailed() {
        byte[] head = "code,year,value\nGDP,2022,1\nGDP,2023,2\n".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int i;

            @Override
            public int read() throws IOException {
                if (i < head.length) {
                    return head[i++];
                }
                throw new IOException("disk on fire");
            }
        };
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(failing, "x.csv", ImportOptions.defaults(), null, out::add);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FileProblem.UNREADABLE);
            assertThat(p.arguments()).containsExactly("disk on fire");
        });
    }
}
