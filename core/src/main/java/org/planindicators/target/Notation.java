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
     * A target's notation without its accumulation: {@code 7%以上} for {@code 年均7%以上} and {@code [7以上]}.
     * Every kind's {@code toString()} is {@code wrap(accumulation, inner)}, so the inner notation is the level
     * target's.
     */
    static String inner(NumericTarget target) {
        String text = target.toString();
        return switch (target.accumulation()) {
            case LEVEL -> text;
            case ANNUAL_AVERAGE -> text.substring("年均".length());
            case CUMULATIVE -> text.substring(1, text.length() - 1);
        };
    }

    /** {@code target} with {@code accumulation}: the same kind and numbers. */
    static NumericTarget withAccumulation(NumericTarget target, Accumulation accumulation) {
        Objects.requireNonNull(accumulation, "accumulation");
        if (target.accumulation() == accumulation) {
            return target;
        }
        if (target instanceof Exact t) {
            return new Exact(t.value(), accumulation);
        } else if (target instanceof AtLeast t) {
            return new AtLeast(t.value(), accumulation);
        } else if (target instanceof GreaterThan t) {
            return new GreaterThan(t.value(), accumulation);
        } else if (target instanceof AtMost t) {
            return new AtMost(t.value(), accumulation);
        } else if (target instanceof LessThan t) {
            return new LessThan(t.value(), accumulation);
        } else if (target instanceof Range t) {
            return new Range(t.low(), t.high(), accumulation);
        } else if (target instanceof Approximately t) {
            return new Approximately(t.value(), t.tolerance(), accumulation);
        }
        Change c = (Change) target;
        return new Change(c.direction(), c.amount(), accumulation);
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
