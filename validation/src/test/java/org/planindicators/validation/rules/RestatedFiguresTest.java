package org.planindicators.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.Severity;

/**
 * One name in several goals, the corpus under {@code json/rules} and {@code table/rules}: twice in one goal is an
 * error (P102, or T013 for a table's category); in two goals with different targets a warning (P111) at the later
 * indicator's name; in two goals with the same targets (a restatement) nothing.
 */
class RestatedFiguresTest {
    private static final String TEXT = "004_a3eb1e225fd679f6.txt:171";
    private static final String LIST = "004_a3eb1e225fd679f6.txt:292";

    private static Path resource(String name) {
        try {
            return Path.of(RestatedFiguresTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    private static ImportResult<Plan> read(String name) {
        Path file = resource(name);
        return name.endsWith(".csv") ? IndicatorTables.read(file, ImportOptions.defaults())
                : PlanJson.read(file, ImportOptions.defaults());
    }

    @ParameterizedTest(name = "{0}: {1} {2} at {3}:{4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            json/rules/P111-restated-differently.json     | P111 | warning | 42 | 23 | /parts/0/goals/1/indicators/0/name | name
            json/rules/P102-duplicate-name-in-goal.json   | P102 | error   | 36 | 23 | /parts/0/goals/0/indicators/1/name | name
            table/rules/P111-restated-differently.csv     | P111 | warning | 4  | 2  | -                                  | name
            table/rules/T013-duplicate-name-in-category.csv | T013 | error | 3  | 2  | -                                  | 指标
            """)
    void eachFileGetsItsOneProblem(String file, String code, String severity, int line, int column, String pointer,
            String field) {
        ImportResult<Plan> r = read(file);
        assertThat(r.report().problems()).as(file).hasSize(1);
        Problem p = r.report().problems().get(0);
        assertThat(p.code().code()).isEqualTo(code);
        assertThat(p.severity().code()).isEqualTo(severity);
        assertThat(p.location().line()).isEqualTo(line);
        assertThat(p.location().column()).isEqualTo(column);
        assertThat(p.location().pointer()).isEqualTo(pointer);
        assertThat(p.field()).isEqualTo(field);
        assertThat(r.value() != null).as("a plan is read when there is no error").isEqualTo(!p.isError());
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            assertThat(p.message(l)).isNotBlank().doesNotContain("{0}", "{1}", "{2}", "{3}", "{4}", "{5}");
        }
    }

    @Test
    void theWarningQuotesBothTargetsAndWhereEachWasRead() {
        Problem p = read("json/rules/P111-restated-differently.json").report().problems().get(0);
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.value()).isEqualTo("2610个");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("The indicator '新增学位' is stated twice with different targets"
                + " for 2023: 1.5万个 (source " + TEXT + ") and 2610个 (source " + LIST + ")");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("指标“新增学位”两处表述的 2023 年目标不一致：1.5万个（来源 " + TEXT + "）与 2610个（来源 " + LIST + "）");
    }

    @Test
    void aTableHasNoSourcesSoTheWarningNamesTheRows() {
        Problem p = read("table/rules/P111-restated-differently.csv").report().problems().get(0);
        assertThat(p.value()).isEqualTo("2610个");
        assertThat(p.message(Locale.ENGLISH)).contains("1.5万个 (source P111-restated-differently.csv:2)",
                "2610个 (source P111-restated-differently.csv:4)");
    }

    @Test
    void aRestatementWithTheSameTargetIsNoProblem() {
        for (String file : new String[] {"json/rules/restated-alike.json", "table/rules/restated-alike.csv"}) {
            ImportResult<Plan> r = read(file);
            assertThat(r.report().problems()).as(file).isEmpty();
            assertThat(r.value().indicators()).as(file).hasSize(2);
        }
    }
}
