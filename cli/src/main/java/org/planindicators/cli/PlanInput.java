package org.planindicators.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Plan;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanFiles;

/** The plan a command is given ({@code convert FILE}, {@code evaluate PLAN}): a plan document or an indicator table. */
final class PlanInput {
    private PlanInput() {
    }

    /**
     * Reads the plan in {@code file}; when it cannot be had, says why on {@code err} (an observation file given as a
     * plan, or the file's report as {@code validate} prints it) and returns {@code null}.
     *
     * @param file the plan document (.json) or indicator table (.csv)
     * @param options how to read it
     * @param locale the language of what goes to {@code err}
     * @param err where problems go
     * @return the plan, or {@code null} when the file is not a plan or has errors
     */
    static @Nullable Plan read(Path file, ImportOptions options, Locale locale, PrintWriter err) {
        if (PlanFiles.detect(file).orElse(FileKind.PLAN) == FileKind.OBSERVATIONS) {
            err.print(("zh".equals(locale.getLanguage())
                    ? "应为规划文件（.json）或指标表（.csv），而不是观测值文件："
                    : "expected a plan document (.json) or an indicator table (.csv), not an observation file: ")
                    + file + "\n");
            err.flush();
            return null;
        }
        ImportResult<Plan> read = PlanFiles.readPlan(file, options);
        if (read.value() == null) {
            ReportOutput.text(err, List.of(read.report()), locale);
            err.flush();
        }
        return read.value();
    }
}
