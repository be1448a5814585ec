package org.planindicators.calc;

import java.util.Objects;

/**
 * Thrown when a calculation cannot be made from its arguments: a division by zero, a root of a negative number, a
 * growth rate from a base that is not positive, units that do not match, a context without precision. The message
 * names the argument and its value: {@code "previous must be positive for a growth rate: 0亿元"}.
 */
public final class CalculationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name of the argument at fault. */
    private final String argument;
    /** The value at fault, as text. */
    private final String value;

    /**
     * An exception about {@code argument}, whose value was {@code value}.
     *
     * @param argument the name of the argument at fault, as the method declares it
     * @param value the argument's value, as text
     * @param message the whole message; it should name the argument and the value
     */
    public CalculationException(String argument, String value, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.argument = Objects.requireNonNull(argument, "argument");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** {@return the name of the argument at fault: {@code "previous"}, {@code "weights"}, {@code "context"}} */
    public String argument() {
        return argument;
    }

    /** {@return the argument's value, as text: {@code "0亿元"}} */
    public String value() {
        return value;
    }
}
