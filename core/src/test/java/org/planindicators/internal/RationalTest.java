package org.planindicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact fractions: normalisation, arithmetic, application to decimals. */
class RationalTest {

    @ParameterizedTest(name = "[{index}] {0}/{1} = {2}/{3}")
    @CsvSource(textBlock = """
            1,      1,     1,    1
            2,      4,     1,    2
            10000,  15,    2000, 3
            -2,     4,     -1,   2
            2,      -4,    -1,   2
            -2,     -4,    1,    2
            0,      5,     0,    1
            0,      -5,    0,    1
            7,      1,     7,    1
            -7,     -1,    7,    1
            """)
    void isKeptInLowestTermsWithAPositiveDenominator(long n, long d, long num, long den) {
        Rational r = Rational.of(n, d);
        assertThat(r.numerator()).isEqualTo(BigInteger.valueOf(num));
        assertThat(r.denominator()).isEqualTo(BigInteger.valueOf(den));
        assertThat(r).isEqualTo(Rational.of(num, den)).hasSameHashCodeAs(Rational.of(num, den));
    }

    @Test
    void theConstructorNormalisesToo() {
        assertThat(new Rational(BigInteger.valueOf(6), BigInteger.valueOf(-9)))
                .isEqualTo(new Rational(BigInteger.valueOf(-2), BigInteger.valueOf(3)));
    }

    @Test
    void aZeroDenominatorIsRefused() {
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.of(0, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.ONE.divide(Rational.of(0, 1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> new Rational(null, BigInteger.ONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Rational(BigInteger.ONE, null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(textBlock = """
            1.5,      3,      2
            0.25,     1,      4
            -0.125,   -1,     8
            120,      120,    1
            1E+3,     1000,   1
            1.50,     3,      2
            0.000,    0,      1
            """)
    void ofDecimalIsExact(String decimal, long num, long den) {
        assertThat(Rational.of(new BigDecimal(decimal))).isEqualTo(Rational.of(num, den));
    }

    @ParameterizedTest(name = "[{index}] 10^{0}")
    @CsvSource(textBlock = """
            0,    1,      1
            1,    10,     1
            4,    10000,  1
            -3,   1,      1000
            """)
    void powerOfTen(int exponent, long num, long den) {
        assertThat(Rational.powerOfTen(exponent)).isEqualTo(Rational.of(num, den));
    }

    @Test
    void powerOfTenBeyondLong() {
        assertThat(Rational.powerOfTen(-12).denominator()).isEqualTo(BigInteger.TEN.pow(12));
        assertThat(Rational.powerOfTen(30).numerator()).isEqualTo(BigInteger.TEN.pow(30));
    }

    @Test
    void multiplyAndDivide() {
        Rational mu = Rational.of(10_000, 15);
        Rational hectare = Rational.of(10_000, 1);
        assertThat(mu.divide(hectare)).isEqualTo(Rational.of(1, 15));
        assertThat(hectare.divide(mu)).isEqualTo(Rational.of(15, 1));
        assertThat(mu.multiply(Rational.of(3, 2))).isEqualTo(Rational.of(1000, 1));
        assertThat(Rational.of(-1, 2).multiply(Rational.of(-2, 3))).isEqualTo(Rational.of(1, 3));
        assertThat(Rational.of(1, 2).divide(Rational.of(-1, 4))).isEqualTo(Rational.of(-2, 1));
    }

    @Test
    void isOne() {
        assertThat(Rational.ONE.isOne()).isTrue();
        assertThat(Rational.of(7, 7).isOne()).isTrue();
        assertThat(Rational.of(-1, -1).isOne()).isTrue();
        assertThat(Rational.of(-1, 1).isOne()).isFalse();
        assertThat(Rational.of(10, 1).isOne()).isFalse();
        assertThat(Rational.of(1, 10).isOne()).isFalse();
    }

    @Test
    void toStringIsAFractionOrAnInteger() {
        assertThat(Rational.of(1, 15)).hasToString("1/15");
        assertThat(Rational.of(-2, 4)).hasToString("-1/2");
        assertThat(Rational.of(20, 2)).hasToString("10");
        assertThat(Rational.of(0, 3)).hasToString("0");
    }

    @Test
    void applyExact() {
        assertThat(Rational.of(1, 15).applyExact(new BigDecimal("15"))).isEqualByComparingTo("1");
        assertThat(Rational.of(1, 8).applyExact(BigDecimal.ONE)).isEqualByComparingTo("0.125");
        assertThat(Rational.of(10_000, 1).applyExact(new BigDecimal("1.5"))).isEqualByComparingTo("15000");
        assertThat(Rational.ONE.applyExact(new BigDecimal("2.50"))).isEqualTo(new BigDecimal("2.50"));
        assertThatThrownBy(() -> Rational.of(1, 3).applyExact(BigDecimal.ONE)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.of(1, 15).applyExact(BigDecimal.ONE))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void applyRounds() {
        assertThat(Rational.of(1, 15).apply(BigDecimal.ONE, MathContext.DECIMAL128))
                .isEqualTo(new BigDecimal("0.06666666666666666666666666666666667"));
        assertThat(Rational.of(2, 3).apply(BigDecimal.ONE, new MathContext(3))).isEqualTo(new BigDecimal("0.667"));
        assertThat(Rational.of(1, 1).apply(new BigDecimal("123.456"), new MathContext(4)))
                .isEqualTo(new BigDecimal("123.5"));
    }

    // ---- properties ----------------------------------------------------------------------------------------

    @Property
    void normalFormIsUnique(@ForAll("rationals") Rational r, @ForAll("nonZeroLongs") long k) {
        Rational scaled = new Rational(r.numerator().multiply(BigInteger.valueOf(k)),
                r.denominator().multiply(BigInteger.valueOf(k)));
        assertThat(scaled).isEqualTo(r);
        assertThat(scaled.denominator().signum()).isPositive();
        assertThat(scaled.numerator().gcd(scaled.denominator())).isEqualTo(BigInteger.ONE);
    }

    @Property
    void divideUndoesMultiply(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        Assume.that(b.numerator().signum() != 0);
        assertThat(a.multiply(b).divide(b)).isEqualTo(a);
        assertThat(a.divide(b).multiply(b)).isEqualTo(a);
    }

    @Property
    void multiplicationCommutes(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
        assertThat(a.multiply(Rational.ONE)).isEqualTo(a);
    }

    @Property
    void ofDecimalThenApplyIsMultiplication(@ForAll("decimals") BigDecimal x, @ForAll("decimals") BigDecimal y) {
        assertThat(Rational.of(y).applyExact(x).compareTo(x.multiply(y))).isZero();
        assertThat(Rational.of(x).multiply(Rational.of(y))).isEqualTo(Rational.of(x.multiply(y)));
    }

    @Property
    void powersOfTenMultiply(@ForAll("exponents") int a, @ForAll("exponents") int b) {
        assertThat(Rational.powerOfTen(a).multiply(Rational.powerOfTen(b))).isEqualTo(Rational.powerOfTen(a + b));
        assertThat(Rational.powerOfTen(a).divide(Rational.powerOfTen(b))).isEqualTo(Rational.powerOfTen(a - b));
    }

    @Provide
    Arbitrary<Rational> rationals() {
        return Arbitraries.longs().between(-1_000_000, 1_000_000).flatMap(n -> Arbitraries.longs()
                .between(1, 1_000_000).map(d -> Rational.of(n, d)));
    }

    @Provide
    Arbitrary<Long> nonZeroLongs() {
        return Arbitraries.longs().between(-10_000, 10_000).filter(k -> k != 0);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20))
                .flatMap(u -> Arbitraries.integers().between(-6, 15).map(s -> new BigDecimal(u, s)));
    }

    @Provide
    Arbitrary<Integer> exponents() {
        return Arbitraries.integers().between(-20, 20);
    }

    @Property
    void aPowerOfTenDenominatorShiftsTheScaleToTheQuotientOfAnExactDivision(@ForAll long unscaled,
            @ForAll("scales") int scale, @ForAll("tens") int tens, @ForAll("numerators") long numerator) {
        Rational r = Rational.of(numerator, 1).divide(Rational.powerOfTen(tens));
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        BigDecimal byDivision = value.multiply(new BigDecimal(r.numerator())).divide(new BigDecimal(r.denominator()));
        assertThat(r.applyExact(value)).isEqualByComparingTo(byDivision);
    }

    @Property
    void isDecimalExactlyWhenEveryDecimalTimesTheFractionIsAFiniteDecimal(@ForAll("numerators") long n,
            @ForAll("denominators") long d) {
        Rational r = Rational.of(n, d);
        long rest = r.denominator().longValueExact();
        while (rest % 2 == 0) {
            rest /= 2;
        }
        while (rest % 5 == 0) {
            rest /= 5;
        }
        assertThat(r.isDecimal()).isEqualTo(rest == 1);
        // In lowest terms, 1 × n/d is a finite decimal exactly when d has no prime factor but 2 and 5.
        if (r.isDecimal()) {
            assertThat(r.applyExact(BigDecimal.ONE)).isEqualByComparingTo(
                    new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator())));
        } else {
            assertThatThrownBy(() -> r.applyExact(BigDecimal.ONE)).isInstanceOf(ArithmeticException.class);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}/{1} decimal: {2}")
    @CsvSource(textBlock = """
            1,     10000, true
            10000, 1,     true
            10000, 15,    false
            1,     15,    false
            3,     8,     true
            1,     1,     true
            1,     3,     false
            7,     1250,  true
            """)
    void decimalFractions(long n, long d, boolean decimal) {
        assertThat(Rational.of(n, d).isDecimal()).isEqualTo(decimal);
    }

    @Provide
    Arbitrary<Integer> scales() {
        return Arbitraries.integers().between(-6, 12);
    }

    @Provide
    Arbitrary<Integer> tens() {
        return Arbitraries.integers().between(1, 20);
    }

    @Provide
    Arbitrary<Long> numerators() {
        return Arbitraries.longs().between(-1_000_000, 1_000_000);
    }

    @Provide
    Arbitrary<Long> denominators() {
        return Arbitraries.longs().between(1, 100_000);
    }
}
