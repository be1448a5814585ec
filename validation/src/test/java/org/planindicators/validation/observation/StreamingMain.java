package org.planindicators.validation.observation;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;

/**
 * Reads one observation file against {@link TestPlans#fiveYear()} and prints what it found, one {@code key=value}
 * a line, for {@link StreamingMemoryTest}, which runs it in a JVM of 64 MiB: the observations delivered, the errors
 * and warnings, the problems by code, the time taken, the live heap measured after a full collection at the
 * 900,000th observation (the duplicate set included), and the most heap in use (garbage included) seen every
 * 10,000 observations.
 *
 * <p>Run it by hand with {@code java -Xmx64m -cp <test class path> …StreamingMain FILE}.
 */
public final class StreamingMain {
    private StreamingMain() {
    }

    /**
     * Reads {@code args[0]}.
     *
     * @param args the file to read
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        AtomicLong seen = new AtomicLong();
        long[] liveAt900k = {-1};
        long[] peak = {0};
        Runtime rt = Runtime.getRuntime();
        long start = System.nanoTime();
        ValidationReport r = Observations.read(file, ImportOptions.defaults(), TestPlans.fiveYear(),
                (Observation o) -> {
                    long n = seen.incrementAndGet();
                    if (n % 10_000 == 0) {
                        peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                    }
                    if (n == 900_000) {
                        System.gc();
                        liveAt900k[0] = rt.totalMemory() - rt.freeMemory();
                    }
                });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("observations=" + r.observations());
        System.out.println("delivered=" + seen.get());
        System.out.println("errors=" + r.errors());
        System.out.println("warnings=" + r.warnings());
        for (Map.Entry<String, Long> e : r.countsByCode().entrySet()) {
            System.out.println("code." + e.getKey() + "=" + e.getValue());
        }
        r.problems().forEach(p -> System.out.println("problem=" + p));
        System.out.println("millis=" + millis);
        System.out.println("liveHeapAt900k=" + liveAt900k[0]);
        System.out.println("peakHeap=" + peak[0]);
        System.out.println("maxHeap=" + rt.maxMemory());
    }
}
