package org.planindicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Roots and powers over generated numbers: correctly rounded (checked exactly), agreeing with big-math at 60 digits,
 * and returning their input when a root is raised to its power again.
 */
class DecimalMathProperties {
    private static final MathContext SIXTY = new MathContext(60, RoundingMode.HALF_EVEN);
    /** Twenty digits more than compared: a reference rounded from here is the correctly rounded value. */
    private static final MathContext EIGHTY = new MathContext(80, RoundingMode.HALF_EVEN);

    /** Positive decimals of 1 to 40 digits, from 10^-30 to 10^30. */
    @Provide
    Arbitrary<BigDecimal> positives() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.ONE,
                BigInteger.TEN.pow(40).subtract(BigInteger.ONE));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-30, 70);
        return Combinators.combine(unscaled, scale).as(BigDecimal::new)
                .filter(x -> x.compareTo(new BigDecimal("1E-30")) >= 0 && x.compareTo(new BigDecimal("1E+30")) <= 0)
                .edgeCases(c -> c.add(BigDecimal.ONE).add(new BigDecimal("1E-30")).add(new BigDecimal("99.99")));
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.UP,
                RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);
    }

    /** The root lies between its rounded neighbours as the rounding mode requires, checked by exact powers. */
    @Property(tries = 300)
    void rootIsCorrectlyRounded(@ForAll("positives") BigDecimal x, @ForAll @IntRange(min = 2, max = 12) int n,
            @ForAll @IntRange(min = 1, max = 40) int precision, @ForAll("modes") RoundingMode mode) {
        MathContext mc = new MathContext(precision, mode);
        BigDecimal y = DecimalMath.root(x, n, mc);
        assertThat(y.stripTrailingZeros().precision()).isLessThanOrEqualTo(precision);
        // The exact root rounded with the mode: compare with a reference 25 digits longer, rounded once.
        BigDecimal reference = BigDecimalMath.root(x, BigDecimal.valueOf(n), new MathContext(precision + 25))
                .round(mc);
        if (y.pow(n).compareTo(x) != 0) {
            assertThat(y).as("root %d of %s at %s", n, x, mc).isEqualByComparingTo(reference);
        }
        // Exactly: for DOWN/FLOOR y^n ≤ x, for UP/CEILING y^n ≥ x.
        int c = y.pow(n).compareTo(x);
        switch (mode) {
            case DOWN, FLOOR -> assertThat(c).isLessThanOrEqualTo(0);
            case UP, CEILING -> assertThat(c).isGreaterThanOrEqualTo(0);
            default -> {
            }
        }
    }

    /** At 60 digits, half-even, the root agrees with big-math's root rounded from 80 digits, digit for digit. */
    @Property(tries = 200)
    void rootAgreesWithBigMathAtSixtyDigits(@ForAll("positives") BigDecimal x,
            @ForAll @IntRange(min = 2, max = 30) int n) {
        BigDecimal ours = DecimalMath.root(x, n, SIXTY);
        BigDecimal reference = BigDecimalMath.root(x, BigDecimal.valueOf(n), EIGHTY).round(SIXTY);
        assertThat(ours).as("root %d of %s", n, x).isEqualByComparingTo(reference);
    }

    /** At 60 digits, integer powers (negative too) agree with big-math's rounded from 80 digits. */
    @Property(tries = 200)
    void powerAgreesWithBigMathAtSixtyDigits(@ForAll("positives") BigDecimal x,
            @ForAll @IntRange(min = -40, max = 40) int n) {
        BigDecimal ours = DecimalMath.pow(x, n, SIXTY);
        BigDecimal reference = BigDecimalMath.pow(x, n, EIGHTY).round(SIXTY);
        assertThat(ours).as("%s^%d", x, n).isEqualByComparingTo(reference);
    }

    /** Rational powers, root then power, are within one ulp of big-math's at 60 digits. */
    @Property(tries = 200)
    void rationalPowerAgreesWithBigMathAtSixtyDigits(@ForAll("positives") BigDecimal x,
            @ForAll @IntRange(min = -12, max = 12) int p, @ForAll @IntRange(min = 1, max = 12) int q) {
        BigDecimal ours = DecimalMath.pow(x, p, q, SIXTY);
        BigDecimal root = BigDecimalMath.root(x, BigDecimal.valueOf(q), new MathContext(100));
        BigDecimal reference = BigDecimalMath.pow(root, p, new MathContext(100)).round(SIXTY);
        assertThat(ours.subtract(reference).abs()).as("%s^(%d/%d)", x, p, q)
                .isLessThanOrEqualTo(reference.ulp());
    }

    /**
     * The nth root raised to the nth power is the input again, within one ulp of the context. A root rounded to
     * {@code p} digits carries up to half an ulp of error, which the power multiplies by {@code n}; so, as the
     * calculators do, the root is taken with guard digits (here the digits of {@code n} and one more) and the power
     * rounded to the context.
     */
    @Property(tries = 300)
    void rootThenPowerReturnsTheInput(@ForAll("positives") BigDecimal x, @ForAll @IntRange(min = 1, max = 30) int n,
            @ForAll @IntRange(min = 1, max = 60) int precision) {
        MathContext mc = new MathContext(precision, RoundingMode.HALF_EVEN);
        BigDecimal input = x.round(mc);
        MathContext guarded = new MathContext(precision + DecimalMath.digits(n) + 1, RoundingMode.HALF_EVEN);
        BigDecimal back = DecimalMath.pow(DecimalMath.root(input, n, guarded), n, mc);
        BigDecimal ulp = BigDecimal.ONE.scaleByPowerOfTen(input.precision() - input.scale() - precision);
        assertThat(back.subtract(input).abs()).as("root %d of %s at %s then power: %s", n, input, mc, back)
                .isLessThanOrEqualTo(ulp);
        // And at the same precision the root alone is exact where the input is an exact power.
        BigDecimal power = input.pow(n);
        assertThat(DecimalMath.root(power, n, new MathContext(power.precision() + 1))).isEqualByComparingTo(input);
    }
}
