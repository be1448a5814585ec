package org.planindicators.validation.internal.observation;

import java.math.BigDecimal;

/**
 * Checks the text of a value before any {@link java.math.BigDecimal} is made from it, so that {@code 1e999999999}
 * or a number of a million digits costs nothing: only {@code [+-]digits[.digits]} with at most {@link #MAX_DIGITS}
 * digits is a number.
 */
public final class NumberText {
    /** The most digits a value may have: as {@link org.planindicators.unit.Quantity#MAX_DIGITS}. */
    public static final int MAX_DIGITS = org.planindicators.unit.Quantity.MAX_DIGITS;

    /** What the text is. */
    public enum Kind {
        /** A plain decimal number of at most {@link #MAX_DIGITS} digits. */
        NUMBER,
        /** A number with an exponent: 1e5, 2.5E-3. */
        EXPONENT,
        /** A plain decimal number with too many digits. */
        TOO_MANY_DIGITS,
        /** Anything else. */
        NOT_A_NUMBER
    }

    private NumberText() {
    }

    /** The number of digits in {@code s} (the count reported with {@link Kind#TOO_MANY_DIGITS}). */
    public static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /** Classifies {@code s}, already stripped of surrounding spaces. */
    public static Kind classify(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        boolean dot = false;
        if (i < n && s.charAt(i) == '.') {
            dot = true;
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        int mantissa = intDigits + fracDigits;
        if (mantissa == 0 || (dot && fracDigits == 0)) {
            return Kind.NOT_A_NUMBER;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expDigits = 0;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                expDigits++;
            }
            return expDigits > 0 && j == n ? Kind.EXPONENT : Kind.NOT_A_NUMBER;
        }
        if (i != n) {
            return Kind.NOT_A_NUMBER;
        }
        return mantissa > MAX_DIGITS ? Kind.TOO_MANY_DIGITS : Kind.NUMBER;
    }

    /**
     * The number of a text that {@link #classify} calls a {@link Kind#NUMBER}: {@code new BigDecimal(s)}, the same
     * unscaled value and scale, made without the parser's copy of the text when it has at most 18 digits (the
     * unscaled value then fits in a {@code long}).
     */
    public static BigDecimal decimal(String s) {
        int n = s.length();
        if (n > 20) { // more than a sign, a dot and 18 digits
            return new BigDecimal(s);
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '+' || first == '-') {
            negative = first == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dot = true;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (dot) {
                    scale++;
                }
            }
        }
        if (digits > 18) {
            return new BigDecimal(s);
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
