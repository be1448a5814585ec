package org.planindicators.unit;

import java.util.Objects;

/**
 * Thrown when unit text is not a unit the registry knows. Carries the text, the index where reading failed and
 * messages in English ({@link #getMessage()}) and Chinese ({@link #chineseMessage()}).
 */
public final class UnitParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The text that was read. */
    private final String input;
    /** The index in the input where the fault starts. */
    private final int index;
    /** The message in Chinese. */
    private final String chineseMessage;

    UnitParseException(String input, int index, String message, String chineseMessage) {
        super(message);
        this.input = Objects.requireNonNull(input, "input");
        this.index = index;
        this.chineseMessage = Objects.requireNonNull(chineseMessage, "chineseMessage");
    }

    /** {@return the text that was read} */
    public String input() {
        return input;
    }

    /** {@return the index in {@link #input()} where reading failed} */
    public int index() {
        return index;
    }

    /** {@return the message in Chinese} */
    public String chineseMessage() {
        return chineseMessage;
    }
}
