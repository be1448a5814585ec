package org.planindicators.target;

import java.util.Objects;
import org.planindicators.unit.Quantity;

/** Shared pieces of the canonical notation and of comparisons. */
final class Notation {
    private Notation() {
    }

    /** Wraps a kind's notation in its accumulation: {@code 年均…} or {@code […]}. */
    static String wrap(Accumulation accumulation, String inner) {
        return switch (accumulation) {
            case LEVEL -> inner;
            case ANNUAL_AVERAGE -> "年均" + inner;
            case CUMULATIVE -> "[" + inner + "]";
        };
    }

    /**
     * Compares an observed value with a bound, by rank: the sign of {@code actual − bound}, inverted for ordinal
     * units where a smaller number ranks higher.
     */
    static int rank(Quantity actual, Quantity bound) {
        Objects.requireNonNull(actual, "actual");
        int c = -bound.compareAmount(actual);
        return bound.unit().isOrdinal() ? -c : c;
    }

    /** Checks that {@code other} can be compared with {@code reference}, naming the field otherwise. */
    static void requireCompatible(String field, Quantity reference, Quantity other) {
        if (!reference.unit().isCompatibleWith(other.unit())) {
            throw new IllegalArgumentException(field + " must be in a unit compatible with '"
                    + reference.unit().symbol() + "', got '" + other.unit().symbol() + "'");
        }
    }
}
