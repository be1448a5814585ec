package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unknown units and impossible conversions fail with messages that say what was wrong. */
class UnitErrorsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text       | index where reading failed
            万标         | 0
            abc          | 0
            亿元x        | 2
            元元         | 1
            万           | 0
            亿           | 0
            %%           | 1
            万%          | 0
            万个百分点   | 0
            万类         | 0
            万上年=100   | 0
            平方米/      | 3
            平方米/人/年 | 5
            名(个        | 1
            120          | 0
            -            | 0
            """)
    void unknownUnitIsRefusedWithTheInputQuoted(String text, int index) {
        UnitParseException e = catchThrowableOfType(UnitParseException.class, () -> Unit.parse(text));
        assertThat(e).isNotNull().isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).contains("'" + text + "'");
        assertThat(e.chineseMessage()).contains("“" + text + "”");
        assertThat(e.input()).isEqualTo(text);
        assertThat(e.index()).isEqualTo(index);
    }

    /** Regression: the index was counted in the normalised text, so spaces and full-width forms shifted it. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text                | index in the text as written
            "万 标箱x"            | 4
            "万　标 箱 x"         | 6
            "  亿元x"             | 4
            "  万标"              | 2
            "平 方 米 / 人 / 年"  | 10
            "名 （ 个"            | 2
            """)
    void parseErrorIndexPointsIntoTheTextAsWritten(String text, int index) {
        UnitParseException e = catchThrowableOfType(UnitParseException.class, () -> Unit.parse(text));
        assertThat(e).isNotNull();
        assertThat(e.input()).isEqualTo(text);
        assertThat(e.index()).isEqualTo(index);
    }

    @Test
    void messageNamesTheUnreadRest() {
        assertThatThrownBy(() -> Unit.parse("亿元x"))
                .isInstanceOf(UnitParseException.class)
                .hasMessageContaining("cannot read 'x'");
    }

    @Test
    void findDoesNotThrow() {
        assertThat(UnitRegistry.standard().find("亿元x")).isEmpty();
        assertThat(UnitRegistry.standard().find("abc")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            亿元     | 公里
            元       | 美元
            亿美元   | 万元
            个       | 家
            项       | 件
            人       | 人次
            %        | 个百分点
            ‰        | 个百分点
            %        | 平方米/人
            年       | 岁
            年       | 天
            个工作日 | 天
            吨标煤   | 吨
            千瓦时   | 千瓦
            件/万人  | 件
            件/万人  | 个/万人
            上年=100 | %
            类       | 个
            """)
    void incompatibleConversionIsRefusedNamingBothUnits(String from, String to) {
        Unit a = Unit.parse(from);
        Unit b = Unit.parse(to);
        assertThat(a.isCompatibleWith(b)).isFalse();
        assertThat(b.isCompatibleWith(a)).isFalse();
        UnitConversionException e = catchThrowableOfType(UnitConversionException.class,
                () -> a.convert(BigDecimal.ONE, b));
        assertThat(e).isNotNull().isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).contains("'" + a.symbol() + "'", "'" + b.symbol() + "'");
        assertThat(e.chineseMessage()).contains(a.symbol(), b.symbol());
        assertThat(e.from()).isEqualTo(a);
        assertThat(e.to()).isEqualTo(b);
        assertThatThrownBy(() -> a.convert(BigDecimal.ONE, b, MathContext.DECIMAL64))
                .isInstanceOf(UnitConversionException.class);
        assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, a).to(b)).isInstanceOf(UnitConversionException.class);
        assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, a).compareAmount(Quantity.of(BigDecimal.ONE, b)))
                .isInstanceOf(UnitConversionException.class);
        assertThat(Quantity.of(BigDecimal.ONE, a).isEquivalentTo(Quantity.of(BigDecimal.ONE, b))).isFalse();
    }

    /** Regression: the Chinese message named the families in English: "不能把'亿元' (currency)换算为…". */
    @Test
    void chineseConversionMessageNamesFamiliesInChinese() {
        UnitConversionException e = catchThrowableOfType(UnitConversionException.class,
                () -> Unit.parse("亿元").convert(BigDecimal.ONE, Unit.parse("公里")));
        assertThat(e).isNotNull();
        assertThat(e.chineseMessage()).isEqualTo("单位不兼容：不能把“亿元”（货币）换算为“公里”（长度）");
        assertThat(e.getMessage()).isEqualTo(
                "cannot convert '亿元' (currency) to '公里' (length): they measure different things");
        UnitConversionException none = catchThrowableOfType(UnitConversionException.class,
                () -> Unit.NONE.convert(BigDecimal.ONE, Unit.PERCENT));
        assertThat(none.chineseMessage()).isEqualTo("单位不兼容：不能把无单位数值换算为“%”（比率）");
    }

    @Test
    void bareNumberConvertsOnlyToABareNumber() {
        assertThat(Unit.NONE.convert(new BigDecimal("13.5"), Unit.NONE)).isEqualByComparingTo("13.5");
        assertThatThrownBy(() -> Unit.NONE.convert(BigDecimal.ONE, Unit.PERCENT))
                .isInstanceOf(UnitConversionException.class)
                .hasMessageContaining("a bare number")
                .hasMessageContaining("'%'");
    }

    @Test
    void oneMuInHectaresHasNoExactDecimalValue() {
        Unit mu = Unit.parse("亩");
        Unit hectare = Unit.parse("公顷");
        UnitConversionException e = catchThrowableOfType(UnitConversionException.class,
                () -> mu.convert(BigDecimal.ONE, hectare));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("亩", "公顷", "1/15", "MathContext");
        assertThat(e.from()).isEqualTo(mu);
        assertThat(e.to()).isEqualTo(hectare);
        assertThatThrownBy(() -> Quantity.parse("1亩").to(hectare)).isInstanceOf(UnitConversionException.class);
    }

    /** Regression: the English message wrote the number with BigDecimal.toString, as "1E+3亩". */
    @Test
    void conversionMessageWritesThePlainNumber() {
        UnitConversionException e = catchThrowableOfType(UnitConversionException.class,
                () -> Unit.parse("亩").convert(new BigDecimal("1E+3"), Unit.parse("公顷")));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("1000亩 ").doesNotContain("E+");
        assertThat(e.chineseMessage()).startsWith("1000亩");
    }

    @Test
    void oneMuInHectaresWithAMathContext() {
        Unit mu = Unit.parse("亩");
        Unit hectare = Unit.parse("公顷");
        assertThat(mu.convert(BigDecimal.ONE, hectare, MathContext.DECIMAL128))
                .isEqualTo(new BigDecimal("0.06666666666666666666666666666666667"));
        assertThat(mu.convert(BigDecimal.ONE, hectare, new MathContext(3)))
                .isEqualTo(new BigDecimal("0.0667"));
        assertThat(Quantity.parse("1亩").to(hectare, new MathContext(3)))
                .isEqualTo(Quantity.parse("0.0667公顷"));
    }

    /** Regression: a context that cannot round (UNLIMITED, UNNECESSARY) let a raw ArithmeticException through. */
    @Test
    void convertWithAContextThatCannotRoundThrowsAConversionError() {
        Unit mu = Unit.parse("亩");
        Unit hectare = Unit.parse("公顷");
        for (MathContext context : new MathContext[] {MathContext.UNLIMITED,
                new MathContext(34, java.math.RoundingMode.UNNECESSARY)}) {
            UnitConversionException e = catchThrowableOfType(UnitConversionException.class,
                    () -> mu.convert(BigDecimal.ONE, hectare, context));
            assertThat(e).as("%s", context).isNotNull();
            assertThat(e.getMessage()).contains("亩", "公顷", "1/15");
            assertThat(e.from()).isEqualTo(mu);
            assertThat(e.to()).isEqualTo(hectare);
            assertThatThrownBy(() -> Quantity.parse("1亩").to(hectare, context))
                    .isInstanceOf(UnitConversionException.class);
        }
        assertThat(mu.convert(new BigDecimal("15"), hectare, MathContext.UNLIMITED)).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void fifteenMuIsExactlyOneHectare() {
        assertThat(Unit.parse("亩").convert(new BigDecimal("15"), Unit.parse("公顷"))).isEqualTo(BigDecimal.ONE);
        assertThat(Quantity.parse("15亩").to(Unit.parse("公顷"))).isEqualTo(Quantity.parse("1公顷"));
        assertThat(Quantity.parse("3亩").to(Unit.parse("平方米"))).isEqualTo(Quantity.parse("2000平方米"));
    }
}
