package org.planindicators.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.TargetExpression;

/**
 * What an indicator should reach by a year: 2025, {@code 120万标箱}.
 *
 * <p>A target changed after publication (at a plan's mid-term update) keeps the version it replaced: {@link
 * #revise(TargetExpression, LocalDate, String)} returns the new target, for the same year, whose {@link
 * #revisedFrom()} holds this one. {@link #original()} walks back to the first version, {@link #history()} lists
 * them all.
 *
 * @param year the year the target is for
 * @param expression the target as the plan writes it
 * @param source where the target was read; {@code null} when not recorded
 * @param revisedFrom the version this one replaced, with when and why; {@code null} for a first version. It is for
 *     the same year, and revisions are dated in order.
 */
public record Target(int year, TargetExpression expression, @Nullable SourceRef source,
        @Nullable Revision<Target> revisedFrom) {
    /**
     * Checks the fields: a four-digit year, the revised version for the same year, revisions dated in order.
     *
     * @param year the year the target is for
     * @param expression the target as the plan writes it
     * @param source where the target was read; {@code null} when not recorded
     * @param revisedFrom the version this one replaced, with when and why; {@code null} for a first version. It is for
     *     the same year, and revisions are dated in order.
     */
    public Target {
        Checks.requireYear(year, "year");
        Objects.requireNonNull(expression, "expression");
        if (revisedFrom != null) {
            Target previous = revisedFrom.original();
            if (previous.year() != year) {
                throw new IllegalArgumentException("revisedFrom.original.year must equal year: " + previous.year()
                        + " != " + year);
            }
            Revision<Target> earlier = previous.revisedFrom();
            if (earlier != null && revisedFrom.date().isBefore(earlier.date())) {
                throw new IllegalArgumentException("revisedFrom.date must not be before the previous revision's date: "
                        + revisedFrom.date() + " < " + earlier.date());
            }
        }
    }

    /**
     * The target {@code expression} for {@code year}.
     *
     * @param year the year the target is for
     * @param expression the target as the plan writes it
     * @return the target {@code expression} for {@code year}
     */
    public static Target of(int year, TargetExpression expression) {
        return new Target(year, expression, null, null);
    }

    /**
     * The target {@code expression} for {@code year}, read at {@code source}.
     *
     * @param year the year the target is for
     * @param expression the target as the plan writes it
     * @param source where the target was read; {@code null} when not recorded
     * @return the target {@code expression} for {@code year}, read at {@code source}
     */
    public static Target of(int year, TargetExpression expression, SourceRef source) {
        return new Target(year, expression, Objects.requireNonNull(source, "source"), null);
    }

    /**
     * A new target for the same year, {@code newExpression}, that replaces this one on {@code date} for {@code
     * reason}; its {@link #revisedFrom()} holds this target. The new target has no source: use {@link
     * #revise(TargetExpression, LocalDate, String, SourceRef)} to give one.
     *
     * @param newExpression the target in force from {@code date}
     * @param date the date of the revision
     * @param reason why the target was revised
     * @return a new target for the same year, {@code newExpression}, that replaces this one on {@code date} for {@code
     *     reason}; its {@link #revisedFrom()} holds this target
     * @throws IllegalArgumentException when the reason is blank, or {@code date} is before this target's own
     *     revision date
     */
    public Target revise(TargetExpression newExpression, LocalDate date, String reason) {
        return new Target(year, newExpression, null, new Revision<>(this, date, reason));
    }

    /**
     * As {@link #revise(TargetExpression, LocalDate, String)}, the new target read at {@code source} (the revised
     * plan).
     *
     * @param newExpression the target in force from {@code date}
     * @param date the date of the revision
     * @param reason why the target was revised
     * @param source where the target was read; {@code null} when not recorded
     * @return as {@link #revise(TargetExpression, LocalDate, String)}, the new target read at {@code source} (the
     *     revised plan)
     */
    public Target revise(TargetExpression newExpression, LocalDate date, String reason, SourceRef source) {
        Objects.requireNonNull(source, "source");
        return new Target(year, newExpression, source, new Revision<>(this, date, reason));
    }

    /** {@return whether this target replaced an earlier one} */
    public boolean isRevised() {
        return revisedFrom != null;
    }

    /** {@return the first version: this target when it was never revised} */
    public Target original() {
        Target t = this;
        while (t.revisedFrom != null) {
            t = t.revisedFrom.original();
        }
        return t;
    }

    /** {@return every version, oldest first, ending with this one} */
    public List<Target> history() {
        List<Target> versions = new ArrayList<>();
        for (Target t = this; t != null; t = t.revisedFrom == null ? null : t.revisedFrom.original()) {
            versions.add(t);
        }
        Collections.reverse(versions);
        return List.copyOf(versions);
    }
}
