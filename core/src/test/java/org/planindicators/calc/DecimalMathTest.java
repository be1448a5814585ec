package org.planindicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roots and powers: exact cases, every rounding mode, ties, and the 60-digit reference of big-math. */
class DecimalMathTest {
    private static final MathContext SIXTY = new MathContext(60, RoundingMode.HALF_EVEN);

    @ParameterizedTest(name = "[{index}] root {1} of {0} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            6.25        | 2  | 2.5
            1.5625      | 4  | 1.118033988749895
            8           | 3  | 2
            1E-30       | 3  | 1E-10
            0           | 5  | 0
            1           | 60 | 1
            32          | 5  | 2
            0.865       | 5  | 0.9714114574007204
            1.3701      | 5  | 1.065002073358925
            """)
    void roots(String x, int n, String root) {
        assertThat(DecimalMath.root(new BigDecimal(x), n, MathContext.DECIMAL64)).isEqualTo(new BigDecimal(root));
    }

    @ParameterizedTest(name = "[{index}] root 2 of 1.5625 at 2 digits, {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the root is exactly 1.25, half-way between 1.2 and 1.3
            HALF_EVEN  | 1.2
            HALF_UP    | 1.3
            HALF_DOWN  | 1.2
            UP         | 1.3
            DOWN       | 1.2
            CEILING    | 1.3
            FLOOR      | 1.2
            """)
    void tiesFollowTheRoundingMode(RoundingMode mode, String expected) {
        assertThat(DecimalMath.root(new BigDecimal("1.5625"), 2, new MathContext(2, mode)))
                .isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{index}] root 2 of 2 at 5 digits, {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # √2 = 1.41421356…
            HALF_EVEN  | 1.4142
            UP         | 1.4143
            DOWN       | 1.4142
            CEILING    | 1.4143
            """)
    void inexactRootsFollowTheRoundingMode(RoundingMode mode, String expected) {
        assertThat(DecimalMath.root(BigDecimal.valueOf(2), 2, new MathContext(5, mode)))
                .isEqualTo(new BigDecimal(expected));
    }

    @Test
    void unnecessaryRoundingOnlyForExactRoots() {
        MathContext exact = new MathContext(10, RoundingMode.UNNECESSARY);
        assertThat(DecimalMath.root(new BigDecimal("6.25"), 2, exact)).isEqualTo(new BigDecimal("2.5"));
        assertThatThrownBy(() -> DecimalMath.root(BigDecimal.valueOf(2), 2, exact))
                .isInstanceOf(CalculationException.class).hasMessageContaining("context");
    }

    @Test
    void rootsAroundPowersOfTen() {
        // Just below and above 10^k, where the spacing of p-digit numbers changes.
        MathContext three = new MathContext(3, RoundingMode.HALF_EVEN);
        assertThat(DecimalMath.root(new BigDecimal("99.9"), 2, three)).isEqualTo(new BigDecimal("9.99"));
        assertThat(DecimalMath.root(new BigDecimal("99.99999"), 2, three)).isEqualTo(BigDecimal.TEN);
        assertThat(DecimalMath.root(new BigDecimal("100.1"), 2, three)).isEqualTo(BigDecimal.TEN);
        assertThat(DecimalMath.root(new BigDecimal("1E+300"), 3, three)).isEqualTo(new BigDecimal("1E+100")
                .setScale(0));
    }

    @ParameterizedTest(name = "[{index}] {0}^{1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.065   | 5    | 1.370086663415625
            1.065   | 0    | 1
            0       | 0    | 1
            0       | 3    | 0
            2       | -2   | 0.25
            3       | -1   | 0.3333333333333333
            -2      | 3    | -8
            10      | 20   | 100000000000000000000
            """)
    void integerPowers(String x, int n, String power) {
        assertThat(DecimalMath.pow(new BigDecimal(x), n, MathContext.DECIMAL64)).isEqualTo(new BigDecimal(power));
    }

    @Test
    void powersWithoutPrecisionAreExact() {
        assertThat(DecimalMath.pow(new BigDecimal("1.065"), 5, MathContext.UNLIMITED))
                .isEqualTo(new BigDecimal("1.370086663415625"));
        assertThat(DecimalMath.pow(new BigDecimal("2"), -3, MathContext.UNLIMITED))
                .isEqualTo(new BigDecimal("0.125"));
        assertThatThrownBy(() -> DecimalMath.pow(new BigDecimal("3"), -1, MathContext.UNLIMITED))
                .isInstanceOf(CalculationException.class).hasMessageContaining("context");
    }

    @Test
    void largePowersStayWithinAnUlpOfBigMath() {
        // 40 digits to the 300th power is beyond EXACT_POWER_DIGITS: repeated squaring with guard digits.
        BigDecimal x = new BigDecimal("1.000000000000000000000000000000000000123");
        BigDecimal ours = DecimalMath.pow(x, 300, SIXTY);
        BigDecimal reference = BigDecimalMath.pow(x, 300, new MathContext(90)).round(SIXTY);
        assertThat(ours.subtract(reference).abs()).isLessThanOrEqualTo(reference.ulp());
    }

    @ParameterizedTest(name = "[{index}] {0}^({1}/{2}) = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0.865   | 1  | 5   | 0.9714114574007204
            1.21    | 3  | 2   | 1.331
            1.21    | 6  | 4   | 1.331
            4       | -1 | 2   | 0.5
            27      | 2  | 3   | 9
            -8      | 3  | 1   | -512
            0       | 1  | 2   | 0
            """)
    void rationalPowers(String x, int p, int q, String power) {
        assertThat(DecimalMath.pow(new BigDecimal(x), p, q, MathContext.DECIMAL64)).isEqualTo(new BigDecimal(power));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            root of a negative        | x        | -4
            root of degree zero       | n        | 0
            zero to a negative power  | x        | 0
            negative to a half        | x        | -4
            exponent over zero        | q        | 0
            root without precision    | context  | UNLIMITED
            """)
    void refusesBadArguments(String description, String argument, String value) {
        assertThatThrownBy(() -> call(description))
                .isInstanceOf(CalculationException.class)
                .hasMessageContaining(argument)
                .hasMessageContaining(value)
                .satisfies(e -> assertThat(((CalculationException) e).argument()).isEqualTo(argument));
    }

    private static void call(String description) {
        MathContext mc = MathContext.DECIMAL64;
        switch (description) {
            case "root of a negative" -> DecimalMath.root(new BigDecimal("-4"), 2, mc);
            case "root of degree zero" -> DecimalMath.root(BigDecimal.TEN, 0, mc);
            case "zero to a negative power" -> DecimalMath.pow(BigDecimal.ZERO, -2, mc);
            case "negative to a half" -> DecimalMath.pow(new BigDecimal("-4"), 1, 2, mc);
            case "exponent over zero" -> DecimalMath.pow(BigDecimal.TEN, 1, 0, mc);
            case "root without precision" -> DecimalMath.root(BigDecimal.TEN, 2, MathContext.UNLIMITED);
            default -> throw new AssertionError(description);
        }
    }
}
