package org.planindicators.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitConversionException;

/** Argument checks and conversions shared by the calculators; every failure names the argument and its value. */
final class Args {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Args() {
    }

    /** Throws unless {@code value > 0}. */
    static BigDecimal requirePositive(String name, BigDecimal value, String purpose) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new CalculationException(name, value.toPlainString(), name + " must be positive " + purpose + ": "
                    + value.toPlainString());
        }
        return value;
    }

    /** Throws unless {@code value ≠ 0}; {@code shown} is the argument as the caller gave it (0亿元). */
    static BigDecimal requireNonZero(String name, BigDecimal value, String shown, String purpose) {
        Objects.requireNonNull(value, name);
        if (value.signum() == 0) {
            throw new CalculationException(name, shown, name + " must not be zero " + purpose + ": " + shown
                    + " (division by zero)");
        }
        return value;
    }

    /** Throws unless {@code years ≥ 1}. */
    static int requireYears(String name, int years) {
        if (years < 1) {
            throw new CalculationException(name, Integer.toString(years), name + " must be at least 1: " + years);
        }
        return years;
    }

    /** Throws unless a growth factor {@code 1 + g} is positive, i.e. the rate is above −100% (it divides). */
    static BigDecimal requireFactor(String name, BigDecimal rate, BigDecimal factor) {
        if (factor.signum() <= 0) {
            throw new CalculationException(name, percentText(rate), name + " must be above -100%: "
                    + percentText(rate));
        }
        return factor;
    }

    /** Throws unless a growth factor {@code 1 + g} is not negative, i.e. the rate is not below −100%. */
    static BigDecimal requireFactorNotNegative(String name, BigDecimal rate, BigDecimal factor) {
        if (factor.signum() < 0) {
            throw new CalculationException(name, percentText(rate), name + " must not be below -100%: "
                    + percentText(rate));
        }
        return factor;
    }

    /** Throws unless the quantity's value is positive; the message shows it with its unit. */
    static Quantity requirePositive(String name, Quantity value, String purpose) {
        Objects.requireNonNull(value, name);
        if (value.value().signum() <= 0) {
            throw new CalculationException(name, value.toString(), name + " must be positive " + purpose + ": "
                    + value);
        }
        return value;
    }

    /**
     * A rate given in % or ‰ as a plain fraction: 6.5% → 0.065.
     *
     * @throws CalculationException when the quantity is not a ratio (a bare number, 亿元, 个百分点)
     */
    static BigDecimal fraction(String name, Quantity rate) {
        return percentValue(name, rate).movePointLeft(2);
    }

    /**
     * A rate given in % or ‰ as its number of %: 5‰ → 0.5.
     *
     * @throws CalculationException when the quantity is not a ratio (a bare number, 亿元, 个百分点)
     */
    static BigDecimal percentValue(String name, Quantity rate) {
        Objects.requireNonNull(rate, name);
        if (!rate.unit().isCompatibleWith(Unit.PERCENT)) {
            throw new CalculationException(name, rate.toString(), name + " must be a rate in % or ‰, got "
                    + describe(rate));
        }
        return rate.to(Unit.PERCENT).value();
    }

    /** A fraction as a rate in %, rounded once to {@code context}: 0.065 → 6.5%. */
    static Quantity percent(BigDecimal fraction, MathContext context) {
        return Quantity.of(DecimalMath.normalize(DecimalMath.round(fraction.movePointRight(2), context, "a rate")),
                Unit.PERCENT);
    }

    /** {@code other} in the unit of {@code reference}, exactly, or an exception naming {@code name}. */
    static Quantity sameUnit(String name, Quantity reference, String referenceName, Quantity other) {
        Objects.requireNonNull(other, name);
        Objects.requireNonNull(reference, referenceName);
        if (!other.unit().isCompatibleWith(reference.unit())) {
            throw new CalculationException(name, other.toString(), name + " must be in a unit compatible with "
                    + referenceName + " (" + describe(reference) + "), got " + describe(other));
        }
        try {
            return other.to(reference.unit());
        } catch (UnitConversionException e) {
            // No finite decimal (亩 → 公顷): go the other way, which the callers' ratios allow.
            throw new CalculationException(name, other.toString(), name + " " + other + " has no exact value in "
                    + reference.unit() + "; convert it first with a MathContext");
        }
    }

    /** The quantity and, unless it is a bare number, its unit, for messages. */
    static String describe(Quantity q) {
        return q.unit().isNone() ? q + " (a bare number)" : q + " (unit " + q.unit().symbol() + ")";
    }

    /** A fraction written as a percentage for messages: -1.2 → -120%. */
    static String percentText(BigDecimal fraction) {
        return DecimalMath.normalize(fraction.movePointRight(2)).toPlainString() + "%";
    }

    /** One hundred. */
    static BigDecimal hundred() {
        return HUNDRED;
    }
}
