package org.planindicators.unit;

import java.util.Objects;

/**
 * Thrown when a value cannot be converted between two units: they measure different things (亿元 and 公里), or
 * the exact result has no finite decimal expansion.
 */
public final class UnitConversionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The message in Chinese. */
    private final String chineseMessage;
    private final transient Unit from;
    private final transient Unit to;

    UnitConversionException(String message, String chineseMessage, Unit from, Unit to) {
        super(message);
        this.chineseMessage = Objects.requireNonNull(chineseMessage, "chineseMessage");
        this.from = from;
        this.to = to;
    }

    /** {@return the message in Chinese} */
    public String chineseMessage() {
        return chineseMessage;
    }

    /** {@return the unit converted from} */
    public Unit from() {
        return from;
    }

    /** {@return the unit converted to} */
    public Unit to() {
        return to;
    }
}
