package org.planindicators.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationOptions;
import org.planindicators.plan.Plan;
import org.planindicators.report.FigureFormat;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ObservationRows;
import org.planindicators.validation.Problem;
import org.planindicators.spark.internal.CheckedRows;
import org.planindicators.spark.internal.FileChecks;
import org.planindicators.spark.internal.GroupEvaluation;
import org.planindicators.spark.internal.PartitionCheck;
import org.planindicators.spark.internal.ShippedPlan;

/**
 * Validation and evaluation of observation data sets on Apache Spark, by the rules of the file readers ({@link
 * org.planindicators.validation.Observations}) and the {@link org.planindicators.evaluation.Evaluator}: the same
 * problems (codes, fields, values, messages) and the same verdicts as the command line's {@code validate} and
 * {@code evaluate}, for data sets of any size.
 *
 * <h2>Columns</h2>
 *
 * <p>The data set's columns are named as a file's header is (Chinese or English, as the readers take them: {@code
 * 指标}/{@code indicator}, {@code 指标代码}/{@code code}, {@code 地区}/{@code jurisdiction}, {@code 年份}/{@code year},
 * {@code 数值}/{@code value}, {@code 单位}/{@code unit}, {@code 状态}/{@code status}, {@code 来源}/{@code source}; any
 * other column is a dimension; wide tables with a column a year are read too), so a Parquet table with the columns
 * 指标, 地区, 年份, 数值 needs no renaming. Columns of any type are read as text ({@code Cells}: decimals keep their
 * scale). Two columns say where each row came from and are never data ({@link RowOrigin}): {@code _file} and {@code
 * _line} by default; Spark's {@code _corrupt_record} is never data either.
 *
 * <h2>What runs where</h2>
 *
 * <ul>
 *   <li><b>Per partition</b>, no shuffle: every row's checks (the readers' own {@link ObservationRows}); the
 *       tallies of dimension columns.
 *   <li><b>Shuffled by key, once</b>: every checked row, into as many partitions as the input has, by a 64-bit hash
 *       of its key (file, indicator, jurisdiction, period, dimensions); a window over the key ordered by line: every
 *       row after the first of its key is a duplicate ({@code O015}), as a reader finds it in line order. Like a
 *       reader, which checks each file on its own, duplicates are looked for within a file. The rows after this
 *       shuffle are kept ({@code MEMORY_AND_DISK}, until {@link ValidatedObservations#unpersist()}); the problems and
 *       the good observations are read from them, so the input is read and checked once.
 *   <li><b>Small aggregations</b>: the observations for jurisdictions other than the plan's ({@code O027}, by
 *       file and jurisdiction, a hash aggregation), the tallies by file ({@code O025}, {@code O026}, {@code O022}).
 *   <li><b>One partition</b>: the problems, sorted into the readers' order.
 *   <li><b>Shuffled by jurisdiction</b> ({@link #evaluate}): the observations of one jurisdiction meet in one task,
 *       where the {@link org.planindicators.evaluation.Evaluator} runs.
 * </ul>
 *
 * <p>The caller's session settings apply to the small aggregations: in local mode set {@code
 * spark.sql.shuffle.partitions} to about the number of cores (its default, 200, makes 200 tiny tasks a stage where
 * adaptive execution does not merge them).
 *
 * <h2>Differences from the file readers</h2>
 *
 * <p>What a file reader finds in the text of a file (encoding, a broken CSV quote {@code O019}, a row of the wrong
 * length {@code O018}, malformed JSON {@code O020}, {@code O021}) is Spark's reader's business before rows exist;
 * Spark puts such lines in {@code _corrupt_record} (mode {@code PERMISSIVE}) or stops ({@code FAILFAST}). Problems
 * are not capped ({@link ImportOptions#maxProblems()} does not apply: the data set is not held in memory); the
 * duplicate check is exact (keys, not hashes) and never stops ({@code O023}).
 */
public final class SparkObservations {
    private SparkObservations() {
    }

    /**
     * Validates the rows of a data set with the default {@link RowOrigin}.
     *
     * @param rows the observations, with columns named as a file's header
     * @param plan the plan to check against, or {@code null} for the checks that need none
     * @param options the units known: the standard registry (custom registries are not shipped to executors)
     * @return the problems and the good observations, computed lazily
     */
    public static ValidatedObservations validateObservations(Dataset<Row> rows, @Nullable Plan plan,
            ImportOptions options) {
        return validateObservations(rows, plan, options, RowOrigin.defaults());
    }

    /**
     * Validates the rows of a data set.
     *
     * @param rows the observations, with columns named as a file's header
     * @param plan the plan to check against, or {@code null} for the checks that need none
     * @param options the units known: the standard registry (custom registries are not shipped to executors)
     * @param origin the columns of each row's file and line
     * @return the problems and the good observations, computed lazily
     * @throws IllegalArgumentException when {@code options} has a unit registry other than the standard one
     */
    public static ValidatedObservations validateObservations(Dataset<Row> rows, @Nullable Plan plan,
            ImportOptions options, RowOrigin origin) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(origin, "origin");
        if (options.units() != UnitRegistry.standard()) {
            throw new IllegalArgumentException("only the standard unit registry is shipped to Spark executors");
        }
        String[] columns = rows.columns();
        int fileColumn = -1;
        int lineColumn = -1;
        List<String> names = new ArrayList<>();
        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(origin.fileColumn())) {
                fileColumn = i;
            } else if (columns[i].equals(origin.lineColumn())) {
                lineColumn = i;
            } else if (!origin.isBookkeeping(columns[i])) {
                names.add(columns[i]);
                data.add(i);
            }
        }
        int currentYear = Year.now().getValue();
        ShippedPlan shipped = ShippedPlan.of(plan);
        PartitionCheck check = new PartitionCheck(shipped, names, data.stream().mapToInt(Integer::intValue).toArray(),
                fileColumn, lineColumn, origin.defaultFile(), currentYear);
        // One pass over the rows: checked per partition, then shuffled by key for the duplicate check (a window over
        // the key within a file, ordered by line: every row after the first of its key is a duplicate, as a reader
        // finds it in line order), and kept. Every result below reads the kept rows; none reads the input again.
        // The window's partitions lead with a 64-bit hash of (file, key), so the sort compares that number first
        // rather than the file's name, the same in every row; rows that are not observations have a hash of their
        // own place, spread over the partitions rather than gathered in the group of the null key.
        Column isObservation = col("kind").equalTo(CheckedRows.OBSERVATION);
        Column bucket = when(isObservation, xxhash64(col("file"), col("key")))
                .otherwise(xxhash64(col("file"), col("phase"), col("ord"), col("seq")));
        WindowSpec byKey = Window.partitionBy(col("bucket"), col("file"), col("key"))
                .orderBy(col("line").asc_nulls_first(), col("ord"), col("seq"));
        // As many partitions after the shuffle as before it, not spark.sql.shuffle.partitions (200 by default): the
        // kept rows are as many as the input's, and every later stage runs a task a kept partition.
        int partitions = Math.max(1, rows.rdd().getNumPartitions());
        Dataset<Row> checked = rows.mapPartitions(check, Encoders.row(CheckedRows.SCHEMA))
                .withColumn("bucket", bucket)
                .repartition(partitions, col("bucket"))
                .withColumn("n", row_number().over(byKey))
                .drop("bucket", "key")
                .persist(StorageLevel.MEMORY_AND_DISK());

        // The header's problems: once per file (with a file column, each partition wrote them for its files).
        Dataset<Row> header;
        if (fileColumn < 0) {
            List<Row> list = new ArrayList<>();
            int seq = 0;
            for (Problem p : ObservationRows.forColumns(origin.defaultFile(), names, options, plan, currentYear)
                    .headerProblems()) {
                list.add(CheckedRows.ordered(p, CheckedRows.HEADER, 1, 0, seq++));
            }
            header = rows.sparkSession().createDataFrame(list, CheckedRows.PROBLEM_ORDER);
        } else {
            header = problemsOf(checked.filter(col("kind").equalTo(CheckedRows.PROBLEM)
                    .and(col("phase").equalTo(CheckedRows.HEADER)))).dropDuplicates();
        }
        Dataset<Row> rowProblems = problemsOf(checked.filter(col("kind").equalTo(CheckedRows.PROBLEM)
                .and(col("phase").equalTo(CheckedRows.ROWS))));

        ObservationRows namer = ObservationRows.forColumns(origin.defaultFile(), names, options, plan, currentYear);
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
            fields.add(namer.columnName(i));
        }
        Dataset<Row> duplicates = checked.filter(isObservation.and(col("n").gt(1)))
                .map(FileChecks.duplicates(fields), Encoders.row(CheckedRows.PROBLEM_ORDER));
        Dataset<Row> good = checked.filter(isObservation.and(col("n").equalTo(1)));

        // Observations for other jurisdictions: counted by file and jurisdiction, placed at the first.
        Dataset<Row> others = good.filter(col("other"))
                .groupBy(col("file"), col("jurisdiction"))
                // A number for the place of the first row, not a struct: min over a struct would sort every row.
                .agg(count(lit(1)).as("n"), min(FileChecks.order(col("line"), col("ord"))).as("first"))
                .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getAs("file"),
                        Encoders.STRING())
                .flatMapGroups(FileChecks.otherJurisdictions(shipped, names, currentYear),
                        Encoders.row(CheckedRows.PROBLEM_ORDER));

        Dataset<Row> tallies = checked.filter(col("kind").equalTo(CheckedRows.TALLY))
                .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getAs("file"),
                        Encoders.STRING())
                .flatMapGroups(FileChecks.tallies(shipped, names, currentYear),
                        Encoders.row(CheckedRows.PROBLEM_ORDER));

        Dataset<Row> problems = header.unionByName(rowProblems).unionByName(duplicates).unionByName(tallies)
                .unionByName(others)
                // Problems are few beside the rows: one sorted partition, without the sampling jobs of a global sort.
                .repartition(1)
                .sortWithinPartitions(col("file"), col("phase"), col("row_line").asc_nulls_first(), col("ord"),
                        col("seq"))
                .select(columnsOf(SparkSchemas.PROBLEMS.fieldNames()));
        Dataset<Row> observations = good.select(col("file"), col("line"), col("indicator"), col("jurisdiction"),
                col("period"), col("obs_value").as("value"), col("unit"), col("status"), col("source"),
                col("dimensions"));
        return new ValidatedObservations(problems, observations, checked);
    }

    /**
     * Evaluates a plan in {@code year} for every jurisdiction in the observations, figures at 2 decimals as {@code
     * evaluate --format json} prints them by default.
     *
     * @param plan the plan whose indicators and targets are evaluated
     * @param observations the observation rows, with columns named as a file's header (validated first)
     * @param year the evaluation year: observations after it are left out
     * @param options the method and tolerances
     * @return one row an indicator a jurisdiction ({@link SparkSchemas#EVALUATIONS})
     * @throws ObservationErrorsException when the observations have errors: nothing is evaluated, as the command line
     *     evaluates nothing then
     */
    public static Dataset<Row> evaluate(Plan plan, Dataset<Row> observations, int year, EvaluationOptions options) {
        return evaluate(plan, observations, year, options, RowOrigin.defaults(), FigureFormat.DEFAULT_SCALE);
    }

    /**
     * Evaluates a plan in {@code year} for every jurisdiction in the observations: the plan's own (observations for
     * it or for none), and every other one written, against the plan's indicators and targets as if the plan were
     * its own. The rows of the plan's own jurisdiction equal the indicator objects of {@code evaluate --format json}
     * on the same data, in the same order ({@code rank}).
     *
     * @param plan the plan whose indicators and targets are evaluated
     * @param observations the observation rows, with columns named as a file's header (validated first)
     * @param year the evaluation year: observations after it are left out
     * @param options the method and tolerances
     * @param origin the columns of each row's file and line, for the problems
     * @param scale the decimals of computed figures, rounded half-even ({@code --scale})
     * @return one row an indicator a jurisdiction ({@link SparkSchemas#EVALUATIONS})
     * @throws ObservationErrorsException when the observations have errors
     * @throws IllegalArgumentException when the year is before the plan's base year or the scale is not 0 to 20
     */
    public static Dataset<Row> evaluate(Plan plan, Dataset<Row> observations, int year, EvaluationOptions options,
            RowOrigin origin, int scale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        if (year < plan.baseYear()) {
            throw new IllegalArgumentException("the year " + year + " is before the plan's base year "
                    + plan.baseYear() + ": there is no progress to evaluate");
        }
        if (scale < 0 || scale > 20) {
            throw new IllegalArgumentException("the scale must be from 0 to 20, not " + scale);
        }
        ValidatedObservations validated = validateObservations(observations, plan, ImportOptions.defaults(), origin);
        List<Row> errors = validated.errors().limit(ObservationErrorsException.SHOWN).collectAsList();
        if (!errors.isEmpty()) {
            throw new ObservationErrorsException(errors);
        }
        ShippedPlan shipped = ShippedPlan.of(plan);
        Dataset<Row> good = validated.observations();
        org.apache.spark.sql.types.StructType tagged = good.schema().add(GroupEvaluation.GROUP,
                org.apache.spark.sql.types.DataTypes.StringType, false);
        return good.flatMap(GroupEvaluation.tag(shipped), Encoders.row(tagged))
                .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r ->
                        r.getString(r.length() - 1), Encoders.STRING())
                .flatMapGroups(new GroupEvaluation(shipped, options, year, scale),
                        Encoders.row(SparkSchemas.EVALUATIONS));
    }

    private static Dataset<Row> problemsOf(Dataset<Row> checked) {
        return checked.select(col("file"), col("p_line").as("line"), col("column"), col("pointer"), col("severity"),
                col("code"), col("field"), col("value"), col("message"), col("message_zh"), col("phase"),
                col("ord"), col("seq"), col("line").as("row_line"));
    }

    private static Column[] columnsOf(String[] names) {
        Column[] c = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            c[i] = col(names[i]);
        }
        return c;
    }
}
