package org.planindicators.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.validation.ImportOptions;

/**
 * Columns as a data lake has them: a Parquet table with Chinese column names of Spark types (an integer year, a
 * decimal value, a double) is read without renaming, numbers keep the scale their type gives, and a data set without
 * a line column gets problems without lines, its duplicate check in partition order.
 */
class ColumnsTest {
    private static final StructType TYPED = new StructType()
            .add("指标", DataTypes.StringType).add("地区", DataTypes.StringType).add("年份", DataTypes.IntegerType)
            .add("数值", DataTypes.createDecimalType(12, 2)).add("单位", DataTypes.StringType);

    @TempDir
    Path dir;

    @Test
    void aParquetTableWithChineseColumnsOfSparkTypesIsReadWithoutRenaming() {
        SparkSession spark = SharedSpark.session();
        List<Row> rows = List.of(
                RowFactory.create("地区生产总值", "温江区", 2022, new BigDecimal("717.11"), "亿元"),
                RowFactory.create("GDP", "温江区", 2021, new BigDecimal("700.00"), "亿元"),
                RowFactory.create("耕地保有量", "温江区", 2022, new BigDecimal("1.50"), "公里"),
                RowFactory.create("GDP", "温江区", 2022, new BigDecimal("717.10"), "亿元"));
        String path = dir.resolve("observations.parquet").toString();
        spark.createDataFrame(rows, TYPED).coalesce(1).write().parquet(path);

        ValidatedObservations v = SparkObservations.validateObservations(spark.read().parquet(path),
                TestPlans.wenjiang2023(), ImportOptions.defaults(), RowOrigin.defaults().named("lake/observations"));

        List<Row> problems = v.problems().collectAsList();
        assertThat(problems).extracting(r -> r.getAs("code"), r -> r.getAs("line"), r -> r.getAs("column"),
                r -> r.getAs("field"), r -> r.getAs("value"), r -> r.getAs("file"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("O011", null, 5, "单位", "公里", "lake/observations"),
                        org.assertj.core.groups.Tuple.tuple("O015", null, 1, "指标", "GDP", "lake/observations"));
        assertThat(problems.get(0).<String>getAs("message"))
                .isEqualTo("The unit 公里 cannot be converted into 公顷, the unit of 耕地保有量");
        assertThat(v.observations().collectAsList()).map(SparkSchemas::toObservation)
                .extracting(Observation::period, o -> o.value().value())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ObservationPeriod.parse("2022"), new BigDecimal("717.11")),
                        org.assertj.core.groups.Tuple.tuple(ObservationPeriod.parse("2021"), new BigDecimal("700.00")));
        v.unpersist();
    }

    @Test
    void doublesAreReadAsTheShortestDecimalThatIsTheSameNumber() {
        StructType schema = new StructType().add("indicator", DataTypes.StringType)
                .add("year", DataTypes.LongType).add("value", DataTypes.DoubleType);
        Dataset<Row> rows = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("GDP", 2022L, 717.11), RowFactory.create("GDP", 2021L, 1.0E7),
                RowFactory.create("GDP", 2020L, Double.NaN)), schema);

        ValidatedObservations v = SparkObservations.validateObservations(rows, TestPlans.wenjiang2023(),
                ImportOptions.defaults());

        assertThat(v.observations().collectAsList()).extracting(r -> r.<String>getAs("value"))
                .containsExactlyInAnyOrder("717.11", "10000000");
        assertThat(v.problems().collectAsList()).extracting(r -> r.getAs("code"), r -> r.getAs("value"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("O006", "NaN"));
        v.unpersist();
    }

    @Test
    void aDataSetWithoutTheRequiredColumnsIsReportedOnceAsAFileWithoutThemIs() {
        Dataset<Row> rows = SharedSpark.session().range(3).toDF("批次");

        ValidatedObservations v = SparkObservations.validateObservations(rows, null, ImportOptions.defaults());

        assertThat(v.problems().collectAsList()).extracting(r -> r.getAs("code"), r -> r.getAs("field"),
                r -> r.getAs("line"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("O024", "indicator", 1),
                        org.assertj.core.groups.Tuple.tuple("O024", "period", 1),
                        org.assertj.core.groups.Tuple.tuple("O024", "value", 1));
        assertThat(v.observations().count()).isZero();
        v.unpersist();
    }
}
