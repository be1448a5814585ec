package org.planindicators.validation.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Observations;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/**
 * Fuzz tests of the file readers: indicator tables, observations in CSV and JSON Lines, plan documents. Each asserts
 * the readers' contract on any bytes: a report (never an exception), whose problems name the file, are placed at a
 * line and column when they have one, and read as messages in both languages without naming the parser's internals;
 * a model only without errors; the round trip where one exists (a plan read from a document or a table is written
 * and read back equal).
 *
 * <p>In a plain build they run on the committed corpus ({@code
 * src/test/resources/org/planindicators/validation/fuzz/ReaderFuzzTestInputs/<method>/}); {@code JAZZER_FUZZ=1}
 * fuzzes one of them (RELIABILITY.md). The timeout guards against a hang; it is not a measurement.
 */
class ReaderFuzzTest {
    /** Words of parser internals that a message must never show a user. */
    private static final List<String> INTERNALS = List.of("Exception", "tools.jackson", "JsonReadFeature",
            "StreamReadConstraints", "StreamReadFeature", "com.fasterxml", "java.", "at org.");

    private static final ImportOptions OPTIONS = ImportOptions.defaults().withMaxProblems(50);

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void indicatorTable(byte[] data) {
        ImportResult<Plan> r = IndicatorTables.read(new ByteArrayInputStream(data), "fuzz.csv", OPTIONS);
        checkReport(r.report(), "fuzz.csv");
        assertThat(r.value() == null).isEqualTo(r.report().hasErrors());
        if (r.value() != null) {
            String csv = IndicatorTables.toCsv(r.value());
            ImportResult<Plan> again = IndicatorTables.read(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "again.csv", OPTIONS);
            assertThat(again.report().hasErrors()).as("%s written as%n%s", again.report(), csv).isFalse();
            assertThat(IndicatorTables.toCsv(again.value())).as("written again").isEqualTo(csv);
            assertJsonRoundTrip(r.value());
        }
    }

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void observationsCsv(byte[] data) {
        readObservations(data, "fuzz.csv");
    }

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void observationsJsonLines(byte[] data) {
        readObservations(data, "fuzz.jsonl");
    }

    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void planDocument(byte[] data) {
        ImportResult<Plan> r = PlanJson.read(new ByteArrayInputStream(data), "fuzz.json", OPTIONS);
        checkReport(r.report(), "fuzz.json");
        assertThat(r.value() == null).isEqualTo(r.report().hasErrors());
        if (r.value() != null) {
            assertJsonRoundTrip(r.value());
        }
    }

    private static void readObservations(byte[] data, String name) {
        List<Observation> seen = new ArrayList<>();
        ValidationReport report = Observations.read(new ByteArrayInputStream(data), name, OPTIONS,
                FuzzPlans.fiveYear(), seen::add);
        checkReport(report, name);
        assertThat(report.observations()).isEqualTo(seen.size());
    }

    private static void assertJsonRoundTrip(Plan plan) {
        String json = PlanJson.toJson(plan);
        ImportResult<Plan> back = PlanJson.fromJson(json, "round-trip.json", ImportOptions.defaults());
        assertThat(back.value()).as("%s%n%s", back.report(), json).isEqualTo(plan);
    }

    private static void checkReport(ValidationReport report, String file) {
        for (Problem p : report.problems()) {
            assertThat(p.location().file()).isEqualTo(file);
            if (p.location().line() != null) {
                assertThat(p.location().line()).isPositive();
            }
            if (p.location().column() != null) {
                assertThat(p.location().column()).isPositive();
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String m = p.message(locale);
                assertThat(m).isNotBlank().hasSizeLessThan(1000);
                for (String word : INTERNALS) {
                    assertThat(m).as("%s message", p.code()).doesNotContain(word);
                }
            }
        }
    }
}
