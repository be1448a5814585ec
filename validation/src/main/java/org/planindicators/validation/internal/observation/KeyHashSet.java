package org.planindicators.validation.internal.observation;

/**
 * A set of 64-bit hashes: open addressing with linear probing in one {@code long[]}, grown by doubling when more
 * than three quarters full, so it takes 8 bytes a slot and between 10.7 and 21.3 bytes a key (1,000,000 keys: 2²¹
 * slots, 16 MiB; 700,000 keys: 2²⁰ slots, 8 MiB). Slot value 0 means empty, so the hash 0 is stored as
 * {@link #ZERO}, which makes those two hashes equal: with random hashes that adds a 2⁻⁶³ chance per key.
 *
 * <p>It never holds more than {@code maxSlots} slots: {@link #add(long)} answers {@link Outcome#FULL} instead of
 * growing past them.
 */
public final class KeyHashSet {
    /** What {@link #add(long)} found. */
    public enum Outcome {
        /** The hash was new and is now in the set. */
        ADDED,
        /** The hash was in the set already. */
        PRESENT,
        /** The hash was not in the set, and the set is at its size limit. */
        FULL
    }

    /** What the hash 0 is stored as (the empty slot is 0). */
    public static final long ZERO = 0x9E3779B97F4A7C15L;
    private static final int INITIAL_SLOTS = 1 << 10;

    private final int maxSlots;
    private long[] slots = new long[INITIAL_SLOTS];
    private int size;

    /** A set that grows to at most {@code maxSlots} slots, a power of two of at least 1024. */
    public KeyHashSet(int maxSlots) {
        if (maxSlots < INITIAL_SLOTS || Integer.bitCount(maxSlots) != 1) {
            throw new IllegalArgumentException("maxSlots must be a power of two of at least 1024: " + maxSlots);
        }
        this.maxSlots = maxSlots;
    }

    /** Adds {@code hash}. */
    public Outcome add(long hash) {
        long h = hash == 0 ? ZERO : hash;
        int mask = slots.length - 1;
        int i = (int) h & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                break;
            }
            if (s == h) {
                return Outcome.PRESENT;
            }
            i = (i + 1) & mask;
        }
        if (size + 1 > capacity(slots.length)) {
            if (slots.length >= maxSlots) {
                return Outcome.FULL;
            }
            grow();
            mask = slots.length - 1;
            i = (int) h & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
        }
        slots[i] = h;
        size++;
        return Outcome.ADDED;
    }

    /** How many hashes the set holds. */
    public int size() {
        return size;
    }

    /** How many slots it has now (8 bytes each). */
    public int slots() {
        return slots.length;
    }

    /** How many keys {@code slots} slots hold before growing: three quarters. */
    public static int capacity(int slots) {
        return slots - (slots >>> 2);
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length << 1];
        int mask = bigger.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) h & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = h;
            }
        }
        slots = bigger;
    }
}
