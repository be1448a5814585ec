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
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.internal.FileTasks;
import org.planindicators.validation.internal.TextInput;
import org.planindicators.validation.internal.table.KindRules;

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
     * The kind of {@code file}, decided from its content; empty when it cannot be told or is ambiguous (see {@link
     * #decide(Path, ImportOptions)}).
     *
     * @param file the file
     * @return the kind, or empty
     */
    public static Optional<FileKind> detect(Path file) {
        return Optional.ofNullable(decide(file, ImportOptions.defaults()).kind());
    }

    /**
     * What a file was decided to be.
     *
     * @param kind the kind, or {@code null} when it cannot be told or the content reads as several kinds
     * @param wide for observations: whether they are a wide (yearbook) table, one indicator a row, one period a
     *     column
     * @param possible the kinds the content reads as (two or more when ambiguous)
     * @param reason why, in English, for messages and logs
     */
    public record Decision(@Nullable FileKind kind, boolean wide, List<FileKind> possible, String reason) {
        /**
         * Checks the fields.
         *
         * @param kind the kind, or {@code null}
         * @param wide whether observations are wide
         * @param possible the kinds the content reads as
         * @param reason why
         */
        public Decision {
            possible = List.copyOf(possible);
            Objects.requireNonNull(reason, "reason");
        }

        /** {@return whether the content reads as more than one kind} */
        public boolean ambiguous() {
            return kind == null && possible.size() > 1;
        }

        static Decision of(FileKind kind, boolean wide, String reason) {
            return new Decision(kind, wide, List.of(kind), reason);
        }
    }

    /**
     * Decides the kind of {@code file} from its content, never wrongly in silence:
     *
     * <ul>
     *   <li>{@link ImportOptions#kind()} when given;
     *   <li>{@code .jsonl}/{@code .ndjson}, or text whose first line is one JSON object: observations; other JSON: a
     *       plan document;
     *   <li>a CSV text or a workbook (its first sheet holding a table): the header row (title rows above it passed
     *       over) is read with the header vocabulary. A value column with a period column: long observations. A
     *       column only plans have (属性, 牵头单位, 目标, 年均/累计, 基期, 方向 …), a year column whose cells are written
     *       as targets (5左右, 以上, 〔20〕), or a year column later than last year: an indicator table. An indicator
     *       column and period columns of plain numbers: wide observations, unless there is a single year column
     *       and nothing else to tell, which is <b>ambiguous</b>: {@link Decision#ambiguous()}, settled with {@code
     *       --kind table|observations} ({@link ImportOptions#withKind}).
     * </ul>
     *
     * @param file the file
     * @param options how files are read (the kind, the sheet)
     * @return the decision
     */
    public static Decision decide(Path file, ImportOptions options) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (options.kind() != null) {
            return Decision.of(options.kind(), false, "given");
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Decision.of(FileKind.OBSERVATIONS, false, "JSON Lines");
        }
        if (name.endsWith(".json")) {
            return Decision.of(FileKind.PLAN, false, "JSON");
        }
        List<List<String>> rows;
        try {
            rows = org.planindicators.validation.internal.Workbooks.isWorkbook(name) ? workbookHead(file, options)
                    : textHead(file);
        } catch (IOException | RuntimeException e) {
            return name.endsWith(".csv") || org.planindicators.validation.internal.Workbooks.isWorkbook(name)
                    ? Decision.of(FileKind.TABLE, false, "unreadable; read as a table to report why")
                    : new Decision(null, false, List.of(), "unreadable");
        }
        if (rows == null) {
            return new Decision(null, false, List.of(), "no rows");
        }
        if (!rows.isEmpty() && rows.get(0).size() == 1 && rows.get(0).get(0).strip().startsWith("{")) {
            String line = rows.get(0).get(0).strip();
            return Decision.of(line.endsWith("}") ? FileKind.OBSERVATIONS : FileKind.PLAN, false, "JSON");
        }
        return KindRules.decide(rows, name.endsWith(".csv")
                || org.planindicators.validation.internal.Workbooks.isWorkbook(name));
    }

    /** The first rows of a text file (at most 64 KiB, 40 rows), split at commas outside quotes; null when empty. */
    private static @Nullable List<List<String>> textHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            TextInput.Detection d = TextInput.open(in, null);
            if (!(d instanceof TextInput.Text t)) {
                return null;
            }
            try (BufferedReader r = new BufferedReader(t.reader(), 8192)) {
                char[] buf = new char[SAMPLE_BYTES];
                int n = r.read(buf);
                if (n <= 0) {
                    return null;
                }
                List<List<String>> rows = new ArrayList<>();
                for (String line : new String(buf, 0, n).split("\r?\n", 41)) {
                    if (rows.size() == 40) {
                        break;
                    }
                    rows.add(KindRules.split(line));
                }
                return rows;
            }
        }
    }

    /** The first 40 rows of the sheet a workbook would be read from. */
    private static @Nullable List<List<String>> workbookHead(Path file, ImportOptions options) throws IOException {
        if (org.planindicators.validation.internal.Workbooks.refusal(file) != null) {
            throw new IOException("refused");
        }
        try (org.planindicators.validation.internal.Workbooks.Book book =
                org.planindicators.validation.internal.Workbooks.open(file)) {
            String sheet = options.sheet() != null ? book.find(options.sheet())
                    : org.planindicators.validation.internal.Workbooks.firstTable(book, KindRules::isHeader)
                            .orElse(null);
            if (sheet == null) {
                throw new IOException("no such sheet: " + options.sheet()); // read as a table, which reports it
            }
            try (java.util.stream.Stream<org.planindicators.validation.internal.Workbooks.SheetRow> rows =
                    book.rows(sheet)) {
                return rows.limit(40).map(org.planindicators.validation.internal.Workbooks.SheetRow::cells).toList();
            }
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
        FileKind kind = decide(file, options).kind();
        return readPlan(file, kind == null || kind == FileKind.OBSERVATIONS && !file.toString().endsWith(".json")
                ? FileKind.TABLE : kind, options);
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
     * Validates {@code files} together, telling {@code listener} about each, one file at a time. Reports come back
     * in the order the files were given.
     *
     * @param files the files, of any kind
     * @param options how files are read
     * @param listener told about each file as it is started and finished
     * @return one report a file, in the order the files were given
     */
    public static List<ValidationReport> validate(List<Path> files, ImportOptions options, Listener listener) {
        return validate(files, options, listener, 1);
    }

    /**
     * Validates {@code files} together as {@link #validate(List, ImportOptions, Listener)} does, reading up to {@code
     * threads} files at once: first the plans and tables, then the observation files (each against the plan it
     * belongs to, which needs every plan read). When there are fewer observation files than threads, the threads left
     * over check each large observation file in parts ({@link Observations#validate(Path, ImportOptions, Plan,
     * int)}). A file's problems come in the order of the file; the reports come back in the order the files were
     * given, whatever the number of threads, and are the same as one thread's. The threads are made for the call and ended before it returns.
     *
     * @param files the files, of any kind
     * @param options how files are read
     * @param listener told about each file as it is started and finished; with more than one thread it is called from
     *     several threads at once, each call about one file, so it must be safe for that
     * @param threads how many files may be read at once, at least 1
     * @return one report a file, in the order the files were given
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public static List<ValidationReport> validate(List<Path> files, ImportOptions options, Listener listener,
            int threads) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ValidationReport[] reports = new ValidationReport[files.size()];
        @Nullable Plan[] read = new Plan[files.size()];
        List<Integer> observationFiles = new ArrayList<>();
        try (FileTasks tasks = new FileTasks(Math.min(threads, files.size()))) {
            for (int i = 0; i < files.size(); i++) {
                int at = i;
                Path file = files.get(i);
                Decision decision = decide(file, options);
                Optional<FileKind> kind = Optional.ofNullable(decision.kind());
                if (kind.isEmpty()) {
                    ProblemCollector c = new ProblemCollector(file.toString(), options.maxProblems());
                    if (decision.ambiguous()) {
                        c.add(FileProblem.AMBIGUOUS_KIND, Location.ofFile(file.toString()), null, null,
                                String.join(" or ", decision.possible().stream().map(FileKind::code).toList()));
                    } else {
                        c.add(FileProblem.UNKNOWN_KIND, Location.ofFile(file.toString()), null, null);
                    }
                    reports[i] = c.report(FileKind.PLAN, 0, 0);
                    listener.finished(file, reports[i]);
                    continue;
                }
                if (kind.get() == FileKind.OBSERVATIONS) {
                    observationFiles.add(i);
                    continue;
                }
                tasks.run(() -> {
                    listener.started(file, kind.get());
                    ImportResult<Plan> result = readPlan(file, kind.get(), options);
                    reports[at] = result.report();
                    read[at] = result.value();
                    listener.finished(file, reports[at]);
                });
            }
            tasks.await();
            List<Plan> plans = new ArrayList<>();
            for (Plan plan : read) {
                if (plan != null) {
                    plans.add(plan);
                }
            }
            // Threads left over when there are fewer observation files than threads read the large files in parts.
            int share = Math.max(1, threads / Math.max(1, observationFiles.size()));
            for (int i : observationFiles) {
                Path file = files.get(i);
                tasks.run(() -> {
                    listener.started(file, FileKind.OBSERVATIONS);
                    Plan plan = planFor(file, plans, options);
                    if (plan != null) {
                        listener.matched(file, plan);
                    }
                    reports[i] = Observations.validate(file, options, plan, share);
                    listener.finished(file, reports[i]);
                });
            }
            tasks.await();
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
