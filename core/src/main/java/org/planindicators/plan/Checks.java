package org.planindicators.plan;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the plan model; messages name the field and the value. */
final class Checks {
    /** The first year {@link #requireYear(int, String)} accepts. */
    static final int MIN_YEAR = 1000;
    /** The last year {@link #requireYear(int, String)} accepts. */
    static final int MAX_YEAR = 9999;

    private Checks() {
    }

    /** {@code value}, which must not be null or blank. */
    static String requireNotBlank(@Nullable String value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        return value;
    }

    /** {@code value}, which may be null but not blank. */
    static @Nullable String requireNotBlankIfPresent(@Nullable String value, String name) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        return value;
    }

    /** {@code year}, which must have four digits (so that it prints and parses back unchanged). */
    static int requireYear(int year, String name) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(name + " must be a four-digit year (" + MIN_YEAR + "–" + MAX_YEAR
                    + "): " + year);
        }
        return year;
    }

    /** A copy of {@code values}, every element neither null nor blank. */
    static List<String> copyNotBlank(List<String> values, String name) {
        List<String> copy = List.copyOf(Objects.requireNonNull(values, name));
        for (int i = 0; i < copy.size(); i++) {
            requireNotBlank(copy.get(i), name + "[" + i + "]");
        }
        return copy;
    }

    /**
     * The constant of {@code values} whose code is {@code code}.
     *
     * @throws IllegalArgumentException naming the code and the codes there are
     */
    static <E extends Enum<E>> E byCode(E[] values, Function<E, String> codeOf, @Nullable String code, String what) {
        Objects.requireNonNull(code, "code");
        for (E e : values) {
            if (codeOf.apply(e).equals(code)) {
                return e;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E e : values) {
            known.append(known.length() == 0 ? "" : ", ").append(codeOf.apply(e));
        }
        throw new IllegalArgumentException("unknown " + what + " '" + code + "'; expected one of " + known);
    }
}
