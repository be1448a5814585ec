package org.planindicators.validation;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.internal.TextInput;

/**
 * Validates a set of files together: tells each file's kind, reads plans and indicator tables first, then checks
 * each observation file against the plan it belongs to (known indicators, convertible units, sensible years).
 *
 * <p>Which plan an observation file belongs to: with one plan (or table) given, that plan. With several, the rows
 * at the head of the file (its first {@value #SAMPLE_BYTES} bytes, at most {@value #SAMPLE_ROWS} rows) are matched
 * against each plan: a row whose jurisdiction is the plan's (by name or GB/T 2260 code) scores 2, a row whose
 * indicator is one of the plan's (by code or name) scores 1; the plan with the highest score wins, the first given
 * on a tie. So {@code validate examples/data/*} checks the Wenjiang observations against the Wenjiang plan, not
 * against whichever plan sorts first. {@link Listener#matched} tells which plan was chosen.
 *
 * <p>Kinds: {@code .jsonl}/{@code .ndjson} are observations; {@code .json} is a plan document; a {@code .csv} is
 * observations when its header has a value column (数值, value, 观测值, 实际值), otherwise an indicator table. Other
 * names are told by content the same way.
 */
public final class PlanFiles {
    private static final Set<String> VALUE_HEADERS = Set.of("数值", "value", "观测值", "实际值", "值");
    /** How many bytes at the head of an observation file are read to tell which plan it belongs to. */
    static final int SAMPLE_BYTES = 65536;
    /** How many rows at the head of an observation file are read to tell which plan it belongs to. */
    static final int SAMPLE_ROWS = 200;

    /** Told about each file as it is validated, for progress output. */
    public interface Listener {
        /**
         * {@code file} is about to be read.
         *
         * @param file the file
         * @param kind the kind of figure
         */
        default void started(Path file, FileKind kind) {
        }

        /**
         * {@code file} has been read.
         *
         * @param file the file
         * @param report its report
         */
        default void finished(Path file, ValidationReport report) {
        }

        /**
         * The observations in {@code file} are about to be checked against {@code plan}.
         *
         * @param file the observation file
         * @param plan the plan it was matched to
         */
        default void matched(Path file, Plan plan) {
        }
    }

    private PlanFiles() {
    }

    /**
     * The kind of {@code file}, from its name and first line; empty when it cannot be told.
     *
     * @param file the file
     * @return the kind of {@code file}, from its name and first line; empty when it cannot be told
     */
    public static Optional<FileKind> detect(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(FileKind.OBSERVATIONS);
        }
        if (name.endsWith(".json")) {
            return Optional.of(FileKind.PLAN);
        }
        String first;
        try {
            first = firstLine(file);
        } catch (IOException e) {
            return name.endsWith(".csv") ? Optional.of(FileKind.TABLE) : Optional.empty();
        }
        if (first == null) {
            return name.endsWith(".csv") ? Optional.of(FileKind.TABLE) : Optional.empty();
        }
        String line = first.strip();
        if (line.startsWith("{")) {
            return Optional.of(line.endsWith("}") ? FileKind.OBSERVATIONS : FileKind.PLAN);
        }
        if (name.endsWith(".csv") || line.contains(",")) {
            for (String header : line.split(",")) {
                String h = header.strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (VALUE_HEADERS.contains(h)) {
                    return Optional.of(FileKind.OBSERVATIONS);
                }
            }
            return Optional.of(FileKind.TABLE);
        }
        return Optional.empty();
    }

    private static @Nullable String firstLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            TextInput.Detection d = TextInput.open(in, null);
            if (d instanceof TextInput.Text t) {
                try (BufferedReader r = new BufferedReader(t.reader(), 8192)) {
                    char[] buf = new char[8192];
                    int n = r.read(buf);
                    if (n <= 0) {
                        return null;
                    }
                    String head = new String(buf, 0, n);
                    int nl = head.indexOf('\n');
                    return nl < 0 ? head : head.substring(0, nl);
                }
            }
            return null;
        }
    }

    /**
     * Reads a plan from {@code file}: an indicator table when {@link #detect(Path)} tells {@link FileKind#TABLE},
     * otherwise a plan document. (An observation file is read as a plan document, and fails as one: callers that
     * may be given one should {@link #detect(Path)} first.)
     *
     * @param file the file
     * @param options how to read it
     * @return the plan, when the file has no errors, and the report
     */
    public static ImportResult<Plan> readPlan(Path file, ImportOptions options) {
        return readPlan(file, detect(file).orElse(FileKind.PLAN), options);
    }

    private static ImportResult<Plan> readPlan(Path file, FileKind kind, ImportOptions options) {
        return kind == FileKind.TABLE ? IndicatorTables.read(file, options) : PlanJson.read(file, options);
    }

    /**
     * Validates {@code files} together, in the order given within each kind; see the class description.
     *
     * @param files the files, of any kind
     * @param options how files are read
     * @return one report a file, in the order the files were given
     */
    public static List<ValidationReport> validate(List<Path> files, ImportOptions options) {
        return validate(files, options, new Listener() { });
    }

    /**
     * Validates {@code files} together, telling {@code listener} about each. Reports come back in the order the
     * files were given.
     *
     * @param files the files, of any kind
     * @param options how files are read
     * @param listener told about each file as it is started and finished
     * @return one report a file, in the order the files were given
     */
    public static List<ValidationReport> validate(List<Path> files, ImportOptions options, Listener listener) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        ValidationReport[] reports = new ValidationReport[files.size()];
        List<Plan> plans = new ArrayList<>();
        List<Integer> observationFiles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Optional<FileKind> kind = detect(file);
            if (kind.isEmpty()) {
                ProblemCollector c = new ProblemCollector(file.toString(), options.maxProblems());
                c.add(FileProblem.UNKNOWN_KIND, Location.ofFile(file.toString()), null, null);
                reports[i] = c.report(FileKind.PLAN, 0, 0);
                listener.finished(file, reports[i]);
                continue;
            }
            if (kind.get() == FileKind.OBSERVATIONS) {
                observationFiles.add(i);
                continue;
            }
            listener.started(file, kind.get());
            ImportResult<Plan> result = readPlan(file, kind.get(), options);
            reports[i] = result.report();
            if (result.value() != null) {
                plans.add(result.value());
            }
            listener.finished(file, reports[i]);
        }
        for (int i : observationFiles) {
            Path file = files.get(i);
            listener.started(file, FileKind.OBSERVATIONS);
            Plan plan = planFor(file, plans, options);
            if (plan != null) {
                listener.matched(file, plan);
            }
            reports[i] = Observations.read(file, options, plan, observation -> { });
            listener.finished(file, reports[i]);
        }
        return List.of(reports);
    }

    /** The plan among {@code plans} that the observations in {@code file} belong to; see the class description. */
    static @Nullable Plan planFor(Path file, List<Plan> plans, ImportOptions options) {
        if (plans.size() <= 1) {
            return plans.isEmpty() ? null : plans.get(0);
        }
        List<Observation> sample = new ArrayList<>();
        try {
            byte[] head = sampleHead(file);
            Observations.read(new ByteArrayInputStream(head), file.toString(), options, null, observation -> {
                if (sample.size() < SAMPLE_ROWS) {
                    sample.add(observation);
                }
            });
        } catch (IOException e) {
            return plans.get(0); // the full read reports the file as unreadable
        }
        Plan best = plans.get(0);
        long bestScore = -1;
        for (Plan plan : plans) {
            long score = 0;
            Jurisdiction j = plan.jurisdiction();
            for (Observation o : sample) {
                String where = o.jurisdiction();
                if (where != null && (where.equals(j.name())
                        || (j.code() != null && where.equals(j.code().toString())))) {
                    score += 2;
                }
                if (plan.findIndicator(o.indicator()).isPresent()) {
                    score += 1;
                }
            }
            if (score > bestScore) {
                best = plan;
                bestScore = score;
            }
        }
        return best;
    }

    /** The first {@link #SAMPLE_BYTES} bytes of {@code file}, cut after its last complete line. */
    private static byte[] sampleHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            if (head.length < SAMPLE_BYTES) {
                return head;
            }
            boolean le = head[0] == (byte) 0xFF && head[1] == (byte) 0xFE;
            boolean be = head[0] == (byte) 0xFE && head[1] == (byte) 0xFF;
            int end = 0;
            if (le || be) { // UTF-16: a line feed is the code unit 0x000A at an even offset
                int low = le ? 0 : 1;
                for (int i = (head.length - 2) & ~1; i >= 2 && end == 0; i -= 2) {
                    end = head[i + low] == '\n' && head[i + 1 - low] == 0 ? i + 2 : 0;
                }
            } else { // '\n' never occurs inside a UTF-8 or GB18030 multi-byte character
                for (int i = head.length - 1; i >= 0 && end == 0; i--) {
                    end = head[i] == '\n' ? i + 1 : 0;
                }
            }
            return Arrays.copyOf(head, end);
        }
    }
}
