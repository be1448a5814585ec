package org.planindicators.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
}
