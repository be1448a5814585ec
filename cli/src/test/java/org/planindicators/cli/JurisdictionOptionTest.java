package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code --jurisdiction} for tables, and the warning of an evaluation that can assess nothing because its
 * observations are for another place. Regression: the Wenjiang table read without its title's jurisdiction assessed
 * 0 of 211 indicators, exit 0, without a word.
 */
class JurisdictionOptionTest {
    private static final String TABLE = "../examples/data/wenjiang-2023-gwr.csv";
    private static final String ACTUALS = "../examples/data/wenjiang-2022-actuals.csv";
    private static final String ILLUSTRATIVE = "../examples/data/wenjiang-2023-illustrative-actuals.csv";

    private static CliRun evaluate(String... extra) {
        String[] args = new String[8 + extra.length];
        String[] base = {"evaluate", TABLE, "-o", ACTUALS, "-o", ILLUSTRATIVE, "--year", "2023"};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    /** The rows of the output without its title line. */
    private static String body(String out) {
        return out.substring(out.indexOf('\n') + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"温江区", "成都市温江区", "四川省成都市温江区", "510115", "温江区:510115", "成都市温江区（510115）",
        "510115000000"})
    void theSamePlaceWrittenAnyWayAssessesWhatTheTitleGives(String written) {
        CliRun plain = evaluate("--lang", "en");
        CliRun named = evaluate("--lang", "en", "--jurisdiction", written);
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.out()).contains("Total: achieved 5").doesNotContain("Warning");
        assertThat(body(named.out())).isEqualTo(body(plain.out()));
        assertThat(named.err()).doesNotContain("O027");
    }

    @Test
    void anotherPlaceAssessesNothingAndSaysWhyInTextAndJson() {
        CliRun text = evaluate("--lang", "en", "--jurisdiction", "双流区");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("not assessable 211")
                .contains("Warning: No indicator could be assessed: of the 31 observations read, 0 are for the plan's "
                        + "indicators in 双流区 up to 2023 (31 are for other jurisdictions: 温江区 31; if the plan is one "
                        + "of them, say so with --jurisdiction)");
        // The readers' warnings are printed, not dropped: O027 per file, with the count.
        assertThat(text.err()).contains("[O027 warning] 20 observations for 温江区 were not used: the plan is 双流区's")
                .contains("[O027 warning] 11 observations for 温江区 were not used");
        JsonNode json = evaluate("--format", "json", "--lang", "zh", "--jurisdiction", "510116").single();
        assertThat(json.get("warnings")).hasSize(1);
        assertThat(json.get("warnings").get(0).asString()).startsWith("没有指标可评估：读到的 31 个观测值中")
                .contains("31 个属于其他辖区：温江区 31");
    }

    @Test
    void anEvaluationThatAssessesSomethingHasNoWarning() {
        JsonNode json = evaluate("--format", "json").single();
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void observationsAfterTheYearAreNamedAsTheReason() {
        CliRun run = CliRun.run("evaluate", TABLE, "-o", ILLUSTRATIVE, "--year", "2022", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No indicator could be assessed: of the 11 observations read, 0 are for the "
                + "plan's indicators in 成都市温江区 up to 2022 (11 are after 2022)");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "温江区:990115"})
    void aJurisdictionThatIsNoneIsAUsageError(String written) {
        CliRun run = evaluate("--jurisdiction", written);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--jurisdiction '" + written + "' is not a jurisdiction");
    }
}
