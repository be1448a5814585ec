package org.planindicators.validation.internal.observation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Plan;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.ByteWords;
import org.planindicators.validation.internal.TextInput;

/**
 * Checks one large observation file (CSV or JSON Lines, check only) on several threads, with the report one reader of
 * the whole file gives: the same problems in the same order, the same counts.
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li>The encoding is detected on the file's beginning as {@link ObservationReader} does. Only encodings in which
 *       the byte {@code \n} is always a line break (UTF-8, GB18030/GBK, ASCII, Latin-1) are cut; any other file, one
 *       too small to pay, and one whose beginning is not text are read by one {@link ObservationReader}.
 *   <li>The file is cut into parts of about equal size, each ending just after a {@code \n}, so every part is whole
 *       lines and starts on a character boundary.
 *   <li>The first part's reader reads up to the end of the CSV header (title rows included) on the calling thread;
 *       every other part gets a copy of that header. The lines before each part are counted (the same terminators
 *       as {@link LineSource}: {@code \n}, {@code \r\n}, a lone {@code \r}), so lines and byte offsets are the whole
 *       file's.
 *   <li>Each part is read and checked on its own thread, with its own problems, its own duplicate set (the same
 *       secret hash) and its own counts.
 *   <li>The parts are joined in file order. A row of a later part is a duplicate of an earlier part's row exactly
 *       when its key is in that part's set; when any key of a part is, or when the part met more jurisdictions other
 *       than the plan's than are counted one by one, that part is read again, on the calling thread, seeded with the
 *       keys and counts of the parts before it — so the joined report is exact, and a file whose parts repeat each
 *       other costs at most one more reading of the repeating part. Where the bytes stop being text in one part, the
 *       parts after it are dropped, as one reader stops there.
 * </ol>
 *
 * <p>A file with more distinct keys than half of what the duplicate set holds, a part that cannot be read (an I/O
 * error), and a beginning that does not reach a header inside the first part are read again by one reader, so their
 * report is one reader's by construction.
 */
public final class PartedCheck {
    /** The smallest part worth a thread: 4 MiB. */
    public static final long MIN_PART_BYTES = 4L << 20;
    /**
     * How many jurisdictions other than the plan's a part counts one by one, so that the parts' counts join exactly
     * into one reader's (its first twenty one by one, the rest together); a part that meets more is read again.
     */
    public static final int OTHERS_PER_PART = 4096;
    /** Encodings in which the byte {@code 0x0A} is only ever a line feed. */
    private static final Set<String> CUTTABLE = Set.of("UTF-8", "GB18030", "GBK", "GB2312", "US-ASCII",
            "ISO-8859-1");

    private final ImportOptions options;
    private final @Nullable Plan plan;
    private final @Nullable PlanIndex index;
    private final int currentYear;
    private final KeyHasher hasher;
    private final int maxKeySlots;
    private final long minPartBytes;
    private final int othersPerPart;

    /**
     * A check with {@code options} against {@code plan} (or none), hashing keys with copies of {@code hasher},
     * keeping at most {@code maxKeySlots} slots of keys, cutting parts of at least {@code minPartBytes}, each
     * counting up to {@code othersPerPart} jurisdictions other than the plan's one by one (see {@link
     * #OTHERS_PER_PART}).
     */
    public PartedCheck(ImportOptions options, @Nullable Plan plan, int currentYear, KeyHasher hasher, int maxKeySlots,
            long minPartBytes, int othersPerPart) {
        this.othersPerPart = Math.max(RowChecker.MAX_OTHER_JURISDICTIONS, othersPerPart);
        this.options = options;
        this.plan = plan;
        this.index = plan == null ? null : new PlanIndex(plan);
        this.currentYear = currentYear;
        this.hasher = hasher;
        this.maxKeySlots = maxKeySlots;
        this.minPartBytes = Math.max(1, minPartBytes);
    }

    /** A check with {@code options} against {@code plan}, with a secret hash and parts of at least 4 MiB. */
    public PartedCheck(ImportOptions options, @Nullable Plan plan, int currentYear) {
        this(options, plan, currentYear, KeyHasher.random(), RowChecker.MAX_KEY_SLOTS, MIN_PART_BYTES,
                OTHERS_PER_PART);
    }

    /**
     * Checks {@code path}, named {@code file} in problems, on up to {@code threads} threads (the calling one
     * included); the report is the one {@link ObservationReader#check} gives.
     *
     * @throws IOException when the file cannot be opened or read
     */
    public ValidationReport check(Path path, String file, int threads) throws IOException {
        long size = Files.size(path);
        int parts = (int) Math.min(Math.max(1, threads), size / minPartBytes);
        if (parts < 2) {
            return whole(path, file);
        }
        TextInput.Detection detection;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 2 * TextInput.SNIFF_BYTES)) {
            detection = TextInput.open(in, options.encoding());
        }
        if (!(detection instanceof TextInput.Text text) || !CUTTABLE.contains(text.charset().name())) {
            return whole(path, file);
        }
        Charset charset = text.charset();
        int bom = text.bom() ? (charset.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long[] starts = cut(channel, size, parts, bom);
            if (starts.length < 3) {
                return whole(path, file);
            }
            return parted(path, file, channel, charset, bom, starts);
        }
    }

    private ValidationReport whole(Path path, String file) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new ObservationReader(options, plan, currentYear, hasher.copy(), maxKeySlots).check(in, file,
                    Files.size(path));
        }
    }

    /** The state of one part: its problems, its checker, its reader, and how its lines ended. */
    private final class Part {
        final long from;
        final long to;
        /** How many slots of its duplicate set it keeps on the heap. */
        final int heapSlots;
        /** How many lines the file has before this part. */
        int linesBefore;
        final ProblemCollector problems;
        final RowChecker checker;
        @Nullable LineFormat format;
        LineSource.@Nullable Failure failure;
        boolean continued;

        Part(long from, long to, String file, int heapSlots) {
            this.heapSlots = heapSlots;
            this.from = from;
            this.to = to;
            this.problems = new ProblemCollector(file, options.maxProblems());
            this.checker = new RowChecker(file, problems, options.units(), index, currentYear, null, hasher.copy(),
                    maxKeySlots, heapSlots);
            this.checker.countOthersUpTo(othersPerPart);
        }

        /**
         * Reads the rest of {@code lines} into this part's reader. After its first {@link RowChecker#SAMPLE_LINES}
         * lines, the duplicate set is made large enough at once for the rows of the whole part, estimated from the
         * bytes those lines took ({@link RowChecker#expectRows}).
         */
        void read(LineSource lines) throws IOException {
            LineSource.Line line;
            int read = 0;
            long start = lines.offset();
            while ((line = lines.next()) != null) {
                format.accept(line);
                if (++read == RowChecker.SAMPLE_LINES) {
                    checker.expectRows(to - lines.offset(), lines.offset() - start);
                }
            }
            failure = lines.failure();
        }
    }

    private ValidationReport parted(Path path, String file, FileChannel channel, Charset charset, int bom,
            long[] starts) throws IOException {
        int n = starts.length - 1;
        // The parts share what one reader keeps of the duplicate set on the heap; the rest is mapped off it.
        int heapSlots = Math.max(1024, Integer.highestOneBit(KeyHashSet.HEAP_SLOTS / n));
        // The first part: its reader takes the lines up to the end of the header on this thread.
        Part first = new Part(0, starts[1], file, heapSlots);
        InputStream firstIn = range(path, bom, starts[1]);
        LineSource firstLines = new LineSource(firstIn, charset, bom, Parsers.MAX_LINE_CHARS);
        ObservationReader.Format format = ObservationReader.formatOf(file);
        CsvFormat header = null;
        try {
            while (true) {
                LineSource.Line line = firstLines.next();
                if (line == null) {
                    firstIn.close();
                    return whole(path, file); // no header in the first part, or not text: one reader says why
                }
                if (first.format == null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (format == null) {
                        format = ObservationReader.sniff(line);
                    }
                    if (format == null) {
                        firstIn.close();
                        return whole(path, file);
                    }
                    first.format = ObservationReader.reader(format, file, first.problems, first.checker, firstLines);
                }
                if (!first.format.accept(line)) {
                    firstIn.close();
                    return whole(path, file);
                }
                if (first.format instanceof CsvFormat csv) {
                    if (csv.headerRead()) {
                        header = csv;
                        break;
                    }
                } else {
                    break;
                }
            }
        } catch (IOException e) {
            firstIn.close();
            return whole(path, file);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(first);
        for (int k = 1; k < n; k++) {
            Part part = new Part(starts[k], starts[k + 1], file, heapSlots);
            part.format = format(header, file, part);
            parts.add(part);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n - 1, r -> {
            Thread t = new Thread(r, "plan-indicators-part");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> running = new ArrayList<>();
        try {
            running.add(pool.submit(() -> {
                try (InputStream in = firstIn) {
                    first.read(firstLines);
                }
                return null;
            }));
            long lines = 0;
            for (int k = 1; k < n; k++) {
                lines += countLines(channel, starts[k - 1], starts[k]);
                Part part = parts.get(k);
                part.linesBefore = (int) Math.min(Integer.MAX_VALUE, lines);
                if (k < n - 1) {
                    running.add(pool.submit(() -> {
                        read(path, charset, part);
                        return null;
                    }));
                } else {
                    read(path, charset, part);
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (IOException e) {
            return whole(path, file); // a part could not be read: one reader reports where
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException) {
                return whole(path, file);
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + file, e);
        } finally {
            pool.shutdownNow();
        }
        return join(path, file, charset, parts, header);
    }

    /** Joins the parts in file order into one report; a part that met keys or jurisdictions of earlier ones is read again. */
    private ValidationReport join(Path path, String file, Charset charset, List<Part> parts,
            @Nullable CsvFormat header) throws IOException {
        long keys = 0;
        for (Part p : parts) {
            if (p.checker.full()) {
                return whole(path, file);
            }
            keys += p.checker.keys().size();
        }
        if (keys > KeyHashSet.capacity(maxKeySlots) / 2) {
            return whole(path, file);
        }
        Part first = parts.get(0);
        first.checker.foldOthers();
        List<KeyHashSet> earlier = new ArrayList<>();
        earlier.add(first.checker.keys());
        LineSource.Failure failure = first.failure;
        for (int k = 1; k < parts.size() && failure == null; k++) {
            Part part = parts.get(k);
            boolean again = part.checker.othersOverflowed();
            for (int j = 0; j < earlier.size() && !again; j++) {
                again = part.checker.keys().meets(earlier.get(j));
            }
            if (again) {
                part = reread(path, file, charset, part, header, earlier, first.checker);
                if (part.checker.full()) {
                    return whole(path, file);
                }
            }
            first.problems.append(part.problems);
            first.checker.absorb(part.checker, part.continued);
            if (header != null) {
                header.table().absorb(((CsvFormat) part.format).table());
            }
            earlier.add(part.checker.keys());
            failure = part.failure;
        }
        ObservationReader.endOfFile(file, first.problems, first.checker, first.format, true, failure, charset);
        return first.problems.report(FileKind.OBSERVATIONS, first.checker.indicatorsObserved(),
                first.checker.delivered());
    }

    private static LineFormat format(@Nullable CsvFormat header, String file, Part part) {
        return header != null ? new CsvFormat(header, part.problems, part.checker)
                : new JsonLinesFormat(file, part.problems, part.checker);
    }

    /** Reads the lines of {@code part} into its reader. */
    private static void read(Path path, Charset charset, Part part) throws IOException {
        try (InputStream in = range(path, part.from, part.to)) {
            LineSource lines = new LineSource(in, charset, part.from, Parsers.MAX_LINE_CHARS, part.linesBefore);
            lines.keepUtf8(true); // both formats read a line's bytes, as ObservationReader has them
            lines.keepAscii(!(part.format instanceof CsvFormat));
            part.read(lines);
        }
    }

    /** Reads {@code part} again, its keys checked against the {@code earlier} parts' and its count continuing theirs. */
    private Part reread(Path path, String file, Charset charset, Part part, @Nullable CsvFormat header,
            List<KeyHashSet> earlier, RowChecker before) throws IOException {
        Part again = new Part(part.from, part.to, file, part.heapSlots);
        again.checker.priorKeys(earlier);
        again.checker.continueOthers(before);
        again.continued = true;
        again.format = format(header, file, again);
        again.linesBefore = part.linesBefore;
        read(path, charset, again);
        return again;
    }

    /**
     * Where the parts start: {@code parts} offsets from {@code first} (the first part's start, after a byte-order
     * mark), each but the first just after a {@code \n} at or past an equal share of the file, then the file's
     * size; fewer when the file has too few line breaks to cut it so.
     */
    static long[] cut(FileChannel channel, long size, int parts, long first) throws IOException {
        List<Long> starts = new ArrayList<>();
        starts.add(first);
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        for (int k = 1; k < parts; k++) {
            long from = Math.max(size * k / parts, starts.get(starts.size() - 1) + 1);
            long newline = find(channel, buffer, from, size);
            if (newline < 0 || newline + 1 >= size) {
                break;
            }
            starts.add(newline + 1);
        }
        starts.add(size);
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The offset of the first {@code \n} at or after {@code from}, or -1. */
    private static long find(FileChannel channel, ByteBuffer buffer, long from, long size) throws IOException {
        long at = from;
        while (at < size) {
            buffer.clear();
            int n = channel.read(buffer, at);
            if (n <= 0) {
                return -1;
            }
            byte[] a = buffer.array();
            for (int i = 0; i < n; i++) {
                if (a[i] == '\n') {
                    return at + i;
                }
            }
            at += n;
        }
        return -1;
    }

    /**
     * The lines that end in {@code [from, to)}, counted as {@link LineSource} ends them: each {@code \n}, and each
     * {@code \r} not followed by {@code \n}. {@code to} lies just after a {@code \n}.
     */
    static long countLines(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long lines = 0;
        long at = from;
        boolean cr = false;
        while (at < to) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), to - at));
            int n = channel.read(buffer, at);
            if (n <= 0) {
                break;
            }
            byte[] a = buffer.array();
            int i = 0;
            while (i < n) {
                if (!cr && i + Long.BYTES <= n) {
                    // Eight bytes at a time while they hold no \r: each \n byte is a line.
                    long w = (long) ByteWords.WORDS.get(a, i);
                    if (ByteWords.zeroBytes(w ^ ByteWords.RETURNS) == 0) {
                        lines += Long.bitCount(ByteWords.zeroBytes(w ^ ByteWords.NEWLINES));
                        i += Long.BYTES;
                        continue;
                    }
                }
                byte b = a[i++];
                if (b == '\n') {
                    lines++;
                    cr = false;
                } else {
                    if (cr) {
                        lines++;
                    }
                    cr = b == '\r';
                }
            }
            at += n;
        }
        return cr ? lines + 1 : lines;
    }


    /** The bytes {@code [from, to)} of the file. */
    private static InputStream range(Path path, long from, long to) throws IOException {
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(from);
        return new Limited(in, to - from);
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private long remaining;

        Limited(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return len == 0 ? 0 : -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
