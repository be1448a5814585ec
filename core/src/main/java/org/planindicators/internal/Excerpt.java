package org.planindicators.internal;

/**
 * The part of a text that a message quotes: the whole text up to {@link #MAX_CHARS} characters, else its beginning
 * followed by "…" and the full length, so that a message stays short whatever the input (a 10 MB cell is quoted as
 * its first 100 characters).
 */
public final class Excerpt {
    /** The longest text quoted whole. */
    public static final int MAX_CHARS = 100;

    private Excerpt() {
    }

    /**
     * {@code text} when it has at most {@link #MAX_CHARS} characters, else its first ones, "…" and the length.
     *
     * @param text the text to quote
     * @return the quotation
     */
    public static String of(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…(" + text.length() + ")";
    }
}
