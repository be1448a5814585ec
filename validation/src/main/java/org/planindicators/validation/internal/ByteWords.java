package org.planindicators.validation.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of a {@code byte[]} read as one {@code long}, and the tests the readers make on such a word: whether any
 * byte is zero (or, after an exclusive or with {@link #repeated}, any byte is a given one), which bytes exactly, and
 * whether any byte is not ASCII. One place for what {@link Utf8} and the observation readers' scans of line ends and
 * line counts share.
 */
public final class ByteWords {
    /** Eight bytes of a {@code byte[]} as one little-endian {@code long}: {@code (long) WORDS.get(array, index)}. */
    public static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The low bit of every byte. */
    public static final long LOW_BITS = 0x0101010101010101L;
    /** The high bit of every byte: a word of ASCII bytes has none of them. */
    public static final long HIGH_BITS = 0x8080808080808080L;
    /** Eight line feeds. */
    public static final long NEWLINES = repeated('\n');
    /** Eight carriage returns. */
    public static final long RETURNS = repeated('\r');

    private ByteWords() {
    }

    /** The byte {@code b} (an ASCII character) in all eight bytes of a word. */
    public static long repeated(char b) {
        return LOW_BITS * (b & 0xFF);
    }

    /**
     * Whether one of the eight bytes of {@code w} is 0: {@code (w − 0x01…01) & ~w & 0x80…80} is not 0 exactly then (a
     * byte's high bit is set by the subtraction and clear in {@code w} only where the byte, or a byte below it that
     * borrowed, is 0; the lowest such byte is always a 0). Exact as a yes or no, not as to which bytes: see {@link
     * #zeroBytes}.
     */
    public static boolean hasZeroByte(long w) {
        return ((w - LOW_BITS) & ~w & HIGH_BITS) != 0;
    }

    /**
     * The high bit of each byte of {@code w} that is 0, and no other bit: exact, for counting ({@code Long.bitCount}).
     * Each byte's low seven bits plus 0x7F carry into its high bit unless they are all 0, without borrowing from the
     * next byte; or-ed with the byte itself, the high bit is clear only for a 0 byte.
     */
    public static long zeroBytes(long w) {
        long t = (w & ~HIGH_BITS) + ~HIGH_BITS;
        return ~(t | w | ~HIGH_BITS);
    }
}
