package org.planindicators.validation.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Location;
import org.planindicators.validation.Observations;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.TextInput;

/**
 * Issue 15 items 2 and 3, issue 10's encoding rule: a UTF-8 file with one damaged byte is reported at that byte (its
 * line and column), never re-read as GB18030 mojibake; GB18030 is chosen only for bytes that are not UTF-8 as a
 * whole and decode cleanly as GB18030; a NUL byte anywhere, also past the first 64 KiB, is binary input.
 */
class EncodingTest {
    private static final String HEADER = "指标,地区,年份,数值,单位\n";
    private static final String ROW = "固定资产投资增长,温江区,2022,4.1,%\n";

    /** A row of a distinct indicator for each {@code i}. */
    private static String row(int i) {
        return "固定资产投资增长" + i + ",温江区,2022,4.1,%\n";
    }

    private static ValidationReport observations(byte[] bytes, List<Observation> out) {
        return Observations.read(new ByteArrayInputStream(bytes), "obs.csv", ImportOptions.defaults(), null,
                out::add);
    }

    /** The observation file of the issue: ten rows, UTF-8, with row {@code cutRow}'s first character cut short. */
    private static byte[] tenRowsWithACutCharacter(int cutRow) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 10; i++) {
            byte[] row = ROW.getBytes(StandardCharsets.UTF_8);
            if (i == cutRow) {
                // 固 is E5 9B BA: keep its first two bytes only.
                b.write(row, 0, 2);
                b.write(row, 3, row.length - 3);
            } else {
                b.writeBytes(row);
            }
        }
        return b.toByteArray();
    }

    @Test
    void aUtf8ObservationFileWithATruncatedCharacterInTheMiddleIsReportedAtThatByteNotReadAsGb18030() {
        byte[] bytes = tenRowsWithACutCharacter(5);
        List<Observation> out = new ArrayList<>();
        ValidationReport r = observations(bytes, out);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("F003");
            assertThat(p.arguments().get(0)).isEqualTo("UTF-8");
            // line 1 is the header; row 5 is line 6; the cut character is its first, the byte after it at column 1
            assertThat(p.location()).isEqualTo(Location.at("obs.csv", 6, 1));
        });
        assertThat(out).allSatisfy(o -> assertThat(o.indicator()).doesNotContain("鍥"));
    }

    @Test
    void aUtf8FileWhoseLastCharacterIsCutIsReportedAtTheEnd() {
        byte[] whole = (HEADER + ROW + "地区生产总值,温江区,2022,717.11,亿元,初步核算").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(whole, whole.length - 1);
        ValidationReport r = observations(bytes, new ArrayList<>());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("F003");
            assertThat(p.arguments()).containsExactly("UTF-8", Integer.toString(bytes.length - 2));
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().column()).isEqualTo("地区生产总值,温江区,2022,717.11,亿元,初步核".length() + 1);
        });
    }

    @Test
    void aUtf8TableWithADamagedByteIsReportedAtItsLineAndFieldNotReadAsGb18030() {
        String table = "类别,指标,单位,属性,2020年,2025年\n"
                + "经济发展,地区生产总值,亿元,预期性,717.11,1000\n".repeat(6)
                + "经济发展,常住人口城镇化率,%,预期性,70,75\n";
        byte[] bytes = table.getBytes(StandardCharsets.UTF_8);
        int at = table.indexOf("常住");
        int byteAt = table.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        bytes[byteAt + 1] = (byte) 0x41;   // 常 is E5 B8 B8: its second byte damaged
        ImportResult<?> r = IndicatorTables.read(new ByteArrayInputStream(bytes), "t.csv", ImportOptions.defaults());
        assertThat(r.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("F003");
            assertThat(p.arguments().get(0)).isEqualTo("UTF-8");
            assertThat(p.location()).isEqualTo(Location.at("t.csv", 8, 2));
        });
    }

    @Test
    void aNulByteAfterTheFirst64KiBOfAnObservationFileIsBinaryInput() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        int lines = 1;
        while (b.size() < TextInput.SNIFF_BYTES + 100) {
            b.writeBytes(row(lines).getBytes(StandardCharsets.UTF_8));
            lines++;
        }
        b.writeBytes("指\u0000标,温江区,2022,1,%\n".getBytes(StandardCharsets.UTF_8));
        List<Observation> out = new ArrayList<>();
        ValidationReport r = observations(b.toByteArray(), out);
        int nulLine = lines + 1;
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("F004");
            assertThat(p.location()).isEqualTo(Location.at("obs.csv", nulLine, 2));
        });
        assertThat(out).noneSatisfy(o -> assertThat(o.indicator()).contains("\u0000"));
    }

    @Test
    void aNulByteAfterTheFirst64KiBOfATableIsBinaryInput() {
        StringBuilder t = new StringBuilder("类别,指标,单位,属性,2020年,2025年\n");
        int i = 0;
        while (t.length() * 2 < TextInput.SNIFF_BYTES + 100) {
            t.append("经济发展,指标").append(i++).append(",亿元,预期性,1,2\n");
        }
        t.append("经济发展,指\u0000标,亿元,预期性,1,2\n");
        ImportResult<?> r = IndicatorTables.read(new ByteArrayInputStream(t.toString().getBytes(
                StandardCharsets.UTF_8)), "t.csv", ImportOptions.defaults());
        assertThat(r.value()).isNull();
        assertThat(r.report().problems()).extracting(p -> p.code().code()).contains("F004");
        Problem p = r.report().problems().stream().filter(x -> x.code().code().equals("F004")).findFirst()
                .orElseThrow();
        assertThat(p.location().line()).isEqualTo(i + 2);
    }

    @Test
    void genuineGb18030FilesAreStillRead() throws IOException {
        List<Observation> out = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/observation/good/wenjiang-2022-gbk.csv")) {
            ValidationReport r = Observations.read(in, "gbk.csv", ImportOptions.defaults(), null, out::add);
            assertThat(r.hasErrors()).as(r.toString()).isFalse();
        }
        assertThat(out).isNotEmpty().anySatisfy(o -> assertThat(o.indicator()).isEqualTo("地区生产总值"));
        try (InputStream in = getClass().getResourceAsStream("/table/good/national-gbk.csv")) {
            ImportResult<?> r = IndicatorTables.read(in, "national-gbk.csv", ImportOptions.defaults());
            assertThat(r.report().hasErrors()).as(r.report().toString()).isFalse();
        }
        // GB18030 written text, a few rows: chosen because it is not UTF-8 and decodes cleanly.
        byte[] gb = (HEADER + ROW + row(2)).getBytes(Charset.forName("GB18030"));
        List<Observation> gbOut = new ArrayList<>();
        assertThat(observations(gb, gbOut).hasErrors()).isFalse();
        assertThat(gbOut).extracting(Observation::indicator).containsExactly("固定资产投资增长", "固定资产投资增长2");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030GetTheUtf8Error() {
        byte[] gb = (HEADER + ROW).getBytes(Charset.forName("GB18030"));
        byte[] bytes = Arrays.copyOf(gb, gb.length + 2);
        bytes[gb.length] = (byte) 0x81;   // a GB18030 lead byte …
        bytes[gb.length + 1] = (byte) 0x20;   // … with no trail byte
        ValidationReport r = observations(bytes, new ArrayList<>());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("F003");
            assertThat(p.arguments().get(0)).isEqualTo("UTF-8");
            // 指 is D6 B8 in GB18030, which happens to be a well-formed UTF-8 sequence: the first bad byte is after it
            assertThat(p.location()).isEqualTo(Location.at("obs.csv", 1, 2));
        });
    }
}
