package org.planindicators.validation.internal.observation;

/**
 * {@link String#strip()} and {@link String#isBlank()} for the cells of every row, with a quick answer for the usual
 * cell, which neither starts nor ends with a space: {@link Character#isWhitespace} is true only for characters up to
 * U+0020 and for a few between U+1680 and U+3000, so a letter, a digit or a Chinese character is told apart without
 * the Unicode tables. The answers are those of {@code String} (property test {@code SpacesTest} over every
 * {@code char}).
 */
final class Spaces {
    private Spaces() {
    }

    /** Whether {@code c} is white space as {@link Character#isWhitespace(char)} says. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return Character.isWhitespace(c);
        }
        return c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
    }

    /** {@code s.strip()}: {@code s} itself when it neither starts nor ends with white space. */
    static String strip(String s) {
        int n = s.length();
        if (n == 0 || !isSpace(s.charAt(0)) && !isSpace(s.charAt(n - 1))) {
            return s;
        }
        return s.strip();
    }

    /** {@code s.isBlank()}. */
    static boolean isBlank(String s) {
        return s.isEmpty() || isSpace(s.charAt(0)) && s.isBlank();
    }
}
