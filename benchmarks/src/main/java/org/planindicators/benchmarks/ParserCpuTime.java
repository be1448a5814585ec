package org.planindicators.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.planindicators.target.TargetParser;

/**
 * Benchmark 4 in CPU time: the loop of {@code TargetParserBenchmark.parse} (every phrase of the seed corpus, one
 * thread, {@code TargetParser.standard().parse}), timed by the thread's CPU clock ({@link
 * ThreadMXBean#getCurrentThreadCpuTime()}) beside the wall clock. On a machine shared with other processes JMH's
 * wall-clock throughput falls with the load, while the CPU time a phrase takes moves much less: "phrases a second on one
 * core" is passes × phrases / CPU seconds. For the reader of BENCHMARKS.md, not a replacement of JMH.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.ParserCpuTime [rounds] [passes]}:
 * {@code rounds} rounds (default 8; the first ones are warm-up, read the last ones) of {@code passes} passes over the
 * corpus (default 2,000: 916,000 phrases a round).
 */
public final class ParserCpuTime {
    private ParserCpuTime() {
    }

    /**
     * Runs the rounds and prints one line a round.
     *
     * @param args rounds and passes, both optional
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<String> all = SeedCorpus.phrases();
        String[] phrases = all.toArray(String[]::new);
        TargetParser parser = TargetParser.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 1; r <= rounds; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int k = 0; k < passes; k++) {
                for (String p : phrases) {
                    sink += parser.parse(p).targets().size();
                }
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long wall = System.nanoTime() - wall0;
            double n = (double) passes * phrases.length;
            System.out.printf(Locale.ROOT, "round %d: %,.0f phrases/s of CPU time, %,.0f phrases/s of wall time"
                    + " (CPU %.0f%% of wall)%n", r, n * 1e9 / cpu, n * 1e9 / wall, 100.0 * cpu / wall);
        }
        System.out.println("targets read: " + sink);
    }
}
