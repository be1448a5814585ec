package org.planindicators.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.planindicators.internal.Rational;

/**
 * A unit of measure as plans write it: a magnitude times a base (万标箱 = 10⁴ 标箱, 亿元 = 10⁸ 元), a quotient
 * of two such (吨标煤/万元), a dual classifier (名(个)), or {@link #NONE} for a bare number.
 *
 * <p>Units are immutable. Two units are {@linkplain #isCompatibleWith(Unit) compatible} when they measure the
 * same dimension (亿元 and 万元; 亩 and 公顷; 件/万人 and 件/人); conversion between them uses the exact
 * rational factor of each (亩 = 1/15 公顷), so {@link #convert(BigDecimal, Unit)} is exact or refuses.
 *
 * <p>{@link #toString()} gives the canonical symbol (half-width, no spaces), which {@link #parse(CharSequence)}
 * reads back. Units are made by a {@link UnitRegistry}; {@link #parse(CharSequence)} uses
 * {@link UnitRegistry#standard()}.
 */
public final class Unit {
    /** No unit: a bare number, as in a table cell "[13.5]" whose unit is in another column. */
    public static final Unit NONE = new Unit("", UnitFamily.NONE, "none", Rational.ONE, false);
    /** Percent, %. */
    public static final Unit PERCENT = new Unit("%", UnitFamily.RATIO, "ratio", Rational.of(1, 100), false);
    /** Per mille, ‰. */
    public static final Unit PER_MILLE = new Unit("‰", UnitFamily.RATIO, "ratio", Rational.of(1, 1000), false);
    /**
     * A ratio to one, written {@code 2.1:1} (or {@code 2.1∶1}): 城乡居民收入比缩小至2.1:1. It is a ratio like
     * {@link #PERCENT}, so {@code 2.1:1} converts to {@code 210%}.
     */
    public static final Unit RATIO_TO_ONE = new Unit(":1", UnitFamily.RATIO, "ratio", Rational.ONE, false);
    /** Percentage points, 个百分点: the difference of two percentages. */
    public static final Unit PERCENTAGE_POINT =
            new Unit("个百分点", UnitFamily.PERCENTAGE_POINT, "percentage-point", Rational.ONE, false);

    private final String symbol;
    private final UnitFamily family;
    private final String dimension;
    private final Rational factor;
    private final boolean ordinal;

    Unit(String symbol, UnitFamily family, String dimension, Rational factor, boolean ordinal) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.family = Objects.requireNonNull(family, "family");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.factor = Objects.requireNonNull(factor, "factor");
        this.ordinal = ordinal;
    }

    /**
     * Reads a unit as written ("万 标箱", "平方米 / 人", "％", "亿元") with the {@linkplain UnitRegistry#standard()
     * standard registry}. The empty string is {@link #NONE}.
     *
     * @param text the text to read
     * @return the unit
     * @throws UnitParseException when the text is not a known unit
     */
    public static Unit parse(CharSequence text) {
        return UnitRegistry.standard().parse(text);
    }

    /** {@return the canonical symbol: half-width, no spaces ("万标箱", "平方米/人", "%", "个百分点"); "" for {@link #NONE}} */
    public String symbol() {
        return symbol;
    }

    /** {@return the family of the unit (currency, count, area …)} */
    public UnitFamily family() {
        return family;
    }

    /** {@return whether this is {@link #NONE}} */
    public boolean isNone() {
        return family == UnitFamily.NONE;
    }

    /**
     * Whether values in this unit rank in reverse: a smaller number is better, as with water quality classes
     * (Ⅱ类 is better than Ⅲ类, so "Ⅲ类以上" means class I to III). Targets compare such values inverted.
     *
     * @return whether values in this unit rank in reverse: a smaller number is better, as with water quality classes
     *     (Ⅱ类 is better than Ⅲ类, so "Ⅲ类以上" means class I to III)
     */
    public boolean isOrdinal() {
        return ordinal;
    }

    /**
     * Whether values in this unit and {@code other} can be converted into each other.
     *
     * @param other another unit
     * @return whether values in this unit and {@code other} can be converted into each other
     */
    public boolean isCompatibleWith(Unit other) {
        return dimension.equals(other.dimension);
    }

    /**
     * Converts {@code value} from this unit into {@code target}, exactly: {@code value × factor(this) ÷
     * factor(target)}. 1.5 亿元 → 15000 万元; 15 亩 → 1 公顷.
     *
     * @param value the value in this unit
     * @param target the unit to convert into, compatible with this one
     * @return the value in {@code target}
     * @throws UnitConversionException when the units are not compatible, or the exact result has no finite
     *     decimal expansion (1 亩 in 公顷: use {@link #convert(BigDecimal, Unit, MathContext)})
     */
    public BigDecimal convert(BigDecimal value, Unit target) {
        Rational f = conversionFactor(target);
        if (f.isOne()) {
            return value;
        }
        try {
            return normalizeScale(f.applyExact(value));
        } catch (ArithmeticException e) {
            throw new UnitConversionException(value.toPlainString() + symbol + " has no exact decimal value in "
                    + target.symbol + " (factor " + f + "); convert with a MathContext",
                    value.toPlainString() + symbol + "换算为" + target.symbol + "时不能用有限小数精确表示（系数 " + f
                            + "），请指定精度", this, target);
        }
    }

    /**
     * Whether {@link #convert(BigDecimal, Unit)} converts every finite decimal from this unit into {@code target}
     * exactly: the factor's denominator has no prime factor but 2 and 5. True for 亿元 → 万元 (×10⁴) and 万元 → 亿元
     * (÷10⁴); false for 亩 → 公顷 (÷15: 1 亩 is 0.0666… 公顷, though 15 亩 is exactly 1 公顷).
     *
     * @param target the unit to convert into, compatible with this one
     * @return true when no value written in this unit fails to convert exactly into {@code target}
     * @throws UnitConversionException when the units are not compatible
     */
    public boolean convertsExactly(Unit target) {
        return conversionFactor(target).isDecimal();
    }

    /**
     * Converts {@code value} from this unit into {@code target}, rounded to {@code context}.
     *
     * @param value the value in this unit
     * @param target the unit to convert into, compatible with this one
     * @param context precision and rounding of the result
     * @return the value in {@code target}, rounded
     * @throws UnitConversionException when the units are not compatible, or the context cannot give the result
     *     ({@link MathContext#UNLIMITED} or {@link java.math.RoundingMode#UNNECESSARY} where the exact result has
     *     no finite decimal expansion)
     */
    public BigDecimal convert(BigDecimal value, Unit target, MathContext context) {
        Objects.requireNonNull(context, "context");
        Rational f = conversionFactor(target);
        try {
            return f.isOne() ? value.round(context) : normalizeScale(f.apply(value, context));
        } catch (ArithmeticException e) {
            throw new UnitConversionException(value.toPlainString() + symbol + " cannot be converted to "
                    + target.symbol + " (factor " + f + ") with " + context + ": " + e.getMessage(),
                    value.toPlainString() + symbol + "按精度 " + context + " 无法换算为" + target.symbol + "（系数 " + f
                            + "）", this, target);
        }
    }

    /**
     * The exact factor from this unit into {@code target}: a value here times the factor is the value there.
     *
     * @throws UnitConversionException when the units are not compatible
     */
    Rational conversionFactor(Unit target) {
        Objects.requireNonNull(target, "target");
        if (!isCompatibleWith(target)) {
            throw new UnitConversionException(
                    "cannot convert " + describe() + " to " + target.describe() + ": they measure different things",
                    "单位不兼容：不能把" + describeInChinese() + "换算为" + target.describeInChinese(), this, target);
        }
        return factor.divide(target.factor);
    }

    private String describe() {
        return isNone() ? "a bare number" : "'" + symbol + "' (" + family.englishName() + ")";
    }

    private String describeInChinese() {
        return isNone() ? "无单位数值" : "“" + symbol + "”（" + family.chineseName() + "）";
    }

    /** Drops trailing zeros a conversion introduced, but never gives a negative scale. */
    private static BigDecimal normalizeScale(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    Rational factor() {
        return factor;
    }

    String dimension() {
        return dimension;
    }

    /** The canonical symbol. */
    @Override
    public String toString() {
        return symbol;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u
                && symbol.equals(u.symbol)
                && dimension.equals(u.dimension)
                && factor.equals(u.factor)
                && family == u.family
                && ordinal == u.ordinal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, dimension, factor);
    }
}
