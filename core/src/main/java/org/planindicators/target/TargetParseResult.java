package org.planindicators.target;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link TargetParser#parse(CharSequence)} read from a text: the targets in the order they stand, or an
 * error. Never both: a text with an error yields no targets.
 *
 * @param input the text as given
 * @param targets the targets read, empty when there is an error
 * @param error why the text could not be read, or {@code null}
 */
public record TargetParseResult(String input, List<ParsedTarget> targets, @Nullable TargetParseError error) {
    /**
     * Checks the fields: targets and error exclude each other.
     *
     * @param input the text as given
     * @param targets the targets read, empty when there is an error
     * @param error why the text could not be read, or {@code null}
     */
    public TargetParseResult {
        Objects.requireNonNull(input, "input");
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        if (error != null && !targets.isEmpty()) {
            throw new IllegalArgumentException("a result with an error holds no targets");
        }
        if (error == null && targets.isEmpty()) {
            throw new IllegalArgumentException("a result without an error holds at least one target");
        }
    }

    /**
     * A successful reading.
     *
     * @param input the text as given
     * @param targets the targets read, empty when there is an error
     * @return a successful reading
     */
    public static TargetParseResult of(String input, List<ParsedTarget> targets) {
        return new TargetParseResult(input, targets, null);
    }

    /**
     * A failed reading.
     *
     * @param error why the text could not be read, or {@code null}
     * @return a failed reading
     */
    public static TargetParseResult failure(TargetParseError error) {
        return new TargetParseResult(error.input(), List.of(), error);
    }

    /** {@return whether the text was read} */
    public boolean isSuccess() {
        return error == null;
    }

    /** {@return the error, if the text could not be read} */
    public Optional<TargetParseError> errorIfAny() {
        return Optional.ofNullable(error);
    }

    /** {@return the target expressions, in order} */
    public List<TargetExpression> expressions() {
        return targets.stream().map(ParsedTarget::target).toList();
    }
}
