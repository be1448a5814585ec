package org.planindicators.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/**
 * Generated observation files, shuffled over four partitions by Spark, give the reader's problems in the reader's
 * order: duplicates whose first row is in another partition, bad rows, and more than twenty jurisdictions other than
 * the plan's ({@code O027}, the rest counted as {@code …}).
 */
class GeneratedDataTest {
    private static final String[] INDICATORS = {"地区生产总值", "GDP", "新增就业", "一般公共预算收入", "耕地保有量"};
    private static final String[] UNITS = {"亿元", "亿元", "人", "万元", "公顷"};

    @TempDir
    Path dir;

    /** {@code rows} rows of seeded random data, about one in fifteen broken and one in twenty a repeated key. */
    static String generate(long seed, int rows) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("指标,地区,年份,数值,单位,状态\n");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String line;
            if (!written.isEmpty() && r.nextInt(20) == 0) {
                line = written.get(r.nextInt(written.size())); // the same key again, later
            } else {
                int k = r.nextInt(INDICATORS.length);
                String place = r.nextInt(3) == 0 ? "温江区" : "县" + r.nextInt(26);
                int year = 1995 + r.nextInt(28);
                String value = r.nextInt(1000) + "." + r.nextInt(100);
                String unit = UNITS[k];
                String status = "final";
                switch (r.nextInt(15)) {
                    case 0 -> value = "十二点三";
                    case 1 -> unit = "公里";
                    case 2 -> year = 1900;
                    case 3 -> status = "draft";
                    default -> {
                    }
                }
                line = String.join(",", INDICATORS[k], place, String.valueOf(year), value, unit, status);
                written.add(line);
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    @Test
    void duplicatesAcrossPartitionsAndEveryOtherProblemAreTheReadersInTheReadersOrder() throws IOException {
        Path file = dir.resolve("generated.csv");
        Files.writeString(file, generate(17, 3000), StandardCharsets.UTF_8);
        Dataset<Row> rows = SharedSpark.csvWithLines(file, 4);
        assertThat(rows.rdd().getNumPartitions()).isEqualTo(4);

        ValidatedObservations v = SparkObservations.validateObservations(rows, TestPlans.wenjiang2023(),
                ImportOptions.defaults(), RowOrigin.defaults().named("generated.csv"));
        List<Observation> good = new ArrayList<>();
        ValidationReport report = Observations.read(file, ImportOptions.defaults().withMaxProblems(100_000),
                TestPlans.wenjiang2023(), good::add);
        List<Problem> expected = renamed(report.problems(), "generated.csv");

        assertThat(expected).extracting(p -> p.code().code()).contains("O015", "O006", "O011", "O004", "O013", "O027");
        assertThat(BrokenCorpusSparkTest.placed(v.problems().collectAsList()))
                .containsExactlyElementsOf(BrokenCorpusSparkTest.placed(expected));
        assertThat(v.observations().collectAsList()).map(SparkSchemas::toObservation)
                .containsExactlyInAnyOrderElementsOf(good);
        v.unpersist();
    }

    @Test
    void duplicatesAreLookedForWithinEachFileAsTheReaderChecksEachFileOnItsOwn() throws IOException {
        String text = generate(5, 400);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, text, StandardCharsets.UTF_8);
        Files.writeString(b, text, StandardCharsets.UTF_8);
        Dataset<Row> rows = SharedSpark.csvWithLines(a, 2).withColumn(RowOrigin.FILE, lit("a.csv"))
                .unionByName(SharedSpark.csvWithLines(b, 2).withColumn(RowOrigin.FILE, lit("b.csv")));

        ValidatedObservations v = SparkObservations.validateObservations(rows, TestPlans.wenjiang2023(),
                ImportOptions.defaults());
        List<Problem> expected = new ArrayList<>();
        for (Path f : List.of(a, b)) {
            ValidationReport r = Observations.read(f, ImportOptions.defaults(), TestPlans.wenjiang2023(), o -> { });
            expected.addAll(renamed(r.problems(), f.getFileName().toString()));
        }
        assertThat(BrokenCorpusSparkTest.placed(v.problems().collectAsList()))
                .containsExactlyElementsOf(BrokenCorpusSparkTest.placed(expected));
        v.unpersist();
    }

    static List<Problem> renamed(List<Problem> problems, String name) {
        return problems.stream().map(p -> new Problem(p.code(), p.severity(),
                new org.planindicators.validation.Location(name, p.location().line(), p.location().column(), null),
                p.field(), p.value(), p.arguments())).toList();
    }
}
