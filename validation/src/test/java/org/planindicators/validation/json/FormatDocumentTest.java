package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Plan;
import org.planindicators.target.Measure;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.JsonProblem;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.PlanProblem;

/**
 * {@code PLAN-FORMAT.md}: its example is a plan document as the writer writes it, and its code tables (the reader's
 * and the plan checks') are complete.
 */
class FormatDocumentTest {
    private static final Path DOC = Path.of("PLAN-FORMAT.md");

    private static String doc() throws IOException {
        assumeTrue(Files.exists(DOC), "PLAN-FORMAT.md is not beside the module (merged elsewhere)");
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void theExampleReadsValidatesAndIsWhatTheWriterWrites() throws IOException {
        Matcher m = Pattern.compile("```json\n(\\{\n.*?\n})\n```", Pattern.DOTALL).matcher(doc());
        assertThat(m.find()).isTrue();
        String example = m.group(1) + "\n";
        ImportResult<Plan> r = PlanJson.fromJson(example, "PLAN-FORMAT.md", ImportOptions.defaults());
        assertThat(r.report().problems()).as(Fixtures.describe(r)).isEmpty();
        assertThat(PlanJson.toJson(r.value())).isEqualTo(example);
        assertThat(PlanSchema.validate(example)).isEmpty();
    }

    @Test
    void everyMeasureIsInTheIndicatorTable() throws IOException {
        String row = doc().lines().filter(l -> l.startsWith("| `measure` |")).findFirst().orElseThrow();
        for (Measure m : Measure.values()) {
            assertThat(row).contains("`" + m.code() + "`");
        }
    }

    @Test
    void everyCodeIsInTheTable() throws IOException {
        String doc = doc();
        List<String> missing = new ArrayList<>();
        for (JsonProblem p : JsonProblem.values()) {
            if (!doc.contains("| " + p.code() + " |")) {
                missing.add(p.code());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPlanCheckIsInTheTableWithItsSeverity() throws IOException {
        String doc = doc();
        List<String> missing = new ArrayList<>();
        for (PlanProblem p : PlanProblem.values()) {
            if (!doc.contains("| " + p.code() + " | " + p.severity().code() + " |")) {
                missing.add(p.code());
            }
        }
        assertThat(missing).isEmpty();
    }
}
