package org.planindicators.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/**
 * Every broken-row kind of validation's corpus ({@code validation/src/test/resources/observation/broken}, the files of
 * {@code BrokenCorpusTest}) read into Spark by Spark's own readers and validated there: the problems (code, line,
 * column, field, value, English and Chinese message) and the good observations equal what {@link Observations#read}
 * reports for the same file.
 *
 * <p>Left out, as problems of the text that Spark's reader meets before there are rows: a row of the wrong length
 * ({@code O018}), a broken CSV quote ({@code O019}), malformed JSON ({@code O020}), a value of the wrong JSON type
 * ({@code O021}), a key twice in one JSON object ({@code O016} in JSON Lines).
 */
class BrokenCorpusSparkTest {
    private static final Path CORPUS = Path.of("../validation/src/test/resources/observation/broken");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"O001-missing-field.csv", "O002-unknown-indicator.csv", "O003-bad-period.csv",
        "O004-year-out-of-range.csv", "O005-future-period.csv", "O006-bad-value.csv", "O008-too-many-digits.csv",
        "O009-too-long.csv", "O010-unknown-unit.csv", "O011-incompatible-unit.csv", "O012-inexact-conversion.csv",
        "O014-bad-source.csv", "O016-duplicate-field.csv", "O017-unnamed-field.csv", "O022-no-observations.csv",
        "O024-missing-column.csv", "O025-numeric-dimension.csv", "O026-unsupported-period.csv",
        "O027-other-jurisdiction.csv", "O028-indicator-mismatch.csv"})
    void csvFilesGiveTheReadersProblemsInTheirPlaces(String name) {
        Path file = SharedSpark.resource(CORPUS.resolve(name).toString());
        Dataset<Row> rows = SharedSpark.csvWithLines(file, 1);
        ValidatedObservations v = SparkObservations.validateObservations(rows, TestPlans.wenjiang2023(),
                ImportOptions.defaults(), RowOrigin.defaults().named(name));
        Expected expected = Expected.read(file, name);

        assertThat(placed(v.problems().collectAsList())).isEqualTo(placed(expected.problems()));
        assertThat(v.observations().collectAsList()).map(SparkSchemas::toObservation)
                .containsExactlyInAnyOrderElementsOf(expected.observations());
        v.unpersist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"O001-missing-field.jsonl", "O007-exponent-notation.jsonl", "O013-unknown-status.jsonl",
        "O015-duplicate.jsonl"})
    void jsonLinesFilesGiveTheReadersProblemsOnTheirLines(String name) {
        Path file = SharedSpark.resource(CORPUS.resolve(name).toString());
        Dataset<Row> rows = SharedSpark.jsonLinesWithLines(file);
        ValidatedObservations v = SparkObservations.validateObservations(rows, TestPlans.wenjiang2023(),
                ImportOptions.defaults(), RowOrigin.defaults().named(name));
        Expected expected = Expected.read(file, name);

        // Spark orders a JSON object's keys by name, so columns are not the characters a reader counts: compared
        // without them.
        assertThat(unplaced(v.problems().collectAsList())).isEqualTo(unplaced(expected.problems()));
        assertThat(v.observations().collectAsList()).map(SparkSchemas::toObservation)
                .containsExactlyInAnyOrderElementsOf(expected.observations());
        v.unpersist();
    }

    /** What the file reader reports. */
    record Expected(List<Problem> problems, List<Observation> observations) {
        static Expected read(Path file, String name) {
            List<Observation> good = new ArrayList<>();
            ValidationReport r = Observations.read(file, ImportOptions.defaults(), TestPlans.wenjiang2023(),
                    good::add);
            // The reader names the file as given; the data set is named after the file's name.
            List<Problem> problems = r.problems().stream().map(p -> new Problem(p.code(), p.severity(),
                    new org.planindicators.validation.Location(name, p.location().line(), p.location().column(),
                            null), p.field(), p.value(), p.arguments())).toList();
            return new Expected(problems, good);
        }
    }

    static List<String> placed(List<?> problems) {
        return problems.stream().map(BrokenCorpusSparkTest::text).toList();
    }

    static List<String> unplaced(List<?> problems) {
        return problems.stream().map(p -> text(p).replaceFirst("^([^|]*\\|[^|]*)\\|[^|]*\\|", "$1||")).toList();
    }

    /** {@code file|line|column|severity|code|field|value|message|message_zh}. */
    static String text(Object p) {
        if (p instanceof Problem q) {
            return String.join("|", q.location().file(), String.valueOf(q.location().line()),
                    String.valueOf(q.location().column()), q.severity().code(), q.code().code(),
                    String.valueOf(q.field()), String.valueOf(q.value()), q.message(Locale.ENGLISH),
                    q.message(Locale.CHINESE));
        }
        Row r = (Row) p;
        return String.join("|", r.<String>getAs("file"), String.valueOf(r.<Object>getAs("line")),
                String.valueOf(r.<Object>getAs("column")), r.getAs("severity"), r.getAs("code"),
                String.valueOf(r.<Object>getAs("field")), String.valueOf(r.<Object>getAs("value")),
                r.getAs("message"), r.getAs("message_zh"));
    }
}
