package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.evaluation.EvaluationStatus;
import tools.jackson.databind.JsonNode;

/**
 * {@code evaluate}: the text table and the JSON against golden files (a small plan with a level target, a growth
 * target, a ceiling, two binding indicators and a qualitative one, observed 2021–2024), the JSON contract's keys,
 * options, and the error paths.
 *
 * <p>To rewrite the golden files after a deliberate change, run the test with {@code -Dgolden.update=true} from the
 * {@code examples} directory and review the diff.
 */
class EvaluateCommandTest {
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    static Path resource(String name) {
        URL url = Objects.requireNonNull(EvaluateCommandTest.class.getResource("/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plan() {
        return resource("evaluate/plan.json").toString();
    }

    static String observations() {
        return resource("evaluate/observations.csv").toString();
    }

    /** Compares {@code actual} with the golden file {@code name}, or rewrites it with -Dgolden.update=true. */
    static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN_SOURCE);
            Files.writeString(GOLDEN_SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
        }
        String golden = Files.readString(Boolean.getBoolean("golden.update") ? GOLDEN_SOURCE.resolve(name)
                : resource("golden/" + name), StandardCharsets.UTF_8);
        assertThat(actual).as("golden/" + name).isEqualTo(golden);
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({"zh", "en"})
    void theTextTableMatchesItsGoldenFile(String lang) throws IOException {
        CliRun run = CliRun.run("evaluate", plan(), "--observations", observations(), "--year", "2023", "--lang",
                lang);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertGolden("evaluate-2023." + lang + ".txt", run.out());
    }

    @Test
    void theJsonMatchesItsGoldenFile() throws IOException {
        CliRun run = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode actual = run.single();
        String pretty = TargetJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        assertGolden("evaluate-2023.json", pretty);
    }

    @Test
    void theReadmeShowsTheGoldenTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String golden = Files.readString(resource("golden/evaluate-2023.zh.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains("evaluate plan.json -o observations.csv --year 2023 --lang zh\n" + golden + "```");
        for (String key : EvaluationOutput.INDICATOR_KEYS) {
            assertThat(readme).as("README explains " + key).contains("| `" + key + "` |");
        }
    }

    @Test
    void theJsonHasExactlyTheContractsKeys() {
        JsonNode root = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json")
                .single();
        assertThat(root.propertyNames()).containsExactly("year", "indicators", "summary", "scheme",
                "review_summary", "sdg_summary", "warnings", "targets");
        assertThat(root.propertyNames()).containsExactlyElementsOf(EvaluationOutput.ROOT_KEYS);
        assertThat(root.get("year").intValue()).isEqualTo(2023);
        assertThat(root.get("indicators")).hasSize(6);
        for (JsonNode i : root.get("indicators")) {
            assertThat(i.propertyNames()).containsExactly("indicator", "code", "attribute", "status", "actual",
                    "expected", "target", "progress", "time_progress", "required_growth", "unit",
                    "required_growth_unit", "provisional", "target_year", "target_value", "notes", "figures",
                    "review_class", "sdg_progress", "tiers", "direction", "measure", "parts", "category",
                    "lead_agency", "price_basis", "jurisdiction", "revision", "published");
            assertThat(i.propertyNames()).containsExactlyElementsOf(EvaluationOutput.INDICATOR_KEYS);
            assertThat(List.of("binding", "expected")).contains(i.get("attribute").stringValue());
            for (String figure : List.of("expected", "progress", "time_progress", "required_growth")) {
                JsonNode v = i.get(figure);
                assertThat(v.isNull() || v.isString() && v.stringValue().matches("-?\\d+\\.\\d{2}"))
                        .as(i.get("indicator") + " " + figure + " = " + v).isTrue();
            }
            for (String written : List.of("actual", "target_value")) { // as written, at most 2 decimals
                JsonNode v = i.get(written);
                assertThat(v.isNull() || v.isString() && v.stringValue().matches("-?\\d+(\\.\\d{1,2})?"))
                        .as(i.get("indicator") + " " + written + " = " + v).isTrue();
            }
            assertThat(i.get("target").isString()).as("target notation of %s", i.get("indicator")).isTrue();
            assertThat(i.get("target_year").intValue()).isBetween(2021, 2025);
            assertThat(i.get("provisional").isBoolean()).isTrue();
            assertThat(i.get("notes").isArray()).isTrue();
            for (JsonNode f : i.get("figures")) {
                assertThat(f.propertyNames()).containsExactly("kind", "value", "unit", "formula", "inputs");
            }
        }
        List<String> statuses = new ArrayList<>();
        for (EvaluationStatus s : EvaluationStatus.values()) {
            statuses.add(s.code());
        }
        assertThat(root.get("summary").propertyNames()).containsExactlyElementsOf(statuses);
        int total = 0;
        for (String s : statuses) {
            total += root.get("summary").get(s).intValue();
        }
        assertThat(total).isEqualTo(6);
    }

    @Test
    void bindingIndicatorsThatLagComeFirst() {
        JsonNode indicators = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format",
                "json").single().get("indicators");
        assertThat(indicators.get(0).get("code").stringValue()).isEqualTo("C01");
        assertThat(indicators.get(1).get("code").stringValue()).isEqualTo("C02");
        for (int i = 0; i < 2; i++) {
            assertThat(indicators.get(i).get("attribute").stringValue()).isEqualTo("binding");
            assertThat(indicators.get(i).get("status").stringValue()).isEqualTo("lagging");
        }
        List<String> rest = new ArrayList<>();
        for (int i = 2; i < indicators.size(); i++) {
            rest.add(indicators.get(i).get("code").stringValue() + " " + indicators.get(i).get("status").stringValue());
        }
        // The plan's order within the rest: a level target ahead, a growth target put as a level on track, a ceiling
        // met early, a qualitative target not assessable.
        assertThat(rest).containsExactly("A01 ahead", "A02 on_track", "B01 achieved_early", "B02 not_assessable");
    }

    @Test
    void theFiguresAreThoseOfTheFixture() {
        JsonNode indicators = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format",
                "json").single().get("indicators");
        JsonNode gdp = indicators.get(2);
        assertThat(gdp.get("indicator").stringValue()).isEqualTo("地区生产总值");
        assertThat(gdp.get("actual").stringValue()).isEqualTo("730"); // as written
        // 600 × (800 / 600)^(3/5)
        assertThat(gdp.get("expected").stringValue()).isEqualTo("713.04");
        assertThat(gdp.get("target").stringValue()).isEqualTo("800亿元");
        assertThat(gdp.get("target_value").stringValue()).isEqualTo("800");
        assertThat(gdp.get("target_year").intValue()).isEqualTo(2025);
        assertThat(gdp.get("progress").stringValue()).isEqualTo("65.00");
        assertThat(gdp.get("time_progress").stringValue()).isEqualTo("60.00");
        assertThat(gdp.get("unit").stringValue()).isEqualTo("亿元");
        assertThat(gdp.get("required_growth_unit").stringValue()).isEqualTo("%");
        assertThat(gdp.get("provisional").booleanValue()).isTrue(); // 2023 is preliminary
        JsonNode industry = indicators.get(3);
        // 年均增长7% from 200亿元 over five years: 200 × 1.07^5
        assertThat(industry.get("target").stringValue()).isEqualTo("年均增长7%");
        assertThat(industry.get("target_value").stringValue()).isEqualTo("280.51");
        JsonNode energy = indicators.get(0);
        // [13.5] a reduction chained from 3.0%, 2.9%, 2.0%: 1 − 0.97 × 0.971 × 0.98
        assertThat(energy.get("actual").stringValue()).isEqualTo("7.70");
        assertThat(energy.get("target").stringValue()).isEqualTo("[13.5%]");
        assertThat(energy.get("target_value").stringValue()).isEqualTo("13.5");
        JsonNode qualitative = indicators.get(5);
        assertThat(qualitative.get("actual").isNull()).isTrue();
        assertThat(qualitative.get("unit").isNull()).isTrue();
    }

    @Test
    void theYearLeavesOutLaterObservations() {
        JsonNode gdp2022 = indicator(CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2022",
                "--format", "json").single(), "A01");
        assertThat(gdp2022.get("actual").stringValue()).isEqualTo("690");
        assertThat(gdp2022.get("time_progress").stringValue()).isEqualTo("40.00");
        JsonNode gdp2024 = indicator(CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2024",
                "--format", "json").single(), "A01");
        assertThat(gdp2024.get("actual").stringValue()).isEqualTo("770");
    }

    @Test
    void methodToleranceAndScaleAreApplied() {
        JsonNode sdg = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json",
                "--method", "open_sdg").single();
        assertThat(indicator(sdg, "A01").get("status").stringValue()).isEqualTo("on_track");
        JsonNode chinese = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json",
                "--method", "chinese").single();
        assertThat(indicator(chinese, "A01").get("status").stringValue()).isEqualTo("ahead");
        // GDP's progress ratio is (730 − 600) / (713.04 − 600) ≈ 1.15: within a 20% tolerance it is on track.
        JsonNode wide = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json",
                "--tolerance", "20%").single();
        assertThat(indicator(wide, "A01").get("status").stringValue()).isEqualTo("on_track");
        JsonNode scale = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json",
                "--scale", "4").single();
        assertThat(indicator(scale, "A01").get("expected").stringValue()).isEqualTo("713.0410");
    }

    @Test
    void anIndicatorTableIsEvaluatedAsThePlanDocumentItWasConvertedFrom() throws IOException {
        CliRun csv = CliRun.run("convert", plan(), "--to", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        Path table = dir.resolve("plan.csv");
        Files.writeString(table, csv.out(), StandardCharsets.UTF_8);
        CliRun fromTable = CliRun.run("evaluate", table.toString(), "-o", observations(), "--year", "2023",
                "--format", "json");
        assertThat(fromTable.exitCode()).as(fromTable.err()).isZero();
        CliRun fromJson = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json");
        // A table carries no jurisdiction (convert warns, T029): "jurisdiction" is null from it, the plan's from JSON.
        JsonNode a = fromTable.single();
        JsonNode b = fromJson.single();
        for (JsonNode i : a.get("indicators")) {
            assertThat(i.get("jurisdiction").isNull()).isTrue();
            ((tools.jackson.databind.node.ObjectNode) i).remove("jurisdiction");
        }
        for (JsonNode i : b.get("indicators")) {
            assertThat(i.get("jurisdiction").stringValue()).isEqualTo("示范区");
            ((tools.jackson.databind.node.ObjectNode) i).remove("jurisdiction");
        }
        assertThat(a).isEqualTo(b);
    }

    @Test
    void observationsMaySpanSeveralFiles() throws IOException {
        List<String> lines = Files.readAllLines(resource("evaluate/observations.csv"), StandardCharsets.UTF_8);
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Files.write(first, lines.subList(0, 9), StandardCharsets.UTF_8);
        List<String> rest = new ArrayList<>(List.of(lines.get(0)));
        rest.addAll(lines.subList(9, lines.size()));
        Files.write(second, rest, StandardCharsets.UTF_8);
        CliRun split = CliRun.run("evaluate", plan(), "-o", first.toString(), "-o", second.toString(), "--year",
                "2023", "--format", "json");
        CliRun whole = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format", "json");
        assertThat(split.exitCode()).as(split.err()).isZero();
        assertThat(split.out()).isEqualTo(whole.out());
    }

    @Test
    void aMissingPlanFileIsAnInputError() {
        String missing = dir.resolve("nowhere.json").toString();
        CliRun run = CliRun.run("evaluate", missing, "-o", observations(), "--year", "2023", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(missing + ": plan, 0 indicators").contains("[F001 error]");
    }

    @Test
    void aMissingObservationFileIsAnInputError() {
        String missing = dir.resolve("nowhere.csv").toString();
        CliRun run = CliRun.run("evaluate", plan(), "-o", missing, "--year", "2023", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(missing + ": observations").contains("[F001 error]");
    }

    @Test
    void aPlanWithErrorsIsReportedAsValidateReportsItAndNotEvaluated() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, ValidateCommandTest.BROKEN_PLAN, StandardCharsets.UTF_8);
        for (String lang : List.of("en", "zh")) {
            CliRun run = CliRun.run("evaluate", broken.toString(), "-o", observations(), "--year", "2023", "--lang",
                    lang);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            CliRun validate = CliRun.run("validate", "--lang", lang, broken.toString());
            assertThat(run.err()).isEqualTo(validate.out()).contains("[J010 error]");
        }
    }

    @Test
    void observationsWithErrorsAreReportedAndNotEvaluated() throws IOException {
        Path obs = dir.resolve("actuals.csv");
        Files.writeString(obs, """
                指标代码,年份,数值,单位,状态
                A01,2021,650,亿元,final
                Z99,2022,12,亿元,final
                A01,2022,690,万标箱,final
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.run("evaluate", plan(), "-o", observations(), "-o", obs.toString(), "--year", "2023",
                "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        // Only the file with errors is reported.
        assertThat(run.err()).startsWith(obs + ": observations").contains(obs + ":3:").contains(obs + ":4:")
                .doesNotContain(observations());
    }

    @Test
    void anObservationFileGivenAsThePlanIsAnInputError() {
        CliRun run = CliRun.run("evaluate", observations(), "-o", observations(), "--year", "2023", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not an observation file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--year abc | '--year': 'abc' is not a year",
        "--year 3000 | 'is not a year from 1949 to 2100'",
        "--year 2019 | --year 2019 is before the plan's base year 2020",
        "--year 2023 --tolerance 2 | '2' is not a tolerance from 0 to 1",
        "--year 2023 --tolerance x | 'x' is not a tolerance",
        "--year 2023 --method best | 'best' is not a method",
        "--year 2023 --format xml | --format",
        "--year 2023 --scale -1 | --scale must be from 0 to 20",
        "--year 2023 --lang fr | 'fr' is not a supported language"})
    void usageErrorsExitWithTwo(String options, String message) {
        List<String> args = new ArrayList<>(List.of("evaluate", plan(), "-o", observations()));
        args.addAll(List.of(options.split(" ")));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).contains("Usage: plan-indicators evaluate").doesNotContain("\tat ");
    }

    @Test
    void theYearAndTheObservationsAreRequired() {
        CliRun noYear = CliRun.run("evaluate", plan(), "-o", observations());
        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.err()).contains("Missing required option: '--year=YEAR'");
        CliRun noObs = CliRun.run("evaluate", plan(), "--year", "2023");
        assertThat(noObs.exitCode()).isEqualTo(2);
        assertThat(noObs.err()).contains("--observations");
    }

    @Test
    void textColumnsLineUpCountingChineseCharactersAsTwoColumns() {
        String out = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--lang", "zh", "--all")
                .out();
        List<String> rows = out.lines().skip(1).limit(7).toList(); // the header and six indicators
        // The attribute column starts at the same terminal column on every row.
        List<Integer> starts = new ArrayList<>();
        for (String row : rows) {
            int at = row.indexOf(row.startsWith("指标") ? "属性" : row.contains("约束性") ? "约束性" : "预期性");
            starts.add(TextTable.width(row.substring(0, at)));
        }
        assertThat(starts).as(out).containsOnly(starts.get(0));
        // Right-aligned columns end at the same terminal column.
        List<Integer> widths = rows.stream().map(TextTable::width).distinct().toList();
        assertThat(widths).as(out).hasSize(1);
    }

    @Test
    void displayWidthCountsEastAsianWideCharactersAsTwo() {
        assertThat(TextTable.width("GDP")).isEqualTo(3);
        assertThat(TextTable.width("地区生产总值")).isEqualTo(12);
        assertThat(TextTable.width("（PM2.5）")).isEqualTo(9);
        assertThat(TextTable.width("亿元/万人")).isEqualTo(9);
        assertThat(TextTable.width("e\u0301")).isEqualTo(1); // a combining accent takes no column
        assertThat(TextTable.width("\uD840\uDC00")).isEqualTo(2); // U+20000, CJK extension B
        assertThat(TextTable.width("—‰")).isEqualTo(2); // East Asian ambiguous: one column each
        String table = new TextTable(List.of(TextTable.Align.LEFT, TextTable.Align.RIGHT))
                .row(List.of("指标", "值"))
                .row(List.of("GDP", "717.11亿元"))
                .render();
        assertThat(table).isEqualTo("""
                指标          值
                GDP   717.11亿元
                """);
    }

    static JsonNode indicator(JsonNode root, String code) {
        for (JsonNode i : root.get("indicators")) {
            if (code.equals(i.get("code").stringValue())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + root);
    }

    @Test
    void explainShowsTheFormulaAndInputsOfEachFigure() {
        String out = CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--lang", "en",
                "--explain").out();

        assertThat(out).contains("How each figure was computed:")
                .contains("expected = v0 × (vT / v0)^((t − b) / (T − b))")
                .contains("(2023, observation, preliminary)");
        JsonNode gdp = indicator(CliRun.run("evaluate", plan(), "-o", observations(), "--year", "2023", "--format",
                "json").single(), "A01");
        JsonNode expected = null;
        for (JsonNode f : gdp.get("figures")) {
            if (f.get("kind").stringValue().equals("expected")) {
                expected = f;
            }
        }
        assertThat(expected).isNotNull();
        assertThat(expected.get("formula").stringValue()).isEqualTo("expected = v0 × (vT / v0)^((t − b) / (T − b))");
        assertThat(expected.get("inputs").get(0).stringValue()).startsWith("v0 = 600亿元 (2020");
    }
}
