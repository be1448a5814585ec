package org.planindicators.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.planindicators.internal.CjkText;
import org.planindicators.internal.Excerpt;
import org.planindicators.unit.Quantity;

/**
 * Splits a total between partners by a ratio so that the rounded parts still add up to the total exactly. Zones
 * that share the tax and economic figures of jointly attracted firms 3:7, as Tianfu New Area does with partner
 * cities, split 10亿元 into 3.00亿元 and 7.00亿元 at scale 2; 10亿元 split 1:1:1 is 3.34, 3.33 and 3.33亿元. The method is
 * described in the project's guide, {@code docs/formulas.md}; the command line runs it as {@code plan-indicators calc
 * apportion TOTAL RATIO} ({@link #parseRatio(CharSequence)} then {@link #split(Quantity, List, int)}).
 *
 * <p>The method is the largest remainder (Hamilton's): each part's exact quota {@code total × w_i / Σw} is cut down
 * to {@code scale} decimals, and the units of the last decimal still missing go one each to the parts with the
 * largest cut-off remainders. <b>Ties</b> between equal remainders go to the part earlier in the list. The
 * arithmetic is exact (integers), so the result does not depend on any precision; a part whose quota is exact at
 * the scale (a zero weight, for one) never receives an extra unit. A negative total is split as its magnitude and
 * every part negated, so the rule is symmetric.
 */
public final class Apportionment {
    private static final Pattern SEPARATOR = Pattern.compile("[:：∶]");
    /** A part of a ratio: digits with an optional fraction, no sign, no exponent (as every other number read). */
    private static final Pattern PART = Pattern.compile("[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+");

    private Apportionment() {
    }

    /**
     * Splits {@code total} by {@code weights} at {@code scale} decimals; the parts add up to {@code total} exactly.
     *
     * @param total the total, with no more than {@code scale} decimals (trailing zeros aside)
     * @param weights the weights (3 and 7 for 3:7), at least one, none negative, not all zero
     * @param scale the decimals of each part, not negative
     * @return the parts in the order of {@code weights}, each with scale {@code scale}
     * @throws CalculationException when {@code total} has more decimals than {@code scale}, a weight is negative,
     *     the weights are empty or all zero, or {@code scale} is negative
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, int scale) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        if (scale < 0) {
            throw new CalculationException("scale", Integer.toString(scale), "scale must not be negative: " + scale);
        }
        BigDecimal scaledTotal;
        try {
            scaledTotal = total.setScale(scale);
        } catch (ArithmeticException e) {
            throw new CalculationException("total", total.toPlainString(), "total must have at most " + scale
                    + " decimals to be split exactly at scale " + scale + ": " + total.toPlainString());
        }
        if (weights.isEmpty()) {
            throw new CalculationException("weights", "[]", "weights must hold at least one weight: []");
        }
        int weightScale = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal w = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
            if (w.signum() < 0) {
                throw new CalculationException("weights[" + i + "]", w.toPlainString(), "weights[" + i + "] must not"
                        + " be negative: " + w.toPlainString());
            }
            weightScale = Math.max(weightScale, w.stripTrailingZeros().scale());
        }
        List<BigInteger> units = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (BigDecimal w : weights) {
            BigInteger u = w.setScale(weightScale).unscaledValue();
            units.add(u);
            sum = sum.add(u);
        }
        if (sum.signum() == 0) {
            throw new CalculationException("weights", weights.toString(), "weights must not all be zero: "
                    + weights);
        }
        BigInteger magnitude = scaledTotal.unscaledValue().abs();
        int n = units.size();
        BigInteger[] floors = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = magnitude.multiply(units.get(i)).divideAndRemainder(sum);
            floors[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = magnitude.subtract(given).intValueExact(); // fewer than n: the remainders sum to left × Σw
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            floors[i] = floors[i].add(BigInteger.ONE);
        }
        boolean negative = scaledTotal.signum() < 0;
        List<BigDecimal> parts = new ArrayList<>();
        for (BigInteger f : floors) {
            parts.add(new BigDecimal(negative ? f.negate() : f, scale));
        }
        return List.copyOf(parts);
    }

    /**
     * Splits a quantity by {@code weights} at {@code scale} decimals, each part in the total's unit: 10亿元 by 3:7 at
     * scale 2 is 3.00亿元 and 7.00亿元. Command line: {@code calc apportion TOTAL RATIO --scale N}.
     *
     * @param total the total, with no more than {@code scale} decimals (trailing zeros aside)
     * @param weights the weights (3 and 7 for 3:7), at least one, none negative, not all zero
     * @param scale the decimals of each part, not negative
     * @return the parts, in the order of {@code weights}, adding up to {@code total}
     * @throws CalculationException as {@link #split(BigDecimal, List, int)}
     */
    public static List<Quantity> split(Quantity total, List<BigDecimal> weights, int scale) {
        Objects.requireNonNull(total, "total");
        List<Quantity> out = new ArrayList<>();
        for (BigDecimal part : split(total.value(), weights, scale)) {
            out.add(Quantity.of(part, total.unit()));
        }
        return List.copyOf(out);
    }

    /**
     * Reads a ratio as plans write it, parts joined by a colon (half-width, full-width or the ratio sign ∶): "3:7",
     * "2.5:29:68.5", "３∶７".
     *
     * @param text the ratio
     * @return the weights, in order
     * @throws CalculationException when a part is not a number or is negative, or there is only one part
     */
    public static List<BigDecimal> parseRatio(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = CjkText.normalize(text).text().strip();
        String[] pieces = SEPARATOR.split(s, -1);
        if (pieces.length < 2) {
            throw new CalculationException("text", text.toString(), "text must be a ratio of at least two parts "
                    + "joined by ':' (3:7), got '" + Excerpt.of(text.toString()) + "'");
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (String piece : pieces) {
            String p = piece.strip();
            // Exponent notation and overlong numbers are refused before any BigDecimal is made: 1e300000000 would
            // make the split run for minutes, 1e999999999 overflow the scale.
            if (!PART.matcher(p).matches()) {
                throw new CalculationException("text", text.toString(), "text must be a ratio of non-negative "
                        + "numbers written in full (3:7, 2.5:29:68.5; no exponent), got '" + Excerpt.of(text.toString())
                        + "' with part '" + Excerpt.of(p) + "'");
            }
            if (p.chars().filter(Character::isDigit).count() > Quantity.MAX_DIGITS) {
                throw new CalculationException("text", text.toString(), "a part of the ratio has more than "
                        + Quantity.MAX_DIGITS + " digits: '" + Excerpt.of(p) + "'");
            }
            weights.add(new BigDecimal(p));
        }
        return List.copyOf(weights);
    }
}
