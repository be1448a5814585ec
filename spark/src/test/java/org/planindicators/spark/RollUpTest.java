package org.planindicators.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.evaluation.EvaluationOptions;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * A city plan evaluated on Spark from its districts' figures: the districts are rolled up into the city as the
 * command line rolls them up (1200.50 + 1300.25 + 717.11 = 3217.86亿元), each district is still evaluated on its own,
 * and another city's district (眉山市东坡区, 511402) is not added. Regression: the Spark path once evaluated each
 * district apart and left the city with no figure.
 */
class RollUpTest {
    @TempDir
    Path dir;

    @Test
    void districtsAreRolledUpIntoTheCityPlan() throws IOException {
        Indicator gdp = Indicator.builder("地区生产总值", Unit.parse("亿元")).code("GDP")
                .baseline(2020, Quantity.parse("3000.00亿元"))
                .target(2025, TargetParser.standard().parseOne("4000亿元以上")).aggregation(Aggregation.sum()).build();
        Plan plan = Plan.builder("成都市国民经济和社会发展第十四个五年规划", Jurisdiction.division("成都市", "510100"),
                        PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.PART, "第一篇", List.of(Goal.of("g1", "主要指标", List.of(gdp)))))
                .build();
        Path file = dir.resolve("observations.csv");
        Files.writeString(file, "指标代码,地区,年份,数值,单位,状态\nGDP,510104,2022,1200.50,亿元,final\n"
                + "GDP,510105,2022,1300.25,亿元,final\nGDP,510115,2022,717.11,亿元,preliminary\n"
                + "GDP,511402,2022,900.00,亿元,final\n", StandardCharsets.UTF_8);
        Dataset<Row> rows = SharedSpark.session().read().option("header", "true").csv(file.toString())
                .withColumn(RowOrigin.FILE, lit(file.toString())).repartition(3);

        Dataset<Row> evaluated = SparkObservations.evaluate(plan, rows, 2022, EvaluationOptions.defaults());

        Row city = evaluated.filter(col("jurisdiction").equalTo("成都市")).collectAsList().get(0);
        assertThat((String) city.getAs("actual")).isEqualTo("3217.86");
        assertThat(city.<Boolean>getAs("provisional")).isTrue();
        List<String> notes = city.getList(city.fieldIndex("notes"));
        assertThat(notes).contains("2022: 3217.86亿元 = Σ 510104 1200.50 + 510105 1300.25 + 510115 717.11 (sum)");
        // Every district is still evaluated apart, and the stranger is its own jurisdiction, not part of the city.
        assertThat(evaluated.select("jurisdiction").distinct().collectAsList()).extracting(r -> r.getString(0))
                .containsExactlyInAnyOrder("成都市", "510104", "510105", "510115", "511402");
        Row district = evaluated.filter(col("jurisdiction").equalTo("510115")).collectAsList().get(0);
        assertThat((String) district.getAs("actual")).isEqualTo("717.11");
    }
}
