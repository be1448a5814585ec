package org.planindicators.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planindicators.benchmarks.SyntheticData.Format;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.DivisionCode;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.Observations;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.ValidationReport;

/** The generator is deterministic, writes the rows asked for, and what it writes validates without a problem. */
class SyntheticDataTest {
    private static byte[] observations(Format format, long rows, int indicators, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(SyntheticData.writeObservations(out, format, rows, indicators, seed)).isEqualTo(rows);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sameSeedSameBytesOtherSeedOtherBytes(Format format) throws IOException {
        byte[] a = observations(format, 5_000, 100, 42);
        assertThat(observations(format, 5_000, 100, 42)).isEqualTo(a);
        assertThat(observations(format, 5_000, 100, 43)).isNotEqualTo(a);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void writesExactlyTheRowsAskedFor(Format format) throws IOException {
        for (long rows : new long[] {0, 1, 1499, 1500, 1501, 4_321}) {
            String text = new String(observations(format, rows, 100, 7), StandardCharsets.UTF_8);
            long lines = text.chars().filter(c -> c == '\n').count();
            assertThat(lines).as("%d rows", rows).isEqualTo(rows + (format == Format.CSV ? 1 : 0));
        }
    }

    @Test
    void theNationalSetIs2844CountiesOf100IndicatorsOver15Years() {
        assertThat(SyntheticData.COUNTIES * 100L * SyntheticData.YEARS).isEqualTo(4_266_000L);
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < 6_667; j++) {
            String code = SyntheticData.countyCode(j);
            assertThat(DivisionCode.parse(code).level().code()).isEqualTo("county");
            codes.add(code);
        }
        assertThat(codes).hasSize(6_667);
        assertThatThrownBy(() -> SyntheticData.countyCode(31 * 20 * 99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void planOf2000IndicatorsReadsBackWithoutProblems(@TempDir Path dir) throws IOException {
        Plan plan = SyntheticData.plan(2000);
        assertThat(plan.indicators()).hasSize(2000);
        assertThat(plan.indicators().get(0).code()).isEqualTo("C0001");
        assertThat(plan.indicators().get(1999).code()).isEqualTo("C2000");
        Path file = dir.resolve("plan-2000.json");
        SyntheticData.writePlan(file, plan);
        ImportResult<Plan> read = PlanJson.read(file, ImportOptions.defaults());
        assertThat(read.report().problems()).isEmpty();
        assertThat(read.model()).contains(plan);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void observationsValidateAgainstThePlanWithoutProblems(Format format) throws IOException {
        Plan plan = SyntheticData.plan(100);
        byte[] bytes = observations(format, 3_000, 100, 1);
        List<Observation> seen = new ArrayList<>();
        ValidationReport report = Observations.read(new ByteArrayInputStream(bytes), "obs" + format.extension(),
                ImportOptions.defaults(), plan, seen::add);
        // The rows are for counties, the plan the nation's: read and delivered, and counted per county (O027).
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).extracting(p -> p.code().code()).containsOnly("O027");
        assertThat(report.observations()).isEqualTo(3_000);
        assertThat(seen).hasSize(3_000);
        assertThat(seen.get(0).indicator()).isEqualTo("C0001");
        assertThat(seen.get(0).jurisdiction()).isEqualTo("110101");
    }

    @Test
    void nationalSeriesEvaluatesEveryIndicator() {
        Plan plan = SyntheticData.plan(100);
        List<Observation> series = SyntheticData.nationalSeries(plan, 2025, 10, 3);
        assertThat(series).hasSize(1000);
        PlanEvaluation evaluation = Evaluator.withDefaults().evaluate(plan, series, 2025);
        assertThat(evaluation.results()).hasSize(100);
    }

    @Test
    void seedCorpusHasEveryLabelledPhrase() {
        List<String> phrases = SeedCorpus.phrases();
        assertThat(phrases).hasSize(SeedCorpus.PHRASES).allSatisfy(p -> assertThat(p).isNotBlank());
        assertThat(phrases.get(0)).isEqualTo("区属国企资产总额、利润总额均增长7%以上");
    }
}
