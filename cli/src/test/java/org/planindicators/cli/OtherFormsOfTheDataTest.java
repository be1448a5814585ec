package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Wenjiang report as a CSV table, a JSON document and a workbook, and its 2022 results in long and wide form,
 * evaluate alike. Regression: the CSV table once assessed 0 of 211 indicators, its jurisdiction (未指定辖区) never
 * equal to the rows' 温江区.
 */
class OtherFormsOfTheDataTest {
    private static String evaluate(String plan, String actuals2022) {
        CliRun run = CliRun.run("evaluate", plan, "-o", actuals2022, "-o",
                "../examples/data/wenjiang-2023-illustrative-actuals.csv", "--year", "2023", "--lang", "en", "--all");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    /** The rows of the table without its title line (titles may differ between forms). */
    private static String body(String out) {
        return out.substring(out.indexOf('\n') + 1);
    }

    @Test
    void theCsvTableAssessesTheSameIndicatorsAsTheJsonForm() {
        String json = evaluate("../examples/data/wenjiang-2023-gwr.json", "../examples/data/wenjiang-2022-actuals.csv");
        String csv = evaluate("../examples/data/wenjiang-2023-gwr.csv", "../examples/data/wenjiang-2022-actuals.csv");
        assertThat(json).contains("Total: achieved 5");
        assertThat(body(csv)).isEqualTo(body(json));
    }

    @Test
    void theWorkbookAndTheWideTableEvaluateAsTheirCsvForms() {
        String csv = evaluate("../examples/data/wenjiang-2023-gwr.csv", "../examples/data/wenjiang-2022-actuals.csv");
        assertThat(body(evaluate("../examples/data/wenjiang-2023-gwr.xlsx", "../examples/data/wenjiang-2022-actuals.csv"))).isEqualTo(body(csv));
        assertThat(body(evaluate("../examples/data/wenjiang-2023-gwr.csv", "../examples/data/wenjiang-2022-actuals-wide.csv")))
                .isEqualTo(body(csv));
    }

    @Test
    void theWorkbookAndTheWideTableValidateWithoutErrors() {
        CliRun run = CliRun.run("validate", "../examples/data/wenjiang-2023-gwr.xlsx", "../examples/data/wenjiang-2022-actuals-wide.csv");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void sheetAndKindAreOptions() {
        CliRun sheet = CliRun.run("validate", "--sheet", "主要目标", "../examples/data/wenjiang-2023-gwr.xlsx");
        assertThat(sheet.exitCode()).as(sheet.out() + sheet.err()).isZero();
        CliRun missing = CliRun.run("validate", "--sheet", "9", "../examples/data/wenjiang-2023-gwr.xlsx");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).contains("F010");
        CliRun kind = CliRun.run("validate", "--kind", "observations", "../examples/data/wenjiang-2022-actuals-wide.csv");
        assertThat(kind.exitCode()).as(kind.out() + kind.err()).isZero();
        assertThat(CliRun.run("validate", "--kind", "yearbook", "x.csv").exitCode()).isEqualTo(2);
    }
}
