package org.planindicators.validation.internal.observation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The cells of one row, as a reader splits them: a list of strings in an array, reused row after row. A final class,
 * so that the row's reader ({@link ObservationTable#row}) calls its {@link #get} and {@link #size} directly, and the
 * client compiler (the launcher's for inputs under 128 MiB, which does not inline calls through the {@code List}
 * interface) inlines them. Not thread-safe: one per reader.
 */
final class Cells extends AbstractList<String> implements RandomAccess {
    private String[] items = new String[16];
    private int size;

    /** No cells yet. */
    Cells() {
    }

    /** The cells of {@code list}, copied. */
    static Cells of(List<String> list) {
        Cells c = new Cells();
        for (int i = 0; i < list.size(); i++) {
            c.add(list.get(i));
        }
        return c;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(String cell) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = cell;
        return true;
    }

    /** Empties the row for the next one (the array is kept; its strings until they are written over). */
    @Override
    public void clear() {
        size = 0;
    }
}
