package org.planindicators.validation.internal.observation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The texts lately cut from lines, by column, for reuse: a long observation file repeats its codes, jurisdictions,
 * years, units and statuses line after line, and a text met again is then the same string, with no copy made and
 * its hash kept for the lookups that follow. Each column has {@link #SLOTS} slots, chosen by the text's length and
 * end characters (of a text cut from bytes: by all its bytes, so that the years of a series, 2010 to 2024, or the
 * codes of neighbouring counties, take different slots); a text longer than {@link #MAX_LENGTH}, or of a column past
 * {@link #MAX_COLUMNS}, is always copied. A text of bytes is first compared with the one its column gave last, before
 * any hash: a file written series by series repeats most of the row before's cells.
 * Holds at most {@code SLOTS × MAX_COLUMNS} short strings. Not thread-safe: one per reader.
 */
final class RecentTexts {
    /** How many recent texts of a column are kept (a power of two). */
    static final int SLOTS = 64;
    /** The longest text kept. */
    static final int MAX_LENGTH = 32;
    /** The most columns whose texts are kept. */
    static final int MAX_COLUMNS = 256;

    /**
     * How many lookups of a column are counted before it is judged: a column whose texts were met again in fewer
     * than one lookup in {@link #MIN_HITS_PER_WINDOW} of them (values, row numbers) is not remembered for the next
     * {@link #SKIPPED_WINDOWS} windows: its texts are cut without a copy of their bytes kept, then judged again.
     */
    static final int WINDOW = 1024;
    /** The hits a column needs in a window of {@link #WINDOW} lookups to be remembered on. */
    static final int MIN_HITS_PER_WINDOW = WINDOW / 8;
    /** The windows a column of few hits is cut without being remembered. */
    static final int SKIPPED_WINDOWS = 15;

    private String[] recent = new String[SLOTS * 16];
    /** By column: lookups in the current window, hits in it, and the windows left to skip. */
    private int[] lookups = new int[16];
    private int[] hits = new int[16];
    private int[] skipping = new int[16];
    /** The texts cut from bytes ({@link #cut(byte[], int, int, int)}) and their bytes, slot for slot. */
    private String[] recentOfBytes = new String[SLOTS * 16];
    private byte[][] bytesOf = new byte[SLOTS * 16][];
    /** By column: the slot of the text of bytes it gave last, plus one (0: none yet). */
    private int[] lastSlot = new int[16];

    /**
     * The text of the UTF-8 bytes {@code line[from, to)} (well-formed, whole characters), of column {@code column}
     * (0-based): a recent string when the same bytes.
     */
    String cut(byte[] line, int from, int to, int column) {
        int len = to - from;
        if (len == 0) {
            return "";
        }
        if (len > MAX_LENGTH || column >= MAX_COLUMNS) {
            return new String(line, from, len, StandardCharsets.UTF_8);
        }
        if (column * SLOTS >= bytesOf.length) {
            int size = Math.max(bytesOf.length * 2, (column + 1) * SLOTS);
            bytesOf = Arrays.copyOf(bytesOf, size);
            recentOfBytes = Arrays.copyOf(recentOfBytes, size);
            lookups = Arrays.copyOf(lookups, size / SLOTS);
            hits = Arrays.copyOf(hits, size / SLOTS);
            skipping = Arrays.copyOf(skipping, size / SLOTS);
            lastSlot = Arrays.copyOf(lastSlot, size / SLOTS);
        }
        boolean remember = count(column);
        // First the text the column gave last, with no hash: a file written series by series repeats most of the
        // row before's cells (the indicator, the place, the unit, the status).
        int last = lastSlot[column] - 1;
        if (last >= 0 && same(bytesOf[last], line, from, len)) {
            hits[column]++;
            return recentOfBytes[last];
        }
        if (!remember) { // a column of few repeats, skipped for now: no lookup, no copy
            return make(line, from, len);
        }
        int h = len;
        int bits = 0;
        for (int i = from; i < to; i++) { // every byte: 2010 and 2020, 110101 and 110111 are apart
            h = 31 * h + line[i];
            bits |= line[i];
        }
        int slot = column * SLOTS + ((h ^ h >>> 7) & (SLOTS - 1));
        lastSlot[column] = slot + 1;
        if (same(bytesOf[slot], line, from, len)) {
            hits[column]++;
            return recentOfBytes[slot];
        }
        String s = bits >= 0 ? ascii(line, from, len) : new String(line, from, len, StandardCharsets.UTF_8);
        bytesOf[slot] = Arrays.copyOfRange(line, from, to);
        recentOfBytes[slot] = s;
        return s;
    }

    /**
     * Whether {@code r} holds the {@code len} bytes {@code line[from, from + len)}. Byte by byte: at most
     * {@link #MAX_LENGTH} bytes, and a loop the client compiler keeps without calls (the launcher runs inputs under
     * 128 MiB with it only), where {@code Arrays.equals} checks ranges and calls out.
     */
    private static boolean same(byte @Nullable [] r, byte[] line, int from, int len) {
        if (r == null || r.length != len) {
            return false;
        }
        int k = 0;
        while (k < len && r[k] == line[from + k]) {
            k++;
        }
        return k == len;
    }

    /** The text of the well-formed UTF-8 bytes {@code line[from, from + len)}, made anew. */
    private static String make(byte[] line, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (line[i] < 0) {
                return new String(line, from, len, StandardCharsets.UTF_8);
            }
        }
        return ascii(line, from, len);
    }

    /**
     * The text of the ASCII bytes {@code line[from, from + len)}: each byte one character, by the constructor that
     * widens bytes without a decoder. The same string as decoding them as UTF-8 gives, made without the decoder's
     * checks, which the client compiler (the launcher's, for inputs under 128 MiB) runs as a call and a loop each.
     */
    @SuppressWarnings("deprecation") // String(byte[], int, int, int): exact for ASCII, which is all it is given here
    private static String ascii(byte[] line, int from, int len) {
        return new String(line, 0, from, len);
    }

    /**
     * Counts a lookup of {@code column}'s texts (of bytes) and, at the end of a window, judges the column.
     *
     * @return whether a text not met lately is to be remembered: false while the column is skipped
     */
    private boolean count(int column) {
        if (++lookups[column] < WINDOW) {
            return skipping[column] == 0;
        }
        if (skipping[column] > 0) {
            skipping[column]--;
        } else if (hits[column] < MIN_HITS_PER_WINDOW) {
            skipping[column] = SKIPPED_WINDOWS;
        }
        lookups[column] = 0;
        hits[column] = 0;
        return skipping[column] == 0;
    }

    /** {@code line.substring(from, to)}, of column {@code column} (0-based): a recent string when the same text. */
    String cut(String line, int from, int to, int column) {
        int len = to - from;
        if (len == 0) {
            return "";
        }
        if (len > MAX_LENGTH || column >= MAX_COLUMNS) {
            return line.substring(from, to);
        }
        if (column * SLOTS >= recent.length) {
            recent = Arrays.copyOf(recent, Math.max(recent.length * 2, (column + 1) * SLOTS));
        }
        int slot = column * SLOTS + ((len + 31 * line.charAt(to - 1) + 7 * line.charAt(from)) & (SLOTS - 1));
        String r = recent[slot];
        if (r != null && r.length() == len && line.startsWith(r, from)) {
            return r;
        }
        String s = line.substring(from, to);
        recent[slot] = s;
        return s;
    }
}
