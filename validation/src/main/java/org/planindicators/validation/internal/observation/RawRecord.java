package org.planindicators.validation.internal.observation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.Location;

/**
 * A row as read, before any check: the non-blank field of each role, the non-blank dimensions, where a missing
 * field would be, and whether the format already reported the row as broken.
 */
final class RawRecord {
    /** Where a field of a role would be when it is missing. */
    @FunctionalInterface
    interface MissingLocator {
        /** The place of the (missing or empty) field of {@code role}. */
        Location locate(Role role);
    }

    /** How many roles there are ({@code Role.values()} copies its array at every call). */
    private static final int ROLES = Role.values().length;

    private int line;
    /*
     * The field of each role, by the role's ordinal, in parallel arrays rather than a RawField each: a row is read,
     * checked and forgotten, and a field object is made only when a problem is reported about it (get).
     */
    private final @Nullable String[] names = new String[ROLES];
    private final @Nullable String[] texts = new String[ROLES];
    private final int[] lines = new int[ROLES];
    /** The field's column, or {@link #NO_COLUMN}. */
    private final int[] columns = new int[ROLES];
    private final @Nullable String[] pointers = new String[ROLES];
    private final boolean[] reported = new boolean[ROLES];
    private final List<RawField> dimensions = new ArrayList<>();
    private final MissingLocator missing;
    private boolean broken;
    private ObservationTable.@Nullable Places places;

    /** The column of a field that has none. */
    private static final int NO_COLUMN = -1;

    RawRecord(int line, MissingLocator missing) {
        this.line = line;
        this.missing = missing;
    }

    /**
     * Empties this record for the row at {@code line}, as a new one with the same locator of missing fields: for a
     * reader that checks one row at a time and keeps no record past {@link RowChecker#check(RawRecord)}.
     */
    void reset(int line) {
        this.line = line;
        java.util.Arrays.fill(texts, null);
        java.util.Arrays.fill(reported, false);
        dimensions.clear();
        broken = false;
        places = null;
    }

    int line() {
        return line;
    }

    /** The field of {@code role}, or {@code null} when absent or blank: a new object, for a problem's place. */
    @Nullable RawField get(Role role) {
        int r = role.ordinal();
        String text = texts[r];
        if (text == null) {
            return null;
        }
        return new RawField(names[r], text, lines[r], columns[r] == NO_COLUMN ? null : columns[r], pointers[r]);
    }

    /** Whether there is a (non-blank) field of {@code role}. */
    boolean has(Role role) {
        return texts[role.ordinal()] != null;
    }

    /** The text of the field of {@code role}, or {@code null} when absent or blank. */
    @Nullable String text(Role role) {
        return texts[role.ordinal()];
    }

    void put(Role role, RawField field) {
        Integer column = field.column();
        put(role, field.name(), field.text(), field.line(), column == null ? NO_COLUMN : column, field.pointer());
    }

    /**
     * Sets the field of {@code role}: its name, its text, its line, its column ({@code -1} for none) and its JSON
     * pointer ({@code null} in CSV).
     */
    void put(Role role, String name, String text, int line, int column, @Nullable String pointer) {
        int r = role.ordinal();
        names[r] = name;
        texts[r] = text;
        lines[r] = line;
        columns[r] = column;
        pointers[r] = pointer;
    }

    List<RawField> dimensions() {
        return dimensions;
    }

    void addDimension(RawField field) {
        dimensions.add(field);
    }

    /** Where the field of {@code role} would be. */
    Location missing(Role role) {
        return missing.locate(role);
    }

    /**
     * Notes that the field of {@code role} was there but a problem with it is reported already (the wrong type, too
     * long), so that it is not reported missing too; the row is broken.
     */
    void markReported(Role role) {
        reported[role.ordinal()] = true;
        broken = true;
    }

    /** Whether a problem with the field of {@code role} is reported already. */
    boolean isReported(Role role) {
        return reported[role.ordinal()];
    }

    /** Marks the row as not to be delivered: the format reported a problem with it. */
    void markBroken() {
        broken = true;
    }

    boolean isBroken() {
        return broken;
    }

    /** Where the cells of this row are, when they are not lines and columns of a text (a sheet's cells). */
    ObservationTable.@Nullable Places places() {
        return places;
    }

    void setPlaces(ObservationTable.Places places) {
        this.places = places;
    }

    /** A copy of this row's fields, dimensions and marks, with another locator of missing fields. */
    RawRecord copy(MissingLocator missing) {
        RawRecord r = new RawRecord(line, missing);
        System.arraycopy(names, 0, r.names, 0, ROLES);
        System.arraycopy(texts, 0, r.texts, 0, ROLES);
        System.arraycopy(lines, 0, r.lines, 0, ROLES);
        System.arraycopy(columns, 0, r.columns, 0, ROLES);
        System.arraycopy(pointers, 0, r.pointers, 0, ROLES);
        System.arraycopy(reported, 0, r.reported, 0, reported.length);
        r.dimensions.addAll(dimensions);
        r.broken = broken;
        r.places = places;
        return r;
    }
}
