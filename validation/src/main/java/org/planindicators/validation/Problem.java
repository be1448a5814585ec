package org.planindicators.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a file: what (a stable code and its severity), where, in which field, with which value, and
 * the arguments its message needs.
 *
 * @param code the kind of problem
 * @param severity error or warning (usually the code's own)
 * @param location where in the file
 * @param field the field or column at fault ({@code unit}, {@code 2025年}), or {@code null}
 * @param value the offending value as written (cut to 200 characters), or {@code null}
 * @param arguments the message arguments, as text
 */
public record Problem(ProblemCode code, Severity severity, Location location, @Nullable String field,
        @Nullable String value, List<String> arguments) {
    /** The longest value kept, in characters; longer ones are cut with an ellipsis (a 10 MB cell stays small). */
    public static final int MAX_VALUE_LENGTH = 200;

    /**
     * Checks the fields, and cuts a long value.
     *
     * @param code the kind of problem
     * @param severity error or warning (usually the code's own)
     * @param location where in the file
     * @param field the field or column at fault ({@code unit}, {@code 2025年}), or {@code null}
     * @param value the offending value as written (cut to 200 characters), or {@code null}
     * @param arguments the message arguments, as text
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        value = value == null ? null : cut(value);
        arguments = Objects.requireNonNull(arguments, "arguments").stream().map(Problem::cut).toList();
    }

    /**
     * A problem with the code's own severity. Arguments are turned into text.
     *
     * @param code the kind of problem
     * @param location where in the file
     * @param field the field or column at fault ({@code unit}, {@code 2025年}), or {@code null}
     * @param value the offending value as written (cut to 200 characters), or {@code null}
     * @param arguments the message arguments, as text
     * @return a problem with the code's own severity
     */
    public static Problem of(ProblemCode code, Location location, @Nullable String field, @Nullable String value,
            Object... arguments) {
        return new Problem(code, code.severity(), location, field, value,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * The message in {@code locale}: Chinese for {@code zh}, English otherwise.
     *
     * @param locale the locale of the message: Chinese for {@code zh}, English otherwise
     * @return the message in {@code locale}: Chinese for {@code zh}, English otherwise
     */
    public String message(Locale locale) {
        return code.format(locale, arguments.toArray());
    }

    /** {@return whether this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static String cut(String s) {
        return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    /** {@code file:line:column [J003 error] message}, in English. */
    @Override
    public String toString() {
        return location + " [" + code.code() + " " + severity.code() + "] " + message(Locale.ENGLISH);
    }
}
