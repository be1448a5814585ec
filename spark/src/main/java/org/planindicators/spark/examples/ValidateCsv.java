package org.planindicators.spark.examples;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.planindicators.plan.Plan;
import org.planindicators.spark.SparkObservations;
import org.planindicators.spark.ValidatedObservations;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * Validates observation CSV files on Spark against a plan document and prints {@code key=value} lines: the rows, the
 * good observations, the problems by code and the seconds taken (from reading to the last count, the Spark session's
 * start not included). The Spark side of {@code benchmarks/scripts/spark-vs-cli.sh}.
 *
 * <pre>java [Spark's --add-opens flags] -cp SPARK_CLASSPATH org.planindicators.spark.examples.ValidateCsv \
 *     PLAN.json FILE.csv...</pre>
 *
 * <p>Runs in {@code local[*]} unless {@code spark.master} is set (as {@code spark-submit} sets it). Spark's CSV reader
 * reads each file with its header; the rows carry their file ({@code input_file_name()}), not their line numbers.
 */
public final class ValidateCsv {
    private ValidateCsv() {
    }

    /**
     * Validates.
     *
     * @param args the plan document, then the CSV files
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ValidateCsv PLAN.json FILE.csv...");
            System.exit(2);
        }
        ImportResult<Plan> read = PlanJson.read(Path.of(args[0]), ImportOptions.defaults());
        if (read.value() == null) {
            System.err.println(args[0] + ": the plan has errors: " + read.report().problems());
            System.exit(1);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("plan-indicators validate");
        if (!System.getProperties().containsKey("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long start = System.nanoTime();
            Dataset<Row> rows = spark.read().option("header", "true").csv(List.of(args).subList(1, args.length)
                    .toArray(new String[0])).withColumn("_file", org.apache.spark.sql.functions.input_file_name());
            ValidatedObservations v = SparkObservations.validateObservations(rows, read.value(),
                    ImportOptions.defaults());
            List<Row> counts = v.problems().groupBy(col("code")).count().orderBy(col("code")).collectAsList();
            long good = v.observations().count();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println("observations=" + good);
            for (Row r : counts) {
                System.out.println("problems." + r.getString(0) + "=" + r.getLong(1));
            }
            System.out.printf(Locale.ROOT, "seconds=%.2f%n", seconds);
            System.out.println("parallelism=" + spark.sparkContext().defaultParallelism());
            v.unpersist();
        } finally {
            spark.stop();
        }
    }
}
