package org.planindicators.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.planindicators.calc.Growth;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;

/**
 * Benchmark 5: the calculators, average annual growth (CAGR, {@link Growth#averageAnnual(BigDecimal, BigDecimal, int,
 * MathContext)}) and the growth still required ({@link Growth#requiredAnnual(BigDecimal, BigDecimal, int,
 * MathContext)}) at {@link MathContext#DECIMAL64}, the evaluator's default, over {@value #PAIRS} seeded input pairs,
 * in calls per second, beside a {@code double} {@link Math#pow} of the same formula; and the evaluation of a
 * 100-indicator plan over 10 years of national observations (1,000 observations), in plan evaluations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class CalculatorBenchmark {
    /** Input pairs a pass. */
    public static final int PAIRS = 1024;

    private final BigDecimal[] starts = new BigDecimal[PAIRS];
    private final BigDecimal[] ends = new BigDecimal[PAIRS];
    private final int[] years = new int[PAIRS];
    private final double[] startsD = new double[PAIRS];
    private final double[] endsD = new double[PAIRS];
    private Plan plan;
    private List<Observation> observations;
    private Evaluator evaluator;

    /** Draws the inputs; builds the plan and its observations. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < PAIRS; i++) {
            double start = 50 + random.nextDouble() * 5000;
            double end = start * (0.8 + random.nextDouble() * 1.2);
            starts[i] = BigDecimal.valueOf(start).setScale(2, java.math.RoundingMode.HALF_EVEN);
            ends[i] = BigDecimal.valueOf(end).setScale(2, java.math.RoundingMode.HALF_EVEN);
            startsD[i] = starts[i].doubleValue();
            endsD[i] = ends[i].doubleValue();
            years[i] = 1 + random.nextInt(15);
        }
        plan = SyntheticData.plan(100);
        observations = SyntheticData.nationalSeries(plan, 2025, 10, 11);
        evaluator = Evaluator.withDefaults();
    }

    /** Average annual growth (水平法), {@code (end / start)^(1/n) − 1}, in BigDecimal. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void cagr(Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(Growth.averageAnnual(starts[i], ends[i], years[i], MathContext.DECIMAL64));
        }
    }

    /** The yearly growth still needed to reach a target, {@code (target / current)^(1/m) − 1}, in BigDecimal. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void requiredGrowth(Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(Growth.requiredAnnual(starts[i], ends[i], years[i], MathContext.DECIMAL64));
        }
    }

    /** Floor: the same formula in {@code double}. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void cagrDouble(Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(Math.pow(endsD[i] / startsD[i], 1.0 / years[i]) - 1);
        }
    }

    /** A 100-indicator plan evaluated in 2025 over 10 years (2016–2025) of observations of every indicator. */
    @Benchmark
    public PlanEvaluation evaluatePlan100x10() {
        return evaluator.evaluate(plan, observations, 2025);
    }
}
