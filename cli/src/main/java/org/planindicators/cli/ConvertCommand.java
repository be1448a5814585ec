package org.planindicators.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan-indicators convert FILE --to json|csv}: prints an indicator table as a plan document, or a plan
 * document as an indicator table. A file with errors is not converted: its report goes to standard error and the
 * exit code is 1.
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Prints an indicator table (.csv) as a plan document (--to json), or a plan document (.json) as an "
                    + "indicator table (--to csv). A file with errors is not converted; its problems go to "
                    + "standard error.",
            "To csv, each field the table form does not carry (jurisdiction, status, sources, goal structure, a "
                    + "target that would read back otherwise …) is a T029 warning on standard error.",
            "A table holds one version of each target and baseline: a plan with revised ones (调整) is not converted "
                    + "to csv unless --drop-revisions says to write the current versions and drop the history.",
            "Exit code: 0 when converted, 1 when the file has errors, 2 on a usage error."},
        usageHelpAutoWidth = true)
final class ConvertCommand implements Callable<Integer> {
    /** Output formats. */
    enum Target { json, csv }

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Mixin
    private ImportOptionsMixin importOptions = new ImportOptionsMixin();

    @Option(names = "--to", required = true, paramLabel = "json|csv", description = "The output format.")
    private Target to;

    @Parameters(paramLabel = "FILE", arity = "1", description = "A plan document (.json) or indicator table (.csv).")
    private Path file;

    @Option(names = "--drop-revisions", description = "To csv: write the current version of each revised target and "
            + "baseline and drop the published versions, their dates and reasons (the table form cannot hold them). "
            + "Without it, a plan with revisions is not converted to csv.")
    private boolean dropRevisions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = language.locale();
        ImportOptions options = importOptions.options();
        Plan plan = PlanInput.read(file, importOptions.options(), language.locale(), err);
        if (plan == null) {
            return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
        }
        if (to == Target.csv && !dropRevisions) {
            List<String> revised = revised(plan);
            if (!revised.isEmpty()) {
                err.println(zh(locale)
                        ? file + "：" + revised.size() + " 项目标或基期值有调整记录（" + String.join("；", revised)
                                + "），表格只能保存现行值；未转换。加 --drop-revisions 写出现行值并舍弃调整记录，或保留 JSON 格式"
                        : file + ": " + revised.size() + " revised target(s) or baseline(s) (" + String.join("; ",
                                revised) + "); a table holds only the current version, so the revision history would be"
                                + " lost; not converted. Use --drop-revisions to write the current versions and drop"
                                + " the history, or keep the plan in JSON");
                err.flush();
                return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
            }
        }
        out.print(to == Target.json ? PlanJson.toJson(plan) : IndicatorTables.toCsv(plan));
        out.flush();
        if (to == Target.csv) {
            // Nothing is lost without a word: each field the table form does not carry is a warning (T029).
            ValidationReport losses = IndicatorTables.notCarried(plan, file.toString());
            if (!losses.problems().isEmpty()) {
                ReportOutput.text(err, List.of(losses), locale);
                err.flush();
            }
        }
        return PlanIndicatorsCommand.EXIT_OK;
    }

    private static boolean zh(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** Each revised target and baseline: 地区生产总值 target 2025 (revised 2022-06-30, 规划中期调整). */
    static List<String> revised(Plan plan) {
        List<String> out = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            if (i.baseline() != null && i.baseline().revisedFrom() != null) {
                out.add(i.name() + " baseline " + i.baseline().year() + " (revised " + i.baseline().revisedFrom().date()
                        + ", " + i.baseline().revisedFrom().reason() + ")");
            }
            for (org.planindicators.plan.Target t : i.targets()) {
                if (t.revisedFrom() != null) {
                    out.add(i.name() + " target " + t.year() + " (revised " + t.revisedFrom().date() + ", "
                            + t.revisedFrom().reason() + ")");
                }
            }
        }
        return out;
    }
}
