package org.planindicators.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.UnitConversionException;

/** Whether an observed value meets a target: every numeric kind, both directions, ordinal classes, units. */
class TargetSatisfactionTest {
    @ParameterizedTest(name = "{0} with {1} ({2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            120万标箱          | 121万标箱     | HIGHER_IS_BETTER | true
            120万标箱          | 119.9万标箱   | HIGHER_IS_BETTER | false
            120万标箱          | 1200000标箱   | HIGHER_IS_BETTER | true
            0.7吨标煤/万元      | 0.69吨标煤/万元 | LOWER_IS_BETTER | true
            0.7吨标煤/万元      | 0.71吨标煤/万元 | LOWER_IS_BETTER | false
            65%               | 65.0%        | BAND             | true
            65%               | 65.1%        | BAND             | false
            10%以上            | 10%          | BAND             | true
            10%以上            | 9.99%        | HIGHER_IS_BETTER | false
            超过165亿元         | 165亿元       | HIGHER_IS_BETTER | false
            超过165亿元         | 1650001万元   | HIGHER_IS_BETTER | true
            5.5%以内           | 5.5%         | LOWER_IS_BETTER  | true
            5.5%以内           | 5.6%         | LOWER_IS_BETTER  | false
            低于40微克/立方米    | 40微克/立方米  | LOWER_IS_BETTER  | false
            低于40微克/立方米    | 39.9微克/立方米 | LOWER_IS_BETTER | true
            6.0%—7.0%         | 6.0%         | HIGHER_IS_BETTER | true
            6.0%—7.0%         | 7.01%        | HIGHER_IS_BETTER | false
            6.0%—7.0%         | 5.99%        | HIGHER_IS_BETTER | false
            6.5%左右           | 6.2%         | HIGHER_IS_BETTER | true
            6.5%左右           | 6.1%         | HIGHER_IS_BETTER | false
            6.5%左右           | 9%           | HIGHER_IS_BETTER | true
            6.5%左右           | 9%           | BAND             | false
            6.5%左右(±0.5%)    | 6.0%         | BAND             | true
            6.5%左右(±0.5%)    | 5.9%         | BAND             | false
            增长3.0%           | 3.2%         | HIGHER_IS_BETTER | true
            增长3.0%           | 2.9%         | HIGHER_IS_BETTER | false
            下降7%             | -8%          | LOWER_IS_BETTER  | true
            下降7%             | -6%          | LOWER_IS_BETTER  | false
            提高3个百分点        | 3.5个百分点    | HIGHER_IS_BETTER | true
            3类以上             | 2类           | HIGHER_IS_BETTER | true
            3类以上             | 3类           | HIGHER_IS_BETTER | true
            3类以上             | 4类           | HIGHER_IS_BETTER | false
            """)
    void numericTargetsJudgeObservedValues(String target, String actual, Direction direction, boolean met) {
        NumericTarget t = (NumericTarget) TargetExpression.parse(target);
        assertThat(t.isSatisfiedBy(Quantity.parse(actual), direction)).isEqualTo(met);
    }

    @Test
    void anObservationInAnotherKindOfUnitIsRefused() {
        NumericTarget t = (NumericTarget) TargetExpression.parse("120万标箱");
        assertThatThrownBy(() -> t.isSatisfiedBy(Quantity.parse("120亿元"), Direction.HIGHER_IS_BETTER))
                .isInstanceOf(UnitConversionException.class)
                .hasMessageContaining("亿元").hasMessageContaining("标箱");
    }

    @Test
    void invariantsNameTheField() {
        assertThatThrownBy(() -> Range.of(Quantity.parse("7%"), Quantity.parse("6%")))
                .hasMessageContaining("low").hasMessageContaining("7%");
        assertThatThrownBy(() -> Range.of(Quantity.parse("6%"), Quantity.parse("7亿元")))
                .hasMessageContaining("high");
        assertThatThrownBy(() -> Change.of(ChangeDirection.INCREASE, Quantity.parse("-1%")))
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new Approximately(Quantity.parse("6%"), Quantity.parse("-1%"), Accumulation.LEVEL))
                .hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new Relative(RelativeComparison.HIGHER, ReferenceKind.REGION, List.of("全国"), true,
                Accumulation.LEVEL)).hasMessageContaining("roughly");
        assertThatThrownBy(() -> Relative.toRegions(RelativeComparison.HIGHER, List.of()))
                .hasMessageContaining("references");
        assertThatThrownBy(() -> new Delegated(" ")).hasMessageContaining("authority");
        assertThatThrownBy(() -> new Qualitative("")).hasMessageContaining("text");
        assertThatThrownBy(() -> Exact.of(null)).hasMessageContaining("value");
    }

    @Test
    void kindsAndAccumulationsHaveStableCodes() {
        assertThat(TargetKind.ofCode("at_least")).isEqualTo(TargetKind.AT_LEAST);
        assertThat(Accumulation.ofCode("annual_average")).isEqualTo(Accumulation.ANNUAL_AVERAGE);
        assertThatThrownBy(() -> TargetKind.ofCode("atleast")).hasMessageContaining("atleast");
        assertThat(List.of(TargetKind.values())).extracting(TargetKind::code).containsExactly("exact", "at_least",
                "greater_than", "at_most", "less_than", "range", "approximately", "change", "two_tier", "relative",
                "delegated", "qualitative");
    }

    @Test
    void changeKnowsItsSignedAmount() {
        Change c = (Change) TargetExpression.parse("下降7%");
        assertThat(c.signedAmount()).isEqualTo(Quantity.parse("-7%"));
        assertThat(c.direction()).isEqualTo(ChangeDirection.DECREASE);
    }
}
