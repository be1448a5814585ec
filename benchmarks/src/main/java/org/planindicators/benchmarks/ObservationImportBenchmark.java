package org.planindicators.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
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
 * Benchmarks 1 and 2: importing and validating an observation stream of {@value #ROWS} synthetic rows (100
 * indicators of the national plan, counties × years) against the plan, beside the floor, a bare Jackson parse of the
 * same bytes into rows ({@code String[]} per CSV line, {@code Map} per JSON line). Scores are rows per second
 * ({@link OperationsPerInvocation}); the ratio validated / bare is the figure the goal (≥ 0.5) is about.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Threads(1)
public class ObservationImportBenchmark {
    /** Rows in each file. */
    public static final int ROWS = 500_000;
    /** The generator's seed. */
    public static final long SEED = 20_260_101L;

    private Path dir;
    private Path csv;
    private Path jsonl;
    private Plan plan;
    private ImportOptions options;
    private ObjectReader csvRows;
    private ObjectReader jsonRows;

    /** Writes the two files and builds the plan and the bare readers. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("plan-indicators-bench");
        csv = dir.resolve("observations.csv");
        jsonl = dir.resolve("observations.jsonl");
        SyntheticData.writeObservations(csv, Format.CSV, ROWS, 100, SEED);
        SyntheticData.writeObservations(jsonl, Format.JSONL, ROWS, 100, SEED);
        plan = SyntheticData.plan(100);
        options = ImportOptions.defaults();
        csvRows = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(String[].class);
        jsonRows = JsonMapper.builder().build().readerFor(Map.class);
        // Both sides must see every row: a validated read that rejected rows would be measuring less work.
        check(csvValidated(null), csv);
        check(jsonLinesValidated(null), jsonl);
    }

    private static void check(long observations, Path file) {
        if (observations != ROWS) {
            throw new IllegalStateException(file + ": " + observations + " observations, expected " + ROWS);
        }
    }

    /** Deletes the files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(jsonl);
        Files.deleteIfExists(dir);
    }

    private long validated(Path file, Blackhole bh) {
        ValidationReport report = Observations.read(file, options, plan, o -> {
            if (bh != null) {
                bh.consume(o);
            }
        });
        if (report.hasErrors()) {
            throw new IllegalStateException(file + ": " + report.problems());
        }
        return report.observations();
    }

    /** The check-only path of {@code validate} ({@link Observations#validate}): no observation is made. */
    private long checked(Path file) {
        ValidationReport report = Observations.validate(file, options, plan);
        if (report.hasErrors() || report.observations() != ROWS) {
            throw new IllegalStateException(file + ": " + report.observations() + " " + report.problems());
        }
        return report.observations();
    }

    private static long bare(ObjectReader reader, Path file, Blackhole bh) {
        long n = 0;
        try (MappingIterator<Object> it = reader.readValues(file)) {
            while (it.hasNext()) {
                Object row = it.next();
                if (bh != null) {
                    bh.consume(row);
                }
                n++;
            }
        }
        return n;
    }

    /** Observations CSV: import and validate against the plan, every observation to a sink. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long csvValidated(Blackhole bh) {
        return validated(csv, bh);
    }

    /** Floor: Jackson CSV reads the same bytes into one {@code String[]} a line. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long csvBareJackson(Blackhole bh) {
        return bare(csvRows, csv, bh);
    }

    /** Observations JSON Lines: import and validate against the plan. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long jsonLinesValidated(Blackhole bh) {
        return validated(jsonl, bh);
    }

    /** Floor: Jackson databind reads the same bytes into one {@code Map} a line. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long jsonLinesBareJackson(Blackhole bh) {
        return bare(jsonRows, jsonl, bh);
    }

    /** Observations CSV checked as the command line's {@code validate} checks them: no observation is made. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long csvChecked() {
        return checked(csv);
    }

    /** Observations JSON Lines checked as {@code validate} checks them. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long jsonLinesChecked() {
        return checked(jsonl);
    }
}
