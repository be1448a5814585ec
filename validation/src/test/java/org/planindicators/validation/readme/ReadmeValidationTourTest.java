package org.planindicators.validation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Observations;
import org.planindicators.validation.PlanFiles;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/** Runs the "Import and validation" part of README.md on the README's own small examples; keep them in step. */
class ReadmeValidationTourTest {
    @TempDir
    Path dir;

    /** Reads the fenced block of {@code language} in README.md that starts with {@code start}. */
    private static String readmeBlock(String language, String start) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("```" + language + "\n" + start);
        assertThat(at).as("README block starting with %s", start).isNotNegative();
        int from = at + 4 + language.length();
        return readme.substring(from, readme.indexOf("```", from));
    }

    @Test
    void theReadmesPlanDocumentAndTableReadWithoutProblems() throws IOException {
        Path planFile = dir.resolve("qingbaijiang.json");
        Files.writeString(planFile, readmeBlock("json", "{\"formatVersion\""), StandardCharsets.UTF_8);
        ImportResult<Plan> read = PlanJson.read(planFile, ImportOptions.defaults());
        assertThat(read.report().problems()).isEmpty();
        Plan plan = read.model().orElseThrow();
        assertThat(plan.findIndicator("集装箱吞吐量")).isPresent();

        Path tableFile = dir.resolve("指标表.csv");
        Files.writeString(tableFile, readmeBlock("csv", "类别,指标"), StandardCharsets.UTF_8);
        ImportResult<Plan> table = IndicatorTables.read(tableFile, ImportOptions.defaults());
        assertThat(table.report().problems()).isEmpty();
        assertThat(table.model().orElseThrow().indicators()).hasSize(2);

        Path obsFile = dir.resolve("actuals.csv");
        Files.writeString(obsFile, "指标,年份,数值,单位\n集装箱吞吐量,2022,60.5,万标箱\n", StandardCharsets.UTF_8);
        List<Observation> store = new ArrayList<>();
        ValidationReport obs = Observations.read(obsFile, ImportOptions.defaults(), plan, store::add);
        assertThat(obs.hasErrors()).isFalse();
        assertThat(store).hasSize(1);
        List<ValidationReport> all = PlanFiles.validate(List.of(planFile, obsFile), ImportOptions.defaults());
        assertThat(all).extracting(ValidationReport::hasErrors).containsExactly(false, false);
    }

    @Test
    void aProblemCarriesItsCodePlaceFieldValueAndMessages() throws IOException {
        Path planFile = dir.resolve("qingbaijiang.json");
        Files.writeString(planFile, readmeBlock("json", "{\"formatVersion\"").replace("\"kind\"", "\"kinds\""),
                StandardCharsets.UTF_8);
        ImportResult<Plan> read = PlanJson.read(planFile, ImportOptions.defaults());
        assertThat(read.model()).isEmpty();
        Problem p = read.report().problems().stream().filter(x -> x.code().code().equals("J010")).findFirst()
                .orElseThrow();
        assertThat(p.location().pointer()).isEqualTo("/kinds");
        assertThat(p.field()).isEqualTo("kinds");
        assertThat(p.value()).isEqualTo("five_year_plan");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(p.message(Locale.ENGLISH));
    }
}
