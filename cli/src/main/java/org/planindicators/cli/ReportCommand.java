package org.planindicators.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationMethod;
import org.planindicators.evaluation.EvaluationOptions;
import org.planindicators.report.ReportFormat;
import org.planindicators.report.ReportGrouping;
import org.planindicators.report.ReportOptions;
import org.planindicators.report.ReviewReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code plan-indicators report PLAN -o OBS… --year Y --format html|xlsx|md [--lang zh|en] [--output FILE]}: the
 * review report of an evaluation ({@link ReviewReport}): a self-contained HTML page with a chart per indicator, an
 * Excel workbook, or Markdown. The plan and observations are read and evaluated as {@code evaluate} reads and
 * evaluates them; exit codes are the same (0 written, 1 a file has errors or the output cannot be written, 2 a usage
 * error).
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the review report of a plan's evaluation in a year: a self-contained HTML page with charts "
                    + "(html), an Excel workbook (xlsx) or Markdown (md). Indicators are grouped by category, "
                    + "binding ones that lag listed first.",
            "Exit code: 0 when written, 1 when a file has errors (its report goes to standard error) or the output "
                    + "cannot be written, 2 on a usage error."},
        usageHelpAutoWidth = true)
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Mixin
    private ImportOptionsMixin importOptions = new ImportOptionsMixin();

    @Parameters(paramLabel = "PLAN", arity = "1", description = "A plan document (.json) or indicator table (.csv).")
    private Path planFile;

    @Option(names = {"--observations", "-o"}, paramLabel = "OBS", required = true, arity = "1",
            description = "Observations (.csv or .jsonl); repeat the option for several files.")
    private List<Path> observationFiles = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", required = true, converter = EvaluateCommand.YearConverter.class,
            description = "The evaluation year: observations after it are left out.")
    private int year;

    @Option(names = "--format", paramLabel = "html|xlsx|md", defaultValue = "html", converter = FormatConverter.class,
            description = "html (one self-contained page), xlsx (an Excel workbook; needs --output) or md "
                    + "(Markdown). Default: ${DEFAULT-VALUE}.")
    private ReportFormat format = ReportFormat.HTML;

    @Option(names = "--output", paramLabel = "FILE",
            description = "The file to write; standard output (UTF-8) when absent, for html and md.")
    private @Nullable Path output;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The report's title. Default: the plan's title and the evaluation year.")
    private @Nullable String title;

    @Option(names = "--group-by", paramLabel = "category|agency", converter = GroupingConverter.class,
            defaultValue = "category",
            description = "What the table is grouped by: category (类别) or agency (牵头单位, as a commission sends each "
                    + "department its part). Default: ${DEFAULT-VALUE}.")
    private ReportGrouping grouping = ReportGrouping.CATEGORY;

    @Option(names = "--method", paramLabel = "time_progress|open_sdg",
            converter = EvaluateCommand.MethodConverter.class, defaultValue = "time_progress",
            description = "How progress short of the target is judged, as for evaluate. Default: ${DEFAULT-VALUE}.")
    private EvaluationMethod method = EvaluationMethod.TIME_PROGRESS;

    @Option(names = "--tolerance", paramLabel = "T", converter = EvaluateCommand.ToleranceConverter.class,
            defaultValue = "0.05", description = "As for evaluate: 0.05 or 5%%. Default: ${DEFAULT-VALUE}.")
    private BigDecimal tolerance = EvaluationOptions.DEFAULT_TOLERANCE;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2",
            description = "Decimals of computed figures, rounded half-even (0 to 10). Default: ${DEFAULT-VALUE}.")
    private int scale = 2;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Locale locale = language.locale();
        if (scale < 0 || scale > 10) {
            throw new ParameterException(spec.commandLine(), "--scale must be from 0 to 10, not " + scale);
        }
        if (title != null && title.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--title must not be blank");
        }
        if (format == ReportFormat.XLSX && output == null) {
            throw new ParameterException(spec.commandLine(), "--format xlsx writes a binary workbook: give the file "
                    + "with --output FILE");
        }
        EvaluationOptions evaluationOptions = EvaluationOptions.defaults().withMethod(method).withTolerance(tolerance);
        EvaluateCommand.Evaluated evaluated = EvaluateCommand.evaluate(spec, planFile, observationFiles, year,
                evaluationOptions, importOptions.options(), locale);
        if (evaluated == null) {
            return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
        }
        for (String warning : evaluated.warnings()) {
            spec.commandLine().getErr().println(("zh".equals(locale.getLanguage()) ? "警告：" : "Warning: ") + warning);
        }
        spec.commandLine().getErr().flush();
        ReportOptions options = ReportOptions.defaults().withLanguage(locale).withScale(scale).withGrouping(grouping);
        if (title != null) {
            options = options.withTitle(title);
        }
        ReviewReport report = ReviewReport.of(evaluated.evaluation(), evaluated.observations(), options);
        if (output == null) {
            out.print(format == ReportFormat.HTML ? report.html() : report.markdown());
            out.flush();
            return PlanIndicatorsCommand.EXIT_OK;
        }
        Path file = output;
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                report.write(format, stream);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the message below names the file that could not be written
            }
            err.println("zh".equals(locale.getLanguage())
                    ? "无法写入 " + file + "：" + e.getMessage()
                    : "cannot write " + file + ": " + e.getMessage());
            err.flush();
            return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
        }
        err.println("zh".equals(locale.getLanguage()) ? "已写入 " + file : "wrote " + file);
        err.flush();
        return PlanIndicatorsCommand.EXIT_OK;
    }

    /** Reads {@code html}, {@code xlsx}, {@code md} (or {@code markdown}), in any case. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.ofCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a report format; use html, xlsx or md");
            }
        }
    }

    /** Reads a grouping by its code, refusing others as a usage error. */
    static final class GroupingConverter implements picocli.CommandLine.ITypeConverter<ReportGrouping> {
        @Override
        public ReportGrouping convert(String value) {
            try {
                return ReportGrouping.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
