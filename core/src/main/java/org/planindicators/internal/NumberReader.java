package org.planindicators.internal;

import java.math.BigDecimal;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.unit.Quantity;

/**
 * Lexing of numbers and dates: a number as written (sign, ASCII thousands separators, fraction), and the numbers that
 * are dates rather than figures (2025年, 2022—2027年, 2023-06-30, 6月, 15日).
 */
final class NumberReader {
    private final Scan scan;
    private final String s;
    private final int n;

    NumberReader(Scan scan) {
        this.scan = scan;
        this.s = scan.s;
        this.n = scan.n;
    }

    static boolean isSign(char c) {
        return c == '-' || c == '+';
    }

    /**
     * Reads a number at {@code i}: sign, digits with ASCII thousands separators, fraction. The value keeps the scale
     * as written (6.0 has scale 1); up to 18 digits it is built from a long, without an intermediate string.
     */
    Figure.Num number(int i) {
        int j = i;
        boolean negative = false;
        if (isSign(s.charAt(j))) {
            negative = s.charAt(j) == '-';
            j++;
        }
        long unscaled = 0;
        int digits = 0;
        int intDigits = 0;
        while (j < n) {
            char c = s.charAt(j);
            if (CjkText.isDigit(c)) {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                intDigits++;
                j++;
            } else if (c == ',' && isGroupSeparator(j, intDigits)) {
                j++;
            } else {
                break;
            }
        }
        boolean integer = true;
        int scale = 0;
        if (j + 1 < n && s.charAt(j) == '.' && CjkText.isDigit(s.charAt(j + 1))) {
            integer = false;
            j++;
            while (j < n && CjkText.isDigit(s.charAt(j))) {
                unscaled = unscaled * 10 + (s.charAt(j) - '0');
                digits++;
                scale++;
                j++;
            }
            if (j + 1 < n && s.charAt(j) == '.' && CjkText.isDigit(s.charAt(j + 1))) {
                int k = j + 1;
                while (k < n && (CjkText.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
                    k++;
                }
                throw scan.fail(TargetParseErrorCode.MALFORMED_NUMBER, i, s.substring(i, k));
            }
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && isSign(s.charAt(k))) {
                k++;
            }
            if (k < n && CjkText.isDigit(s.charAt(k))) {
                while (k < n && CjkText.isDigit(s.charAt(k))) {
                    k++;
                }
                throw scan.fail(TargetParseErrorCode.SCIENTIFIC_NOTATION, i, s.substring(i, k));
            }
        }
        if (digits > Quantity.MAX_DIGITS) {
            throw scan.fail(TargetParseErrorCode.NUMBER_TOO_LONG, i, Words.abbreviate(s.substring(i, j)));
        }
        BigDecimal value;
        if (digits <= 18) {
            value = BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
        } else {
            StringBuilder text = new StringBuilder(digits + 2);
            if (negative) {
                text.append('-');
            }
            for (int k = i; k < j; k++) {
                char c = s.charAt(k);
                if (CjkText.isDigit(c) || c == '.') {
                    text.append(c);
                }
            }
            value = new BigDecimal(text.toString());
        }
        return new Figure.Num(i, j, value, integer, intDigits);
    }

    /** A comma that the user wrote as an ASCII thousands separator: 1,234.5. */
    private boolean isGroupSeparator(int j, int digitsSoFar) {
        if (digitsSoFar == 0 || scan.input.charAt(scan.norm.originOf(j, scan.input.length())) != ',') {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (j + k >= n || !CjkText.isDigit(s.charAt(j + k))) {
                return false;
            }
        }
        return j + 4 >= n || !CjkText.isDigit(s.charAt(j + 4));
    }

    /** Skips letters, digits and dots: the rest of a name such as PM2.5, G318, 5G. */
    int skipAlnum(int from) {
        int j = from;
        while (j < n && (CjkText.isDigit(s.charAt(j)) || CjkText.isAsciiLetter(s.charAt(j))
                || s.charAt(j) == '.' || s.charAt(j) == '_')) {
            j++;
        }
        return Math.max(j, from);
    }

    /** Where a date written at {@code num} ends, or -1 when it is not a date; records years. */
    int dateEnd(Figure.Num num) {
        int b = num.end();
        boolean yearLike = num.integer() && num.intDigits() == 4 && num.value().signum() > 0
                && num.value().intValue() >= 1900 && num.value().intValue() <= 2100;
        if (yearLike && b < n && s.charAt(b) == '年') {
            scan.years.add(new int[] {num.start(), num.value().intValue()});
            return b + 1;
        }
        if (yearLike && b + 5 < n && (Words.DASHES.indexOf(s.charAt(b)) >= 0 || s.charAt(b) == '至')) {
            int k = b + 1;
            int d = 0;
            while (k < n && CjkText.isDigit(s.charAt(k))) {
                k++;
                d++;
            }
            if (d == 4 && k < n && s.charAt(k) == '年') {
                scan.years.add(new int[] {num.start(), Integer.parseInt(s.substring(k - 4, k))});
                return k + 1;
            }
            if (d >= 1 && d <= 2 && s.charAt(b) != '至') {
                return skipAlnum(k) == k ? skipDate(k) : k;
            }
        }
        if (yearLike && b + 1 < n && (s.charAt(b) == '.' || s.charAt(b) == '/')
                && CjkText.isDigit(s.charAt(b + 1))) {
            return skipDate(b + 1);
        }
        if (num.integer() && b < n && (s.charAt(b) == '月' || s.charAt(b) == '日' || s.charAt(b) == '号')) {
            return b + 1;
        }
        return -1;
    }

    private int skipDate(int from) {
        int j = from;
        while (j < n && (CjkText.isDigit(s.charAt(j)) || "-./".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        return j;
    }
}
