package org.planindicators.target;

import java.util.Objects;

/** Thrown by {@link TargetExpression#parse(CharSequence)} and {@link TargetParser#parseOne(CharSequence)}. */
public final class TargetParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient TargetParseError error;

    /**
     * An exception carrying {@code error}.
     *
     * @param error what could not be read
     */
    public TargetParseException(TargetParseError error) {
        super(Objects.requireNonNull(error, "error").message());
        this.error = error;
    }

    /** {@return what went wrong, where} */
    public TargetParseError error() {
        return error;
    }
}
