package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conversions between compatible units use exact factors. */
class UnitConversionTest {

    @ParameterizedTest(name = "[{index}] {0} {1} = {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # value     | from            | value in target      | target
            1.5         | 亿元            | 15000                | 万元
            1           | 万亿元          | 10000                | 亿元
            717.11      | 亿元            | 7171100              | 万元
            7171100     | 万元            | 717.11               | 亿元
            2           | 十亿元          | 20                   | 亿元
            1           | 亿美元          | 10000                | 万美元
            120         | 万标箱          | 1200000              | 标箱
            1200000     | 标箱            | 120                  | 万标箱
            6           | 万人次          | 60000                | 人次
            1           | 件/万人         | 0.0001               | 件/人
            1           | 件/人           | 10000                | 件/万人
            3.5         | 件/万人         | 0.35                 | 件/千人
            1           | 公里/百平方公里 | 0.01                 | 公里/平方公里
            1           | 公里/百平方公里 | 0.00001              | 米/平方米
            1           | 公里/平方公里   | 100                  | 公里/百平方公里
            1           | ‰               | 0.1                  | %
            0.1         | %               | 1                    | ‰
            6.5         | %               | 65                   | ‰
            1           | 刻钟            | 15                   | 分钟
            1           | 小时            | 4                    | 刻钟
            1           | 天              | 1440                 | 分钟
            1           | 周              | 7                    | 天
            18          | 个月            | 1.5                  | 年
            1           | 平方公里        | 100                  | 公顷
            1           | 平方公里        | 1500                 | 亩
            1           | 平方公里        | 1000000              | 平方米
            1           | 公顷            | 15                   | 亩
            1           | 万亩            | 6.666666666666666666666666666666667 | 平方公里
            1500        | 亩              | 1                    | 平方公里
            30          | 万亩            | 200                  | 平方公里
            1484        | 平方公里        | 148400               | 公顷
            1           | 公里            | 1000                 | 米
            2.5         | 千米            | 2500                 | 米
            1           | 万平方米        | 1                    | 公顷
            1           | 立方米          | 1000                 | 升
            1           | 吨              | 1000                 | 公斤
            1           | 千克            | 1                    | 公斤
            1           | 公斤            | 1000000000           | 微克
            40          | 微克/立方米     | 0.04                 | 毫克/立方米
            0.45        | 吨标煤/万元     | 0.045                | 吨标煤/千元
            1           | 万千瓦          | 10                   | 兆瓦
            1           | 万元/亩         | 15                   | 万元/公顷
            1           | 元/平方米       | 10000                | 元/公顷
            17          | 平方米/人       | 170000               | 平方米/万人
            3           | 人/千人         | 3                    | 名/千人
            10          | 名(个)          | 10                   | 名
            10          | 人              | 10                   | 名
            10          | 万人            | 100000               | 名
            2           | 名              | 2                    | 位
            """)
    void convertsWithExactFactors(String value, String from, String expected, String to) {
        Unit a = Unit.parse(from);
        Unit b = Unit.parse(to);
        BigDecimal v = new BigDecimal(value);
        assertThat(a.isCompatibleWith(b)).isTrue();
        if (expected.length() > 30) {
            // 万亩 → 平方公里 is 20/3: exact conversion refuses, a MathContext rounds.
            assertThat(a.convertsExactly(b)).isFalse();
            assertThat(a.convert(v, b, MathContext.DECIMAL128)).isEqualTo(new BigDecimal(expected));
            return;
        }
        assertThat(a.convert(v, b)).isEqualByComparingTo(expected);
        assertThat(a.convert(v, b, MathContext.DECIMAL64)).isEqualByComparingTo(expected);
        assertThat(Quantity.of(v, a).to(b)).satisfies(q -> {
            assertThat(q.unit()).isEqualTo(b);
            assertThat(q.value()).isEqualByComparingTo(expected);
        });
        assertThat(Quantity.of(v, a).isEquivalentTo(Quantity.of(new BigDecimal(expected), b))).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}: every value exact {2}")
    @CsvSource(textBlock = """
            亿元, 万元,   true
            万元, 亿元,   true
            亩,   公顷,   false
            公顷, 亩,     true
            亩,   平方米, false
            万人, 人,     true
            """)
    void convertsExactlyWhenEveryValueHasAFiniteDecimalInTheTarget(String from, String to, boolean exact) {
        Unit a = Unit.parse(from);
        Unit b = Unit.parse(to);
        assertThat(a.convertsExactly(b)).isEqualTo(exact);
        // The smallest step written here, 0.001, converts exactly exactly when every value does.
        boolean converted;
        try {
            a.convert(new BigDecimal("0.001"), b);
            converted = true;
        } catch (UnitConversionException e) {
            converted = false;
        }
        assertThat(converted).isEqualTo(exact);
    }

    @Test
    void conversionDropsTrailingZerosButNeverGivesANegativeScale() {
        BigDecimal v = Unit.parse("亿元").convert(new BigDecimal("1.50"), Unit.parse("万元"));
        assertThat(v).isEqualTo(new BigDecimal("15000"));
        assertThat(v.scale()).isZero();
        assertThat(Unit.parse("万元").convert(new BigDecimal("15000"), Unit.parse("亿元")))
                .isEqualTo(new BigDecimal("1.5"));
        assertThat(Unit.parse("万元").convert(BigDecimal.ZERO.setScale(3), Unit.parse("亿元")))
                .isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void conversionToAnEqualFactorKeepsTheValueAsIs() {
        BigDecimal v = new BigDecimal("10.0");
        assertThat(Unit.parse("人").convert(v, Unit.parse("名"))).isSameAs(v);
        assertThat(Unit.parse("万元").convert(v, Unit.parse("万元"))).isSameAs(v);
    }

    /** Regression: with a factor of one (人 → 名, 元 → 元) the value came back unrounded. */
    @Test
    void convertWithAMathContextRoundsEvenWhenTheFactorIsOne() {
        MathContext four = new MathContext(4);
        BigDecimal v = new BigDecimal("123.456");
        assertThat(Unit.parse("人").convert(v, Unit.parse("名"), four)).isEqualTo(new BigDecimal("123.5"));
        assertThat(Unit.parse("元").convert(v, Unit.parse("元"), four)).isEqualTo(new BigDecimal("123.5"));
        assertThat(Unit.parse("万元").convert(v, Unit.parse("元"), four)).isEqualTo(new BigDecimal("1235000"));
        assertThat(Quantity.of(v, Unit.parse("人")).to(Unit.parse("名"), four))
                .isEqualTo(Quantity.of("123.5", Unit.parse("名")));
        // Nothing to round: the value is kept as it is, scale included.
        assertThat(Unit.parse("人").convert(new BigDecimal("10.0"), Unit.parse("名"), four))
                .isEqualTo(new BigDecimal("10.0"));
    }

    @Test
    void personsAreCountedByAnyOfTheirClassifiersButOtherThingsAreNot() {
        Unit ren = Unit.parse("人");
        Unit ming = Unit.parse("名");
        Unit wei = Unit.parse("位");
        assertThat(ren.isCompatibleWith(ming)).isTrue();
        assertThat(ming.isCompatibleWith(wei)).isTrue();
        assertThat(Unit.parse("名(个)").isCompatibleWith(ren)).isTrue();
        assertThat(Unit.parse("个").isCompatibleWith(Unit.parse("家"))).isFalse();
        assertThat(Unit.parse("个").isCompatibleWith(Unit.parse("万个"))).isTrue();
        assertThat(Unit.parse("人").isCompatibleWith(Unit.parse("人次"))).isFalse();
        assertThat(Unit.parse("个").family()).isEqualTo(Unit.parse("家").family());
    }

    @Test
    void compatibilityIsAnEquivalence() {
        Unit a = Unit.parse("件/万人");
        Unit b = Unit.parse("件/人");
        Unit c = Unit.parse("件/千人");
        assertThat(a.isCompatibleWith(a)).isTrue();
        assertThat(a.isCompatibleWith(b)).isTrue();
        assertThat(b.isCompatibleWith(a)).isTrue();
        assertThat(b.isCompatibleWith(c)).isTrue();
        assertThat(a.isCompatibleWith(c)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0} vs {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.5亿元          | 15000万元        | 0
            1.5亿元          | 14999万元        | 1
            1.5亿元          | 15001万元        | -1
            15000万元        | 1.5亿元          | 0
            1万亿元          | 9999亿元         | 1
            3.0%             | 3%               | 0
            1‰               | 0.1%             | 0
            1‰               | 0.2%             | -1
            15亩             | 1公顷            | 0
            1亩              | 0.0667公顷       | -1
            1亩              | 0.0666公顷       | 1
            0.0667公顷       | 1亩              | 1
            1公顷            | 15亩             | 0
            1平方公里        | 1500亩           | 0
            1平方公里        | 1499.9亩         | 1
            1刻钟            | 15分钟           | 0
            1刻钟            | 16分钟           | -1
            10件/万人        | 0.001件/人       | 0
            10件/万人        | 0.01件/人        | -1
            -2.5%            | -25‰             | 0
            -2.5%            | -24‰             | -1
            120万标箱        | 1200000标箱      | 0
            10名             | 10人             | 0
            """)
    void compareAmountConvertsFirst(String a, String b, int sign) {
        Quantity qa = Quantity.parse(a);
        Quantity qb = Quantity.parse(b);
        assertThat(Integer.signum(qa.compareAmount(qb))).isEqualTo(sign);
        assertThat(Integer.signum(qb.compareAmount(qa))).isEqualTo(-sign);
        assertThat(qa.isEquivalentTo(qb)).isEqualTo(sign == 0);
    }

    /**
     * Regression: when the other quantity had no exact value in this unit, compareAmount rounded this one to
     * DECIMAL128 (34 digits) and called 0.0666…667 公顷 (40 digits) equal to 1 亩, which is 1/15 公顷.
     */
    @Test
    void compareAmountIsExactBeyondDecimal128() {
        Quantity justAbove = Quantity.of("0.0666666666666666666666666666666666666667", Unit.parse("公顷"));
        Quantity justBelow = Quantity.of("0.0666666666666666666666666666666666666666", Unit.parse("公顷"));
        Quantity oneMu = Quantity.parse("1亩");
        assertThat(justAbove.compareAmount(oneMu)).isPositive();
        assertThat(oneMu.compareAmount(justAbove)).isNegative();
        assertThat(justBelow.compareAmount(oneMu)).isNegative();
        assertThat(oneMu.compareAmount(justBelow)).isPositive();
        assertThat(justAbove.isEquivalentTo(oneMu)).isFalse();
        assertThat(oneMu.isEquivalentTo(justAbove)).isFalse();
        Quantity third = Quantity.of("0.3333333333333333333333333333333333333", Unit.parse("个月"));
        assertThat(third.compareAmount(Quantity.parse("0.0277777777777777777777777777777777777年"))).isPositive();
    }

    @Test
    void quantityEqualityKeepsScaleButEquivalenceDoesNot() {
        assertThat(Quantity.parse("3.0%")).isNotEqualTo(Quantity.parse("3%"));
        assertThat(Quantity.parse("3.0%").isEquivalentTo(Quantity.parse("3%"))).isTrue();
        assertThat(Quantity.parse("1.5亿元")).isNotEqualTo(Quantity.parse("15000万元"));
        assertThat(Quantity.parse("1.5亿元").isEquivalentTo(Quantity.parse("15000万元"))).isTrue();
    }
}
