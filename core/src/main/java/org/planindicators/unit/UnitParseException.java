package org.planindicators.unit;

import java.util.Objects;

/**
 * Thrown when unit text is not a unit the registry knows. Carries the text, the index where reading failed and
 * messages in English ({@link #getMessage()}) and Chinese ({@link #chineseMessage()}).
 */
public final class UnitParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final int index;
    private final String chineseMessage;

    UnitParseException(String input, int index, String message, String chineseMessage) {
        super(message);
        this.input = Objects.requireNonNull(input, "input");
        this.index = index;
        this.chineseMessage = Objects.requireNonNull(chineseMessage, "chineseMessage");
    }

    /** The text that was read. */
    public String input() {
        return input;
    }

    /** The index in {@link #input()} where reading failed. */
    public int index() {
        return index;
    }

    /** The message in Chinese. */
    public String chineseMessage() {
        return chineseMessage;
    }
}
