package org.planindicators.spark.examples;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.planindicators.evaluation.EvaluationOptions;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.spark.SparkObservations;
import org.planindicators.spark.ValidatedObservations;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * A national data set in the data lake, validated and evaluated on Spark: generates the observations of about 2,800
 * counties for every indicator of a plan over several years as Parquet (columns 指标, 地区, 年份, 数值, 单位, 状态, as a
 * statistics bureau would name them; the value a Parquet string, its scale as written), a few rows broken and a few
 * repeated on purpose, then reads the Parquet back, validates it ({@link SparkObservations#validateObservations}) and
 * evaluates the plan for every county ({@link SparkObservations#evaluate}), and prints what it found.
 *
 * <pre>spark-submit --class org.planindicators.spark.examples.NationalDataset --master yarn \
 *     --jars plan-indicators-core.jar,plan-indicators-validation.jar,plan-indicators-report.jar,... \
 *     plan-indicators-spark.jar PLAN.json OUT_DIR [COUNTIES] [YEARS]</pre>
 *
 * <p>In local mode ({@code local[*]}, when no master is given) it runs with {@code java -cp} and Spark's jars on the
 * class path (README, "Spark"). Arguments: the plan document, the output directory (its {@code observations.parquet},
 * {@code problems.parquet} and {@code evaluations.parquet} are replaced), the number of counties (2,800) and of years
 * before the plan's base year, the base year included (5).
 */
public final class NationalDataset {
    /** One row in this many is broken on purpose (a value with a comma), one in this many repeats a key. */
    static final int BROKEN_EVERY = 1000;

    private NationalDataset() {
    }

    /**
     * Generates, validates and evaluates.
     *
     * @param args the plan document, the output directory, the number of counties and of years
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: NationalDataset PLAN.json OUT_DIR [COUNTIES] [YEARS]");
            System.exit(2);
        }
        ImportResult<Plan> read = PlanJson.read(Path.of(args[0]), ImportOptions.defaults());
        if (read.value() == null) {
            System.err.println(args[0] + ": the plan has errors: " + read.report().problems());
            System.exit(1);
        }
        Plan plan = read.value();
        String out = args[1];
        int counties = args.length > 2 ? Integer.parseInt(args[2]) : 2800;
        int years = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        SparkSession.Builder builder = SparkSession.builder().appName("plan-indicators national data set");
        if (!System.getProperties().containsKey("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, plan, out, counties, years);
        } finally {
            spark.stop();
        }
    }

    /** The generated observations' columns: Chinese names, all text. */
    static final StructType COLUMNS = new StructType()
            .add("指标", DataTypes.StringType).add("地区", DataTypes.StringType).add("年份", DataTypes.StringType)
            .add("数值", DataTypes.StringType).add("单位", DataTypes.StringType).add("状态", DataTypes.StringType);

    static void run(SparkSession spark, Plan plan, String out, int counties, int years) {
        long t0 = System.nanoTime();
        generate(spark, plan, counties, years).write().mode("overwrite").parquet(out + "/observations.parquet");
        long t1 = System.nanoTime();

        Dataset<Row> rows = spark.read().parquet(out + "/observations.parquet");
        ValidatedObservations v = SparkObservations.validateObservations(rows, plan, ImportOptions.defaults());
        v.problems().write().mode("overwrite").parquet(out + "/problems.parquet");
        Dataset<Row> problems = spark.read().parquet(out + "/problems.parquet");
        long good = v.observations().count();
        long t2 = System.nanoTime();

        // Evaluate what passed: the rows without errors (the evaluation refuses a data set with errors).
        Dataset<Row> clean = v.observations().select(col("indicator").as("指标"), col("jurisdiction").as("地区"),
                col("period").as("年份"), col("value").as("数值"), col("unit").as("单位"), col("status").as("状态"));
        Dataset<Row> evaluations = SparkObservations.evaluate(plan, clean, plan.baseYear(),
                EvaluationOptions.defaults());
        evaluations.write().mode("overwrite").parquet(out + "/evaluations.parquet");
        Dataset<Row> evaluated = spark.read().parquet(out + "/evaluations.parquet");
        long t3 = System.nanoTime();

        System.out.printf(Locale.ROOT, "rows: %d (generated in %.1f s)%n", rows.count(), (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "validated in %.1f s: %d good observations, %d problems%n", (t2 - t1) / 1e9,
                good, problems.count());
        problems.groupBy("code", "severity").count().orderBy("code").show(false);
        problems.show(5, false);
        System.out.printf(Locale.ROOT, "evaluated in %.1f s: %d jurisdictions, %d indicator rows%n",
                (t3 - t2) / 1e9, evaluated.select("jurisdiction").distinct().count(), evaluated.count());
        evaluated.groupBy("status").count().orderBy(col("count").desc()).show(false);
        v.unpersist();
    }

    /** The observations of {@code counties} counties for every indicator of the plan over {@code years} years. */
    static Dataset<Row> generate(SparkSession spark, Plan plan, int counties, int years) {
        List<String[]> indicators = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            Baseline b = i.baseline(Indicator.Version.CURRENT).orElse(null);
            BigDecimal base = b == null ? BigDecimal.valueOf(100) : b.value().value();
            indicators.add(new String[] {i.code() == null ? i.name() : i.code(), i.unit().symbol(),
                base.toPlainString()});
        }
        int lastYear = plan.baseYear();
        List<Integer> ids = new ArrayList<>();
        for (int c = 1; c <= counties; c++) {
            ids.add(c);
        }
        FlatMapFunction<Integer, Row> county = c -> {
            SplittableRandom r = new SplittableRandom(c);
            List<Row> list = new ArrayList<>();
            String name = String.format(Locale.ROOT, "县%04d", c);
            for (String[] ind : indicators) {
                BigDecimal base = new BigDecimal(ind[2]);
                for (int y = lastYear - years + 1; y <= lastYear; y++) {
                    BigDecimal factor = BigDecimal.valueOf(800 + r.nextInt(400), 3);
                    String value = base.multiply(factor).setScale(Math.max(1, base.scale()), RoundingMode.HALF_EVEN)
                            .toPlainString();
                    if (r.nextInt(BROKEN_EVERY) == 0) {
                        value = value.replace('.', ',');
                    }
                    Row row = RowFactory.create(ind[0], name, y + "年", value, ind[1], "最终核实");
                    list.add(row);
                    if (r.nextInt(BROKEN_EVERY) == 0) {
                        list.add(row);
                    }
                }
            }
            return list.iterator();
        };
        return spark.createDataset(ids, Encoders.INT()).repartition(Math.max(2, counties / 200))
                .flatMap(county, Encoders.row(COLUMNS));
    }
}
