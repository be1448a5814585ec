package org.planindicators.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.planindicators.target.TargetParser;

/**
 * Benchmark 4: target-notation parsing over the seed corpus ({@link SeedCorpus}, {@value SeedCorpus#PHRASES} phrases
 * a pass), one thread: phrases per second. The goal is 1,000,000 a second on one core. Beside it, for scale only, a
 * regular expression that merely finds the numbers in each phrase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class TargetParserBenchmark {
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?");

    private String[] phrases;
    private TargetParser parser;

    /** Loads the corpus. */
    @Setup(Level.Trial)
    public void setUp() {
        List<String> all = SeedCorpus.phrases();
        if (all.size() != SeedCorpus.PHRASES) {
            throw new IllegalStateException("expected " + SeedCorpus.PHRASES + " phrases, found " + all.size());
        }
        phrases = all.toArray(String[]::new);
        parser = TargetParser.standard();
    }

    /** Parses every phrase of the corpus. */
    @Benchmark
    @OperationsPerInvocation(SeedCorpus.PHRASES)
    public void parse(Blackhole bh) {
        for (String p : phrases) {
            bh.consume(parser.parse(p));
        }
    }

    /** For scale: a regular expression finding the numbers in every phrase (no units, no notation, no values). */
    @Benchmark
    @OperationsPerInvocation(SeedCorpus.PHRASES)
    public void regexNumbersOnly(Blackhole bh) {
        for (String p : phrases) {
            Matcher m = NUMBER.matcher(p);
            int n = 0;
            while (m.find()) {
                n += m.end() - m.start();
            }
            bh.consume(n);
        }
    }
}
