package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number with its unit: reading, writing, equality. */
class QuantityTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # written            | value    | scale | unit      | toString
            120万标箱            | 120      | 0     | 万标箱    | 120万标箱
            6.0%                 | 6.0      | 1     | %         | 6.0%
            717.11亿元           | 717.11   | 2     | 亿元      | 717.11亿元
            "1484 平方公里"      | 1484     | 0     | 平方公里  | 1484平方公里
            "1484 平 方公里"     | 1484     | 0     | 平方公里  | 1484平方公里
            -2.5%                | -2.5     | 1     | %         | -2.5%
            +3%                  | 3        | 0     | %         | 3%
            13.5                 | 13.5     | 1     | ""        | 13.5
            １２０万标箱         | 120      | 0     | 万标箱    | 120万标箱
            ６.５％              | 6.5      | 1     | %         | 6.5%
            "  17 平方米 / 人 "  | 17       | 0     | 平方米/人 | 17平方米/人
            10名(个)             | 10       | 0     | 名(个)    | 10名(个)
            3个百分点            | 3        | 0     | 个百分点  | 3个百分点
            0.000%               | 0.000    | 3     | %         | 0.000%
            .5%                  | 0.5      | 1     | %         | 0.5%
            105.2上年=100        | 105.2    | 1     | 上年=100  | 105.2上年=100
            5千米                | 5        | 0     | 公里      | 5公里
            """)
    void readsANumberThenAUnit(String written, String value, int scale, String unit, String printed) {
        Quantity q = Quantity.parse(written);
        assertThat(q.value()).isEqualTo(new BigDecimal(value));
        assertThat(q.value().scale()).isEqualTo(scale);
        assertThat(q.unit()).isEqualTo(Unit.parse(unit));
        assertThat(q.toString()).isEqualTo(printed);
        assertThat(Quantity.parse(q.toString())).isEqualTo(q);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""
            %
            万元
            -
            +%
            5.%
            1.2.3%
            .%
            abc
            """)
    void refusesTextThatDoesNotStartWithANumber(String text) {
        assertThatThrownBy(() -> Quantity.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void refusesAnUnknownUnitAfterTheNumber() {
        assertThatThrownBy(() -> Quantity.parse("120万标"))
                .isInstanceOf(UnitParseException.class)
                .hasMessageContaining("万标");
    }

    @Test
    void refusesNumbersLongerThanTheLimit() {
        String digits = "1".repeat(Quantity.MAX_DIGITS);
        assertThat(Quantity.parse(digits + "元").value()).isEqualTo(new BigDecimal(digits));
        assertThatThrownBy(() -> Quantity.parse(digits + "1元"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("41 digits");
    }

    @Test
    void readsWithAnotherRegistry() {
        UnitRegistry r = UnitRegistry.standard().withUnit("匹", UnitFamily.COUNT);
        assertThat(Quantity.parse("3万匹", r).unit().symbol()).isEqualTo("万匹");
        assertThatThrownBy(() -> Quantity.parse("3万匹")).isInstanceOf(UnitParseException.class);
    }

    @Test
    void negativeScaleIsRaisedToZero() {
        Quantity q = Quantity.of(new BigDecimal("1E+3"), Unit.parse("元"));
        assertThat(q.value().scale()).isZero();
        assertThat(q.toString()).isEqualTo("1000元");
        assertThat(q).isEqualTo(Quantity.of("1000", Unit.parse("元")));
    }

    @Test
    void equalityIncludesScaleAndUnit() {
        assertThat(Quantity.of("6.0", Unit.PERCENT)).isEqualTo(Quantity.parse("6.0%"))
                .hasSameHashCodeAs(Quantity.parse("6.0%"));
        assertThat(Quantity.of("6.0", Unit.PERCENT)).isNotEqualTo(Quantity.of("6", Unit.PERCENT));
        assertThat(Quantity.of("6", Unit.PERCENT)).isNotEqualTo(Quantity.of("6", Unit.PERCENTAGE_POINT));
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> Quantity.of((BigDecimal) null, Unit.NONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Quantity(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Quantity.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void percentAndPercentagePointsAreNotEquivalent() {
        Quantity pct = Quantity.parse("3%");
        Quantity points = Quantity.parse("3个百分点");
        assertThat(pct.isEquivalentTo(points)).isFalse();
        assertThatThrownBy(() -> pct.compareAmount(points)).isInstanceOf(UnitConversionException.class);
    }

    @Test
    void ordinalClassesCompareByNumber() {
        Quantity two = Quantity.of("2", Unit.parse("类"));
        Quantity three = Quantity.of("3", Unit.parse("类"));
        assertThat(two.compareAmount(three)).isNegative();
    }

    @org.junit.jupiter.api.Test
    void twoNumbersSeparatedByASpaceAreNotReadAsOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Quantity.parse("1 2%"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThat(Quantity.parse("1484 平 方公里")).hasToString("1484平方公里");
    }
}
