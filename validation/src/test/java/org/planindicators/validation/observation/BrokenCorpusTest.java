package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.Problem;
import org.planindicators.validation.Severity;

/**
 * The corpus of broken files in {@code observation/broken}: one file for each problem, named after its code, each
 * with one problem, checked for its code, line, column (field number in CSV, character column in JSON Lines) and
 * JSON pointer. Each file but the last also has good rows, which must still be read.
 */
class BrokenCorpusTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # file                            | code | line | column | pointer    | good rows
            O001-missing-field.csv            | O001 | 3    | 3      | -          | 1
            O001-missing-field.jsonl          | O001 | 2    | 26     | /value     | 1
            O002-unknown-indicator.csv        | O002 | 3    | 1      | -          | 1
            O003-bad-period.csv               | O003 | 3    | 2      | -          | 1
            O004-year-out-of-range.csv        | O004 | 3    | 2      | -          | 1
            O005-future-period.csv            | O005 | 3    | 2      | -          | 2
            O006-bad-value.csv                | O006 | 3    | 3      | -          | 1
            O007-exponent-notation.jsonl      | O007 | 2    | 35     | /value     | 1
            O008-too-many-digits.csv          | O008 | 3    | 3      | -          | 1
            O009-too-long.csv                 | O009 | 3    | 4      | -          | 1
            O010-unknown-unit.csv             | O010 | 3    | 4      | -          | 1
            O011-incompatible-unit.csv        | O011 | 3    | 4      | -          | 1
            O012-inexact-conversion.csv       | O012 | 3    | 4      | -          | 1
            O013-unknown-status.jsonl         | O013 | 2    | 48     | /status    | 1
            O014-bad-source.csv               | O014 | 3    | 4      | -          | 1
            O015-duplicate.jsonl              | O015 | 3    | 14     | /indicator | 2
            O016-duplicate-field.csv          | O016 | 1    | 4      | -          | 0
            O016-duplicate-field.jsonl        | O016 | 2    | 51     | /value     | 1
            O017-unnamed-field.csv            | O017 | 3    | 4      | -          | 1
            O018-wrong-field-count.csv        | O018 | 3    | 3      | -          | 1
            O019-malformed-csv-line.csv       | O019 | 3    | 2      | -          | 2
            O020-malformed-json-line.jsonl    | O020 | 2    | 24     | /year      | 2
            O021-wrong-type.jsonl             | O021 | 2    | 35     | /value     | 1
            O022-no-observations.csv          | O022 | -    | -      | -          | 0
            O024-missing-column.csv           | O024 | 1    | -      | -          | 0
            O025-numeric-dimension.csv        | O025 | 1    | 4      | -          | 1
            O026-unsupported-period.csv       | O026 | 1    | 4      | -          | 1
            O027-other-jurisdiction.csv       | O027 | 3    | 2      | -          | 2
            O028-indicator-mismatch.csv       | O028 | 3    | 2      | -          | 1
            O029-unknown-price-basis.csv      | O029 | 3    | 5      | -          | 1
            """)
    void eachBrokenFileHasItsOneProblemInItsPlace(String file, String code, Integer line, Integer column,
            String pointer, int good) {
        Reads r = Reads.of(file, bytes("broken/" + file), TestPlans.wenjiang2023());
        assertThat(r.problems()).as(r.problems().toString()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.code().code()).isEqualTo(code);
        assertThat(p.location().file()).isEqualTo(file);
        assertThat(p.location().line()).isEqualTo(line);
        assertThat(p.location().column()).isEqualTo(column);
        assertThat(p.location().pointer()).isEqualTo(pointer);
        assertThat(r.observations()).hasSize(good);
        assertThat(r.report().observations()).isEqualTo(good);
        assertThat(r.report().hasErrors()).isEqualTo(p.severity() == Severity.ERROR);
        assertThat(p.message(java.util.Locale.ENGLISH)).doesNotStartWith(code);
        assertThat(p.message(java.util.Locale.CHINESE)).doesNotStartWith(code);
    }

    @Test
    void rowProblemsNameTheFieldAndTheValue() {
        Problem p = Reads.of("x.csv", bytes("broken/O011-incompatible-unit.csv"), TestPlans.wenjiang2023())
                .problems().get(0);
        assertThat(p.field()).isEqualTo("unit");
        assertThat(p.value()).isEqualTo("公里");
        assertThat(p.arguments()).containsExactly("公里", "亿元", "地区生产总值");
        Problem q = Reads.of("x.jsonl", bytes("broken/O007-exponent-notation.jsonl"), null).problems().get(0);
        assertThat(q.field()).isEqualTo("value");
        assertThat(q.value()).isEqualTo("1e999999999");
    }

    @Test
    void theCorpusHasAFileForEveryRowCodeThatAFileCanShow() throws IOException {
        Set<String> inCorpus;
        try (Stream<Path> files = Files.list(corpus())) {
            inCorpus = files.map(f -> f.getFileName().toString().substring(0, 4)).collect(Collectors.toSet());
        }
        Set<String> all = Arrays.stream(ObservationProblem.values()).map(ObservationProblem::code)
                .collect(Collectors.toCollection(TreeSet::new));
        // O023 needs fifty million keys; ObservationReaderLimitsTest shows it with a small set.
        all.remove(ObservationProblem.DUPLICATE_CHECK_STOPPED.code());
        assertThat(inCorpus).containsExactlyInAnyOrderElementsOf(all);
    }

    private static Path corpus() {
        try {
            return Path.of(BrokenCorpusTest.class.getResource("/observation/broken").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String path) {
        try (InputStream in = BrokenCorpusTest.class.getResourceAsStream("/observation/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource observation/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
