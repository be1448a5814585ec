package org.planindicators.validation.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Observations;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/**
 * Issue 15 item 13: JSON Lines problems had no column; messages leaked the parser's settings
 * ({@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, {@code StreamReadConstraints.getMaxNestingDepth()}), named
 * exception classes ({@code NoSuchFileException}, {@code IOException: Is a directory}) and called a long number a
 * "String value".
 */
class ParserWordsTest {
    private static final List<String> INTERNALS = List.of("Exception", "JsonReadFeature", "StreamReadConstraints",
            "StreamReadFeature", "Source:", "`");

    private static ValidationReport jsonLines(String text) {
        List<Observation> out = new ArrayList<>();
        return Observations.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "obs.jsonl",
                ImportOptions.defaults(), null, out::add);
    }

    private static void assertInOwnWords(Problem p) {
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String m = p.message(l);
            for (String word : INTERNALS) {
                assertThat(m).as(m).doesNotContain(word);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"indicator\":\"GDP\",\"year\":2022,\"value\":NaN}",
        "{\"indicator\":\"GDP\",\"year\":2022,\"value\":1,\"a\":[[[[[[[[[[[[1]]]]]]]]]]]]}",
        "{\"indicator\":\"GDP\",\"year\":2022,\"value\":",
        "{\"indicator\":\"GDP\" \"year\":2022}",
        "[1,2]"})
    void jsonLinesSyntaxProblemsSayWhatIsWrongInTheirOwnWordsAtAColumn(String line) {
        ValidationReport r = jsonLines("{\"indicator\":\"GDP\",\"year\":2022,\"value\":1}\n" + line + "\n");
        Problem p = r.problems().stream().filter(x -> x.location().line() == 2).findFirst().orElseThrow();
        assertThat(p.code().code()).isEqualTo("O020");
        assertThat(p.location().column()).as(p.toString()).isNotNull().isPositive();
        assertInOwnWords(p);
    }

    @Test
    void jsonLinesMissingFieldHasAColumn() {
        ValidationReport r = jsonLines("{\"indicator\":\"GDP\",\"value\":1}\n");
        Problem p = r.problems().get(0);
        assertThat(p.code().code()).isEqualTo("O001");
        assertThat(p.location().column()).as(p.toString()).isNotNull().isPositive();
    }

    @Test
    void jsonLinesLineTooLongHasAColumn() {
        String line = "{\"indicator\":\"" + "x".repeat(Observations.MAX_LINE_CHARS + 10) + "\"}";
        ValidationReport r = jsonLines(line + "\n");
        Problem p = r.problems().get(0);
        assertThat(p.code().code()).isEqualTo("O009");
        assertThat(p.location().column()).as(p.toString()).isNotNull().isPositive();
    }

    @Test
    void aMillionDigitNumberInAPlanDocumentIsCalledANumber() {
        String json = "{\"formatVersion\": 1, \"baseYear\": " + "9".repeat(1_000_000) + "}";
        var r = PlanJson.fromJson(json, "plan.json", ImportOptions.defaults());
        Problem p = r.report().problems().get(0);
        assertThat(p.message(Locale.ENGLISH)).contains("number").doesNotContain("String value");
        assertInOwnWords(p);
    }

    @Test
    void unreadableFilesAreNotNamedByAnExceptionClass(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        Path directory = Files.createDirectory(dir.resolve("a-directory.csv"));
        List<Problem> problems = new ArrayList<>();
        problems.addAll(PlanJson.read(missing, ImportOptions.defaults()).report().problems());
        problems.addAll(PlanJson.read(directory, ImportOptions.defaults()).report().problems());
        problems.addAll(IndicatorTables.read(missing, ImportOptions.defaults()).report().problems());
        problems.addAll(IndicatorTables.read(directory, ImportOptions.defaults()).report().problems());
        problems.addAll(Observations.read(missing, ImportOptions.defaults(), null, o -> { }).problems());
        problems.addAll(Observations.read(directory, ImportOptions.defaults(), null, o -> { }).problems());
        assertThat(problems).hasSize(6).allSatisfy(p -> {
            assertThat(p.code().code()).isEqualTo("F001");
            assertInOwnWords(p);
        });
    }
}
