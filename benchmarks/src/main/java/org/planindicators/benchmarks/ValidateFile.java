package org.planindicators.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;

/**
 * Validates one synthetic observation file against {@link SyntheticData#plan(int)} of 100 indicators, as {@link
 * HeapFlat} runs it in a JVM of {@code -Xmx64m}, and prints {@code key=value} lines: the observations delivered, the
 * problems by code, the time taken, the live heap after a full collection at 90 % of the expected rows (everything
 * the reader holds then, the duplicate set included), and the peak of the heap pools (garbage included).
 *
 * <p>{@code java -Xmx64m -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.ValidateFile FILE ROWS}
 *
 * <p>With {@code -Dthreads=N} (N above 1) the file is checked, not read, on N threads ({@link
 * Observations#validate(Path, ImportOptions, Plan, int)}): no observation is delivered, so there is no live heap at
 * 90 % of the rows to print, only the largest heap after a collection (from the GC log) and the peak of the pools.
 */
public final class ValidateFile {
    private ValidateFile() {
    }

    /**
     * Reads {@code args[0]}, expecting {@code args[1]} rows.
     *
     * @param args the file and the rows it holds
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long expected = Long.parseLong(args[1]);
        long gcAt = Math.max(1, expected * 9 / 10);
        Plan plan = SyntheticData.plan(100);
        long[] seen = {0};
        long[] liveAtGc = {-1};
        Runtime rt = Runtime.getRuntime();
        long start = System.nanoTime();
        ValidationReport r;
        int threads = Integer.getInteger("threads", 1);
        try {
            r = threads > 1 ? Observations.validate(file, ImportOptions.defaults(), plan, threads)
                    : Observations.read(file, ImportOptions.defaults(), plan, o -> {
                if (++seen[0] == gcAt) {
                    System.gc();
                    liveAtGc[0] = rt.totalMemory() - rt.freeMemory();
                }
            });
        } catch (OutOfMemoryError e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("outOfMemoryAfterRows=" + seen[0]);
            System.out.println("millis=" + millis);
            System.out.println("error=" + e);
            System.exit(3);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("observations=" + r.observations());
        System.out.println("delivered=" + seen[0]);
        System.out.println("threads=" + threads);
        System.out.println("errors=" + r.errors());
        System.out.println("warnings=" + r.warnings());
        for (Map.Entry<String, Long> e : r.countsByCode().entrySet()) {
            System.out.println("code." + e.getKey() + "=" + e.getValue());
        }
        System.out.println("millis=" + millis);
        System.out.println("liveHeapAt90pct=" + liveAtGc[0]);
        System.out.println("peakHeapPools=" + peak);
        System.out.println("maxHeap=" + rt.maxMemory());
        System.exit(r.observations() == expected && r.errors() == 0 ? 0 : 1);
    }
}
