package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The README's first command on the bundled data: {@code validate examples/data/*} finds no error in any file, and
 * {@code evaluate} prints the Wenjiang 2023 table the README shows (golden file {@code golden/wenjiang-2023.en.txt}).
 */
class FirstCommandTest {
    private static final Path DATA = Path.of("../examples/data");

    private static String[] allDataFiles() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(DATA)) {
            list.sorted().forEach(p -> files.add(p.toString())); // as the shell expands examples/data/*
        }
        return files.toArray(String[]::new);
    }

    @Test
    void validateFindsNoErrorInAnyBundledFile() throws IOException {
        String[] files = allDataFiles();
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        args.addAll(List.of(files));

        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode reports = run.single().get("files");
        assertThat(reports).hasSize(files.length);
        for (JsonNode r : reports) {
            assertThat(r.get("errors").intValue()).as(r.get("file").stringValue()).isZero();
        }
        assertThat(files).hasSize(8).allMatch(f -> f.endsWith(".json") || f.endsWith(".csv"));
    }

    @Test
    void evaluatePrintsTheWenjiangTableTheReadmeShows() throws IOException {
        CliRun run = CliRun.run("evaluate", DATA + "/wenjiang-2023-gwr.json", "-o", DATA + "/wenjiang-2022-actuals.csv",
                "-o", DATA + "/wenjiang-2023-illustrative-actuals.csv", "--year", "2023", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        EvaluateCommandTest.assertGolden("wenjiang-2023.en.txt", run.out());
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("java -jar cli/target/plan-indicators.jar evaluate "
                + "examples/data/wenjiang-2023-gwr.json -o examples/data/wenjiang-2022-actuals.csv "
                + "-o examples/data/wenjiang-2023-illustrative-actuals.csv --year 2023\n")
                .contains("ends with the Wenjiang table:\n\n```\n" + run.out() + "```");
    }
}
