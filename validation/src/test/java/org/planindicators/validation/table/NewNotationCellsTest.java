package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.target.TargetExpression;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;

/**
 * Cells in the notations of issue 11 read into one target each, and the table written from the plan reads back equal:
 * a 力争 figure is the aspiration of a two-tier target (it was an error, T009), delegated and relative wordings keep
 * their meaning, new units keep their unit.
 */
class NewNotationCellsTest {
    @ParameterizedTest(name = "{1} ({0}) -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            %      | 7以上，力争8                | 7%以上，力争8%               | two_tier
            %      | 4.5左右、力争更好结果          | 4.5%左右，力争更好结果          | two_tier
            %      | 5.0—5.5，争取更好的结果        | 5.0%—5.5%，争取更好的结果       | two_tier
            %      | [13.5以上，力争14]            | [13.5%以上，力争14%]           | two_tier
            %      | 年均6以上，努力争取7           | 年均6%以上，努力争取7%          | two_tier
            万亿斤  | 1.4左右                      | 1.4万亿斤左右                 | approximately
            亿千瓦时 | 3000以上                     | 3000亿千瓦时以上               | at_least
            %      | 达到国家下达目标任务的序时进度    | 达到国家下达目标序时进度          | delegated
            %      | 与上年持平                    | 与上年持平                    | relative
            %      | 只增不减                      | 不低于上年                    | relative
            """)
    void aCellReadsIntoOneTargetAndTheTableReadsBack(String unit, String cell, String canonical, String kind) {
        String csv = "指标,单位,2020年,2025年\n测试指标," + unit + ",100,\"" + cell + "\"\n";
        ImportResult<Plan> result = TableFixtures.readText(csv, "cells.csv");
        assertThat(result.report().problems()).as(csv).allSatisfy(p -> assertThat(p.isError()).isFalse());
        Plan plan = result.value();
        List<Indicator> indicators = plan.indicators();
        TargetExpression target = indicators.get(0).targets().get(0).expression();
        assertThat(target.kind().code()).isEqualTo(kind);
        assertThat(target).hasToString(canonical);
        String written = IndicatorTables.toCsv(plan);
        ImportResult<Plan> again = TableFixtures.readText(written, "written.csv");
        assertThat(again.value()).as(written).isEqualTo(plan);
    }
}
