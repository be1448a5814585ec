package org.planindicators.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the problems of one file while it is read: keeps the first {@code cap} of them and counts them all, by
 * code. Not thread-safe; one collector a file.
 */
public final class ProblemCollector {
    private final String file;
    private final int cap;
    private final List<Problem> kept = new ArrayList<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private long errors;
    private long warnings;
    private long notes;

    /**
     * A collector for {@code file} that lists at most {@code cap} problems.
     *
     * @param file the file name problems are located in
     * @param cap the most problems listed, at least 1
     * @throws IllegalArgumentException when the cap is not positive
     */
    public ProblemCollector(String file, int cap) {
        this.file = Objects.requireNonNull(file, "file");
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
    }

    /** {@return the file problems are collected for} */
    public String file() {
        return file;
    }

    /**
     * Records a problem: listed while under the cap, counted always.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        counts.merge(problem.code().code(), 1L, Long::sum);
        if (problem.isError()) {
            errors++;
        } else if (problem.severity() == Severity.WARNING) {
            warnings++;
        } else {
            notes++;
        }
        if (kept.size() < cap) {
            kept.add(problem);
        }
    }

    /**
     * Records a problem of {@code code} at {@code line} and {@code column}.
     *
     * @param code the stable code
     * @param line the 1-based line
     * @param column the 1-based column (in CSV, the field number)
     * @param field the field or column at fault, or {@code null}
     * @param value the offending value as written, or {@code null}
     * @param arguments the message arguments
     */
    public void add(ProblemCode code, int line, int column, @Nullable String field, @Nullable String value,
            Object... arguments) {
        add(Problem.of(code, Location.at(file, line, column), field, value, arguments));
    }

    /**
     * Records a problem of {@code code} at {@code location}.
     *
     * @param code the stable code
     * @param location where the problem is
     * @param field the field or column at fault, or {@code null}
     * @param value the offending value as written, or {@code null}
     * @param arguments the message arguments
     */
    public void add(ProblemCode code, Location location, @Nullable String field, @Nullable String value,
            Object... arguments) {
        add(Problem.of(code, location, field, value, arguments));
    }

    /**
     * Hands over the problems listed since the last call and forgets them, so that the cap applies afresh; the
     * counts by code and severity stay. For a caller that checks rows one at a time and passes each row's problems
     * on as it goes (the Spark module's per-partition checks).
     *
     * @return the problems listed since the last call, in the order they were added
     */
    public List<Problem> drainListed() {
        List<Problem> listed = List.copyOf(kept);
        kept.clear();
        return listed;
    }

    /**
     * Adds what {@code later} collected for the part of the same file that follows the part this collector saw (a
     * file read in parts on several threads): its listed problems after this one's, up to the cap, and its counts.
     * The result is what one collector would have gathered reading both parts in order.
     *
     * @param later the collector of the next part
     */
    public void append(ProblemCollector later) {
        Objects.requireNonNull(later, "later");
        for (Map.Entry<String, Long> e : later.counts.entrySet()) {
            counts.merge(e.getKey(), e.getValue(), Long::sum);
        }
        errors += later.errors;
        warnings += later.warnings;
        notes += later.notes;
        for (Problem p : later.kept) {
            if (kept.size() >= cap) {
                break;
            }
            kept.add(p);
        }
    }

    /** {@return whether an error has been recorded} */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** {@return the number of errors recorded} */
    public long errorCount() {
        return errors;
    }

    /**
     * The report of what was collected.
     *
     * @param kind the kind of figure
     * @param indicators how many indicators were read
     * @param observations how many observations were read
     * @return the report of what was collected
     */
    public ValidationReport report(FileKind kind, int indicators, long observations) {
        return new ValidationReport(file, kind, indicators, observations, kept, errors + warnings + notes > kept.size(),
                counts, errors, warnings);
    }
}
