package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;

/** Which way an indicator read from a table without a 方向 column improves: the direction describes its figures. */
class InferredDirectionTest {

    private static Indicator readRow(String name, String unit, String target) {
        String csv = "指标,单位,2020年,2025年\n" + name + "," + unit + ",," + target + "\n";
        ImportResult<Plan> read = TableFixtures.readText(csv, "direction.csv");
        assertThat(read.report().hasErrors()).as(read.report().toString()).isFalse();
        return read.value().indicators().get(0);
    }

    @ParameterizedTest(name = "{0} ({1}) {2} → {3} {4}")
    @CsvSource({
        // reductions reported as reductions: more reduction is better
        "单位地区生产总值能耗降低, %, [14], REDUCTION_RATE, HIGHER_IS_BETTER",
        "单位GDP二氧化碳排放降低, %, [18], REDUCTION_RATE, HIGHER_IS_BETTER",
        "主要污染物排放总量减少, %, [10], REDUCTION_RATE, HIGHER_IS_BETTER",
        "万元GDP用水量下降, %, [16], REDUCTION_RATE, HIGHER_IS_BETTER",
        "Energy intensity reduction, %, [13.5], REDUCTION_RATE, HIGHER_IS_BETTER",
        // a reduction kept small (every target an upper bound): less is better
        "耕地面积减少, %, 1%以内, REDUCTION_RATE, LOWER_IS_BETTER",
        // levels of quantities to keep low
        "城镇调查失业率, %, 5.5, LEVEL, LOWER_IS_BETTER",
        "单位地区生产总值能耗, 吨标煤/万元, 0.45, LEVEL, LOWER_IS_BETTER",
        "细颗粒物（PM2.5）平均浓度, 微克/立方米, 35, LEVEL, LOWER_IS_BETTER",
        "二氧化碳排放总量, 万吨, 1000, LEVEL, LOWER_IS_BETTER",
        "亿元GDP生产安全事故死亡率, %, 0.02, LEVEL, LOWER_IS_BETTER",
        // a reduction word on a level in another unit names the level that falls
        "农村贫困人口减少, 万人, 5, LEVEL, LOWER_IS_BETTER",
        // upper bounds on an unnamed quantity
        "某指标, 个, 10个以内, LEVEL, LOWER_IS_BETTER",
        // the rest
        "地区生产总值增长, %, 6, GROWTH_RATE, HIGHER_IS_BETTER",
        "常住人口城镇化率, %, 75, LEVEL, HIGHER_IS_BETTER",
    })
    void theDirectionDescribesTheFiguresReported(String name, String unit, String target, Measure measure,
            Direction direction) {
        Indicator indicator = readRow(name, unit, target);
        assertThat(indicator.measure()).isEqualTo(measure);
        assertThat(indicator.direction()).isEqualTo(direction);
    }

    @Test
    void aReductionIndicatorIsInferredHigherIsBetterNotLowerIsBetter() {
        // the bug: 单位地区生产总值能耗降低 was read as lower-is-better, so 3.0% of a [14] reduction counted as on track
        Indicator energy = readRow("单位地区生产总值能耗降低", "%", "[14]");
        assertThat(energy.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void theWrittenTableShowsEveryDirection() {
        String csv = "指标,单位,2020年,2025年\n单位地区生产总值能耗降低,%,,[14]\n城镇调查失业率,%,,5.5%以内\n";
        Plan plan = TableFixtures.readText(csv, "direction.csv").value();
        String written = IndicatorTables.toCsv(plan);
        assertThat(written.lines().skip(1).findFirst().orElseThrow()).endsWith(",方向");
        assertThat(written).contains(",单位地区生产总值能耗降低,%,预期性,,,[14%],,正向").contains(",城镇调查失业率,%,预期性,,5.5%以内,,,逆向");
    }
}
