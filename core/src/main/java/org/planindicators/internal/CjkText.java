package org.planindicators.internal;

import org.jspecify.annotations.Nullable;

/**
 * Normalisation of text as it comes out of Chinese documents, PDFs and spreadsheets: full-width ASCII to
 * half-width, the ideographic space to a space, the many bracket and dash forms to a few, and spaces that PDF
 * extraction put between Chinese characters removed.
 *
 * <p>The result keeps, for every character, the index in the original text it came from, so that errors can
 * point into what the user wrote.
 */
public final class CjkText {
    private final String text;
    /** For every character its index in the original text; null when the text is the original, unchanged. */
    private final int @Nullable [] origin;

    private CjkText(String text, int @Nullable [] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** The index in the original text of the normalised character at {@code index} (or the original's length). */
    public int originOf(int index, int originalLength) {
        if (origin == null) {
            return index < text.length() ? index : originalLength;
        }
        return index < origin.length ? origin[index] : originalLength;
    }

    /** Maps a single character: full-width forms, brackets, the ideographic space. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000':
            case '\u00A0':
            case '\u2002':
            case '\u2003':
            case '\u2009':
            case '\u202F':
                return ' ';
            case '\u3014': // 〔
            case '\u3010': // 【
            case '\u3016': // 〖
                return '[';
            case '\u3015': // 〕
            case '\u3011': // 】
            case '\u3017': // 〗
                return ']';
            case '\u2212': // minus sign
                return '-';
            case '\u301C': // wave dash 〜
            case '\u223C': // tilde operator
                return '~';
            case '\u2013': // en dash
            case '\u2010': // hyphen
            case '\u2011': // non-breaking hyphen
            case '\u2015': // horizontal bar
            case '\u2012': // figure dash
            case '\u2E3A': // two-em dash
                return '\u2014';
            case '\uFE6A': // small percent
                return '%';
            case '\u2236': // ratio ∶, as in 2.1∶1
                return ':';
            default:
                return c;
        }
    }

    /** Whether normalising {@code input} would leave it as it is: no character to fold, drop or join. */
    private static boolean isNormal(CharSequence input) {
        for (int i = 0, n = input.length(); i < n; i++) {
            char c = input.charAt(i);
            if ((c > ' ' && c < '\u007F') || (c >= '\u4E00' && c <= '\u9FFF')) {
                continue; // printable ASCII and the common ideographs: never folded, dropped or joined
            }
            if (fold(c) != c || isInvisible(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is a character that shows nothing: U+200B–U+200D, U+2060, U+FEFF, U+00AD. */
    public static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Whether {@code c} is an ASCII letter. */
    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether {@code c} is an ASCII digit. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code c} is a CJK ideograph. */
    public static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Normalises {@code input}: characters folded with {@link #fold(char)}, and white space dropped except a
     * single space kept between two ASCII letters or two digits (where it separates words or numbers).
     */
    public static CjkText normalize(CharSequence input) {
        if (isNormal(input)) {
            return new CjkText(input.toString(), null); // the usual case: nothing to change, nothing copied
        }
        int n = input.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n];
        int pendingSpaceAt = -1;
        for (int i = 0; i < n; i++) {
            char c = fold(input.charAt(i));
            if (isInvisible(c)) {
                continue; // zero-width space, word joiner, BOM, soft hyphen: copied out of PDFs and web pages
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (pendingSpaceAt < 0) {
                    pendingSpaceAt = i;
                }
                continue;
            }
            if (pendingSpaceAt >= 0 && out.length() > 0) {
                char prev = out.charAt(out.length() - 1);
                boolean keep = (isAsciiLetter(prev) && isAsciiLetter(c)) || (isDigit(prev) && isDigit(c));
                if (keep) {
                    origin[out.length()] = pendingSpaceAt;
                    out.append(' ');
                }
            }
            pendingSpaceAt = -1;
            origin[out.length()] = i;
            out.append(c);
        }
        int[] trimmed = new int[out.length()];
        System.arraycopy(origin, 0, trimmed, 0, out.length());
        return new CjkText(out.toString(), trimmed);
    }
}
