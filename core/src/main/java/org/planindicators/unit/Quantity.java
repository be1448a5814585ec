package org.planindicators.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.planindicators.internal.CjkText;
import org.planindicators.internal.Rational;

/**
 * A number with its unit, the number's scale kept as written: {@code 120万标箱}, {@code 6.0%}, {@code 717.11亿元}.
 *
 * <p>Equality is exact, scale included ({@code 3.0%} and {@code 3%} are not {@code equals}, as with
 * {@link BigDecimal}); {@link #isEquivalentTo(Quantity)} compares the amounts after conversion. The value never
 * has a negative scale: {@code 1E+3} is kept as {@code 1000}.
 *
 * <p>{@link #toString()} writes the plain number followed by the unit's symbol, which {@link #parse(CharSequence)}
 * reads back.
 *
 * @param value the number, scale as written
 * @param unit the unit, {@link Unit#NONE} for a bare number
 */
public record Quantity(BigDecimal value, Unit unit) {
    /** The longest number, in digits, that {@link #parse(CharSequence)} accepts. */
    public static final int MAX_DIGITS = 40;

    /**
     * Checks the fields; a negative scale is raised to zero.
     *
     * @param value the number, scale as written
     * @param unit the unit, {@link Unit#NONE} for a bare number
     */
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /**
     * {@code value} in {@code unit}.
     *
     * @param value the number, scale as written
     * @param unit the unit, {@link Unit#NONE} for a bare number
     * @return {@code value} in {@code unit}
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    /**
     * {@code new BigDecimal(value)} in {@code unit}: {@code Quantity.of("120", Unit.parse("万标箱"))}.
     *
     * @param value the number, scale as written
     * @param unit the unit, {@link Unit#NONE} for a bare number
     * @return {@code new BigDecimal(value)} in {@code unit}: {@code Quantity.of("120", Unit.parse("万标箱"))}
     */
    public static Quantity of(String value, Unit unit) {
        Objects.requireNonNull(value, "value");
        return new Quantity(new BigDecimal(value), unit);
    }

    /**
     * Reads a number followed by a unit, as {@link #toString()} writes it and as tables do: "120万标箱",
     * "6.0%", "1484 平方公里", "-2.5%", "13.5" (no unit). Uses the standard unit registry.
     *
     * @param text the text to read
     * @return the quantity
     * @throws IllegalArgumentException when the text is not a number followed by a known unit
     */
    public static Quantity parse(CharSequence text) {
        return parse(text, UnitRegistry.standard());
    }

    /**
     * Reads a number followed by a unit of {@code registry}.
     *
     * @param text the text to read
     * @param registry the units known
     * @return the quantity
     * @throws IllegalArgumentException when the text is not a number followed by a known unit
     */
    public static Quantity parse(CharSequence text, UnitRegistry registry) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(registry, "registry");
        String input = text.toString();
        String s = CjkText.normalize(input).text();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        int dots = 0;
        while (i < s.length() && (CjkText.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            if (s.charAt(i) == '.') {
                dots++;
            } else {
                digits++;
            }
            i++;
        }
        if (digits == 0 || dots > 1 || s.charAt(i - 1) == '.') {
            throw new IllegalArgumentException("not a quantity: '" + input + "'; expected a number then a unit, as"
                    + " in 120万标箱 or 6.0%");
        }
        if (digits > MAX_DIGITS) {
            throw new IllegalArgumentException("number too long in '" + input + "': " + digits + " digits, at most "
                    + MAX_DIGITS);
        }
        BigDecimal value = new BigDecimal(s.substring(0, i));
        Unit unit = registry.parse(s.substring(i));
        return new Quantity(value, unit);
    }

    /**
     * This quantity in {@code target}, exactly: {@code 1.5亿元} → {@code 15000万元}.
     *
     * @param target the unit to convert into, compatible with this one
     * @return this quantity in {@code target}, exactly: {@code 1.5亿元} → {@code 15000万元}
     * @throws UnitConversionException when the units are incompatible or the result is not a finite decimal
     */
    public Quantity to(Unit target) {
        return new Quantity(unit.convert(value, target), target);
    }

    /**
     * This quantity in {@code target}, rounded to {@code context}: {@code 1亩} → {@code 0.0667公顷} at 3 digits.
     *
     * @param target the unit to convert into, compatible with this one
     * @param context precision and rounding of the result
     * @return this quantity in {@code target}, rounded to {@code context}: {@code 1亩} → {@code 0.0667公顷} at 3 digits
     * @throws UnitConversionException when the units are incompatible
     */
    public Quantity to(Unit target, MathContext context) {
        return new Quantity(unit.convert(value, target, context), target);
    }

    /**
     * Compares the amounts: negative, zero or positive as this is less than, equal to or greater than {@code
     * other}, after converting {@code other} into this unit exactly (no rounding, even where the converted value
     * has no finite decimal expansion, as 1 亩 in 公顷). Scale does not matter ({@code 3.0%} equals {@code
     * 3%}); an ordinal unit is compared by number, not by rank.
     *
     * @param other the quantity compared with, in a compatible unit
     * @return negative, zero or positive as this amount is less than, equal to or greater than {@code other}
     * @throws UnitConversionException when the units are incompatible
     */
    public int compareAmount(Quantity other) {
        Objects.requireNonNull(other, "other");
        if (unit.equals(other.unit)) {
            return value.compareTo(other.value);
        }
        // Exactly: this.value against other.value × n/d, i.e. this.value × d against other.value × n (d > 0).
        Rational f = other.unit.conversionFactor(unit);
        BigDecimal left = value.multiply(new BigDecimal(f.denominator()));
        BigDecimal right = other.value.multiply(new BigDecimal(f.numerator()));
        return left.compareTo(right);
    }

    /**
     * Whether this and {@code other} are the same amount ({@code 1.5亿元} and {@code 15000万元}).
     *
     * @param other the quantity compared with, in a compatible unit
     * @return whether this and {@code other} are the same amount ({@code 1.5亿元} and {@code 15000万元})
     */
    public boolean isEquivalentTo(Quantity other) {
        return unit.isCompatibleWith(other.unit) && compareAmount(other) == 0;
    }

    /**
     * The sum of this and {@code other}, exactly: {@code 120万元 + 1.5亿元 = 15120万元}.
     *
     * <p>The sum is in the finer of the two units (the one with the smaller factor: 万元 before 亿元, 亩 before 公顷,
     * ‰ before %), into which the other converts exactly when its factor is a whole multiple; where it is not, the
     * sum is in whichever unit the other converts into exactly. The scale is the larger of the two after conversion;
     * nothing is rounded. {@code x.plus(y).equals(y.plus(x))} when the units are equal or one is finer.
     *
     * @param other the quantity added, in a compatible unit
     * @return the sum of this and {@code other}, exactly
     * @throws UnitConversionException when the units measure different things (亿元 and 公顷), are ordinal classes
     *     (Ⅲ类 + Ⅱ类 means nothing), or neither converts into the other exactly
     */
    public Quantity plus(Quantity other) {
        return combine(other, false);
    }

    /**
     * The difference of this and {@code other}, exactly: {@code 1.5亿元 − 120万元 = 14880万元}, in the finer unit as
     * for {@link #plus(Quantity)}. The difference of two percentages stays in % (6.0% − 5.5% = 0.5%); call it
     * 0.5个百分点 where that is meant.
     *
     * @param other the quantity subtracted, in a compatible unit
     * @return the difference of this and {@code other}, exactly
     * @throws UnitConversionException as for {@link #plus(Quantity)}
     */
    public Quantity minus(Quantity other) {
        return combine(other, true);
    }

    private Quantity combine(Quantity other, boolean subtract) {
        Objects.requireNonNull(other, "other");
        String op = subtract ? "subtract" : "add";
        String opZh = subtract ? "相减" : "相加";
        if (!unit.isCompatibleWith(other.unit)) {
            throw new UnitConversionException("cannot " + op + " " + describe(this) + " and " + describe(other)
                    + ": they measure different things", "单位不兼容，不能" + opZh + "：" + this + "（"
                    + unit.family().chineseName() + "）与" + other + "（" + other.unit.family().chineseName() + "）",
                    unit, other.unit);
        }
        if (unit.isOrdinal() || other.unit.isOrdinal()) {
            throw new UnitConversionException("cannot " + op + " ordinal classes " + this + " and " + other
                    + ": a class is a rank, not an amount", "类别是等级而非数量，不能" + opZh + "：" + this + "与" + other,
                    unit, other.unit);
        }
        Rational f = unit.conversionFactor(other.unit); // this unit in the other's: ≤ 1 when this one is finer
        Unit finer = f.numerator().compareTo(f.denominator()) <= 0 ? unit : other.unit;
        Unit coarser = finer == unit ? other.unit : unit;
        Unit target = finer;
        BigDecimal a;
        BigDecimal b;
        try {
            a = unit.convert(value, target);
            b = other.unit.convert(other.value, target);
        } catch (UnitConversionException e) {
            target = coarser;
            try {
                a = unit.convert(value, target);
                b = other.unit.convert(other.value, target);
            } catch (UnitConversionException e2) {
                throw new UnitConversionException("cannot " + op + " " + this + " and " + other + " exactly: neither"
                        + " unit converts into the other without rounding; convert one with to(unit, MathContext)"
                        + " first", "不能精确" + opZh + "：" + this + "与" + other + "互相换算都不是有限小数，请先按精度换算",
                        unit, other.unit);
            }
        }
        return new Quantity(subtract ? a.subtract(b) : a.add(b), target);
    }

    private static String describe(Quantity q) {
        return q.unit.isNone() ? q + " (a bare number)" : q + " (" + q.unit.family().englishName() + ")";
    }

    /**
     * This quantity with its number at {@code scale} decimals, rounded by {@code mode}, unit unchanged: {@code
     * 5.4567%} at 2, {@link RoundingMode#HALF_UP} → {@code 5.46%}. Raising the scale adds zeros and rounds nothing.
     *
     * @param scale the decimals kept, at least 0
     * @param mode how to round the digits dropped; {@link RoundingMode#UNNECESSARY} refuses to drop any but zeros
     * @return this quantity with its number at {@code scale} decimals, rounded by {@code mode}
     * @throws IllegalArgumentException when {@code scale} is negative
     * @throws ArithmeticException when {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public Quantity round(int scale, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative: " + scale);
        }
        return new Quantity(value.setScale(scale, mode), unit);
    }

    /** The plain number and the unit's symbol: {@code 120万标箱}, {@code 6.0%}, {@code 13.5}. */
    @Override
    public String toString() {
        return value.toPlainString() + unit.symbol();
    }

    /**
     * Equal when every component is, exactly as the record's own {@code equals}. Written out for start-up: the
     * record's own is linked at its first call by {@code ObjectMethods}, which spins method-handle classes that a
     * class-data-sharing archive cannot hold ({@code RecordMethodsTest} keeps it the record's).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Quantity x && Objects.equals(value, x.value)
                && Objects.equals(unit, x.unit);
    }

    /** {@return the hash of the record's own {@code hashCode}}: {@code 31 × h(value) + h(unit)} */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(value) + Objects.hashCode(unit);
    }
}
