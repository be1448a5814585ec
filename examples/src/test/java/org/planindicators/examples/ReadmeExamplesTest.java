package org.planindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The README's example commands name example classes that exist, each with a {@code main} method, and files that exist. */
class ReadmeExamplesTest {
    private static final Pattern COMMAND = Pattern.compile(
            "java -cp examples/target/plan-indicators\\.jar (org\\.planindicators\\.examples\\.[A-Za-z.]+)([^\\n`]*)");

    @Test
    void everyExampleCommandInTheReadmeRunsAClassThatExists() throws IOException, ReflectiveOperationException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher m = COMMAND.matcher(readme);
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
