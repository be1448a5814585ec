package org.planindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Observation;
import org.planindicators.unit.Quantity;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;

/**
 * The README's example commands name example classes that exist, each with a {@code main} method, and files that
 * exist; its observation snippets read without problems.
 */
class ReadmeExamplesTest {
    private static final Pattern COMMAND = Pattern.compile(
            "java -cp examples/target/plan-indicators-examples\\.jar (org\\.planindicators\\.examples\\.[A-Za-z.]+)([^\\n`]*)");

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    /** The fenced block of {@code language} in README.md whose first line starts with {@code start}. */
    private static String block(String language, String start) throws IOException {
        String readme = readme();
        int at = readme.indexOf("```" + language + "\n" + start);
        assertThat(at).as("README block starting with %s", start).isNotNegative();
        int from = at + 4 + language.length();
        return readme.substring(from, readme.indexOf("```", from));
    }

    @Test
    void theReadmesObservationSnippetsReadWithoutProblems() throws IOException {
        for (String[] snippet : List.of(new String[] {"csv", "指标,地区", "readme.csv"},
                new String[] {"jsonl", "{\"indicator\"", "readme.jsonl"})) {
            List<Observation> read = new ArrayList<>();
            ValidationReport report = Observations.read(
                    new ByteArrayInputStream(block(snippet[0], snippet[1]).getBytes(StandardCharsets.UTF_8)),
                    snippet[2], ImportOptions.defaults(), null, read::add);
            assertThat(report.problems()).as(snippet[2]).isEmpty();
            assertThat(read).as(snippet[2]).hasSize(3);
            assertThat(read.get(0).value()).isEqualTo(Quantity.parse("717.11亿元"));
            assertThat(read.get(2).dimensions()).containsEntry("area", "农村");
        }
    }

    @Test
    void everyExampleCommandInTheReadmeRunsAClassThatExists() throws IOException, ReflectiveOperationException {
        Matcher m = COMMAND.matcher(readme());
        List<String> classes = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            classes.add(name);
            Method main = Class.forName(name).getMethod("main", String[].class);
            assertThat(Modifier.isStatic(main.getModifiers())).as(name + ".main is static").isTrue();
            for (String arg : m.group(2).trim().split("\\s+")) {
                if (arg.startsWith("examples/")) {
                    assertThat(Path.of("..", arg)).as("file named in the README").exists();
                }
            }
        }
        assertThat(classes).contains("org.planindicators.examples.BuildPlanExample",
                "org.planindicators.examples.ImportTableExample", "org.planindicators.examples.EvaluatePlanExample");
    }
}
