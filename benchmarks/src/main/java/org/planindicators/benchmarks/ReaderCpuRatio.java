package org.planindicators.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.planindicators.benchmarks.SyntheticData.Format;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Benchmarks 1 and 2 on a busy machine: the work of {@link ObservationImportBenchmark} (the same files, plan, reads
 * and floors), timed by the CPU time of the reading thread rather than the wall clock, so that other processes
 * taking the cores between rounds do not count. The validated read and its floor alternate, round after round, and
 * the ratio of their median times is printed: floor time / validated time, the figure the goal (≥ 0.5) is about.
 * What CPU time cannot take out (caches shared with other processes, the JIT and GC threads) still moves it; use
 * JMH's ratios on a quiet machine.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.ReaderCpuRatio [rounds
 * [read|check]]} (default 15 rounds after 5 of warm-up, each format): {@code read} times {@link Observations#read}
 * (every observation to a sink, as {@code csvValidated}), {@code check} times {@link Observations#validate}, the
 * check-only path of the command line's {@code validate} (as {@code csvChecked}).
 */
public final class ReaderCpuRatio {
    private ReaderCpuRatio() {
    }

    /** Runs the rounds and prints, for each format, the median CPU times and their ratio. */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        boolean checkOnly = args.length > 1 && args[1].equals("check");
        int warmup = 5;
        int rows = ObservationImportBenchmark.ROWS;
        Path dir = Files.createTempDirectory("plan-indicators-cpu");
        Path csv = dir.resolve("observations.csv");
        Path jsonl = dir.resolve("observations.jsonl");
        try {
            SyntheticData.writeObservations(csv, Format.CSV, rows, 100, ObservationImportBenchmark.SEED);
            SyntheticData.writeObservations(jsonl, Format.JSONL, rows, 100, ObservationImportBenchmark.SEED);
            Plan plan = SyntheticData.plan(100);
            ImportOptions options = ImportOptions.defaults();
            ObjectReader csvRows = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build()
                    .readerFor(String[].class);
            ObjectReader jsonRows = JsonMapper.builder().build().readerFor(Map.class);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            for (Path file : new Path[] {csv, jsonl}) {
                ObjectReader bare = file == csv ? csvRows : jsonRows;
                long[] validated = new long[rounds];
                long[] floor = new long[rounds];
                long sink = 0;
                for (int r = -warmup; r < rounds; r++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    sink += checkOnly ? checked(file, options, plan) : validated(file, options, plan);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    sink += bare(bare, file);
                    long t2 = cpu.getCurrentThreadCpuTime();
                    if (r >= 0) {
                        validated[r] = t1 - t0;
                        floor[r] = t2 - t1;
                    }
                }
                long v = median(validated);
                long f = median(floor);
                System.out.printf("%s: %s %,d rows/s CPU, floor %,d rows/s CPU, ratio %.3f (rounds %d; %d)%n",
                        file.getFileName(), checkOnly ? "checked" : "validated", rows * 1_000_000_000L / v, rows * 1_000_000_000L / f, (double) f / v,
                        rounds, sink);
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(jsonl);
            Files.deleteIfExists(dir);
        }
    }

    private static long validated(Path file, ImportOptions options, Plan plan) {
        long[] n = {0};
        ValidationReport report = Observations.read(file, options, plan, o -> n[0] += o.period().year());
        if (report.hasErrors() || report.observations() != ObservationImportBenchmark.ROWS) {
            throw new IllegalStateException(file + ": " + report.problems());
        }
        return n[0];
    }

    private static long checked(Path file, ImportOptions options, Plan plan) {
        ValidationReport report = Observations.validate(file, options, plan);
        if (report.hasErrors() || report.observations() != ObservationImportBenchmark.ROWS) {
            throw new IllegalStateException(file + ": " + report.problems());
        }
        return report.observations();
    }

    private static long bare(ObjectReader reader, Path file) {
        long n = 0;
        try (MappingIterator<Object> it = reader.readValues(file)) {
            while (it.hasNext()) {
                if (it.next() != null) {
                    n++;
                }
            }
        }
        return n;
    }

    private static long median(long[] a) {
        long[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
