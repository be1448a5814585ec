package org.planindicators.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Integer roots and integer and rational powers of {@link BigDecimal}s, rounded to a {@link MathContext}: the
 * arithmetic behind average growth rates, {@code (v_n / v_0)^(1/n)}, which {@link BigDecimal} does not offer beyond
 * the square root.
 *
 * <p>{@link #root(BigDecimal, int, MathContext)} is <em>correctly rounded</em>: the result is the exact root rounded
 * once with the context's rounding mode, as if computed with unlimited precision. It finds an approximation by
 * Newton's method with {@value #GUARD_DIGITS} guard digits, then checks the two neighbouring {@code p}-digit numbers
 * by exact integer powers and settles the last digit (and a tie, for the {@code HALF_*} modes) exactly.
 * {@link #pow(BigDecimal, int, MathContext)} is correctly rounded whenever the exact power has at most {@value
 * #EXACT_POWER_DIGITS} digits, and otherwise within one unit in the last place.
 *
 * <p>Results carry no trailing zeros (an exact {@code root(6.25, 2)} is {@code 2.5}) and never a negative scale.
 */
public final class DecimalMath {
    /** Digits carried beyond the context's precision in intermediate steps, here and in every calculator. */
    public static final int GUARD_DIGITS = 10;

    /** The largest exact power, in digits, that {@link #pow(BigDecimal, int, MathContext)} computes before rounding. */
    public static final int EXACT_POWER_DIGITS = 10_000;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int MAX_NEWTON_STEPS = 200;
    private static final int MAX_ADJUSTMENTS = 1_000;

    private DecimalMath() {
    }

    /**
     * The {@code n}th root of {@code x}, correctly rounded to {@code context}: {@code root(1.3, 5)} is the average
     * annual growth factor of a plan that grows 30% in five years, 1.053874….
     *
     * @param x the radicand, not negative
     * @param n the degree, at least 1
     * @param context the precision (positive) and rounding mode of the result
     * @return the {@code n}th root of {@code x}, correctly rounded to {@code context}: {@code root(1.3, 5)} is the
     *     average annual growth factor of a plan that grows 30% in five years, 1.053874…
     * @throws CalculationException when {@code x} is negative, {@code n} is below 1, the context has no precision, or
     *     the rounding mode is {@link RoundingMode#UNNECESSARY} and the root is not exact at that precision
     */
    public static BigDecimal root(BigDecimal x, int n, MathContext context) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(context, "context");
        if (n < 1) {
            throw new CalculationException("n", Integer.toString(n), "n must be at least 1 for a root: " + n);
        }
        if (x.signum() < 0) {
            throw new CalculationException("x", x.toPlainString(), "x must not be negative for a root: "
                    + x.toPlainString() + " (degree " + n + ")");
        }
        int p = requirePrecision(context);
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (n == 1) {
            return normalize(round(x, context, "root"));
        }
        BigDecimal approx = newtonRoot(x, n, new MathContext(p + GUARD_DIGITS, RoundingMode.HALF_EVEN));
        BigDecimal low = approx.round(new MathContext(p, RoundingMode.DOWN));
        // Settle low so that low^n <= x < next(low)^n, by exact powers; Newton leaves at most a step or two to do.
        int steps = 0;
        while (low.pow(n).compareTo(x) > 0) {
            low = previous(low, p);
            steps = checkSteps(steps);
        }
        while (next(low, p).pow(n).compareTo(x) <= 0) {
            low = next(low, p);
            steps = checkSteps(steps);
        }
        if (low.pow(n).compareTo(x) == 0) {
            return normalize(low);
        }
        BigDecimal high = next(low, p);
        BigDecimal result = switch (context.getRoundingMode()) {
            case DOWN, FLOOR -> low;
            case UP, CEILING -> high;
            case HALF_UP, HALF_DOWN, HALF_EVEN -> {
                BigDecimal mid = low.add(high).multiply(HALF);
                int c = x.compareTo(mid.pow(n));
                yield c < 0 ? low : c > 0 ? high : mid.round(context);
            }
            case UNNECESSARY -> throw new CalculationException("context", context.toString(), "the root of degree "
                    + n + " of " + x.toPlainString() + " is not exact at " + p + " digits; context " + context
                    + " forbids rounding");
        };
        return normalize(result);
    }

    /**
     * {@code x} to the integer power {@code n}, rounded to {@code context}: {@code pow(1.065, 5)} = 1.370086…, the
     * growth factor of five years at 6.5%. {@code x^0} is 1, also for {@code x = 0}. With {@link MathContext#UNLIMITED}
     * a non-negative power is exact.
     *
     * @param x the base
     * @param n the exponent, possibly negative
     * @param context the precision and rounding mode of the result
     * @return {@code x} to the integer power {@code n}, rounded to {@code context}: {@code pow(1.065, 5)} = 1.370086…,
     *     the growth factor of five years at 6.5%
     * @throws CalculationException when {@code x} is zero and {@code n} negative (a division by zero), or the
     *     context cannot hold the result ({@link MathContext#UNLIMITED} with a negative power that has no finite
     *     decimal expansion, {@link RoundingMode#UNNECESSARY} where rounding is needed)
     */
    public static BigDecimal pow(BigDecimal x, int n, MathContext context) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(context, "context");
        if (n == 0) {
            return BigDecimal.ONE;
        }
        if (x.signum() == 0) {
            if (n < 0) {
                throw new CalculationException("x", x.toPlainString(), "x must not be zero for a negative power "
                        + n + ": 0 (division by zero)");
            }
            return BigDecimal.ZERO;
        }
        long magnitude = Math.abs((long) n);
        int p = context.getPrecision();
        if (p == 0) {
            BigDecimal exact = x.pow((int) magnitude);
            if (n > 0) {
                return normalize(exact);
            }
            try {
                return normalize(BigDecimal.ONE.divide(exact));
            } catch (ArithmeticException e) {
                throw new CalculationException("context", context.toString(), x.toPlainString() + " to the power "
                        + n + " has no finite decimal expansion; give the context a precision");
            }
        }
        BigDecimal result;
        if ((long) x.precision() * magnitude <= EXACT_POWER_DIGITS) {
            // Exact, then one rounding: correctly rounded.
            BigDecimal exact = x.pow((int) magnitude);
            result = n > 0 ? round(exact, context, "pow") : divide(BigDecimal.ONE, exact, context);
        } else {
            MathContext working = new MathContext(p + GUARD_DIGITS + digits(magnitude), RoundingMode.HALF_EVEN);
            BigDecimal power = powerBySquaring(x, magnitude, working);
            result = n > 0 ? round(power, context, "pow") : divide(BigDecimal.ONE, power, context);
        }
        return normalize(result);
    }

    /**
     * {@code x} to the rational power {@code p/q}, as the {@code q}th root then the {@code p}th power, rounded to
     * {@code context}: {@code pow(0.865, 1, 5)} = 0.971411…, the yearly factor of a cumulative reduction of 13.5%
     * over five years. The root is taken with {@value #GUARD_DIGITS} guard digits and more for a large {@code p}, so
     * the result is within one unit in the last place.
     *
     * @param x the base, not negative unless {@code q/gcd(p, q)} is 1
     * @param p the numerator of the exponent
     * @param q the denominator of the exponent, at least 1
     * @param context the precision (positive) and rounding mode of the result
     * @return {@code x} to the rational power {@code p/q}, as the {@code q}th root then the {@code p}th power, rounded
     *     to {@code context}: {@code pow(0.865, 1, 5)} = 0.971411…, the yearly factor of a cumulative reduction of
     *     13.5% over five years
     * @throws CalculationException when {@code q} is below 1, {@code x} is negative and the reduced exponent is not
     *     an integer, {@code x} is zero and {@code p} negative, or the context has no precision
     */
    public static BigDecimal pow(BigDecimal x, int p, int q, MathContext context) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(context, "context");
        if (q < 1) {
            throw new CalculationException("q", Integer.toString(q), "q must be at least 1 in the exponent p/q: "
                    + p + "/" + q);
        }
        int g = BigInteger.valueOf(p).gcd(BigInteger.valueOf(q)).intValue();
        int num = g == 0 ? p : p / g;
        int den = g == 0 ? q : q / g;
        if (den == 1) {
            return pow(x, num, context);
        }
        if (x.signum() < 0) {
            throw new CalculationException("x", x.toPlainString(), "x must not be negative for the power " + num
                    + "/" + den + " (a root of degree " + den + "): " + x.toPlainString());
        }
        int precision = requirePrecision(context);
        MathContext working = new MathContext(precision + GUARD_DIGITS + digits(Math.abs((long) num)),
                RoundingMode.HALF_EVEN);
        return pow(root(x, den, working), num, context);
    }

    /** Throws unless the context has a precision; returns it. */
    static int requirePrecision(MathContext context) {
        if (context.getPrecision() == 0) {
            throw new CalculationException("context", context.toString(), "context must have a precision (not "
                    + "MathContext.UNLIMITED): the result has no finite decimal expansion in general");
        }
        return context.getPrecision();
    }

    /** The context with {@value #GUARD_DIGITS} more digits, rounding half-even, for intermediate steps. */
    static MathContext working(MathContext context) {
        return new MathContext(requirePrecision(context) + GUARD_DIGITS, RoundingMode.HALF_EVEN);
    }

    /** Drops trailing zeros, but never gives a negative scale: {@code 2.50} → {@code 2.5}, {@code 1E+3} → 1000. */
    static BigDecimal normalize(BigDecimal v) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** {@code v} rounded to {@code context}, {@code UNNECESSARY} refusals as a {@link CalculationException}. */
    static BigDecimal round(BigDecimal v, MathContext context, String operation) {
        try {
            return v.round(context);
        } catch (ArithmeticException e) {
            throw new CalculationException("context", context.toString(), "the result of " + operation + ", "
                    + v.toPlainString() + ", needs rounding, which context " + context + " forbids");
        }
    }

    /** {@code a / b} rounded to {@code context}; {@code b} is not zero. */
    static BigDecimal divide(BigDecimal a, BigDecimal b, MathContext context) {
        try {
            return a.divide(b, context);
        } catch (ArithmeticException e) {
            throw new CalculationException("context", context.toString(), a.toPlainString() + " / "
                    + b.toPlainString() + " cannot be given with context " + context + ": " + e.getMessage());
        }
    }

    /** An approximation of the nth root of positive {@code x} at the working precision, by Newton's method. */
    private static BigDecimal newtonRoot(BigDecimal x, int n, MathContext working) {
        BigDecimal y = initialRoot(x, n);
        BigDecimal bigN = BigDecimal.valueOf(n);
        BigDecimal nMinusOne = BigDecimal.valueOf(n - 1L);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(working.getPrecision() - 1);
        for (int i = 0; i < MAX_NEWTON_STEPS; i++) {
            // y' = ((n − 1)·y + x / y^(n−1)) / n
            BigDecimal power = y.pow(n - 1, working);
            BigDecimal next = nMinusOne.multiply(y, working).add(x.divide(power, working), working)
                    .divide(bigN, working);
            BigDecimal change = next.subtract(y).abs();
            y = next;
            if (change.compareTo(y.multiply(tolerance)) <= 0) {
                break;
            }
        }
        return y;
    }

    /** A first guess at the nth root of positive {@code x}, from its decimal logarithm in double precision. */
    private static BigDecimal initialRoot(BigDecimal x, int n) {
        int exponent = x.precision() - x.scale() - 1; // x = m × 10^exponent, 1 ≤ m < 10
        double mantissa = x.movePointLeft(exponent).doubleValue();
        double log = (exponent + Math.log10(mantissa)) / n;
        double whole = Math.floor(log);
        BigDecimal guess = new BigDecimal(Math.pow(10, log - whole)).scaleByPowerOfTen((int) whole);
        return guess.signum() > 0 ? guess : BigDecimal.ONE;
    }

    /** The next {@code p}-digit number above positive {@code y}. */
    private static BigDecimal next(BigDecimal y, int p) {
        return y.add(ulp(y, p));
    }

    /** The next {@code p}-digit number below positive {@code y}; below a power of ten the step is ten times finer. */
    private static BigDecimal previous(BigDecimal y, int p) {
        BigDecimal step = ulp(y, p);
        BigInteger unscaled = y.stripTrailingZeros().unscaledValue();
        if (unscaled.equals(BigInteger.ONE)) {
            step = step.movePointLeft(1);
        }
        return y.subtract(step);
    }

    /** One unit in the {@code p}th significant digit of positive {@code y}. */
    private static BigDecimal ulp(BigDecimal y, int p) {
        int exponent = y.precision() - y.scale() - 1;
        return BigDecimal.ONE.scaleByPowerOfTen(exponent - p + 1);
    }

    private static int checkSteps(int steps) {
        if (steps >= MAX_ADJUSTMENTS) {
            throw new IllegalStateException("root did not settle after " + MAX_ADJUSTMENTS + " adjustments");
        }
        return steps + 1;
    }

    private static BigDecimal powerBySquaring(BigDecimal x, long n, MathContext working) {
        BigDecimal result = BigDecimal.ONE;
        BigDecimal base = x;
        long e = n;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result.multiply(base, working);
            }
            e >>= 1;
            if (e > 0) {
                base = base.multiply(base, working);
            }
        }
        return result;
    }

    /** The number of decimal digits of a non-negative number. */
    static int digits(long n) {
        return Long.toString(n).length();
    }
}
