package org.planindicators.validation.internal.observation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.FileProblem;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.Reasons;
import org.planindicators.validation.internal.TextInput;

/**
 * Reads one observation stream: finds the encoding ({@link TextInput}), the format (from the file name, else from
 * the first line), then reads line by line, handing every good row to the sink. What it holds does not grow with the
 * file, except the duplicate set of 8-byte hashes. One read at a time: {@link
 * org.planindicators.validation.Observations} makes a reader for each.
 */
public final class ObservationReader {
    /** The format of a stream. */
    public enum Format {
        /** CSV long format, with a header. */
        CSV,
        /** JSON Lines: one JSON object a line. */
        JSON_LINES
    }

    private final ImportOptions options;
    private final @Nullable Plan plan;
    private final int currentYear;
    private final KeyHasher hasher;
    private final int maxKeySlots;

    /**
     * A reader with {@code options}, checking rows against {@code plan} when it is not null; values for years after
     * {@code currentYear} must be estimates or forecasts.
     */
    public ObservationReader(ImportOptions options, @Nullable Plan plan, int currentYear) {
        this(options, plan, currentYear, KeyHasher.random(), RowChecker.MAX_KEY_SLOTS);
    }

    /**
     * A reader as {@link #ObservationReader(ImportOptions, Plan, int)}, hashing keys with {@code hasher} and keeping
     * at most {@code maxKeySlots} slots (a power of two, at least 1024) for the duplicate check.
     */
    public ObservationReader(ImportOptions options, @Nullable Plan plan, int currentYear, KeyHasher hasher,
            int maxKeySlots) {
        this.options = Objects.requireNonNull(options, "options");
        this.plan = plan;
        this.currentYear = currentYear;
        this.hasher = hasher;
        this.maxKeySlots = maxKeySlots;
    }

    /** The format a file name says, or {@code null} when it says none. */
    public static @Nullable Format formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        return null;
    }

    /**
     * Reads {@code in} (not closed) as the file {@code file}, handing each observation without errors to {@code
     * sink}, and reports every problem.
     */
    public ValidationReport read(InputStream in, String file, Consumer<? super Observation> sink) {
        return read(in, file, sink, -1);
    }

    /**
     * Reads {@code in} as {@link #read(InputStream, String, Consumer)} does, knowing that it holds {@code bytes}
     * bytes (or -1 when that is not known): the duplicate set is then made about the size the rows need once the
     * first lines show how long a row is, instead of doubling on the way there. The report is the same.
     */
    public ValidationReport read(InputStream in, String file, Consumer<? super Observation> sink, long bytes) {
        Objects.requireNonNull(sink, "sink");
        return run(in, file, sink, bytes);
    }

    /**
     * Checks {@code in} (not closed) as the file {@code file}, as {@link #read(InputStream, String, Consumer)} does,
     * without making the observations: the same problems and counts.
     */
    public ValidationReport check(InputStream in, String file) {
        return run(in, file, null, -1);
    }

    /**
     * Checks {@code in} as {@link #check(InputStream, String)} does, knowing that it holds {@code bytes} bytes (or
     * -1), as {@link #read(InputStream, String, Consumer, long)} uses it. The report is the same.
     */
    public ValidationReport check(InputStream in, String file, long bytes) {
        return run(in, file, null, bytes);
    }

    private ValidationReport run(InputStream in, String file, @Nullable Consumer<? super Observation> sink,
            long bytes) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(file, "file");
        ProblemCollector problems = new ProblemCollector(file, options.maxProblems());
        RowChecker checker = new RowChecker(file, problems, options.units(), plan == null ? null : new PlanIndex(plan),
                currentYear, sink, hasher, maxKeySlots);
        LineSource lines = null;
        try {
            lines = open(in, file, problems);
            if (lines != null) {
                readLines(lines, file, problems, checker, bytes);
            }
        } catch (IOException e) {
            int line = lines == null ? 0 : lines.lineNumber() + 1;
            problems.add(FileProblem.UNREADABLE, line == 0 ? Location.ofFile(file) : new Location(file, line, null,
                    null), null, null, Reasons.io(e));
        }
        return problems.report(FileKind.OBSERVATIONS, checker.indicatorsObserved(), checker.delivered());
    }

    /** Detects the encoding; the lines of the text, or {@code null} after reporting why there is none. */
    private @Nullable LineSource open(InputStream in, String file, ProblemCollector problems) throws IOException {
        // TextInput sniffs at most SNIFF_BYTES (+4) of this stream; after reset, the lines are decoded here, so that
        // a decoding failure further on is placed exactly.
        int markLimit = 2 * TextInput.SNIFF_BYTES;
        BufferedInputStream buffered = new BufferedInputStream(in, markLimit);
        buffered.mark(markLimit);
        TextInput.Detection detection = TextInput.open(buffered, options.encoding());
        if (detection instanceof TextInput.Empty) {
            problems.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
            return null;
        }
        if (detection instanceof TextInput.Binary b) {
            problems.add(FileProblem.BINARY, Location.ofFile(file), null, null, b.offset());
            return null;
        }
        if (detection instanceof TextInput.Undecodable u) {
            problems.add(FileProblem.BAD_ENCODING, Location.at(file, u.line(), u.column()), null, null,
                    u.charset().name(), u.offset());
            return null;
        }
        TextInput.Text text = (TextInput.Text) detection;
        buffered.reset();
        int bom = 0;
        if (text.bom()) {
            buffered.mark(4);
            int b0 = buffered.read();
            int b1 = buffered.read();
            int b2 = buffered.read();
            buffered.reset();
            bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF ? 3 : 2;
            buffered.skipNBytes(bom);
        }
        return new LineSource(buffered, text.charset(), bom, Parsers.MAX_LINE_CHARS);
    }

    private void readLines(LineSource lines, String file, ProblemCollector problems, RowChecker checker, long bytes)
            throws IOException {
        Format format = formatOf(file);
        LineFormat reader = null;
        boolean any = false;
        LineSource.Line line;
        int read = 0;
        long start = lines.offset();
        while ((line = lines.next()) != null) {
            if (++read == RowChecker.SAMPLE_LINES && bytes > 0) {
                checker.expectRows(bytes - lines.offset(), lines.offset() - start);
            }
            if (reader == null) {
                if (line.isBlank()) {
                    continue;
                }
                if (format == null) {
                    format = sniff(line);
                }
                if (format == null) {
                    problems.add(FileProblem.UNKNOWN_KIND, Location.at(file, line.number(), 1), null, null);
                    return;
                }
                reader = reader(format, file, problems, checker, lines);
            }
            any = true;
            if (!reader.accept(line)) {
                return;
            }
        }
        endOfFile(file, problems, checker, reader, any, lines.failure(), lines.charset());
    }

    /**
     * The reader of {@code format} for the rows of {@code file}, and {@code lines} set to what it reads: a CSV line
     * is split on its bytes, a JSON line is read from its bytes too, even when they are ASCII.
     */
    static LineFormat reader(Format format, String file, ProblemCollector problems, RowChecker checker,
            LineSource lines) {
        lines.keepUtf8(true);
        lines.keepAscii(format != Format.CSV);
        return format == Format.CSV ? new CsvFormat(file, problems, checker)
                : new JsonLinesFormat(file, problems, checker);
    }

    /**
     * Reports what the end of the file shows, after its last line (or where its bytes stopped being text): the
     * format's and the checker's findings over the whole file, then the decoding failure, or that the file was empty
     * or held no observation rows.
     */
    static void endOfFile(String file, ProblemCollector problems, RowChecker checker, @Nullable LineFormat reader,
            boolean any, LineSource.@Nullable Failure failure, java.nio.charset.Charset charset) {
        if (reader != null) {
            reader.finish();
        }
        checker.finish();
        if (failure != null && failure.nul()) {
            problems.add(FileProblem.BINARY, Location.at(file, failure.line(),
                    (int) Math.min(Integer.MAX_VALUE, failure.column())), null, null, "≤" + failure.byteOffset());
            return;
        }
        if (failure != null) {
            problems.add(FileProblem.BAD_ENCODING, Location.at(file, failure.line(),
                    (int) Math.min(Integer.MAX_VALUE, failure.column())), null, null, charset.name(),
                    failure.byteOffset());
            return;
        }
        if (!any) {
            problems.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
        } else if (checker.rows() == 0) {
            problems.add(ObservationProblem.NO_OBSERVATIONS, Location.ofFile(file), null, null);
        }
    }

    /** The format of a file whose name says none, from its first non-blank line: JSON Lines when it is an object. */
    static @Nullable Format sniff(LineSource.Line line) {
        String s = Role.normalize(line.text());
        if (s.startsWith("{")) {
            return Format.JSON_LINES;
        }
        if (s.startsWith("[")) {
            return null;
        }
        return Format.CSV;
    }
}
