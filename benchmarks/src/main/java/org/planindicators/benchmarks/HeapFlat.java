package org.planindicators.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planindicators.benchmarks.SyntheticData.Format;

/**
 * Heap flatness: for each row count (default 10⁵, 10⁶, 10⁷) and each format, writes a synthetic observation file
 * (100 indicators, counties × years, seeded) and validates it in a fresh JVM started with {@code -Xmx64m} and a GC
 * log ({@link ValidateFile}), then prints one table row each: rows, file size, time, rows per second, live heap after
 * a full collection at 90 % of the rows, the largest heap after any collection in the GC log, and the peak of the
 * heap pools (garbage included). Files are deleted after each run unless {@code -Dkeep=true}.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.HeapFlat DIR [ROWS...]}; {@code
 * benchmarks/heap-flat.sh} runs it. {@code -Dthreads=2} checks each file on two threads instead ({@link ValidateFile}).
 */
public final class HeapFlat {
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    private HeapFlat() {
    }

    /**
     * Runs the measurements.
     *
     * @param args a working directory, then row counts
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/heap-flat");
        Files.createDirectories(dir);
        List<Long> counts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String rows = args[i].replace("_", "");
            if (!rows.matches("[1-9][0-9]{0,9}")) {
                System.err.println("usage: benchmarks/heap-flat.sh [ROWS...]  (whole numbers of rows, such as 100000 or"
                        + " 1_000_000; default 10^5, 10^6 and 10^7), not '" + args[i] + "'");
                System.exit(2);
            }
            counts.add(Long.parseLong(rows));
        }
        if (counts.isEmpty()) {
            counts = List.of(100_000L, 1_000_000L, 10_000_000L);
        }
        String formats = System.getProperty("formats", "csv,jsonl");
        String heap = System.getProperty("heap", "64m");
        boolean keep = Boolean.getBoolean("keep");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        System.out.println("| format | rows | file MB | validate s | rows/s | live heap at 90 % (MiB) |"
                + " max heap after GC (MiB) | peak heap pools (MiB) | result |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String f : formats.split(",")) {
            Format format = Format.valueOf(f.trim().toUpperCase(Locale.ROOT));
            for (long rows : counts) {
                Path file = dir.resolve("observations-" + rows + format.extension());
                SyntheticData.writeObservations(file, format, rows, 100, ObservationImportBenchmark.SEED);
                Path out = dir.resolve("validate-" + rows + format.extension() + ".txt");
                Path gcLog = dir.resolve("validate-" + rows + format.extension() + "-gc.log");
                Process child = new ProcessBuilder(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog,
                        "-Dthreads=" + Integer.getInteger("threads", 1), "-cp", classPath,
                        ValidateFile.class.getName(), file.toString(), Long.toString(rows))
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!child.waitFor(30, TimeUnit.MINUTES)) {
                    child.destroyForcibly();
                }
                Map<String, String> found = new LinkedHashMap<>();
                for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        found.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
                long maxAfterGc = 0;
                for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
                    Matcher m = AFTER_GC.matcher(line);
                    if (m.find()) {
                        maxAfterGc = Math.max(maxAfterGc, Long.parseLong(m.group(1)));
                    }
                }
                double seconds = Long.parseLong(found.getOrDefault("millis", "0")) / 1000.0;
                String result = child.exitValue() == 0 ? "ok, " + found.get("observations") + " observations"
                        : found.containsKey("outOfMemoryAfterRows")
                                ? "OutOfMemoryError after " + found.get("outOfMemoryAfterRows") + " rows"
                                : "exit " + child.exitValue() + ", see " + out;
                System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.1f | %,.0f | %s | %d | %s | %s |%n",
                        format.name().toLowerCase(Locale.ROOT), rows, Files.size(file) / 1e6, seconds,
                        seconds > 0 ? found.containsKey("observations") ? rows / seconds
                                : Long.parseLong(found.getOrDefault("outOfMemoryAfterRows", "0")) / seconds : 0,
                        mib(found.get("liveHeapAt90pct")), maxAfterGc, mib(found.get("peakHeapPools")), result);
                if (!keep) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String mib(String bytes) {
        if (bytes == null || bytes.startsWith("-")) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f", Long.parseLong(bytes) / 1048576.0);
    }
}
