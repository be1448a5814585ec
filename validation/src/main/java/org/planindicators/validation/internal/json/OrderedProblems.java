package org.planindicators.validation.internal.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.Location;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ProblemCode;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.Severity;

/**
 * Gathers the problems of one document in whatever order they are found and hands them to a {@link
 * ProblemCollector} in file order: problems of the file as a whole first, then by line and column, ties in the
 * order found. Memory stays bounded: only the first {@code cap} problems in file order are kept (a heap evicts the
 * latest), the others are only counted by code and severity, and are passed on after the kept ones so that the
 * collector counts them without listing them.
 */
public final class OrderedProblems {
    private record Entry(Problem problem, long seq) {
    }

    private static final Comparator<Entry> FILE_ORDER = Comparator
            .comparingInt((Entry e) -> orZero(e.problem().location().line()))
            .thenComparingInt(e -> orZero(e.problem().location().column()))
            .thenComparingLong(Entry::seq);

    private record Dropped(ProblemCode code, Severity severity) {
    }

    private final String file;
    private final int cap;
    private final PriorityQueue<Entry> kept;
    private final Map<Dropped, Long> dropped = new LinkedHashMap<>();
    private long seq;
    private long errors;

    /** Problems of {@code file}, of which the first {@code cap} in file order are kept. */
    public OrderedProblems(String file, int cap) {
        this.file = Objects.requireNonNull(file, "file");
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
        this.kept = new PriorityQueue<>(Math.min(cap, 1024), FILE_ORDER.reversed());
    }

    /** The file the problems are of. */
    public String file() {
        return file;
    }

    /** Records {@code problem}. */
    public void add(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        if (problem.isError()) {
            errors++;
        }
        Entry e = new Entry(problem, seq++);
        kept.add(e);
        if (kept.size() > cap) {
            Problem latest = kept.poll().problem();
            dropped.merge(new Dropped(latest.code(), latest.severity()), 1L, Long::sum);
        }
    }

    /** Records a problem of {@code code} at {@code location}. */
    public void add(ProblemCode code, Location location, @Nullable String field, @Nullable String value,
            Object... arguments) {
        add(Problem.of(code, location, field, value, arguments));
    }

    /** Whether no problem at all, of any severity, has been recorded. */
    public boolean isEmpty() {
        return seq == 0;
    }

    /** Whether an error has been recorded. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** Passes every problem to {@code target}: the kept ones in file order, then the counted ones. */
    public void drainTo(ProblemCollector target) {
        List<Entry> ordered = new ArrayList<>(kept);
        ordered.sort(FILE_ORDER);
        for (Entry e : ordered) {
            target.add(e.problem());
        }
        Location whole = Location.ofFile(file);
        for (Map.Entry<Dropped, Long> d : dropped.entrySet()) {
            for (long i = 0; i < d.getValue(); i++) {
                target.add(new Problem(d.getKey().code(), d.getKey().severity(), whole, null, null, List.of()));
            }
        }
        kept.clear();
        dropped.clear();
    }

    private static int orZero(@Nullable Integer i) {
        return i == null ? 0 : i;
    }
}
