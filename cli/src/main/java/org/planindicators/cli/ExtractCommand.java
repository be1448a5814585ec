package org.planindicators.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.planindicators.extract.Confidence;
import org.planindicators.extract.DocumentKind;
import org.planindicators.extract.DraftResult;
import org.planindicators.extract.DraftTarget;
import org.planindicators.extract.ExtractOptions;
import org.planindicators.extract.Extraction;
import org.planindicators.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan-indicators extract TEXT_FILE [--kind five_year_plan|annual_report] [--year Y] [--format csv|json]
 * [--results FILE] [--other-results FILE]}: drafts the indicator table of a plan or report from its text (see
 * {@link org.planindicators.extract.Extractor}). The table goes to standard output; the results of its indicators to
 * {@code --results} as observations (named as the table names them, so that both validate together), the results of
 * indicators it does not carry to {@code --other-results}; a summary to standard error.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Drafts the indicator table of a plan or report from its plain text (UTF-8 or GB18030): one row per "
                    + "target with its unit, year, section, lead agency, source line and a confidence. Results "
                    + "(figures already reached) are kept apart: --results writes those of the table's indicators as "
                    + "observations (validate and evaluate them with the table), --other-results the others.",
            "Exit code: 0 when drafted, 1 when the file cannot be read, 2 on a usage error."},
        usageHelpAutoWidth = true)
final class ExtractCommand implements Callable<Integer> {
    /** Output formats: the indicator table (CSV), or targets and results as JSON. */
    enum Format { csv, json }

    /** Document kinds as the command line writes them. */
    enum Kind { five_year_plan, annual_report }

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Option(names = "--kind", paramLabel = "five_year_plan|annual_report",
            description = "The kind of document. Default: told from the text (政府工作报告, 五年规划).")
    private @Nullable Kind kind;

    @Option(names = "--year", paramLabel = "Y",
            description = "The year of the targets: the report's year, the plan's last year. Default: read from the "
                    + "text.")
    private @Nullable Integer year;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "csv: the draft indicator table; json: targets and results with reasons. Default: "
                    + "${DEFAULT-VALUE}.")
    private Format format = Format.csv;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write the results (figures reached) of the table's indicators to FILE as observations "
                    + "(CSV), named as the table names them.")
    private @Nullable Path results;

    @Option(names = "--other-results", paramLabel = "FILE",
            description = "Also write the results of indicators the table does not carry to FILE (CSV), named as "
                    + "the text words them.")
    private @Nullable Path otherResults;

    @Parameters(paramLabel = "TEXT_FILE", arity = "1", description = "The plan's or report's text.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean zh = "zh".equals(language.locale().getLanguage());
        if (year != null && (year < 1949 || year > 2100)) {
            err.print((zh ? "年份须在1949–2100之间：" : "the year must be within 1949–2100: ") + year + "\n");
            err.flush();
            return PlanIndicatorsCommand.EXIT_USAGE;
        }
        Extraction draft;
        try {
            DocumentKind k = kind == null ? null : DocumentKind.ofCode(kind.name());
            Path name = file.getFileName();
            draft = Extractor.extract(file, new ExtractOptions(k, year, name == null ? file.toString() : name.toString()));
        } catch (NoSuchFileException e) {
            err.print(file + ": " + (zh ? "文件不存在" : "no such file") + "\n");
            err.flush();
            return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
        } catch (IOException e) {
            err.print(file + ": " + PlanIndicatorsCommand.oneLine(e) + "\n");
            err.flush();
            return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
        }
        for (Path p : new Path[] {results, otherResults}) {
            if (p == null) {
                continue;
            }
            try {
                Files.writeString(p, p == results ? draft.observationsCsv() : draft.otherResultsCsv(),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.print(p + ": " + PlanIndicatorsCommand.oneLine(e) + "\n");
                err.flush();
                return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
            }
        }
        out.print(format == Format.json ? draft.json() : draft.tableCsv());
        out.flush();
        err.print(summary(draft, zh) + "\n");
        err.flush();
        return PlanIndicatorsCommand.EXIT_OK;
    }

    private String summary(Extraction draft, boolean zh) {
        long low = draft.targets().stream().filter(t -> t.confidence() == Confidence.LOW).count();
        long medium = draft.targets().stream().filter(t -> t.confidence() == Confidence.MEDIUM).count();
        long high = draft.targets().stream().map(DraftTarget::confidence).filter(c -> c == Confidence.HIGH).count();
        long ofTable = draft.results().stream().filter(DraftResult::ofTable).count();
        long others = draft.results().size() - ofTable;
        return zh
                ? String.format(Locale.ROOT, "%s：%d 个目标（置信度高 %d、中 %d、低 %d），%d 个实际值：表中指标的 %d 个%s，"
                        + "其他指标的 %d 个%s", file, draft.targets().size(), high, medium, low, draft.results().size(),
                        ofTable, results == null ? "（用 --results 写出）" : "已写入 " + results, others,
                        otherResults == null ? "（用 --other-results 写出）" : "已写入 " + otherResults)
                : String.format(Locale.ROOT, "%s: %d targets (confidence high %d, medium %d, low %d), %d results: %d "
                        + "of the table's indicators%s, %d of others%s", file, draft.targets().size(), high, medium,
                        low, draft.results().size(), ofTable,
                        results == null ? " (write them with --results)" : " written to " + results, others,
                        otherResults == null ? " (write them with --other-results)" : " written to " + otherResults);
    }
}
