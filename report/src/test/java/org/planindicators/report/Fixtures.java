package org.planindicators.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.PlanFiles;
import org.planindicators.validation.ValidationReport;

/** The plans and observations the report's tests use, read from files as users read them. */
final class Fixtures {
    /** The bundled data of the examples module. */
    static final Path DATA = Path.of("../examples/data");

    private Fixtures() {
    }

    /** An evaluation and the observations it was made from. */
    record Input(PlanEvaluation evaluation, List<Observation> observations) {
        ReviewReport report(ReportOptions options) {
            return ReviewReport.of(evaluation, observations, options);
        }
    }

    /** The Wenjiang 2023 government work report, with the 2022 results and the illustrative 2023 ones, in 2023. */
    static Input wenjiang() {
        return read(DATA.resolve("wenjiang-2023-gwr.json"), 2023, DATA.resolve("wenjiang-2022-actuals.csv"),
                DATA.resolve("wenjiang-2023-illustrative-actuals.csv"));
    }

    /** The Qingbaijiang 14th five-year plan in 2023, with illustrative observations 2020–2023 (multi-year paths). */
    static Input qingbaijiang() {
        return read(DATA.resolve("qingbaijiang-14th-fyp.json"), 2023,
                Path.of("src/test/resources/qingbaijiang-illustrative-actuals.csv"));
    }

    static Input read(Path planFile, int year, Path... observationFiles) {
        ImportOptions options = ImportOptions.defaults();
        Plan plan = PlanFiles.readPlan(planFile, options).model().orElseThrow(() -> new AssertionError(
                planFile + " does not read"));
        List<Observation> observations = new ArrayList<>();
        for (Path f : observationFiles) {
            if (!Files.exists(f)) {
                throw new AssertionError("missing " + f.toAbsolutePath());
            }
            ValidationReport report = Observations.read(f, options, plan, observations::add);
            if (report.hasErrors()) {
                throw new AssertionError(f + ": " + report);
            }
        }
        return new Input(Evaluator.withDefaults().evaluate(plan, observations, year), List.copyOf(observations));
    }
}
