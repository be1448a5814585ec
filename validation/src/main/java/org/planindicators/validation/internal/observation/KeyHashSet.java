package org.planindicators.validation.internal.observation;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * A set of 64-bit hashes: open addressing with linear probing in one table of {@code long}s, grown by doubling when
 * more than three quarters full, so it takes 8 bytes a slot and between 10.7 and 21.3 bytes a key (1,000,000 keys:
 * 2²¹ slots, 16 MiB; 700,000 keys: 2²⁰ slots, 8 MiB). Slot value 0 means empty, so the hash 0 is stored as
 * {@link #ZERO}, which makes those two hashes equal: with random hashes that adds a 2⁻⁶³ chance per key.
 *
 * <p>The table is a {@code long[]} on the Java heap up to {@code heapSlots} slots ({@link #HEAP_SLOTS} by default:
 * 16 MiB, 1,572,864 keys). A larger table is a memory-mapped temporary file (deleted as soon as it is mapped, where
 * the system allows; else when the JVM exits), off the heap: the heap a read needs then stays flat however long the
 * file, and the operating system's page cache holds the table (10,000,000 keys: 2²⁴ slots, 128 MiB). If no
 * temporary file can be made, the table stays on the heap.
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

    /**
     * The bits of a hash that choose its slot, in a table of any size this set can have (at most 2²⁷ slots): slot =
     * {@code hash & (slots - 1)}.
     */
    public static final long SLOT_BITS = (1L << 27) - 1;

    /** What the hash 0 is stored as (the empty slot is 0). */
    public static final long ZERO = 0x9E3779B97F4A7C15L;
    /** The most slots kept on the heap by default: 2²¹, 16 MiB. */
    public static final int HEAP_SLOTS = 1 << 21;
    private static final int INITIAL_SLOTS = 1 << 10;

    private final int maxSlots;
    private final int heapSlots;
    /** The table while on the heap, else null. */
    private long @Nullable [] slots = new long[INITIAL_SLOTS];
    /** The table once mapped, else null. */
    private @Nullable LongBuffer mapped;
    private int length = INITIAL_SLOTS;
    private int size;

    /** A set that grows to at most {@code maxSlots} slots, a power of two of at least 1024. */
    public KeyHashSet(int maxSlots) {
        this(maxSlots, HEAP_SLOTS);
    }

    /**
     * A set that grows to at most {@code maxSlots} slots, a power of two of at least 1024, of which at most {@code
     * heapSlots} on the heap.
     */
    public KeyHashSet(int maxSlots, int heapSlots) {
        if (maxSlots < INITIAL_SLOTS || Integer.bitCount(maxSlots) != 1) {
            throw new IllegalArgumentException("maxSlots must be a power of two of at least 1024: " + maxSlots);
        }
        if (maxSlots > 1 << 27) {
            throw new IllegalArgumentException("maxSlots must be at most 2^27 (one mapping of 1 GiB): " + maxSlots);
        }
        this.maxSlots = maxSlots;
        this.heapSlots = heapSlots;
    }

    /**
     * {@code key} with its {@linkplain #SLOT_BITS slot bits} taken from {@code place}: a hash that sits at (or, when
     * that slot is taken, just after) {@code place} modulo the table's size, whatever the size. For keys that are
     * met together (a series, year after year): given neighbouring places, they share cache lines. Two such hashes
     * are equal only when their places agree in the slot bits and their keys in the other 37 bits.
     */
    public static long placed(long key, long place) {
        return key & ~SLOT_BITS | place & SLOT_BITS;
    }

    /**
     * A place for the key of step {@code step} (a year) of a series whose (secret, random) hash is {@code series}, for
     * {@link #placed}: steps come eight to a block of eight slots (a 64-byte cache line), at {@code step mod 8} in a
     * block chosen by the series' hash and {@code step ÷ 8} (floored), mixed. Eight steps of a series then share one
     * cache line, and two steps of a series in one block are never at the same place.
     *
     * <p>Why blocks and not {@code series + step}: consecutive places make long runs of taken slots that merge, and
     * with linear probing a key landing in a run walks to its end (a series of 60 years: 90 slots on average at three
     * quarters full); runs of at most eight keep a walk near 13 slots, two cache lines read in order, whatever the
     * series' length.
     */
    public static long near(long series, int step) {
        long z = series + (long) (step >> 3) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL; // MurmurHash3's finaliser: every bit depends on every bit
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        return z & ~7L | step & 7;
    }

    private long get(int i) {
        long[] heap = slots;
        return heap != null ? heap[i] : mapped.get(i);
    }

    private void set(int i, long h) {
        long[] heap = slots;
        if (heap != null) {
            heap[i] = h;
        } else {
            mapped.put(i, h);
        }
    }

    /** The slot that holds {@code h} (already mapped from 0), or the empty slot where the probe for it ends. */
    private int probe(long h) {
        int mask = length - 1;
        int i = (int) h & mask;
        while (true) {
            long s = get(i);
            if (s == 0 || s == h) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds {@code hash}. */
    public Outcome add(long hash) {
        long h = hash == 0 ? ZERO : hash;
        int i = probe(h);
        if (get(i) == h) {
            return Outcome.PRESENT;
        }
        if (size + 1 > capacity(length)) {
            if (length >= maxSlots) {
                return Outcome.FULL;
            }
            grow();
            i = probe(h); // not in the set: the empty slot where its probe ends in the larger table
        }
        set(i, h);
        size++;
        return Outcome.ADDED;
    }

    /** Whether {@code hash} is in the set (without adding it). */
    public boolean contains(long hash) {
        long h = hash == 0 ? ZERO : hash;
        return get(probe(h)) == h;
    }

    /** Whether any hash of this set is in {@code other}. */
    public boolean meets(KeyHashSet other) {
        KeyHashSet small = size <= other.size ? this : other;
        KeyHashSet large = small == this ? other : this;
        for (int k = 0; k < small.length; k++) {
            long h = small.get(k);
            if (h != 0 && large.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the slot where {@link #add(long)} would start looking for {@code hash}, and gives what it holds, changing
     * nothing. For a caller that knows a hash some time before it adds it: the slot is a random place in a table of
     * megabytes, most likely not in the processor's caches, and reading it early lets the processor fetch it while
     * other work goes on, so that the add finds it at hand.
     */
    public long touch(long hash) {
        long h = hash == 0 ? ZERO : hash;
        return get((int) h & (length - 1));
    }

    /** How many hashes the set holds. */
    public int size() {
        return size;
    }

    /** How many slots it has now (8 bytes each). */
    public int slots() {
        return length;
    }

    /** Whether the table is a mapped file, off the heap. */
    public boolean offHeap() {
        return mapped != null;
    }

    /** How many keys {@code slots} slots hold before growing: three quarters. */
    public static int capacity(int slots) {
        return slots - (slots >>> 2);
    }

    /**
     * Makes room at once for {@code keys} keys in all, for a caller that can estimate how many are coming: the table
     * grows to the smallest size that holds them (at most {@code heapSlots} and {@code maxSlots} slots, on the heap
     * only), so that the tables of the doublings before it are never made, zeroed and rehashed. A table that is large
     * enough already, or mapped, is left as it is; the set still grows past the estimate as {@link #add(long)} needs.
     */
    public void expect(long keys) {
        int limit = Math.min(maxSlots, heapSlots);
        int target = length;
        while (capacity(target) < keys && (long) target << 1 <= limit) {
            target <<= 1;
        }
        if (target > length && mapped == null) {
            resize(target);
        }
    }

    private void grow() {
        resize(length << 1);
    }

    private void resize(int bigger) {
        long[] heap = null;
        LongBuffer map = null;
        if (bigger > heapSlots) {
            map = map(bigger);
        }
        if (map == null) {
            heap = new long[bigger];
        }
        int mask = bigger - 1;
        for (int k = 0; k < length; k++) {
            long h = get(k);
            if (h != 0) {
                int i = (int) h & mask;
                if (heap != null) {
                    while (heap[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    heap[i] = h;
                } else {
                    while (map.get(i) != 0) {
                        i = (i + 1) & mask;
                    }
                    map.put(i, h);
                }
            }
        }
        slots = heap;
        mapped = map;
        length = bigger;
    }

    /** A zeroed table of {@code count} slots in a mapped temporary file, or null when none can be made. */
    private static @Nullable LongBuffer map(int count) {
        try {
            Path file = Files.createTempFile("plan-indicators-keys-", ".bin");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                // The mapping outlives the channel and the file's name; a new file reads as zeros.
                LongBuffer table = ch.map(FileChannel.MapMode.READ_WRITE, 0, (long) count * Long.BYTES)
                        .order(ByteOrder.nativeOrder()).asLongBuffer();
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit(); // a system that keeps mapped files from being deleted
                }
                return table;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
