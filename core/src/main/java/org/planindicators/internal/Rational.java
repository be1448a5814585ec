package org.planindicators.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact fraction {@code numerator / denominator}, kept in lowest terms with a positive denominator. Unit
 * factors are rationals so that 亩 = 1/15 公顷 stays exact.
 *
 * @param numerator the numerator
 * @param denominator the denominator, always positive
 */
public record Rational(BigInteger numerator, BigInteger denominator) {
    /** One. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    /** Normalises the fraction: lowest terms, positive denominator. */
    public Rational {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    /** {@code n / d}. */
    public static Rational of(long n, long d) {
        return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** The exact value of a decimal. */
    public static Rational of(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        return scale >= 0
                ? new Rational(unscaled, BigInteger.TEN.pow(scale))
                : new Rational(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    /** {@code 10^exponent}, for any integer exponent. */
    public static Rational powerOfTen(int exponent) {
        return exponent >= 0
                ? new Rational(BigInteger.TEN.pow(exponent), BigInteger.ONE)
                : new Rational(BigInteger.ONE, BigInteger.TEN.pow(-exponent));
    }

    /** {@code this × other}. */
    public Rational multiply(Rational other) {
        return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** {@code this ÷ other}. */
    public Rational divide(Rational other) {
        return new Rational(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** Whether this is exactly one. */
    public boolean isOne() {
        return numerator.equals(BigInteger.ONE) && denominator.equals(BigInteger.ONE);
    }

    /**
     * {@code value × this}, exactly.
     *
     * @throws ArithmeticException when the result has no finite decimal expansion
     */
    public BigDecimal applyExact(BigDecimal value) {
        BigDecimal product = value.multiply(new BigDecimal(numerator));
        if (denominator.equals(BigInteger.ONE)) {
            return product;
        }
        int tens = tensOf(denominator);
        if (tens > 0) { // ÷ 10^k is a shift of the scale, exact (万元 → 亿元)
            return product.scaleByPowerOfTen(-tens);
        }
        return product.divide(new BigDecimal(denominator));
    }

    /**
     * Whether {@code value × this} is a finite decimal for every finite decimal {@code value}: the denominator has no
     * prime factor but 2 and 5 (万元 → 亿元: 1/10⁴, yes; 亩 → 公顷: 1/15, not for every value).
     */
    public boolean isDecimal() {
        BigInteger d = denominator.shiftRight(denominator.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (d.bitLength() > 1) {
            BigInteger[] qr = d.divideAndRemainder(five);
            if (qr[1].signum() != 0) {
                return false;
            }
            d = qr[0];
        }
        return true;
    }

    /** {@code k} when {@code d} is {@code 10^k} with {@code k ≥ 1} and fits a long, else 0. */
    private static int tensOf(BigInteger d) {
        if (d.bitLength() > 62) {
            return 0;
        }
        long n = d.longValue();
        int k = 0;
        while (n % 10 == 0) {
            n /= 10;
            k++;
        }
        return n == 1 ? k : 0;
    }

    /** {@code value × this}, rounded to {@code context}. */
    public BigDecimal apply(BigDecimal value, MathContext context) {
        return value.multiply(new BigDecimal(numerator)).divide(new BigDecimal(denominator), context);
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    /**
     * Equal when both terms are (fractions are kept in lowest terms), exactly as the record's own {@code equals}.
     * Written out for start-up: the record's own is linked at its first call by {@code ObjectMethods}, which spins
     * method-handle classes that a class-data-sharing archive cannot hold, tens of milliseconds in every run
     * ({@code RecordMethodsTest} keeps it the record's).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    /** {@return the hash of the record's own {@code hashCode}}: {@code 31 × h(numerator) + h(denominator)} */
    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }
}
