package org.planindicators.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.report.internal.HtmlReport;
import org.planindicators.report.internal.MarkdownReport;
import org.planindicators.report.internal.ReportModel;
import org.planindicators.report.internal.XlsxReport;

/**
 * The review report of a plan's evaluation, the document a mid-term review circulates, in three forms:
 *
 * <ul>
 * <li><b>HTML</b> ({@link #writeHtml(Writer)}): one self-contained page, inline CSS and SVG, no script and no network,
 * printable on A4. A summary (counts by status and by attribute 预期性/约束性, a bar of the statuses, the indicators
 * that lag or missed their target, binding ones first); the table grouped by category (类别; the goal where the plan
 * names none) with attribute, unit, baseline, target in its notation, actual, expected, progress, time progress, what
 * is needed per year, status and lead agency, and footnotes for provisional data, revised targets and baselines; and
 * for every indicator with a numeric target a chart (observations over the years, the expected path from the
 * baseline to the target, the target as a band or a line, the base and target years marked; with a title and a
 * description in words) and how each figure was computed, in a {@code <details>} element.</li>
 * <li><b>Excel</b> ({@link #writeXlsx(OutputStream)}): the table as a workbook people can filter and sort, and a
 * summary sheet.</li>
 * <li><b>Markdown</b> ({@link #writeMarkdown(Writer)}): the summary and the table, for wikis and READMEs.</li>
 * </ul>
 *
 * <p>Every text from the plan or the observations (names, sources, agencies, notes) is escaped in each form. Figures
 * are printed as the command line's {@code evaluate} prints them ({@link IndicatorFigures}, {@link FigureFormat}).
 * Immutable; each call writes the report anew.
 *
 * <pre>{@code
 * PlanEvaluation evaluation = Evaluator.withDefaults().evaluate(plan, observations, 2023);
 * ReviewReport report = ReviewReport.of(evaluation, observations,
 *         ReportOptions.defaults().withLanguage(Locale.SIMPLIFIED_CHINESE));
 * try (OutputStream out = Files.newOutputStream(Path.of("review.html"))) {
 *     report.writeHtml(out);
 * }
 * }</pre>
 */
public final class ReviewReport {
    private final PlanEvaluation evaluation;
    private final List<Observation> observations;
    private final ReportOptions options;
    private final ReportModel model;

    private ReviewReport(PlanEvaluation evaluation, List<Observation> observations, ReportOptions options) {
        this.evaluation = evaluation;
        this.observations = observations;
        this.options = options;
        this.model = ReportModel.of(evaluation, observations, options);
    }

    /**
     * The report of {@code evaluation}.
     *
     * @param evaluation the evaluation, which holds the plan
     * @param observations the observations the evaluation was made from: the charts draw each indicator's, as the
     *     evaluator reads them (yearly, for the plan's jurisdiction, up to the evaluation year)
     * @param options language, title and decimals
     * @return the report
     */
    public static ReviewReport of(PlanEvaluation evaluation, Collection<Observation> observations,
            ReportOptions options) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(options, "options");
        return new ReviewReport(evaluation, List.copyOf(observations), options);
    }

    /**
     * The report of {@code evaluation} with {@link ReportOptions#defaults()}.
     *
     * @param evaluation the evaluation, which holds the plan
     * @param observations the observations the evaluation was made from
     * @return the report
     */
    public static ReviewReport of(PlanEvaluation evaluation, Collection<Observation> observations) {
        return of(evaluation, observations, ReportOptions.defaults());
    }

    /** {@return the evaluation} */
    public PlanEvaluation evaluation() {
        return evaluation;
    }

    /** {@return the observations the charts draw} */
    public List<Observation> observations() {
        return observations;
    }

    /** {@return the options} */
    public ReportOptions options() {
        return options;
    }

    /** {@return the report as one HTML page} */
    public String html() {
        return new HtmlReport(model).render();
    }

    /** {@return the report in Markdown} */
    public String markdown() {
        return new MarkdownReport(model).render();
    }

    /**
     * Writes the HTML page to {@code out}, which stays open.
     *
     * @param out where the page goes
     * @throws IOException when it cannot be written
     */
    public void writeHtml(Writer out) throws IOException {
        Objects.requireNonNull(out, "out").write(html());
        out.flush();
    }

    /**
     * Writes the HTML page to {@code out} in UTF-8; {@code out} stays open.
     *
     * @param out where the page goes
     * @throws IOException when it cannot be written
     */
    public void writeHtml(OutputStream out) throws IOException {
        writeHtml(utf8(out));
    }

    /**
     * Writes the Markdown to {@code out}, which stays open.
     *
     * @param out where the Markdown goes
     * @throws IOException when it cannot be written
     */
    public void writeMarkdown(Writer out) throws IOException {
        Objects.requireNonNull(out, "out").write(markdown());
        out.flush();
    }

    /**
     * Writes the Markdown to {@code out} in UTF-8; {@code out} stays open.
     *
     * @param out where the Markdown goes
     * @throws IOException when it cannot be written
     */
    public void writeMarkdown(OutputStream out) throws IOException {
        writeMarkdown(utf8(out));
    }

    /**
     * Writes the Excel workbook (.xlsx) to {@code out}, which stays open.
     *
     * @param out where the workbook goes
     * @throws IOException when it cannot be written
     */
    public void writeXlsx(OutputStream out) throws IOException {
        new XlsxReport(model).write(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes the report in {@code format} to {@code out}, which stays open.
     *
     * @param format the form
     * @param out where the report goes
     * @throws IOException when it cannot be written
     */
    public void write(ReportFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        switch (format) {
            case HTML -> writeHtml(out);
            case XLSX -> writeXlsx(out);
            case MARKDOWN -> writeMarkdown(out);
            default -> throw new UncheckedIOException(new IOException("unknown format " + format));
        }
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    }
}
