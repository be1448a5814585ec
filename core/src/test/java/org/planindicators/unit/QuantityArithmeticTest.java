package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Quantity#plus}, {@link Quantity#minus} and {@link Quantity#round}: exact, in the finer unit. */
class QuantityArithmeticTest {

    @ParameterizedTest(name = "[{index}] {0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a           | b          | a + b      | a − b
            120万元       | 1.5亿元    | 15120万元  | -14880万元
            1.5亿元       | 120万元    | 15120万元  | 14880万元
            717.11亿元    | 0.89亿元   | 718.00亿元 | 716.22亿元
            15亩          | 1公顷      | 30亩       | 0亩
            6.0%          | 5.5%       | 11.5%      | 0.5%
            6%            | 5‰         | 65‰        | 55‰
            2.1:1         | 10%        | 220%       | 200%
            3个百分点     | 0.5个百分点| 3.5个百分点| 2.5个百分点
            13.5          | 1.25       | 14.75      | 12.25
            1万标箱       | 120标箱    | 10120标箱  | 9880标箱
            """)
    void addsAndSubtractsInTheFinerUnit(String a, String b, String sum, String difference) {
        Quantity x = Quantity.parse(a);
        Quantity y = Quantity.parse(b);
        assertThat(x.plus(y)).isEqualTo(Quantity.parse(sum));
        assertThat(x.minus(y)).isEqualTo(Quantity.parse(difference));
    }

    @Test
    void refusesUnitsOfDifferentFamiliesNamingBoth() {
        assertThatThrownBy(() -> Quantity.parse("1.5亿元").plus(Quantity.parse("3公顷")))
                .isInstanceOf(UnitConversionException.class)
                .hasMessage("cannot add 1.5亿元 (currency) and 3公顷 (area): they measure different things");
        assertThatThrownBy(() -> Quantity.parse("6%").minus(Quantity.parse("13.5")))
                .isInstanceOf(UnitConversionException.class)
                .hasMessage("cannot subtract 6% (ratio) and 13.5 (a bare number): they measure different things");
        UnitConversionException e = (UnitConversionException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Quantity.parse("1.5亿元").plus(Quantity.parse("3公顷")));
        assertThat(e.chineseMessage()).isEqualTo("单位不兼容，不能相加：1.5亿元（货币）与3公顷（面积）");
    }

    @Test
    void refusesOrdinalClasses() {
        assertThatThrownBy(() -> Quantity.parse("3类").plus(Quantity.parse("2类")))
                .isInstanceOf(UnitConversionException.class)
                .hasMessageContaining("a class is a rank, not an amount");
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            5.4567%    | 2 | HALF_UP   | 5.46%
            5.455%     | 2 | HALF_EVEN | 5.46%
            5.445%     | 2 | HALF_EVEN | 5.44%
            717.115亿元| 2 | HALF_UP   | 717.12亿元
            717.115亿元| 2 | DOWN      | 717.11亿元
            -2.5%      | 0 | HALF_UP   | -3%
            6%         | 1 | UNNECESSARY | 6.0%
            """)
    void roundsToAScale(String q, int scale, RoundingMode mode, String rounded) {
        assertThat(Quantity.parse(q).round(scale, mode)).isEqualTo(Quantity.parse(rounded));
    }

    @Test
    void roundRefusesANegativeScaleAndUnneededRounding() {
        assertThatThrownBy(() -> Quantity.parse("6%").round(-1, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must not be negative: -1");
        assertThatThrownBy(() -> Quantity.parse("6.05%").round(1, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Property
    void plusThenMinusGivesTheSameAmountBack(@ForAll @Scale(2) @BigRange(min = "-1e6", max = "1e6")
            java.math.BigDecimal a, @ForAll @Scale(4) @BigRange(min = "-1e6", max = "1e6") java.math.BigDecimal b) {
        Quantity x = Quantity.of(a, Unit.parse("亿元"));
        Quantity y = Quantity.of(b, Unit.parse("万元"));
        assertThat(x.plus(y).minus(y).isEquivalentTo(x)).isTrue();
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
    }
}
