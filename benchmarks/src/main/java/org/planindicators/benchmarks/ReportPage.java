package org.planindicators.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.report.ReportOptions;
import org.planindicators.report.ReviewReport;

/**
 * Writes the HTML review report of {@link SyntheticData#plan(int)} evaluated in 2023 against four years of its
 * {@link SyntheticData#nationalSeries national series} (2020–2023), to time how fast a browser renders a large report
 * (BENCHMARKS.md), and prints the size and the time taken to evaluate and to write the report.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.ReportPage 2000 FILE.html}
 */
public final class ReportPage {
    private ReportPage() {
    }

    /**
     * Writes the report.
     *
     * @param args the number of indicators and the file to write
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int indicators = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Plan plan = SyntheticData.plan(indicators);
        List<Observation> observations = SyntheticData.nationalSeries(plan, 2023, 4, 42);
        long start = System.nanoTime();
        PlanEvaluation evaluation = Evaluator.withDefaults().evaluate(plan, observations, 2023);
        long evaluated = System.nanoTime();
        ReviewReport report = ReviewReport.of(evaluation, observations,
                ReportOptions.defaults().withLanguage(Locale.SIMPLIFIED_CHINESE));
        try (OutputStream out = Files.newOutputStream(file)) {
            report.writeHtml(out);
        }
        long end = System.nanoTime();
        System.out.println("indicators=" + indicators + " observations=" + observations.size() + " bytes="
                + Files.size(file) + " evaluated_ms=" + (evaluated - start) / 1_000_000 + " report_ms="
                + (end - evaluated) / 1_000_000);
    }
}
