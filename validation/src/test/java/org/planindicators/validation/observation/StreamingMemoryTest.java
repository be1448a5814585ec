package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming proof: a file of 1,000,000 good observations and eight planted bad rows is written into {@code
 * target/}, then read by {@link StreamingMain} in a child JVM with {@code -Xmx64m}, which must read every good row
 * and report exactly the planted problems. A reader that kept its rows (or full keys for the duplicate check) would
 * not fit: the rows alone are some 300 MB as objects. The numbers are written to {@code target/streaming-*.txt}.
 */
class StreamingMemoryTest {
    static final int ROWS = 1_000_000;
    private static final String[] UNITS = {"万元", "%", "万标箱", "元"};

    /** The planted problems, by code: one row each. */
    private static final Map<String, Long> PLANTED = Map.of(
            "O002", 1L, // unknown indicator
            "O006", 1L, // bad value
            "O007", 1L, // exponent notation
            "O015", 1L, // duplicate of the first row
            "O004", 1L, // year out of range
            "O011", 1L, // incompatible unit
            "O009", 1L); // a 100 KB line

    @ParameterizedTest
    @ValueSource(strings = {"csv", "jsonl"})
    void aMillionRowsReadInSixtyFourMegabytes(String format) throws Exception {
        Path file = Path.of("target", "observations-1m." + format);
        Files.createDirectories(file.getParent());
        long t0 = System.nanoTime();
        write(file, format.equals("csv"));
        long writeMillis = (System.nanoTime() - t0) / 1_000_000;

        Path out = Path.of("target", "streaming-" + format + ".txt");
        Path err = Path.of("target", "streaming-" + format + ".err");
        Path gcLog = Path.of("target", "streaming-" + format + "-gc.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                StreamingMain.class.getName(), file.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM took more than 120 s");
        }
        assertThat(child.exitValue()).as(Files.readString(err)).isZero();
        Map<String, String> found = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("problem=")) {
                found.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        Files.writeString(out, "written in " + writeMillis + " ms, " + Files.size(file) + " bytes\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(found.get("observations")).isEqualTo(Integer.toString(ROWS));
        assertThat(found.get("delivered")).isEqualTo(Integer.toString(ROWS));
        Map<String, Long> expected = new HashMap<>(PLANTED);
        expected.put(format.equals("csv") ? "O019" : "O020", 1L); // one malformed line
        // The rows are for hundreds of districts, none the plan's: the first 20 each get a warning, the rest one.
        expected.put("O027", 21L);
        Map<String, Long> codes = new HashMap<>();
        found.forEach((k, v) -> {
            if (k.startsWith("code.")) {
                codes.put(k.substring(5), Long.parseLong(v));
            }
        });
        assertThat(codes).isEqualTo(expected);
        assertThat(found.get("errors")).isEqualTo("8");
        assertThat(found.get("warnings")).isEqualTo("21");
        assertThat(Long.parseLong(found.get("liveHeapAt900k"))).isPositive().isLessThan(64L << 20);
    }

    /** Writes the million good rows and the planted bad ones. */
    static void write(Path file, boolean csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (csv) {
                w.write("指标代码,地区,期间,数值,单位,状态,城乡\n");
            }
            List<String[]> bad = planted();
            for (int i = 0; i < ROWS; i++) {
                if (i > 0 && i % 100_000 == 0 && i / 100_000 <= bad.size()) {
                    String[] b = bad.get(i / 100_000 - 1);
                    w.write(csv ? csvRow(b) : jsonRow(b));
                }
                int ind = i % 4;
                int rest = i / 4;
                String area = rest % 2 == 0 ? "城镇" : "农村";
                int m = (rest / 2) % 360;
                int jurisdiction = rest / 2 / 360;
                String period = (1991 + m / 12) + (m % 12 < 9 ? "-0" : "-") + (m % 12 + 1);
                String value = (i % 100_000) + "." + (i % 100);
                String[] row = {"I" + ind, "区" + jurisdiction, period, value, UNITS[ind], "final", area};
                w.write(csv ? csvRow(row) : jsonRow(row));
            }
        }
    }

    /** Eight bad rows: one is written before every 100,000th good row. */
    private static List<String[]> planted() {
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[] {"I9", "区0", "2000-01", "1", "万元", "final", "城镇"});
        bad.add(new String[] {"I0", "区0", "2000-01", "abc", "万元", "final", "城镇"});
        bad.add(new String[] {"I0", "区0", "2000-01", "1e999999999", "万元", "final", "城镇"});
        bad.add(new String[] {"I0", "区0", "1991-01", "1", "万元", "final", "城镇"});
        bad.add(new String[] {"I0", "区0", "1900", "1", "万元", "final", "城镇"});
        bad.add(new String[] {"I0", "区0", "2000-01", "1", "公里", "final", "城镇"});
        bad.add(new String[] {"I0", "区0", "2000-01", "1", "万元", "x".repeat(100_000), "城镇"});
        bad.add(null);
        return bad;
    }

    private static String csvRow(String[] r) {
        return r == null ? "I0,\"区0,2000-01,1,万元,final,城镇\n" : String.join(",", r) + "\n";
    }

    private static String jsonRow(String[] r) {
        if (r == null) {
            return "{\"code\":\"I0\",\"jurisdiction\":\"区0\",\"period\":\"2000-01\",\"value\":1,\n";
        }
        // The value as a JSON number, unless it is not one; the status only when it is not final, the default.
        String value = r[3].equals("abc") ? "\"abc\"" : r[3];
        String status = r[5].equals("final") ? "" : ",\"status\":\"" + r[5] + "\"";
        return "{\"code\":\"" + r[0] + "\",\"地区\":\"" + r[1] + "\",\"period\":\"" + r[2] + "\",\"value\":" + value
                + ",\"unit\":\"" + r[4] + "\"" + status + ",\"城乡\":\"" + r[6] + "\"}\n";
    }
}
