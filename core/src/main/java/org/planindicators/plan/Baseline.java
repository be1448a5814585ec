package org.planindicators.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.unit.Quantity;

/**
 * An indicator's base value (基期值): a year and a value, possibly from another year than the plan's base year
 * ("77.3 (2019年数据)").
 *
 * <p>A baseline revised after publication (after a census, at a mid-term update) keeps the version it replaced:
 * {@link #revise(int, Quantity, LocalDate, String)} returns the new baseline, whose {@link #revisedFrom()} holds this
 * one. {@link #original()} walks back to the first version, {@link #history()} lists them all.
 *
 * @param year the year the value is for
 * @param value the value
 * @param note a note as the plan gives it: "2019年数据"; {@code null} when none
 * @param revisedFrom the version this one replaced, with when and why; {@code null} for a first version. Revisions
 *     are dated in order: none is dated before the one it revised.
 */
public record Baseline(int year, Quantity value, @Nullable String note, @Nullable Revision<Baseline> revisedFrom) {
    /**
     * Checks the fields: a four-digit year, a note not blank, revisions dated in order.
     *
     * @param year the year the value is for
     * @param value the value
     * @param note a note as the plan gives it: "2019年数据"; {@code null} when none
     * @param revisedFrom the version this one replaced, with when and why; {@code null} for a first version. Revisions
     *     are dated in order: none is dated before the one it revised.
     */
    public Baseline {
        Checks.requireYear(year, "year");
        Objects.requireNonNull(value, "value");
        Checks.requireNotBlankIfPresent(note, "note");
        if (revisedFrom != null) {
            Revision<Baseline> earlier = revisedFrom.original().revisedFrom();
            if (earlier != null && revisedFrom.date().isBefore(earlier.date())) {
                throw new IllegalArgumentException("revisedFrom.date must not be before the previous revision's date: "
                        + revisedFrom.date() + " < " + earlier.date());
            }
        }
    }

    /**
     * The value {@code value} for {@code year}, no note.
     *
     * @param year the year the value is for
     * @param value the value
     * @return the value {@code value} for {@code year}, no note
     */
    public static Baseline of(int year, Quantity value) {
        return new Baseline(year, value, null, null);
    }

    /**
     * The value {@code value} for {@code year}, with a note: {@code of(2020, 77.3, "2019年数据")}.
     *
     * @param year the year the value is for
     * @param value the value
     * @param note a note as the plan gives it: "2019年数据"; {@code null} when none
     * @return the value {@code value} for {@code year}, with a note: {@code of(2020, 77.3, "2019年数据")}
     */
    public static Baseline of(int year, Quantity value, String note) {
        return new Baseline(year, value, Objects.requireNonNull(note, "note"), null);
    }

    /**
     * A new baseline, {@code newValue} for {@code year}, that replaces this one on {@code date} for {@code reason};
     * its {@link #revisedFrom()} holds this baseline. The new baseline has no note.
     *
     * @param year the year the value is for
     * @param newValue the new value
     * @param date the date of the revision
     * @param reason why the value was revised: "第七次全国人口普查修订"
     * @return a new baseline, {@code newValue} for {@code year}, that replaces this one on {@code date} for {@code
     *     reason}; its {@link #revisedFrom()} holds this baseline
     * @throws IllegalArgumentException when the reason is blank, or {@code date} is before this baseline's own
     *     revision date
     */
    public Baseline revise(int year, Quantity newValue, LocalDate date, String reason) {
        return new Baseline(year, newValue, null, new Revision<>(this, date, reason));
    }

    /** {@return whether this baseline replaced an earlier one} */
    public boolean isRevised() {
        return revisedFrom != null;
    }

    /** {@return the first version: this baseline when it was never revised} */
    public Baseline original() {
        Baseline b = this;
        while (b.revisedFrom != null) {
            b = b.revisedFrom.original();
        }
        return b;
    }

    /** {@return every version, oldest first, ending with this one} */
    public List<Baseline> history() {
        List<Baseline> versions = new ArrayList<>();
        for (Baseline b = this; b != null; b = b.revisedFrom == null ? null : b.revisedFrom.original()) {
            versions.add(b);
        }
        Collections.reverse(versions);
        return List.copyOf(versions);
    }
}
