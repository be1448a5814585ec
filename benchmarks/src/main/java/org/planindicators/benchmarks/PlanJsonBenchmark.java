package org.planindicators.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 3: reading a plan document of {@value #INDICATORS} indicators with full validation ({@link PlanJson#read},
 * syntax, types, Jakarta constraints, plan rules, every target parsed) beside the floor, a bare Jackson databind of
 * the same file into a tree. Scores are documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Threads(1)
public class PlanJsonBenchmark {
    /** Indicators in the plan. */
    public static final int INDICATORS = 2000;

    private Path dir;
    private Path file;
    private ImportOptions options;
    private ObjectMapper mapper;

    /** Writes the plan document. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("plan-indicators-bench");
        file = dir.resolve("plan-" + INDICATORS + ".json");
        SyntheticData.writePlan(file, SyntheticData.plan(INDICATORS));
        options = ImportOptions.defaults();
        mapper = JsonMapper.builder().build();
        if (planValidated().indicators().size() != INDICATORS) {
            throw new IllegalStateException("the plan did not read back whole");
        }
    }

    /** Deletes the document. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** Plan JSON import with full validation. */
    @Benchmark
    public Plan planValidated() {
        ImportResult<Plan> read = PlanJson.read(file, options);
        return read.model().orElseThrow(() -> new IllegalStateException(read.report().problems().toString()));
    }

    /** Floor: Jackson databind of the same file into a {@code JsonNode} tree. */
    @Benchmark
    public JsonNode planBareJackson() {
        return mapper.readTree(file);
    }
}
