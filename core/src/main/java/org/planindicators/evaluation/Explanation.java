package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * How a figure was computed: the formula, its inputs (each with the year it is for and, for an observation, its
 * status), and notes (a baseline taken from the first observation, a year without data). {@link #years()} and
 * {@link #weakestStatus()} are read off the inputs: a figure built on a preliminary observation says so.
 *
 * <p>{@link #toString()} writes the formula then the inputs: {@code expected = v0 × (vT / v0)^((t − b) / (T − b));
 * v0 = 67.7万亿元 (2015, baseline); vT = 92.75万亿元 (2020, target); t = 2018; b = 2015; T = 2020}.
 *
 * @param formula the formula, with the inputs' symbols: {@code (t − b) / (T − b)}
 * @param inputs the inputs, in the order the formula names them
 * @param notes remarks on how the figure was made, possibly none
 */
public record Explanation(String formula, List<Input> inputs, List<String> notes) {
    /**
     * How settled a status is, least first: forecast, estimated, preliminary, final, revised (a revised figure
     * replaces a final one). The weakest status of a set is its least.
     */
    public static final Comparator<ObservationStatus> SETTLEDNESS = Comparator.comparingInt(Explanation::rank);

    /**
     * Checks the fields: a formula not blank.
     *
     * @param formula the formula, with the inputs' symbols: {@code (t − b) / (T − b)}
     * @param inputs the inputs, in the order the formula names them
     * @param notes remarks on how the figure was made, possibly none
     */
    public Explanation {
        Objects.requireNonNull(formula, "formula");
        if (formula.isBlank()) {
            throw new IllegalArgumentException("formula must not be blank");
        }
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    /**
     * An explanation with no notes.
     *
     * @param formula the formula, with the inputs' symbols: {@code (t − b) / (T − b)}
     * @param inputs the inputs, in the order the formula names them
     * @return an explanation with no notes
     */
    public static Explanation of(String formula, List<Input> inputs) {
        return new Explanation(formula, inputs, List.of());
    }

    /**
     * This explanation with {@code note} added after the others.
     *
     * @param note the note
     * @return this explanation with {@code note} added after the others
     */
    public Explanation withNote(String note) {
        Objects.requireNonNull(note, "note");
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Explanation(formula, inputs, more);
    }

    /** {@return the years the inputs are for, ascending, each once} */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        for (Input i : inputs) {
            if (i.year() != null) {
                years.add(i.year());
            }
        }
        return List.copyOf(years);
    }

    /** {@return the least settled status among the inputs that are observations; empty when none is} */
    public Optional<ObservationStatus> weakestStatus() {
        return weakest(inputs.stream().map(Input::status).filter(Objects::nonNull).toList());
    }

    /** {@return whether an input is a preliminary, estimated or forecast figure: the result may still change} */
    public boolean isProvisional() {
        return weakestStatus().map(Explanation::isProvisional).orElse(false);
    }

    /**
     * The least settled of {@code statuses} by {@link #SETTLEDNESS}; empty for none.
     *
     * @param statuses the statuses, possibly none
     * @return the least settled of {@code statuses} by {@link #SETTLEDNESS}; empty for none
     */
    public static Optional<ObservationStatus> weakest(Collection<ObservationStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        return statuses.stream().min(SETTLEDNESS);
    }

    /**
     * Whether {@code status} is preliminary, estimated or a forecast.
     *
     * @param status the status of the observation it is; {@code null} for a baseline, target, year or parameter
     * @return whether {@code status} is preliminary, estimated or a forecast
     */
    public static boolean isProvisional(ObservationStatus status) {
        return rank(status) < rank(ObservationStatus.FINAL);
    }

    private static int rank(ObservationStatus status) {
        return switch (status) {
            case FORECAST -> 0;
            case ESTIMATED -> 1;
            case PRELIMINARY -> 2;
            case FINAL -> 3;
            case REVISED -> 4;
        };
    }

    /** The formula, then each input, then the notes, separated by "; ". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(formula);
        for (Input i : inputs) {
            sb.append("; ").append(i);
        }
        for (String n : notes) {
            sb.append("; ").append(n);
        }
        return sb.toString();
    }

    /**
     * One input of a formula.
     *
     * @param symbol the symbol the formula uses: {@code v0}, {@code t}
     * @param meaning what it is: "baseline", "target", "observation", "year of the actual"
     * @param value the value; a year is a bare number
     * @param year the year the value is for; {@code null} for a parameter such as the tolerance
     * @param status the status of the observation it is; {@code null} for a baseline, target, year or parameter
     */
    public record Input(String symbol, String meaning, Quantity value, @Nullable Integer year,
            @Nullable ObservationStatus status) {
        /**
         * Checks the fields: symbol and meaning not blank.
         *
         * @param meaning what it is: "baseline", "target", "observation", "year of the actual"
         * @param status the status of the observation it is; {@code null} for a baseline, target, year or parameter
         * @param symbol the symbol the formula uses: {@code v0}, {@code t}
         * @param value the value; a year is a bare number
         * @param year the year the value is for; {@code null} for a parameter such as the tolerance
         */
        public Input {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(meaning, "meaning");
            Objects.requireNonNull(value, "value");
            if (symbol.isBlank()) {
                throw new IllegalArgumentException("symbol must not be blank");
            }
            if (meaning.isBlank()) {
                throw new IllegalArgumentException("meaning must not be blank");
            }
        }

        /**
         * A year as an input: {@code t = 2023}.
         *
         * @param symbol the symbol the formula uses: {@code v0}, {@code t}
         * @param meaning what it is: "baseline", "target", "observation", "year of the actual"
         * @param year the year the value is for; {@code null} for a parameter such as the tolerance
         * @return a year as an input: {@code t = 2023}
         */
        public static Input year(String symbol, String meaning, int year) {
            return new Input(symbol, meaning, Quantity.of(BigDecimal.valueOf(year), Unit.NONE), year, null);
        }

        /** {@code v0 = 67.7万亿元 (2015, baseline)}, the status added for an observation. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(symbol).append(" = ").append(value).append(" (");
            if (year != null && !isTheYear()) {
                sb.append(year).append(", ");
            }
            sb.append(meaning);
            if (status != null) {
                sb.append(", ").append(status.code());
            }
            return sb.append(')').toString();
        }

        private boolean isTheYear() {
            return year != null && value.unit().isNone() && value.value().compareTo(BigDecimal.valueOf(year)) == 0;
        }
    }
}
