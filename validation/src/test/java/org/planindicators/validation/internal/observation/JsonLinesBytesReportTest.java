package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ProblemCollector;

/**
 * The JSON Lines reader fed the lines' UTF-8 bytes ({@link JsonLineBytes}) beside the same reader fed their text
 * ({@link JsonLineFields}) and beside Jackson alone: the same report, problem for problem (code, line, character
 * column, JSON pointer, field, value, message) and observation for observation, on every JSON Lines file of the test
 * resources and the examples' data, and on generated files good and bad.
 */
class JsonLinesBytesReportTest {
    /** How the reader is fed. */
    enum Mode {
        /** Lines keep their bytes, read by {@link JsonLineBytes}, as the observation reader has them. */
        BYTES,
        /** Lines that are not ASCII keep their bytes, ASCII lines are text: the two fast paths in turn. */
        MIXED,
        /** Every line as text, read by {@link JsonLineFields}. */
        TEXT,
        /** Every line to Jackson's parser. */
        PARSER
    }

    /** What one reader reported and delivered, and how many lines it had as bytes. */
    record Read(List<String> out, int byteLines) {
    }

    /** Reads the bytes of a JSON Lines file (its byte-order mark skipped, as the observation reader skips it). */
    static Read read(byte[] file, Mode mode) throws IOException {
        ProblemCollector problems = new ProblemCollector("x.jsonl", Integer.MAX_VALUE);
        List<Observation> delivered = new ArrayList<>();
        RowChecker checker = new RowChecker("x.jsonl", problems, ImportOptions.defaults().units(), null, 2024,
                delivered::add, new KeyHasher(1, 2), 1 << 16);
        JsonLinesFormat format = new JsonLinesFormat("x.jsonl", problems, checker, mode == Mode.PARSER);
        int bom = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF
                ? 3 : 0;
        LineSource lines = new LineSource(new ByteArrayInputStream(file, bom, file.length - bom),
                StandardCharsets.UTF_8, bom, Parsers.MAX_LINE_CHARS);
        lines.keepUtf8(mode == Mode.BYTES || mode == Mode.MIXED);
        lines.keepAscii(mode == Mode.BYTES);
        List<String> out = new ArrayList<>();
        int byteLines = 0;
        LineSource.Line line;
        while ((line = lines.next()) != null) {
            if (line.utf8() != null) {
                byteLines++;
            }
            format.accept(line);
            drain(line.number(), problems, delivered, out);
        }
        format.finish();
        checker.finish();
        drain(-1, problems, delivered, out);
        out.add("failure " + lines.failure());
        return new Read(out, byteLines);
    }

    private static void drain(int n, ProblemCollector problems, List<Observation> delivered, List<String> out) {
        for (Problem p : problems.drainListed()) {
            out.add(n + " " + p + " field=" + p.field() + " value=" + p.value());
        }
        for (Observation o : delivered) {
            out.add(n + " " + o);
        }
        delivered.clear();
    }

    /** Asserts the three readers agree on {@code file}; how many lines went as bytes. */
    private static int assertSameReport(byte[] file, String what) throws IOException {
        Read bytes = read(file, Mode.BYTES);
        Read text = read(file, Mode.TEXT);
        Read mixed = read(file, Mode.MIXED);
        assertThat(text.byteLines()).isZero();
        assertThat(mixed.byteLines()).isLessThanOrEqualTo(bytes.byteLines());
        assertThat(bytes.out()).as(what).isEqualTo(text.out());
        assertThat(mixed.out()).as(what).isEqualTo(text.out());
        assertThat(bytes.out()).as(what).isEqualTo(read(file, Mode.PARSER).out());
        return mixed.byteLines();
    }

    static Stream<Path> files() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../examples/data"))) {
            assertThat(root).isDirectory();
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".ndjson"))
                        .forEach(found::add);
            }
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(8);
        return found.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyJsonLinesFileIsReportedAlikeFromBytesAndFromText(Path file) throws IOException {
        assertSameReport(Files.readAllBytes(file), file.toString());
    }

    private static final String[] KEYS = {"code", "indicator", "指标", "jurisdiction", "year", "period", "年份", "value",
        "数值", "unit", "单位", "status", "source", "区县", "", " ", "a/b~c", "dimensions", "数值 ", "😀", "\\u6307\\u6807",
        "code\\\"", "𠀀"};
    private static final String[] VALUES = {"\"C0001\"", "\"地区生产总值\"", "2023", "\"2023\"", "\"2023-Q2\"",
        "\"20x3\"", "1.25", "\"1,5\"", "\"1e5\"", "-0", "1E5", "\"亿元\"", "\"万元\"", "\"furlong\"", "\"final\"",
        "\"初步\"", "\"??\"", "null", "\"\"", "\"  \"", "true", "{\"城乡\":\"城镇\"}", "[1]", "\"x\".repeat",
        "\"测\".repeat", "\"😀\".repeat", "\"\\u4EBF元\"", "\"亿\\u5143\"", "\"\\ud83d\\ude00\"", "\"𠀀区\"",
        "\"\u3000亿元\u3000\"", "12.50", "-0.5e-3", "0.0", "01", "1.", "\"\\x\"", "\"\\uD800\"", "\"510115\"",
        "\"😀\\t\"", "\"初步核算\""};
    private static final String JUNK = "{}[]:,\"\\ -+.0123456789eEnulltrux测😀\u3000\uFEFF";

    private static String value(SplittableRandom r) {
        String v = VALUES[r.nextInt(VALUES.length)];
        while (v.endsWith(".repeat") && r.nextInt(30) != 0) {
            v = VALUES[r.nextInt(VALUES.length)]; // few lines too long for the line source's buffer of bytes
        }
        if (v.endsWith(".repeat")) {
            String c = v.substring(1, v.indexOf('"', 1));
            int times = Parsers.MAX_FIELD_CHARS / c.length() - 1 + r.nextInt(3);
            v = "\"" + c.repeat(times) + "\"";
        }
        return v;
    }

    /**
     * Generated files: flat objects of every key and value above (Chinese and astral characters, escapes, numbers
     * of every shape, nulls, keys twice, fields too long), one line in four mutated (a character deleted, put in or
     * changed, trailing garbage, the line cut short), lines ended by LF or CRLF, some files starting with a
     * byte-order mark, some lines starting with one (not skipped there): the same report from bytes and from text.
     */
    @Test
    void generatedFilesAreReportedAlikeFromBytesAndFromText() throws IOException {
        SplittableRandom r = new SplittableRandom(16);
        int byteLines = 0;
        for (int file = 0; file < 60; file++) {
            StringBuilder sb = new StringBuilder(file % 4 == 0 ? "\uFEFF" : "");
            for (int k = 0; k < 400; k++) {
                StringBuilder line = new StringBuilder(r.nextInt(20) == 0 ? "\uFEFF{" : "{");
                int members = r.nextInt(9);
                for (int i = 0; i < members; i++) {
                    if (i > 0) {
                        line.append(r.nextInt(4) == 0 ? " , " : ",");
                    }
                    line.append('"').append(KEYS[r.nextInt(KEYS.length)]).append(r.nextInt(8) == 0 ? "\" : " : "\":")
                            .append(value(r));
                }
                line.append(r.nextInt(5) == 0 ? " }" : "}");
                if (r.nextInt(4) == 0) {
                    int at = r.nextInt(line.length());
                    switch (r.nextInt(5)) {
                        case 0 -> line.deleteCharAt(at);
                        case 1 -> line.insert(at, JUNK.charAt(r.nextInt(JUNK.length())));
                        case 2 -> line.setCharAt(at, JUNK.charAt(r.nextInt(JUNK.length())));
                        case 3 -> line.append(JUNK.charAt(r.nextInt(JUNK.length())));
                        default -> line.setLength(at);
                    }
                }
                sb.append(line).append(r.nextInt(3) == 0 ? "\r\n" : "\n");
            }
            byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8); // a lone surrogate becomes '?'
            byteLines += assertSameReport(utf8, "file " + file);
        }
        assertThat(byteLines).isGreaterThan(5_000);
    }

    /** With {@link LineSource#keepAscii(boolean)}, ASCII lines keep their bytes too, and are the same lines. */
    @Test
    void asciiLinesKeepTheirBytesWhenAsked() throws IOException {
        byte[] data = "{\"a\":1}\r\n  \n\n{\"b\":\"测\"}\r{}\n x".getBytes(StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (boolean ascii : new boolean[] {true, false}) {
            LineSource lines = new LineSource(new ByteArrayInputStream(data), StandardCharsets.UTF_8, 0,
                    Parsers.MAX_LINE_CHARS);
            lines.keepUtf8(true);
            lines.keepAscii(ascii);
            LineSource.Line line;
            while ((line = lines.next()) != null) {
                (ascii ? kept : plain).add(line.number() + " " + (line.utf8() != null) + " " + line.isBlank() + " "
                        + line.overflow() + " " + line + " " + line.length());
            }
        }
        assertThat(kept).containsExactly(
                "1 true false false Line[number=1, text={\"a\":1}, length=7] 7",
                "2 true true false Line[number=2, text=  , length=2] 2",
                "3 true true false Line[number=3, text=, length=0] 0",
                "4 true false false Line[number=4, text={\"b\":\"测\"}, length=9] 9",
                "5 true false false Line[number=5, text={}, length=2] 2",
                "6 false false false Line[number=6, text= x, length=2] 2");
        assertThat(plain).hasSize(6);
        for (int i = 0; i < 6; i++) {
            // The same lines, only the ASCII ones held as text: all but the second word alike.
            assertThat(plain.get(i).replaceFirst(" (true|false) ", " "))
                    .isEqualTo(kept.get(i).replaceFirst(" (true|false) ", " "));
        }
        assertThat(plain.get(0)).startsWith("1 false");
        assertThat(plain.get(3)).startsWith("4 true");
    }

    /** Well-formed rows only, as a writer of JSON Lines writes them: all observations, from bytes as from text. */
    @Test
    void goodRowsAreDeliveredAlike() throws IOException {
        StringBuilder sb = new StringBuilder();
        String[] units = {"亿元", "%", "万元", "元"};
        for (int k = 0; k < 2_000; k++) {
            sb.append("{\"code\":\"C").append(1000 + k % 7).append("\",\"jurisdiction\":\"").append(510_000 + k).append("\",\"year\":")
                    .append(2010 + k % 15).append(",\"value\":").append(k).append(".5,\"unit\":\"")
                    .append(units[k % units.length]).append("\",\"status\":\"final\"")
                    .append(k % 4 == 1 ? "" : ",\"城乡\":\"城镇😀\"").append("}\n");
        }
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        Read bytes = read(utf8, Mode.BYTES);
        assertThat(bytes.byteLines()).isEqualTo(2_000);
        assertThat(read(utf8, Mode.MIXED).byteLines()).isEqualTo(2_000 * 3 / 4); // the lines in % are ASCII
        assertThat(bytes.out()).isEqualTo(read(utf8, Mode.TEXT).out());
        assertThat(read(utf8, Mode.MIXED).out()).isEqualTo(bytes.out());
        assertThat(bytes.out()).as("%s", bytes.out().subList(0, 3)).filteredOn(s -> s.contains("Observation["))
                .hasSize(2_000);
    }
}
