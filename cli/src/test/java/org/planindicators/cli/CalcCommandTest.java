package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code calc}: each calculation on real figures, the explanation line, JSON, rounding options and usage errors. */
class CalcCommandTest {
    /** Arguments as one string (split on spaces), the first line of output. */
    static Stream<Arguments> results() {
        return Stream.of(
                // 13th five-year plan: GDP 67.7万亿元 (2015) at 6.5% a year for five years, the plan's ">92.7".
                Arguments.of("project 67.7万亿元 6.5% 5", "92.75万亿元"),
                Arguments.of("project 67.7 6.5 5", "92.75"),
                Arguments.of("cagr 67.7 92.75 5", "6.50%"),
                Arguments.of("cagr 67.7万亿元 92.75万亿元 5", "6.50%"),
                Arguments.of("cagr 67.7万亿元 927500亿元 5", "6.50%"),
                Arguments.of("cagr 67.7 92.75 5 --scale 4", "6.4989%"),
                Arguments.of("cagr 67.7 92.75 5 --precision 3", "6.50%"),
                // 14th plan energy intensity [13.5] over five years: 2.86% a year (2.8589%).
                Arguments.of("cumulative 13.5 5", "2.86%"),
                Arguments.of("cumulative [13.5] 5", "2.86%"),
                Arguments.of("cumulative 13.5% 5 --scale 4", "2.8589%"),
                Arguments.of("cumulative 37.01 5 --growth", "6.50%"),
                // Wenjiang 2022: GDP 717.11亿元, up 3.0% on 696.22亿元 (seed 004 line 67).
                Arguments.of("yoy 696.22亿元 717.11亿元", "3.00%"),
                Arguments.of("yoy 696.2亿元 717.11亿元", "3.00%"),
                Arguments.of("yoy 696.22亿元 717.11亿元 --scale 4", "3.0005%"),
                Arguments.of("project 696.22亿元 3.0% 1", "717.11亿元"),
                // Qingbaijiang's 850亿元 for 2025 from 700亿元 three years before.
                Arguments.of("required 700亿元 850亿元 3", "6.69%"),
                Arguments.of("required 700亿元 850亿元 3 --precision 5", "6.6859%"),
                // Services of 582.25亿元 in a GDP of 850亿元: the 68.5% of Qingbaijiang's structure.
                Arguments.of("share 582.25亿元 850亿元", "68.50%"),
                Arguments.of("share 5.8225百亿元 850亿元", "68.50%"),
                Arguments.of("per 1200张 38.5万人 千人", "3.12张/千人"),
                Arguments.of("per 500件 50万人 万人", "10.00件/万人"),
                Arguments.of("points 60.6% 65%", "4.40个百分点"),
                Arguments.of("points 60.6 65 --scale 1", "4.4个百分点"),
                Arguments.of("points -1.5% 2%", "3.50个百分点"),
                Arguments.of("apportion 100 3:7 --scale 2", "30.00  70.00"),
                Arguments.of("apportion 10亿元 1:1:1", "3.34亿元  3.33亿元  3.33亿元"),
                Arguments.of("apportion 100 2.5:29:68.5 --scale 1", "2.5  29.0  68.5"),
                Arguments.of("apportion 1 1:1:1 --scale 0", "1  0  0"));
    }

    @ParameterizedTest(name = "calc {0} → {1}")
    @MethodSource("results")
    void printsTheResultWithItsUnitFirst(String args, String expected) {
        CliRun run = calc(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.out().split("\n", -1);
        assertThat(lines).as(run.out()).hasSize(3); // the result, the explanation, and "" after the final break
        assertThat(lines[0]).isEqualTo(expected);
        assertThat(lines[2]).isEmpty();
    }

    @Test
    void theExplanationGivesTheFormulaTheInputsAndTheRounding() {
        CliRun run = calc("cagr 67.7 92.75 5");
        assertThat(run.out()).isEqualTo("6.50%\n"
                + "g = (TO / FROM)^(1 / YEARS) − 1; FROM = 67.7, TO = 92.75, YEARS = 5; "
                + "rounded half-even to 2 decimals from 34 significant digits\n");
        assertThat(calc("cumulative 13.5 5").out()).contains("\nr = 1 − (1 − TOTAL)^(1 / YEARS); TOTAL = 13.5%, "
                + "YEARS = 5; ");
        assertThat(calc("project 67.7万亿元 6.5 5").out()).contains("\nv = START × (1 + RATE)^YEARS; "
                + "START = 67.7万亿元, RATE = 6.5%, YEARS = 5; ");
        assertThat(calc("per 1200张 38.5万人 千人").out()).contains("x = COUNT / (POPULATION in 千人); COUNT = 1200张, "
                + "POPULATION = 38.5万人, PER = 千人");
        assertThat(calc("apportion 100 3:7").out()).isEqualTo("30.00  70.00\n"
                + "part_i = TOTAL × w_i / Σw; TOTAL = 100, RATIO = 3:7; "
                + "split at 2 decimals by the largest remainder; the parts sum to 100.00\n");
    }

    @ParameterizedTest(name = "apportion {0} by {1} at scale {2}")
    @CsvSource({
        "100, 3:7, 2",
        "10, 1:1:1, 2",
        "1, 1:1:1, 0",
        "717.11, 2.5:29:68.5, 2",
        "0.07, 1:1:1:1:1:1, 2",
        "1484, 1:2:3:4:5:6:7, 1",
        "-100, 1:2, 2"})
    void apportionedPartsSumExactlyToTheTotal(String total, String ratio, int scale) {
        CliRun run = calc("apportion " + total + " " + ratio + " --scale " + scale);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] parts = run.out().split("\n")[0].split(" {2}");
        assertThat(parts).hasSize(ratio.split(":").length);
        BigDecimal sum = BigDecimal.ZERO;
        for (String p : parts) {
            BigDecimal part = new BigDecimal(p);
            assertThat(part.scale()).isEqualTo(scale);
            sum = sum.add(part);
        }
        assertThat(sum).isEqualByComparingTo(new BigDecimal(total));
    }

    @Test
    void jsonHasTheValuesTheUnitTheUnroundedFiguresAndTheInputs() {
        JsonNode o = calc("cumulative [13.5] 5 --format json").single();
        assertThat(fieldNames(o)).containsExactly("calculation", "values", "unit", "unrounded", "formula", "inputs",
                "rounding", "scale", "precision");
        assertThat(o.get("calculation").stringValue()).isEqualTo("cumulative");
        assertThat(o.get("values").get(0).stringValue()).isEqualTo("2.86");
        assertThat(o.get("unit").stringValue()).isEqualTo("%");
        assertThat(o.get("unrounded").get(0).stringValue()).startsWith("2.8588542599");
        assertThat(o.get("formula").stringValue()).isEqualTo("r = 1 − (1 − TOTAL)^(1 / YEARS)");
        assertThat(o.get("inputs").get("TOTAL").stringValue()).isEqualTo("13.5%");
        assertThat(o.get("inputs").get("YEARS").stringValue()).isEqualTo("5");
        assertThat(o.get("rounding").stringValue()).isEqualTo("half_even");
        assertThat(o.get("scale").intValue()).isEqualTo(2);
        assertThat(o.get("precision").isNull()).isTrue();

        JsonNode p = calc("required 700亿元 850亿元 3 --precision 3 --format json").single();
        assertThat(p.get("values").get(0).stringValue()).isEqualTo("6.69");
        assertThat(p.get("scale").isNull()).isTrue();
        assertThat(p.get("precision").intValue()).isEqualTo(3);

        JsonNode a = calc("apportion 10亿元 1:1:1 --format json").single();
        assertThat(a.get("values")).hasSize(3);
        assertThat(a.get("values").get(0).stringValue()).isEqualTo("3.34");
        assertThat(a.get("unit").stringValue()).isEqualTo("亿元");
        assertThat(a.get("rounding").stringValue()).isEqualTo("largest_remainder");
        assertThat(a.get("scale").intValue()).isEqualTo(2);
    }

    /** Arguments (split on spaces) and what the message on standard error must say. */
    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("", "Missing required sub-command"),
                Arguments.of("cagr 67.7 92.75", "Missing required parameter: 'YEARS'"),
                Arguments.of("cagr 67.7 92.75 5 6", "Unmatched argument"),
                Arguments.of("cagr 67.7 abc 5", "(TO): 'abc' is not a number with an optional known unit"),
                Arguments.of("cagr 67.7 92.75 0", "(YEARS): '0' is not a number of years from 1 to 1000"),
                Arguments.of("cagr 67.7 92.75 five", "(YEARS): 'five' is not a number of years"),
                Arguments.of("cagr 0 92.75 5", "FROM must be positive for an average growth rate: 0"),
                Arguments.of("cagr 67.7亿元 92.75% 5", "TO must be in a unit compatible with start"),
                Arguments.of("yoy 0亿元 717.11亿元", "PREVIOUS must be positive for a growth rate"),
                Arguments.of("yoy 696.22亿元 717.11万人", "CURRENT must be in a unit compatible with previous"),
                Arguments.of("project 67.7 6.5亿元 5", "RATE: expected a rate in % (6.5 or 6.5%), got '6.5亿元'"),
                Arguments.of("project 67.7 -120 5", "RATE must not be below -100%"),
                Arguments.of("cumulative 13.5亿元 5", "TOTAL: expected a rate in %"),
                Arguments.of("cumulative 130 5", "TOTAL must not be above 100% for a reduction"),
                Arguments.of("share 1 0", "WHOLE must not be zero"),
                Arguments.of("per 1200 38.5万人 千人", "COUNT must have a unit"),
                Arguments.of("per 1200张 38.5万人 亿元", "POPULATION must be in a unit compatible with per"),
                Arguments.of("per 1200张 38.5万人 furlongs", "(PER): 'furlongs' is not a known unit"),
                Arguments.of("points 60.6亿元 65%", "FROM: expected a rate in %"),
                Arguments.of("apportion 100 3", "RATIO must be a ratio of at least two parts"),
                Arguments.of("apportion 100 3:x", "RATIO must be a ratio of non-negative numbers"),
                Arguments.of("apportion 100.5 3:7 --scale 0", "TOTAL must have at most 0 decimals"),
                Arguments.of("apportion 100 3:7 --precision 3", "--precision does not apply to apportion"),
                Arguments.of("cagr 67.7 92.75 5 --scale 1 --precision 2", "--scale and --precision exclude each other"),
                Arguments.of("cagr 67.7 92.75 5 --scale -1", "--scale must be from 0 to 34"),
                Arguments.of("cagr 67.7 92.75 5 --precision 0", "--precision must be from 1 to 34"),
                Arguments.of("cagr 67.7 92.75 5 --format xml", "--format"));
    }

    @ParameterizedTest(name = "calc {0}: {1}")
    @MethodSource("usageErrors")
    void badInputIsAUsageErrorNamingTheArgument(String args, String message) {
        CliRun run = calc(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).contains("Usage: plan-indicators calc").doesNotContain("\tat ");
    }

    @Test
    void theReadmeShowsWhatCalcPrints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("$ java -jar cli/target/plan-indicators.jar calc cagr 67.7 92.75 5\n"
                + calc("cagr 67.7 92.75 5").out() + "```");
        assertThat(readme).contains(calc("cumulative [13.5] 5 --format json").single().get("unrounded").get(0)
                .stringValue());
        // Every example of the table: `calc ARGS` → `FIRST LINE`.
        Matcher m = Pattern.compile("`calc ([^`]+)` → `([^`]+)`").matcher(readme);
        int examples = 0;
        while (m.find()) {
            assertThat(calc(m.group(1)).out().split("\n")[0]).as("calc " + m.group(1)).isEqualTo(m.group(2));
            examples++;
        }
        assertThat(examples).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anUnknownCalculationIsAUsageError() {
        CliRun run = calc("median 1 2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched arguments from index 1: 'median'");
    }

    @Test
    void helpListsEveryCalculation() {
        CliRun run = CliRun.run("calc", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("cagr", "yoy", "required", "project", "cumulative", "share", "per", "points",
                "apportion");
    }

    private static CliRun calc(String args) {
        List<String> all = new ArrayList<>();
        all.add("calc");
        if (!args.isBlank()) {
            all.addAll(Arrays.asList(args.split(" ")));
        }
        return CliRun.run(all.toArray(String[]::new));
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.propertyNames().forEach(names::add);
        return names;
    }
}
