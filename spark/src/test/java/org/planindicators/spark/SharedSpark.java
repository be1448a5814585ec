package org.planindicators.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * One local Spark session ({@code local[2]}) for every test class of the module's test JVM: started once (a few
 * seconds), stopped when the JVM ends.
 */
final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("plan-indicators-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    // Tiny data sets: interpreting expressions is faster than compiling code for them.
                    .config("spark.sql.codegen.wholeStage", "false")
                    .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                    .config("spark.sql.adaptive.enabled", "true")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }

    /**
     * A CSV file read by Spark's CSV reader without a header, its first record made the column names (as written:
     * duplicates and blanks kept, which Spark's header option would rename), each data row numbered {@code _line} as
     * a file reader numbers lines (the header is line 1; the files have no blank lines).
     */
    static Dataset<Row> csvWithLines(Path file, int partitions) {
        SparkSession spark = session();
        Dataset<Row> raw = spark.read().option("header", "false").option("encoding", "UTF-8")
                .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
                .csv(file.toString());
        List<Row> all = raw.collectAsList();
        Row header = all.get(0);
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < header.length(); i++) {
            String name = header.isNullAt(i) ? "" : header.getString(i);
            fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(RowOrigin.LINE, DataTypes.IntegerType, false));
        StructType schema = new StructType(fields.toArray(new StructField[0]));
        int width = header.length();
        JavaRDD<Row> numbered = raw.javaRDD().zipWithIndex().filter(t -> t._2() > 0).map((Tuple2<Row, Long> t) -> {
            Object[] cells = new Object[width + 1];
            for (int i = 0; i < width; i++) {
                cells[i] = t._1().isNullAt(i) ? null : t._1().get(i);
            }
            cells[width] = (int) (t._2() + 1);
            return RowFactory.create(cells);
        });
        Dataset<Row> rows = spark.createDataFrame(numbered, schema);
        return partitions == 1 ? rows.coalesce(1) : rows.repartition(partitions);
    }

    /** A JSON Lines file read by Spark's JSON reader (numbers kept as written), each line numbered {@code _line}. */
    static Dataset<Row> jsonLinesWithLines(Path file) {
        SparkSession spark = session();
        Dataset<Row> raw = spark.read().option("primitivesAsString", "true").json(file.toString());
        StructType schema = raw.schema().add(RowOrigin.LINE, DataTypes.IntegerType, false);
        int width = raw.schema().length();
        JavaRDD<Row> numbered = raw.javaRDD().zipWithIndex().map((Tuple2<Row, Long> t) -> {
            Object[] cells = new Object[width + 1];
            for (int i = 0; i < width; i++) {
                cells[i] = t._1().isNullAt(i) ? null : t._1().get(i);
            }
            cells[width] = (int) (t._2() + 1);
            return RowFactory.create(cells);
        });
        return spark.createDataFrame(numbered, schema);
    }

    static Path resource(String relative) {
        Path p = Path.of(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("no such file (tests run in the spark module's directory): " + p);
        }
        return p;
    }
}
