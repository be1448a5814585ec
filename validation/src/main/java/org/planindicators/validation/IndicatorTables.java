package org.planindicators.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.planindicators.plan.Plan;
import org.planindicators.validation.internal.table.TableLosses;
import org.planindicators.validation.internal.table.TableReader;
import org.planindicators.validation.internal.table.TableWriter;

/**
 * Reads and writes indicator tables: the CSV layout in which plans publish their main indicators (类别, 指标, 单位,
 * 属性, 2020年, 2025年, 年均/累计, 牵头单位), and returns or takes them as a {@link Plan}. {@code TABLE-FORMAT.md} in the
 * validation module describes the format in full.
 *
 * <h2>Reading</h2>
 *
 * <p>The text's encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030, which covers GBK)
 * unless {@link ImportOptions#encoding()} gives one. An optional caption row (a first row whose only filled cell is
 * the first, followed by a row naming the indicator column) gives the title. The header row names the columns, in
 * Chinese or English; only the indicator name column is required. Empty lines are skipped; a cell that is empty or
 * holds only a dash or slash (—, －, -, –, /) has no value. Every problem is reported with its line, field number (as a spreadsheet counts
 * columns), header and value: {@link TableProblem} codes for the table, {@link FileProblem} codes for the file.
 *
 * <p><b>How a table becomes a plan.</b>
 * <ul>
 *   <li>Title: {@link TableContext#title()} when given, else the caption row, else the file name without its
 *       extension.
 *   <li>Jurisdiction and status: from the {@link TableContext}; without one, the placeholder {@link
 *       TableContext#UNSPECIFIED} and {@link org.planindicators.plan.PlanStatus#APPROVED approved}.
 *   <li>Years: the base year is the year of the base column (基期值(2020年), or the earliest plain year column such
 *       as 2020年 when there are other year columns), else {@link ImportOptions#baseYear()}; target years are those
 *       of the other year columns (2025年, 2025年目标), else {@link ImportOptions#targetYear()}; an error when a
 *       year is found nowhere. The 年均/累计 column holds targets for the last target year. The period runs from
 *       the year after the base year to the last target year; the kind is {@link TableContext#kind()} or, when not
 *       given, inferred from the period's length (1 year: work report, 5 years: five-year plan, else development
 *       plan). No vision year.
 *   <li>Structure: one part (篇) titled {@code 主要指标}, holding one goal per category (类别) in order of first
 *       appearance, with ids {@code G1}, {@code G2} …, the category as title ({@code 未分类} for indicators without
 *       one) and the last target year as horizon. An empty category cell repeats the category above it (merged
 *       cells); a dash means "no category".
 *   <li>Indicators: one per row, in row order within their goal. A unit in parentheses at the end of the name
 *       (常住人口城镇化率(%)) is split off; the 单位 column, when filled, wins. Targets are read by the target parser
 *       with the indicator's unit as default and sorted by year; a plain figure in the 年均/累计 column becomes an
 *       annual average (a cumulative total under a header saying only 累计). Measure, direction and accumulation
 *       come from their columns when present and filled, else they are inferred from the name, unit and targets
 *       (see {@code TABLE-FORMAT.md}). Baseline notes ("77.3(2019年数据)") are kept, and a year in the note is the
 *       baseline's year.
 * </ul>
 *
 * <p>A plan is returned only when the file has no errors; it has then passed {@code PlanChecks}, whose problems are
 * placed at the row and cell the model node came from. A header without rows is a warning ({@code T017}) and gives
 * a plan without parts.
 *
 * <p><b>Limits.</b> Files larger than {@link ImportOptions#maxFileBytes()} are refused ({@code F005}); cells longer
 * than 16 384 characters stop reading ({@code T015}), so memory stays bounded; fields past the 1000th of a row are
 * ignored ({@code T021}); reading stops after 10 000 data rows ({@code T022}).
 *
 * <h2>Writing</h2>
 *
 * <p>{@link #write(Plan, Writer)} writes the plan's title as a caption row, then the header 类别, 指标, 单位, 属性,
 * {@code <base>年}, one {@code <year>年} column for each target year and for the period's last year, 年均/累计 when a
 * last-year target is an annual average or cumulative total, and 牵头单位; then, only when some indicator needs
 * them, 配合单位, 代码, 方向, 计量, 累计方式 and 基期年份 (the last four when the value differs from what the reader
 * would infer). Targets are written in canonical notation, figures with their scale. Reading a written table gives
 * back the same indicators; for a plan shaped as the reader builds them (one part 主要指标 with one goal per
 * category, period from the year after the base year, title = caption) it gives back an equal plan when read with
 * the same {@link TableContext}. Not written: revision histories (only current baselines and targets), source
 * references, goal descriptions, the part tree of other plans, vision year, and the jurisdiction.
 *
 * <p>All methods are thread-safe.
 */
public final class IndicatorTables {
    private IndicatorTables() {
    }

    /**
     * Reads the table at {@code path} with the default {@linkplain TableContext#defaults() context}: title from the
     * caption or the file name, placeholder jurisdiction.
     *
     * @param path the table file; its name as given is the file name in the report
     * @param options how files are read
     * @return the plan, when the file has no errors, and the report
     */
    public static ImportResult<Plan> read(Path path, ImportOptions options) {
        return read(path, options, TableContext.defaults());
    }

    /**
     * Reads the table at {@code path}; locations name the path as given.
     *
     * @param path the table file; its name as given is the file name in the report
     * @param options how files are read
     * @param context precision and rounding of the result
     * @return the plan, when the file has no errors, and the report
     */
    public static ImportResult<Plan> read(Path path, ImportOptions options, TableContext context) {
        return TableReader.read(path, options, context);
    }

    /**
     * Reads the table in {@code in} with the default {@linkplain TableContext#defaults() context}. The stream is
     * read to its end (or to the first fatal problem) and not closed.
     *
     * @param in the bytes of the table
     * @param options how files are read
     * @param fileName the name locations give, and the title when the table has no caption
     * @return the plan, when the table has no errors, and the report
     */
    public static ImportResult<Plan> read(InputStream in, String fileName, ImportOptions options) {
        return read(in, fileName, options, TableContext.defaults());
    }

    /**
     * Reads the table in {@code in}. The stream is read to its end (or to the first fatal problem) and not closed.
     *
     * @param in the bytes of the table
     * @param options how files are read
     * @param context precision and rounding of the result
     * @param fileName the name locations give, and the title when neither context nor caption gives one
     * @return the plan, when the table has no errors, and the report
     */
    public static ImportResult<Plan> read(InputStream in, String fileName, ImportOptions options,
            TableContext context) {
        return TableReader.read(in, fileName, options, context);
    }

    /**
     * Writes the indicators of {@code plan} as a table to {@code out}, which is flushed but not closed.
     *
     * @param plan the plan
     * @param out where to write it
     * @throws IOException when {@code out} fails
     */
    public static void write(Plan plan, Writer out) throws IOException {
        TableWriter.write(plan, out);
    }

    /**
     * Writes the indicators of {@code plan} as a table to {@code out} in UTF-8 with a byte-order mark (so that
     * spreadsheet programs recognise the encoding); {@code out} is flushed but not closed.
     *
     * @param plan the plan
     * @param out where to write it
     * @throws IOException when {@code out} fails
     */
    public static void write(Plan plan, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TableWriter.write(plan, w);
        w.flush();
    }

    /**
     * The table of {@code plan}'s indicators as text, as {@link #write(Plan, Writer)} writes it.
     *
     * @param plan the plan
     * @return the table of {@code plan}'s indicators as text, as {@link #write(Plan, Writer)} writes it
     */
    public static String toCsv(Plan plan) {
        StringWriter w = new StringWriter();
        try {
            TableWriter.write(plan, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * What {@code plan} loses in its table form: the table is written, read back and compared, and each field that
     * comes back different — the jurisdiction, the status, the vision year, sources, the goal structure, a unitless
     * figure in an indicator with a unit, a qualitative target whose words read as a number … — is a {@link
     * TableProblem#NOT_CARRIED} warning naming the field, the plan's value and the value read back. {@code convert
     * --to csv} prints them, so that nobody loses data without being told.
     *
     * @param plan the plan
     * @param name the name the report gives the plan
     * @return the warnings, one a field not carried; none when the table carries the whole plan
     */
    public static ValidationReport notCarried(Plan plan, String name) {
        ProblemCollector problems = new ProblemCollector(name, Integer.MAX_VALUE);
        TableLosses.check(plan, name, problems);
        return problems.report(FileKind.TABLE, plan.indicators().size(), 0);
    }
}
