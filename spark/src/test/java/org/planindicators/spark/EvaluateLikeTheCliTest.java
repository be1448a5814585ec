package org.planindicators.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planindicators.cli.PlanIndicatorsCommand;
import org.planindicators.evaluation.EvaluationOptions;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link SparkObservations#evaluate} gives, for the plan's own jurisdiction, the indicator objects of {@code
 * plan-indicators evaluate --format json} on the same files, key for key and in the same order; another jurisdiction
 * with the same figures gets the same verdicts.
 */
class EvaluateLikeTheCliTest {
    private static final Path DATA = Path.of("../examples/data");
    private static final Path PLAN = DATA.resolve("wenjiang-2023-gwr.json");
    private static final Path ACTUALS_2022 = DATA.resolve("wenjiang-2022-actuals.csv");
    private static final Path ACTUALS_2023 = DATA.resolve("wenjiang-2023-illustrative-actuals.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Plan plan;
    private static Dataset<Row> observations;

    @BeforeAll
    static void read() {
        plan = PlanJson.read(PLAN, ImportOptions.defaults()).value();
        observations = csv(ACTUALS_2022).unionByName(csv(ACTUALS_2023), true);
    }

    private static Dataset<Row> csv(Path file) {
        return SharedSpark.session().read().option("header", "true").csv(file.toString())
                .withColumn(RowOrigin.FILE, lit(file.toString()));
    }

    private static List<JsonNode> cli(String... options) {
        List<String> args = new ArrayList<>(List.of("evaluate", PLAN.toString(), "-o", ACTUALS_2022.toString(),
                "-o", ACTUALS_2023.toString(), "--year", "2023", "--format", "json"));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlanIndicatorsCommand.run(new ByteArrayInputStream(new byte[0]), out, err,
                args.toArray(new String[0]));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<JsonNode> list = new ArrayList<>();
        // The jurisdiction is the Spark row's own column (the one evaluated).
        JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("indicators").forEach(n -> list.add(
                ((ObjectNode) n).remove(List.of("jurisdiction"))));
        return list;
    }

    private static List<JsonNode> spark(Dataset<Row> evaluated, String jurisdiction) {
        List<Row> rows = new ArrayList<>(evaluated.filter(col("jurisdiction").equalTo(jurisdiction)).collectAsList());
        rows.sort(Comparator.comparing(r -> r.<Integer>getAs("rank")));
        List<JsonNode> list = new ArrayList<>();
        for (Row r : rows) {
            ObjectNode o = (ObjectNode) JSON.readTree(r.json());
            o.remove(List.of("jurisdiction", "year", "rank"));
            list.add(o);
        }
        return list;
    }

    @Test
    void thePlansOwnJurisdictionIsEvaluatedAsTheCommandLineEvaluatesIt() {
        List<JsonNode> expected = cli();
        Dataset<Row> evaluated = SparkObservations.evaluate(plan, observations, 2023, EvaluationOptions.defaults());
        List<JsonNode> actual = spark(evaluated, plan.jurisdiction().name());

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(expected).extracting(n -> n.get("status").asString()).contains("achieved");
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void anotherJurisdictionWithTheSameFiguresGetsTheSameVerdicts() {
        Dataset<Row> twice = observations.unionByName(observations
                .withColumn("地区", when(col("地区").isNotNull(), lit("郫都区")))
                .withColumn(RowOrigin.FILE, lit("郫都区.csv")));
        Dataset<Row> evaluated = SparkObservations.evaluate(plan, twice, 2023, EvaluationOptions.defaults());

        assertThat(spark(evaluated, "郫都区")).containsExactlyElementsOf(spark(evaluated, plan.jurisdiction().name()))
                .isNotEmpty();
        assertThat(evaluated.select("jurisdiction").distinct().count()).isEqualTo(2);
    }

    @Test
    void observationsWithErrorsAreNotEvaluatedAsTheCommandLineRefusesThem() {
        Dataset<Row> broken = observations.withColumn("数值", when(col("指标代码").equalTo("M-01"), lit("六点四"))
                .otherwise(col("数值")));
        assertThatThrownBy(() -> SparkObservations.evaluate(plan, broken, 2023, EvaluationOptions.defaults()))
                .isInstanceOf(ObservationErrorsException.class)
                .hasMessageContaining("[O006]").hasMessageContaining("六点四");
    }
}
