package org.planindicators.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Plan;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.internal.PlanChecks;
import org.planindicators.validation.internal.Reasons;
import org.planindicators.validation.internal.Utf8;
import org.planindicators.validation.internal.json.DocumentReader;
import org.planindicators.validation.internal.json.Json;
import org.planindicators.validation.internal.json.OnePassDecoder;
import org.planindicators.validation.internal.json.OrderedProblems;
import org.planindicators.validation.internal.json.PlanDecoder;
import org.planindicators.validation.internal.json.PlanEncoder;
import org.planindicators.validation.internal.json.Pointers;

/**
 * Plan documents in JSON: reading them into a {@link Plan} with a report of every problem, and writing plans.
 *
 * <p>The format (see {@code PLAN-FORMAT.md} and the JSON Schema {@link #SCHEMA_RESOURCE}) is an object with {@code
 * formatVersion} 1, the plan's properties named as the model's components, codes for enums, numbers kept as written
 * and targets in their canonical notation ({@code "6.0%—7.0%"}, {@code "[13.5]"}) or in a structured form.
 *
 * <p>The readers never throw for bad content: every problem (syntax, read limits, types, missing and unknown
 * properties, codes, units, targets, the model's rules, then the plan checks) is reported with its JSON pointer,
 * line and column, and a file with an error yields no plan. Input is read within bounded time and memory: the file's
 * size is checked before it is read, and nesting, numbers and strings are limited.
 *
 * <p>The writer writes pretty-printed UTF-8 with a trailing newline; what it writes reads back to an equal plan.
 */
public final class PlanJson {
    /** The version of the format this library reads and writes. */
    public static final int FORMAT_VERSION = PlanDecoder.FORMAT_VERSION;
    /** The class-path resource holding the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/org/planindicators/validation/plan.schema.json";

    private PlanJson() {
    }

    /**
     * Reads the plan document at {@code file}. A file that cannot be opened or read is reported as {@link
     * FileProblem#UNREADABLE}, one larger than {@link ImportOptions#maxFileBytes()} as {@link FileProblem#TOO_LARGE}
     * without being read.
     *
     * @param file the file; its name as given is the file name in the report
     * @param options the encoding ({@code null}: UTF-8, as JSON requires), the size limit, the problem cap and the
     *     units known
     * @return the plan, when the file has no errors, and the report
     */
    public static ImportResult<Plan> read(Path file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String name = file.toString();
        OrderedProblems problems = new OrderedProblems(name, options.maxProblems());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            problems.add(FileProblem.UNREADABLE, Location.ofFile(name), null, null, reason(e));
            return done(problems, options, null, 0);
        }
        if (size > options.maxFileBytes()) {
            problems.add(FileProblem.TOO_LARGE, Location.ofFile(name), null, null, size, options.maxFileBytes());
            return done(problems, options, null, 0);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (size > 0 && size < Integer.MAX_VALUE - 8 && Files.isRegularFile(file)) {
                // The size is known: read into an array of that size (the stream reader grows a buffer to find it),
                // unless the file has grown since, when it is read as a stream after all.
                byte[] bytes = new byte[(int) size];
                int n = in.readNBytes(bytes, 0, bytes.length);
                if (n == bytes.length && in.read() < 0) {
                    return read(bytes, options, problems);
                }
            }
        } catch (IOException | SecurityException e) {
            problems.add(FileProblem.UNREADABLE, Location.ofFile(name), null, null, reason(e));
            return done(problems, options, null, 0);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, options, problems);
        } catch (IOException | SecurityException e) {
            problems.add(FileProblem.UNREADABLE, Location.ofFile(name), null, null, reason(e));
            return done(problems, options, null, 0);
        }
    }

    /**
     * Reads a plan document from {@code in}, which is read to its end (at most one byte past the size limit) and
     * not closed. An I/O error while reading is reported as {@link FileProblem#UNREADABLE}.
     *
     * @param in the bytes of the document
     * @param fileName the name the report gives the file
     * @param options the encoding ({@code null}: UTF-8, as JSON requires), the size limit, the problem cap and the
     *     units known
     * @return the plan, when the document has no errors, and the report
     */
    public static ImportResult<Plan> read(InputStream in, String fileName, ImportOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(options, "options");
        OrderedProblems problems = new OrderedProblems(fileName, options.maxProblems());
        try {
            return read(in, options, problems);
        } catch (IOException e) {
            problems.add(FileProblem.UNREADABLE, Location.ofFile(fileName), null, null, reason(e));
            return done(problems, options, null, 0);
        }
    }

    /**
     * Reads a plan document given as text (its encoding no longer matters).
     *
     * @param json the document
     * @param fileName the name the report gives the document
     * @param options the size limit (in characters here), the problem cap and the units known
     * @return the plan, when the document has no errors, and the report
     */
    public static ImportResult<Plan> fromJson(String json, String fileName, ImportOptions options) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(options, "options");
        OrderedProblems problems = new OrderedProblems(fileName, options.maxProblems());
        if (json.length() > options.maxFileBytes()) {
            problems.add(FileProblem.TOO_LARGE, Location.ofFile(fileName), null, null, json.length(),
                    options.maxFileBytes());
            return done(problems, options, null, 0);
        }
        if (!json.isEmpty()) {
            String text = json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
            PlanDecoder.Decoded clean = OnePassDecoder.decode(text, options.units(), options.maxFileBytes());
            if (clean != null) {
                return done(problems, options, clean.plan(), clean.indicators());
            }
        }
        DocumentReader.Document doc = DocumentReader.read(json, fileName, problems, options.maxFileBytes());
        return decode(doc, options, problems);
    }

    /**
     * Checks a plan built in code with every rule a plan document is checked with: the declared constraints and the
     * plan rules ({@code P0xx}, {@code P1xx}). Each problem is placed by the JSON pointer of the offending node in
     * the plan's document form, with the line and column it has in {@link #toJson(Plan)}; {@code name} stands for
     * the file in the report.
     *
     * <pre>{@code
     * ValidationReport report = PlanJson.validate(plan, "built-in-code", ImportOptions.defaults());
     * report.problems().forEach(p -> System.out.println(p.location() + " " + p.message(Locale.CHINA)));
     * }</pre>
     *
     * @param plan the plan
     * @param name the name the report gives the plan
     * @param options the problem cap and the units known
     * @return every problem found; none when the plan is valid
     */
    public static ValidationReport validate(Plan plan, String name, ImportOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        String json = toJson(plan); // a plan in memory is not hostile input: its size is not refused
        ImportOptions fits = json.length() > options.maxFileBytes() ? options.withMaxFileBytes(json.length()) : options;
        return fromJson(json, name, fits).report();
    }

    private static ImportResult<Plan> read(InputStream in, ImportOptions options, OrderedProblems problems)
            throws IOException {
        long max = options.maxFileBytes();
        return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1)), options, problems);
    }

    private static ImportResult<Plan> read(byte[] bytes, ImportOptions options, OrderedProblems problems) {
        long max = options.maxFileBytes();
        if (bytes.length > max) {
            problems.add(FileProblem.TOO_LARGE, Location.ofFile(problems.file()), null, null, "> " + max, max);
            return done(problems, options, null, 0);
        }
        // One pass from the tokens to the plan for a document without problems; the placing readers otherwise.
        // Bytes that are well-formed UTF-8 without a zero byte are read by Jackson's byte parser, with no decoded
        // copy of the text; the text is decoded only when that pass gives up (or for any other bytes).
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        boolean byBytes = options.encoding() == null && bytes.length > bom && Utf8.wellFormed(bytes, bom, bytes.length)
                && !Utf8.hasZero(bytes, bom, bytes.length);
        if (byBytes) {
            PlanDecoder.Decoded clean = OnePassDecoder.decode(bytes, bom, bytes.length - bom, options.units(), max);
            if (clean != null) {
                return done(problems, options, clean.plan(), clean.indicators());
            }
        }
        String text = DocumentReader.text(bytes, options.encoding(), problems.file(), problems);
        if (text == null) {
            return done(problems, options, null, 0);
        }
        if (!byBytes) {
            PlanDecoder.Decoded clean = OnePassDecoder.decode(text, options.units(), max);
            if (clean != null) {
                return done(problems, options, clean.plan(), clean.indicators());
            }
        }
        return decode(DocumentReader.parse(text, problems.file(), problems, max), options, problems);
    }

    private static ImportResult<Plan> decode(DocumentReader.Document doc, ImportOptions options,
            OrderedProblems problems) {
        Json.Obj root = doc.root();
        if (root == null) {
            return done(problems, options, null, 0);
        }
        PlanDecoder.Decoded decoded = PlanDecoder.decode(root, problems.file(), problems, options.units());
        Plan plan = decoded.plan();
        if (plan != null && !problems.hasErrors()) {
            // The checks write to a collector of their own, whose problems are then put in file order with ours.
            ProblemCollector checks = new ProblemCollector(problems.file(), Integer.MAX_VALUE);
            PlanChecks.run(plan, Pointers.locator(problems.file(), root), checks);
            checks.report(FileKind.PLAN, 0, 0).problems().forEach(problems::add);
        }
        return done(problems, options, problems.hasErrors() ? null : plan, decoded.indicators());
    }

    private static ImportResult<Plan> done(OrderedProblems problems, ImportOptions options, @Nullable Plan plan,
            int indicators) {
        ProblemCollector collector = new ProblemCollector(problems.file(), options.maxProblems());
        problems.drainTo(collector);
        return new ImportResult<>(collector.hasErrors() ? null : plan,
                collector.report(FileKind.PLAN, indicators, 0));
    }

    private static String reason(Exception e) {
        if (e instanceof IOException io) {
            return Reasons.io(io);
        }
        return e.getMessage() == null ? "the file cannot be read" : e.getMessage();
    }

    /**
     * Writes {@code plan} to {@code out} as a plan document: pretty-printed UTF-8 with a trailing newline. The stream
     * is flushed, not closed.
     *
     * @param plan the plan
     * @param out where to write it
     * @throws IOException when writing fails
     */
    public static void write(Plan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toJson(plan).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * The plan document of {@code plan}, pretty-printed, with a trailing newline.
     *
     * @param plan the plan
     * @return the JSON text
     */
    public static String toJson(Plan plan) {
        return PlanEncoder.toJson(plan, UnitRegistry.standard());
    }

    /**
     * The JSON Schema (draft 2020-12) of the format, as text.
     *
     * @return the schema
     * @throws UncheckedIOException when the resource cannot be read (a broken jar)
     */
    public static String schema() {
        try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + SCHEMA_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
