package org.planindicators.validation.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.planindicators.validation.ImportOptions;

/**
 * Issue 15 item 6: a 50 MiB plan document (then under the 64 MiB limit) ran out of memory under {@code -Xmx256m},
 * peaking at about 5× the file. The document limit is now {@link ImportOptions#DEFAULT_MAX_FILE_BYTES}, and a
 * document just under it is read in a child JVM with {@code -Xmx256m}: every indicator, no error, no
 * OutOfMemoryError.
 */
class PlanDocumentMemoryTest {
    @Test
    void aPlanDocumentJustUnderTheLimitIsReadIn256Megabytes() throws Exception {
        Path file = Path.of("target", "plan-at-limit.json");
        Files.createDirectories(file.getParent());
        int indicators = write(file, ImportOptions.DEFAULT_MAX_FILE_BYTES - 4096);
        assertThat(Files.size(file)).isLessThanOrEqualTo(ImportOptions.DEFAULT_MAX_FILE_BYTES);
        Path out = Path.of("target", "plan-at-limit.txt");
        Path err = Path.of("target", "plan-at-limit.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), PlanDocumentMain.class.getName(),
                file.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!child.waitFor(300, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM took more than 300 s");
        }
        assertThat(child.exitValue()).as(Files.readString(err)).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).as(String.join("\n", lines)).contains("errors=0", "indicators=" + indicators);
    }

    /** A valid plan document of about {@code bytes} bytes: one goal of many indicators; the number written. */
    private static int write(Path file, long bytes) throws IOException {
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder head = new StringBuilder("{\"formatVersion\": 1, \"title\": \"规模测试规划\", \"jurisdiction\": "
                    + "{\"name\": \"成都市青白江区\", \"level\": \"county\", \"code\": \"510113\"}, \"kind\": "
                    + "\"five_year_plan\", \"status\": \"approved\", \"period\": \"2021-2025\", \"baseYear\": 2020, "
                    + "\"parts\": [{\"level\": \"chapter\", \"title\": \"第二章\", \"goals\": [{\"id\": \"g1\", "
                    + "\"title\": \"发展目标\", \"indicators\": [\n");
            w.write(head.toString());
            long written = head.length() * 2L;
            String tail = "]}]}]}\n";
            while (true) {
                String ind = (n == 0 ? "" : ",\n") + "{\"name\": \"集装箱吞吐量指标" + n + "\", \"code\": \"C" + n
                        + "\", \"unit\": \"万标箱\", \"baseline\": {\"year\": 2020, \"value\": \"52.5\"}, "
                        + "\"targets\": [{\"year\": 2025, \"target\": \"120万标箱\"}]}";
                long size = ind.getBytes(StandardCharsets.UTF_8).length;
                if (written + size + tail.length() > bytes) {
                    break;
                }
                w.write(ind);
                written += size;
                n++;
            }
            w.write(tail);
        }
        return n;
    }
}
