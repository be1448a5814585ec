package org.planindicators.validation.internal;

/**
 * Checks on UTF-8 bytes made before they are decoded: whether a range is well-formed exactly as the JDK's strict
 * decoder reads it (no overlong forms, no encoded surrogates, nothing past U+10FFFF, no cut sequence), and whether it
 * holds a zero byte; eight ASCII bytes at a time.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Whether {@code a[from, to)} is well-formed UTF-8, as the JDK's decoder with {@code REPORT} reads it. */
    public static boolean wellFormed(byte[] a, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + Long.BYTES <= to && ((long) ByteWords.WORDS.get(a, i) & ByteWords.HIGH_BITS) == 0) {
                i += Long.BYTES; // eight ASCII bytes
                continue;
            }
            int b = a[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int lo = 0x80;
            int hi = 0xBF;
            int more;
            if (b >= 0xC2 && b <= 0xDF) {
                more = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                more = 2;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                more = 3;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return false;
            }
            if (i + more >= to) {
                return false;
            }
            int c = a[i + 1] & 0xFF;
            if (c < lo || c > hi) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                if ((a[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    /** Whether {@code a[from, to)} holds a zero byte (U+0000 in UTF-8, never part of another character). */
    public static boolean hasZero(byte[] a, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            if (ByteWords.hasZeroByte((long) ByteWords.WORDS.get(a, i))) {
                return true;
            }
        }
        for (; i < to; i++) {
            if (a[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
