package org.planindicators.validation.internal.observation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The texts lately cut from lines, by column, for reuse: a long observation file repeats its codes, jurisdictions,
 * years, units and statuses line after line, and a text met again is then the same string, with no copy made and
 * its hash kept for the lookups that follow. Each column has {@link #SLOTS} slots, chosen by the text's length and
 * end characters; a text longer than {@link #MAX_LENGTH}, or of a column past {@link #MAX_COLUMNS}, is always copied.
 * Holds at most {@code SLOTS × MAX_COLUMNS} short strings. Not thread-safe: one per reader.
 */
final class RecentTexts {
    /** How many recent texts of a column are kept (a power of two). */
    static final int SLOTS = 16;
    /** The longest text kept. */
    static final int MAX_LENGTH = 32;
    /** The most columns whose texts are kept. */
    static final int MAX_COLUMNS = 256;

    private String[] recent = new String[SLOTS * 16];
    /** The texts cut from bytes ({@link #cut(byte[], int, int, int)}) and their bytes, slot for slot. */
    private String[] recentOfBytes = new String[SLOTS * 16];
    private byte[][] bytesOf = new byte[SLOTS * 16][];

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
        }
        int slot = column * SLOTS + ((len + 31 * line[to - 1] + 7 * line[from]) & (SLOTS - 1));
        byte[] r = bytesOf[slot];
        if (r != null && Arrays.equals(r, 0, r.length, line, from, to)) {
            return recentOfBytes[slot];
        }
        String s = new String(line, from, len, StandardCharsets.UTF_8);
        bytesOf[slot] = Arrays.copyOfRange(line, from, to);
        recentOfBytes[slot] = s;
        return s;
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
