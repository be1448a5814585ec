package org.planindicators.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 3 on a shared machine: the same two operations as {@link PlanJsonBenchmark} ({@code PlanJson.read} of a
 * plan of 2,000 indicators with full validation, and the floor {@code JsonMapper.readTree} of the same file), run in
 * alternating rounds in one JVM and timed by the CPU time of the running thread
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}) as well as by the wall clock. JMH runs the two in separate forks
 * one after the other, so on a machine other processes share, a change of load between the forks moves the ratio;
 * here each round pairs the two within a second or so, and CPU time does not count the time the thread waited for a
 * core. CPU time of other threads (the garbage collector's, the compilers') is not counted for either operation.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.PlanCpuRatio [rounds]
 * [warm-up rounds]} (defaults 30 and 15). Prints each measured round and the medians: documents per second of CPU
 * time and of wall time for each operation, and the ratio validated / floor.
 */
public final class PlanCpuRatio {
    private static final int OPS_PER_ROUND = 10;

    private PlanCpuRatio() {
    }

    /**
     * Runs the rounds and prints the figures.
     *
     * @param args the number of measured rounds and of warm-up rounds
     * @throws IOException when the plan cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createTempDirectory("plan-cpu-ratio");
        Path file = dir.resolve("plan-" + PlanJsonBenchmark.INDICATORS + ".json");
        try {
            SyntheticData.writePlan(file, SyntheticData.plan(PlanJsonBenchmark.INDICATORS));
            ImportOptions options = ImportOptions.defaults();
            ObjectMapper mapper = JsonMapper.builder().build();
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            double[] cpuRatio = new double[rounds];
            double[] validatedCpu = new double[rounds];
            double[] floorCpu = new double[rounds];
            double[] validatedWall = new double[rounds];
            double[] floorWall = new double[rounds];
            long sink = 0;
            for (int r = -warmUp; r < rounds; r++) {
                long c0 = bean.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int i = 0; i < OPS_PER_ROUND; i++) {
                    ImportResult<Plan> read = PlanJson.read(file, options);
                    sink += read.model().orElseThrow().indicators().size();
                }
                long c1 = bean.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                for (int i = 0; i < OPS_PER_ROUND; i++) {
                    sink += mapper.readTree(file).size();
                }
                long c2 = bean.getCurrentThreadCpuTime();
                long w2 = System.nanoTime();
                if (r >= 0) {
                    validatedCpu[r] = perSecond(c1 - c0);
                    floorCpu[r] = perSecond(c2 - c1);
                    validatedWall[r] = perSecond(w1 - w0);
                    floorWall[r] = perSecond(w2 - w1);
                    cpuRatio[r] = validatedCpu[r] / floorCpu[r];
                    System.out.printf(Locale.ROOT, "round %2d: validated %7.1f/s cpu %7.1f/s wall; floor %7.1f/s cpu"
                            + " %7.1f/s wall; ratio cpu %.3f wall %.3f%n", r + 1, validatedCpu[r], validatedWall[r],
                            floorCpu[r], floorWall[r], cpuRatio[r], validatedWall[r] / floorWall[r]);
                }
            }
            System.out.printf(Locale.ROOT, "medians over %d rounds of %d documents each (sink %d):%n", rounds,
                    OPS_PER_ROUND, sink);
            System.out.printf(Locale.ROOT, "  planValidated   %.1f documents/s of CPU time, %.1f of wall time%n",
                    median(validatedCpu), median(validatedWall));
            System.out.printf(Locale.ROOT, "  planBareJackson %.1f documents/s of CPU time, %.1f of wall time%n",
                    median(floorCpu), median(floorWall));
            System.out.printf(Locale.ROOT, "  ratio validated / floor: %.3f by CPU time (median of the rounds' "
                    + "ratios), %.3f by wall time (ratio of medians)%n", median(cpuRatio),
                    median(validatedWall) / median(floorWall));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static double perSecond(long nanos) {
        return OPS_PER_ROUND * 1e9 / Math.max(1, nanos);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
