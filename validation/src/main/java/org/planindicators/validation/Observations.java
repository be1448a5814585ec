package org.planindicators.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.internal.CurrentYear;
import org.planindicators.validation.internal.Reasons;
import org.planindicators.validation.internal.observation.ObservationReader;
import org.planindicators.validation.internal.observation.PartedCheck;

/**
 * Reads observation streams (实际值; see {@code docs/concepts.md} in the project) as streams: CSV in long format and JSON
 * Lines, one observation a row, handed to a sink as they are read, so that a file of any length is read in bounded
 * memory.
 *
 * <h2>Formats</h2>
 *
 * <p>The format is told by the file name ({@code .csv}; {@code .jsonl} or {@code .ndjson}), else by the first
 * non-blank line (an object: JSON Lines; otherwise CSV). The encoding is detected (UTF-8 with or without BOM, UTF-16
 * with BOM, else GB18030, which reads GBK) unless {@link ImportOptions#encoding()} gives it. The fields, by CSV header
 * or JSON key (Chinese or English, ASCII case ignored):
 *
 * <ul>
 *   <li>{@code 指标}/{@code 指标名称}/{@code indicator}, or {@code 指标代码}/{@code code}: the indicator (required; the
 *       code is used when both are given);
 *   <li>{@code 地区}/{@code jurisdiction}: the jurisdiction (optional; none means the plan's);
 *   <li>{@code 年份}/{@code year}/{@code 期间}/{@code period}/{@code 年度}: {@code 2023}, {@code 2023年},
 *       {@code 2023-Q2}, {@code 2023-06} (required);
 *   <li>{@code 数值}/{@code value}/{@code 实际值}: a plain decimal number, its scale kept as written (required);
 *   <li>{@code 单位}/{@code unit}: the unit (optional; the indicator's when a plan is given);
 *   <li>{@code 状态}/{@code status}: preliminary, final, revised, estimated, forecast, or their Chinese names
 *       (初步核算, 最终核实, 修订, 估计, 预测) (optional; final by default);
 *   <li>{@code 来源}/{@code source}: a {@link org.planindicators.plan.SourceRef} (optional);
 *   <li>any other column or key is a dimension ({@code 城乡}/{@code area} = 城镇, 农村); in JSON Lines dimensions may
 *       also be given in a {@code dimensions} object. A blank dimension value means the whole.
 * </ul>
 *
 * <p>Each line is read on its own (by the readers' own CSV and JSON Lines tokenizers; a line they do not take is read
 * by Jackson's CSV or JSON parser, which reports it), so a broken line costs that line only and a CSV field cannot
 * hold a line break. A large file can be checked on several threads, with the same report: {@link #validate(Path,
 * ImportOptions, Plan, int)}. A line is at most {@value #MAX_LINE_CHARS} characters and a field at most
 * {@value #MAX_FIELD_CHARS}; longer ones are reported and skipped without being stored.
 *
 * <h2>Checks</h2>
 *
 * <p>Every row: the required fields are there; the period parses; the value is {@code [+-]digits[.digits]} with at
 * most {@value #MAX_DIGITS} digits, checked on its text before any number is made (exponent notation such as {@code
 * 1e999999999} is refused; JSON numbers are read from the token's text, never through {@code double}); the unit is
 * known; the status is known; the source parses; no earlier row has the same key (indicator, jurisdiction, period,
 * dimensions). A value for a year after the current one must be an estimate or a forecast (else a warning).
 *
 * <p>With a plan: the indicator is one of the plan's ({@link Plan#findIndicator(String)}: code first, then name); the
 * year lies within {@code [baseYear − 30, max(visionYear, period.lastYear) + 10]} (thirty years of history before the
 * base year, ten years of forecasts after the plan's horizon: 1990–2045 for a 2021–2025 plan with a 2035 vision);
 * the value is converted exactly into the indicator's unit ({@code 1.5亿元} → {@code 15000万元}), and a unit that is
 * incompatible, or a conversion that is not exact, is an error. Without a unit the indicator's unit is taken.
 *
 * <p>Rows are independent: a row with an error is reported and skipped, and the next row read. Only rows without
 * errors reach the sink; the report's {@link ValidationReport#hasErrors()} tells whether the file was clean. Every
 * problem has its line, its column (in CSV the field number, in JSON Lines the character column of the value) and in
 * JSON Lines the JSON pointer of the field in the line's object, the field, the value and an {@link
 * ObservationProblem} code.
 *
 * <h2>Memory</h2>
 *
 * <p>The reader holds a few buffers, one line and its fields, and the listed problems (at most {@link
 * ImportOptions#maxProblems()}), whatever the length of the file — except for the <b>duplicate check, which is
 * hash-based</b>: it keeps no keys, only a 64-bit hash of each distinct key (SipHash-1-3 with a secret drawn for each
 * read) in an open-addressing {@code long[]} at most three quarters full, 8 bytes a slot: 16 MiB for 1,000,000 rows,
 * 8 MiB for up to 786,432; past 2²¹ slots (16 MiB) the table is a memory-mapped temporary file, off the heap, so
 * the heap stays flat in the length of the file. Two different keys are taken for the same with probability about
 * n²/2⁶⁵ in a file of n rows (2.7 × 10⁻⁸ for a million rows, 2.7 × 10⁻⁶ for ten million); as the secret changes with
 * each read, no file can be made to collide on purpose. Past about fifty million distinct keys (2²⁶ slots, 512 MiB)
 * the check stops, with a warning. Files of a million and of ten million rows read in a JVM limited to {@code
 * -Xmx64m}: see {@code OBSERVATIONS-FORMAT.md} and {@code BENCHMARKS.md}.
 *
 * <p>The report counts the observations delivered and, when a plan is given, how many of its indicators were
 * observed.
 */
public final class Observations {
    /** The longest line, in characters: 64 Ki. */
    public static final int MAX_LINE_CHARS = 65536;
    /** The longest field, in characters: 4 Ki. */
    public static final int MAX_FIELD_CHARS = 4096;
    /** The most digits of a value: 40, as {@link org.planindicators.unit.Quantity#MAX_DIGITS}. */
    public static final int MAX_DIGITS = org.planindicators.unit.Quantity.MAX_DIGITS;

    private Observations() {
    }

    /**
     * Reads the observations in {@code file}, handing each one without errors to {@code sink} in file order.
     *
     * @param file a {@code .csv}, {@code .jsonl} or {@code .ndjson} file, or an Excel workbook ({@code .xlsx}: the
     *     sheet {@link ImportOptions#sheet()} names, else the first holding a table; other names: the format is
     *     sniffed)
     * @param options the encoding (or null to detect it), the cap on listed problems and the unit registry; the
     *     file size limit does not apply to observation streams
     * @param plan the plan to check indicators, years and units against, or {@code null} for the checks that need
     *     none
     * @param sink receives the observations; what it throws is thrown from here
     * @return every problem found; an unreadable file is a problem ({@link FileProblem#UNREADABLE}), not an exception
     */
    public static ValidationReport read(Path file, ImportOptions options, @Nullable Plan plan,
            Consumer<? super Observation> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        String name = file.toString();
        if (org.planindicators.validation.internal.Workbooks.isWorkbook(name)) {
            return org.planindicators.validation.internal.observation.WorkbookObservations.read(file, name, options,
                    plan, CurrentYear.get(), sink);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new ObservationReader(options, plan, CurrentYear.get()).read(in, name, sink, Files.size(file));
        } catch (IOException e) {
            ProblemCollector problems = new ProblemCollector(name, options.maxProblems());
            problems.add(FileProblem.UNREADABLE, Location.ofFile(name), null, null, Reasons.io(e));
            return problems.report(FileKind.OBSERVATIONS, 0, 0);
        }
    }

    /**
     * Checks the observations in {@code file} as {@link #read(Path, ImportOptions, Plan, Consumer)} does, with the
     * same problems and counts, without making them: a CSV or JSON Lines row is checked and its key taken from the
     * fields as written, with no {@link Observation} made (a workbook's rows are read as by {@code read}).
     *
     * @param file a {@code .csv}, {@code .jsonl} or {@code .ndjson} file, or an Excel workbook
     * @param options the encoding (or null to detect it), the cap on listed problems and the unit registry
     * @param plan the plan to check against, or {@code null}
     * @return every problem found; an unreadable file is a problem ({@link FileProblem#UNREADABLE}), not an exception
     */
    public static ValidationReport validate(Path file, ImportOptions options, @Nullable Plan plan) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String name = file.toString();
        if (org.planindicators.validation.internal.Workbooks.isWorkbook(name)) {
            return read(file, options, plan, observation -> { });
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new ObservationReader(options, plan, CurrentYear.get()).check(in, name, Files.size(file));
        } catch (IOException e) {
            ProblemCollector problems = new ProblemCollector(name, options.maxProblems());
            problems.add(FileProblem.UNREADABLE, Location.ofFile(name), null, null, Reasons.io(e));
            return problems.report(FileKind.OBSERVATIONS, 0, 0);
        }
    }

    /**
     * Checks the observations in {@code file} as {@link #validate(Path, ImportOptions, Plan)} does, with the same
     * report, on up to {@code threads} threads: a CSV or JSON Lines file of at least 8 MiB in UTF-8 or GB18030 is cut
     * at line breaks into parts of at least 4 MiB, each checked on its own thread, and the parts' findings joined in
     * file order — the same problems in the same order and the same counts as one thread's, duplicates across parts
     * included (a part whose keys meet an earlier part's is checked again after it, so the cost of a file that
     * repeats itself is bounded by one more reading of the repeating part). Other files are read by one thread. The
     * threads are made for the call and ended before it returns.
     *
     * @param file a {@code .csv}, {@code .jsonl} or {@code .ndjson} file, or an Excel workbook
     * @param options the encoding (or null to detect it), the cap on listed problems and the unit registry
     * @param plan the plan to check against, or {@code null}
     * @param threads how many threads may read the file, at least 1
     * @return every problem found; an unreadable file is a problem ({@link FileProblem#UNREADABLE}), not an exception
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public static ValidationReport validate(Path file, ImportOptions options, @Nullable Plan plan, int threads) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        String name = file.toString();
        if (threads == 1 || org.planindicators.validation.internal.Workbooks.isWorkbook(name)) {
            return validate(file, options, plan);
        }
        try {
            return new PartedCheck(options, plan, CurrentYear.get()).check(file, name, threads);
        } catch (IOException e) {
            ProblemCollector problems = new ProblemCollector(name, options.maxProblems());
            problems.add(FileProblem.UNREADABLE, Location.ofFile(name), null, null, Reasons.io(e));
            return problems.report(FileKind.OBSERVATIONS, 0, 0);
        }
    }

    /**
     * Reads the observations in {@code in} (read to its end, not closed), named {@code fileName} in problems and used
     * to tell the format, handing each one without errors to {@code sink} in stream order.
     *
     * @param in the bytes
     * @param fileName the name of the file, for problems and the format: {@code .csv}, {@code .jsonl}, {@code
     *     .ndjson}; any other name has the format sniffed
     * @param options the encoding (or null to detect it), the cap on listed problems and the unit registry
     * @param plan the plan to check against, or {@code null}
     * @param sink receives the observations; what it throws is thrown from here
     * @return every problem found
     */
    public static ValidationReport read(InputStream in, String fileName, ImportOptions options, @Nullable Plan plan,
            Consumer<? super Observation> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        return new ObservationReader(options, plan, CurrentYear.get()).read(in, fileName, sink);
    }
}
