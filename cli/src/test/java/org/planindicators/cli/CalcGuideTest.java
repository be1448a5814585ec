package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planindicators.calc.Apportionment;
import org.planindicators.calc.Growth;
import org.planindicators.calc.Ratios;
import picocli.CommandLine;

/**
 * The guide's table of {@code calc} verbs ({@code docs/formulas.md}) names every verb the command line has, and the
 * Java methods it names exist: the verbs and the calculators' names agree through that table.
 */
class CalcGuideTest {
    private static final Path FORMULAS = Path.of("..", "docs", "formulas.md");

    @Test
    void everyCalcVerbHasARowNamingItsMethod() throws IOException {
        String page = Files.readString(FORMULAS, StandardCharsets.UTF_8);
        CommandLine calc = PlanIndicatorsCommand.commandLine(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream()).getSubcommands().get("calc");
        assertThat(calc.getSubcommands()).hasSizeGreaterThanOrEqualTo(9);
        Pattern method = Pattern.compile("`(Growth|Ratios|Apportionment)\\.(\\w+)\\(");
        for (String verb : calc.getSubcommands().keySet()) {
            String row = Arrays.stream(page.split("\n")).filter(l -> l.startsWith("| `" + verb + "` |"))
                    .findFirst().orElse("");
            assertThat(row).as("the row of calc %s in docs/formulas.md", verb).isNotEmpty();
            Matcher m = method.matcher(row);
            assertThat(m.find()).as("calc %s names its method", verb).isTrue();
            do {
                Class<?> type = switch (m.group(1)) {
                    case "Growth" -> Growth.class;
                    case "Ratios" -> Ratios.class;
                    default -> Apportionment.class;
                };
                String name = m.group(2);
                assertThat(List.of(type.getDeclaredMethods())).as("%s.%s", type.getSimpleName(), name)
                        .anyMatch(x -> x.getName().equals(name) && Modifier.isPublic(x.getModifiers())
                                && Modifier.isStatic(x.getModifiers()));
            } while (m.find());
        }
    }

    @Test
    void theGuideShowsWhatCalcPrints() throws IOException {
        String page = Files.readString(FORMULAS, StandardCharsets.UTF_8);
        CliRun run = CliRun.run("calc", "cagr", "67.7", "92.75", "5");
        assertThat(page).contains("$ java -jar cli/target/plan-indicators.jar calc cagr 67.7 92.75 5\n" + run.out());
    }
}
