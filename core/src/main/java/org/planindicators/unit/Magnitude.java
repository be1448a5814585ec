package org.planindicators.unit;

import java.util.List;
import java.util.Optional;

/**
 * A Chinese magnitude prefix: 十 = 10, 百 = 10², 千 = 10³, 万 = 10⁴, 十万 = 10⁵, 百万 = 10⁶, 千万 = 10⁷,
 * 亿 = 10⁸, 十亿 = 10⁹, 百亿 = 10¹⁰, 千亿 = 10¹¹, 万亿 = 10¹².
 */
public enum Magnitude {
    /** No prefix. */
    ONE("", 0),
    /** 十, 10. */
    TEN("十", 1),
    /** 百, 10². */
    HUNDRED("百", 2),
    /** 千, 10³. */
    THOUSAND("千", 3),
    /** 万, 10⁴. */
    TEN_THOUSAND("万", 4),
    /** 十万, 10⁵. */
    HUNDRED_THOUSAND("十万", 5),
    /** 百万, 10⁶. */
    MILLION("百万", 6),
    /** 千万, 10⁷. */
    TEN_MILLION("千万", 7),
    /** 亿, 10⁸. */
    HUNDRED_MILLION("亿", 8),
    /** 十亿, 10⁹. */
    BILLION("十亿", 9),
    /** 百亿, 10¹⁰. */
    TEN_BILLION("百亿", 10),
    /** 千亿, 10¹¹. */
    HUNDRED_BILLION("千亿", 11),
    /** 万亿, 10¹². */
    TRILLION("万亿", 12);

    /** Prefixes longest first, for matching. */
    private static final List<Magnitude> LONGEST_FIRST = List.of(
            TRILLION, HUNDRED_THOUSAND, MILLION, TEN_MILLION, BILLION, TEN_BILLION, HUNDRED_BILLION,
            TEN, HUNDRED, THOUSAND, TEN_THOUSAND, HUNDRED_MILLION);

    private final String prefix;
    private final int exponent;

    Magnitude(String prefix, int exponent) {
        this.prefix = prefix;
        this.exponent = exponent;
    }

    /** {@return the prefix as written ("万"; "" for {@link #ONE})} */
    public String prefix() {
        return prefix;
    }

    /** {@return the power of ten this prefix stands for} */
    public int exponent() {
        return exponent;
    }

    /** Whether {@code text} holds {@code word} at {@code from}, without copying (the target parser's hot path). */
    static boolean startsAt(CharSequence text, int from, String word) {
        if (from < 0 || from + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest magnitude prefix of {@code text} starting at {@code from}, if any.
     *
     * @param text the text to read
     * @param from the index in {@code text} to match at
     * @return the longest magnitude prefix of {@code text} starting at {@code from}, if any
     */
    public static Optional<Magnitude> matchAt(CharSequence text, int from) {
        if (from < 0 || from >= text.length() || !isPrefixStart(text.charAt(from))) {
            return Optional.empty(); // the usual case after a number: a unit or a word, not a magnitude
        }
        for (Magnitude m : LONGEST_FIRST) {
            String p = m.prefix;
            if (startsAt(text, from, p)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code c} starts some prefix: 十, 百, 千, 万 or 亿. */
    static boolean isPrefixStart(char c) {
        return c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }
}
