package org.planindicators.validation.internal.observation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.internal.ByteWords;
import org.planindicators.validation.internal.Utf8;

/**
 * Decodes a byte stream strictly and cuts it into lines ({@code \n}, {@code \r\n} or {@code \r}), keeping at most
 * {@code maxLineChars} characters of a line: a longer line is returned cut, with its full length, and the rest is
 * skipped without being stored. Memory is bounded by the buffers and one line, whatever the input.
 *
 * <p>Decoding is done here, not by a {@link java.io.Reader}, so that when the bytes stop being valid text the exact
 * byte offset, line and column are known: the text decoded before the bad bytes is delivered first, then {@link
 * #next()} returns {@code null} and {@link #failure()} tells where.
 *
 * <p>UTF-8 has a fast path: a line that lies whole in the byte buffer, holds no NUL and is at most {@code
 * maxLineChars} bytes is made into a string straight from its bytes (the terminators and NUL are single bytes in
 * UTF-8, never part of another character), without the decoder and its character buffer. The JDK's decoding of a
 * string from UTF-8 refuses what the strict decoder refuses, turning it into U+FFFD: a line whose string holds
 * U+FFFD is left to the decoder, which places the bad bytes exactly (or reads a U+FFFD that was written). Every other
 * line, and every other encoding, takes the decoder's path. The two paths give the same lines and failures
 * (differential test {@code LineSourceTest}).
 */
final class LineSource {
    private static final int BUFFER = 65536;

    /**
     * Where decoding failed: the byte offset in the stream, the line and the 1-based character column; {@code nul}
     * when it was a NUL character (binary input), whose byte offset is then the end of the bytes decoded so far.
     */
    record Failure(long byteOffset, int line, long column, boolean nul) {
    }

    /**
     * A line without its terminator: its 1-based number, its text (or its first {@code maxLineChars} characters when
     * it is longer) and its full length in characters. A line of the UTF-8 fast path read with {@link
     * #keepUtf8(boolean)} holds its bytes (checked to be well-formed UTF-8) and makes its text only when asked, so
     * that a reader that splits the bytes itself ({@link CsvFields#split(byte[], int, int, java.util.List)}) never
     * makes it. Such a line's bytes are the reader's buffer, not a copy, and the reader gives the same object for
     * each of them: <strong>a line of bytes, its bytes and its text are to be taken before the next line is
     * read</strong>, after which they may be overwritten. Two lines are equal when their numbers, texts and lengths
     * are.
     */
    static final class Line {
        /*
         * Not final: a reader's lines of bytes are one object, set anew for each line (they are views of its buffer,
         * valid until the next line, like the object itself). A line of text is never changed.
         */
        private int number;
        private @Nullable String text;
        /** The full length in characters, or -1 until the text of a line of bytes is made. */
        private long length;
        private byte @Nullable [] utf8;
        /** Where the line's bytes are in {@link #utf8}. */
        private int from;
        private int to;

        /**
         * A line of text.
         *
         * @param number the 1-based line number
         * @param text the line, or its first {@code maxLineChars} characters when it is longer
         * @param length the full length in characters
         */
        Line(int number, String text, long length) {
            this.number = number;
            this.text = java.util.Objects.requireNonNull(text, "text");
            this.length = length;
            this.utf8 = null;
            this.from = 0;
            this.to = 0;
        }

        /**
         * A whole line of well-formed UTF-8 bytes (no terminator, no NUL), {@code utf8[from, to)}, its text made when
         * asked (before the reader's buffer {@code utf8} is read into again).
         */
        private Line(int number, byte[] utf8, int from, int to) {
            set(number, utf8, from, to);
        }

        /** Makes this line of bytes the line {@code utf8[from, to)} numbered {@code number}. */
        private Line set(int number, byte[] utf8, int from, int to) {
            this.number = number;
            this.utf8 = utf8;
            this.from = from;
            this.to = to;
            this.length = -1;
            this.text = null;
            return this;
        }

        /** The 1-based line number. */
        int number() {
            return number;
        }

        /** The line, or its first {@code maxLineChars} characters when it is longer. */
        String text() {
            String t = text;
            if (t == null) {
                t = new String(utf8, from, to - from, StandardCharsets.UTF_8);
                text = t;
                length = t.length();
            }
            return t;
        }

        /** The full length in characters. */
        long length() {
            return length >= 0 ? length : text().length();
        }

        /**
         * The array holding the line's bytes, well-formed UTF-8, from {@link #utf8From()} to {@link #utf8To()}, when
         * it was read from them whole (and {@link #keepUtf8(boolean)} was asked); else {@code null}. The reader's
         * buffer: not to be changed, and read before the next line.
         */
        byte @Nullable [] utf8() {
            return utf8;
        }

        /** Where the line's bytes start in {@link #utf8()}. */
        int utf8From() {
            return from;
        }

        /** Where the line's bytes end (exclusive) in {@link #utf8()}. */
        int utf8To() {
            return to;
        }

        /** Whether the line was longer than the limit, so that {@link #text()} is only its beginning. */
        boolean overflow() {
            return utf8 == null && length > text.length();
        }

        /** Whether the line holds only spaces. */
        boolean isBlank() {
            if (utf8 != null && (to == from || utf8[from] > ' ')) {
                // A first byte from '!' to DEL is a character that is not white space; a byte of a longer character
                // (negative) is left to the text.
                return to == from;
            }
            String t = text();
            return !overflow() && (t.isEmpty() || Character.isWhitespace(t.charAt(0)) && t.isBlank());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line l && number == l.number && length() == l.length() && text().equals(l.text());
        }

        @Override
        public int hashCode() {
            return (number * 31 + Long.hashCode(length())) * 31 + text().hashCode();
        }

        @Override
        public String toString() {
            return "Line[number=" + number + ", text=" + text() + ", length=" + length() + "]";
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final int maxLineChars;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private final StringBuilder line = new StringBuilder();
    /** The stream offset of {@code bytes.array()[0]}. */
    private long bufferStart;
    private boolean eof;
    private boolean flushed;
    private boolean pendingCr;
    private long decodeErrorOffset = -1;
    private @Nullable Failure failure;
    private int lineNumber;
    /** Whether the fast path of UTF-8 is taken. */
    private final boolean fastUtf8;
    /** Whether the fast path's lines that are not ASCII keep their bytes, their text made only when asked. */
    private boolean keepUtf8;
    /** The line of bytes, set anew for each such line (a view of {@link #bytes}, valid until the next line). */
    private @Nullable Line bytesLine;
    /** Whether, with {@link #keepUtf8}, the fast path's ASCII lines keep their bytes too. */
    private boolean keepAscii;

    /**
     * Lines of {@code in}, decoded as {@code charset}; {@code offset} is the stream offset of the first byte read
     * (the length of a byte-order mark already skipped), for the offsets of decoding failures.
     */
    LineSource(InputStream in, Charset charset, long offset, int maxLineChars) {
        this(in, charset, offset, maxLineChars, true);
    }

    /** As the other constructor; when {@code fast} is false, UTF-8 takes the decoder's path too (for tests). */
    LineSource(InputStream in, Charset charset, long offset, int maxLineChars, boolean fast) {
        this(in, charset, offset, maxLineChars, fast, 0);
    }

    /**
     * Lines of a part of a file that starts at a line boundary: {@code offset} is the file offset of the part's first
     * byte and {@code linesBefore} the number of lines before it, so that line numbers and failures are placed in
     * the whole file.
     */
    LineSource(InputStream in, Charset charset, long offset, int maxLineChars, int linesBefore) {
        this(in, charset, offset, maxLineChars, true, linesBefore);
    }

    private LineSource(InputStream in, Charset charset, long offset, int maxLineChars, boolean fast,
            int linesBefore) {
        this.lineNumber = linesBefore;
        this.fastUtf8 = fast && charset.equals(StandardCharsets.UTF_8);
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bufferStart = offset;
        this.maxLineChars = maxLineChars;
        bytes.flip();
        chars.flip();
    }

    /** The encoding decoded. */
    Charset charset() {
        return decoder.charset();
    }

    /**
     * Whether the lines of the UTF-8 fast path that are not ASCII are to keep their bytes ({@link Line#utf8()}) and
     * make their text only when asked: for a reader that splits the bytes itself. Off by default.
     */
    void keepUtf8(boolean keep) {
        this.keepUtf8 = keep;
    }

    /**
     * Whether, when {@link #keepUtf8(boolean)} is asked, the fast path's ASCII lines keep their bytes too, their text
     * made only when asked: for a reader whose reading of bytes is quicker than of text even then (JSON Lines). Off
     * by default.
     */
    void keepAscii(boolean keep) {
        this.keepAscii = keep;
    }

    /** Where decoding failed, once {@link #next()} has returned {@code null} because of it. */
    @Nullable Failure failure() {
        return failure;
    }

    /**
     * The stream offset of the first byte not yet read as a line: exact after a line of the UTF-8 fast path; after a
     * line of the decoder's path, up to a buffer (64 KiB) ahead, where the decoder has read to.
     */
    long offset() {
        return bufferStart + bytes.position();
    }

    /** The number of the last line returned. */
    int lineNumber() {
        return lineNumber;
    }

    /**
     * The next line, or {@code null} at the end of the input or where the bytes stop being text (then {@link
     * #failure()} is set).
     *
     * @throws IOException when the stream cannot be read
     */
    @Nullable Line next() throws IOException {
        if (failure != null) {
            return null;
        }
        line.setLength(0);
        if (fastUtf8 && !chars.hasRemaining() && decodeErrorOffset < 0 && !flushed) {
            Line fast = fast();
            if (fast != null) {
                return fast;
            }
        }
        long length = 0;
        boolean started = false;
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                if (decodeErrorOffset >= 0) {
                    failure = new Failure(decodeErrorOffset, lineNumber + 1, length + 1, false);
                    return null;
                }
                if (!started) {
                    return null;
                }
                return new Line(++lineNumber, line.toString(), length);
            }
            char[] a = chars.array();
            int p = chars.position();
            int end = chars.limit();
            if (pendingCr) {
                pendingCr = false;
                if (a[p] == '\n') {
                    chars.position(++p);
                    continue;
                }
            }
            started = true;
            int i = p;
            while (i < end && a[i] != '\n' && a[i] != '\r' && a[i] != 0) {
                i++;
            }
            if (i < end && a[i] == 0) {
                // A NUL is never text: binary input, wherever it is met.
                failure = new Failure(bufferStart + bytes.position(), lineNumber + 1, length + (i - p) + 1, true);
                return null;
            }
            int keep = (int) Math.max(0, Math.min(i - p, maxLineChars - length));
            if (i < end && length == 0 && keep == i - p) {
                // The whole line is in the buffer: one copy, straight into the string.
                pendingCr = a[i] == '\r';
                chars.position(i + 1);
                return new Line(++lineNumber, new String(a, p, keep), keep);
            }
            line.append(a, p, keep);
            length += i - p;
            if (i < end) {
                pendingCr = a[i] == '\r';
                chars.position(i + 1);
                return new Line(++lineNumber, line.toString(), length);
            }
            chars.position(i);
        }
    }

    /**
     * The next line straight from the bytes, or {@code null} when it is not a whole, short, clean line of the buffer
     * (after reading more bytes into it, as far as it holds): the decoder's path then reads it.
     */
    private @Nullable Line fast() throws IOException {
        while (true) {
            byte[] a = bytes.array();
            int p = bytes.position();
            int end = bytes.limit();
            if (pendingCr && p < end) {
                pendingCr = false;
                if (a[p] == '\n') {
                    bytes.position(++p);
                }
            }
            int i = p;
            boolean ascii = true;
            byte b = 0;
            // Eight bytes at a time while none of them ends the line; the loop below finds which one does.
            long high = 0;
            while (i + Long.BYTES <= end) {
                long w = (long) ByteWords.WORDS.get(a, i);
                if (ByteWords.hasZeroByte(w) || ByteWords.hasZeroByte(w ^ ByteWords.NEWLINES)
                        || ByteWords.hasZeroByte(w ^ ByteWords.RETURNS)) {
                    break;
                }
                high |= w;
                i += Long.BYTES;
            }
            if ((high & ByteWords.HIGH_BITS) != 0) {
                ascii = false;
            }
            while (i < end) {
                b = a[i];
                if (b == '\n' || b == '\r' || b == 0) {
                    break;
                }
                if (b < 0) {
                    ascii = false;
                }
                i++;
            }
            if (i < end && b != 0) {
                if (i - p > maxLineChars || pendingCr) {
                    return null;
                }
                if (keepUtf8 && (!ascii || keepAscii)) {
                    if (!ascii && !wellFormed(a, p, i)) {
                        return null; // the decoder's path places the bad bytes
                    }
                    pendingCr = b == '\r';
                    bytes.position(i + 1);
                    Line view = bytesLine;
                    if (view == null) {
                        view = new Line(++lineNumber, a, p, i);
                        bytesLine = view;
                        return view;
                    }
                    return view.set(++lineNumber, a, p, i);
                }
                String text = ascii ? new String(a, p, i - p, StandardCharsets.ISO_8859_1)
                        : new String(a, p, i - p, StandardCharsets.UTF_8);
                if (!ascii && text.indexOf('\uFFFD') >= 0) {
                    return null;
                }
                pendingCr = b == '\r';
                bytes.position(i + 1);
                return new Line(++lineNumber, text, text.length());
            }
            if (i < end || eof || pendingCr || p == 0 && end == a.length) {
                return null; // a NUL, the last line, or a line longer than the buffer
            }
            // Read more bytes behind the start of the line, and look again.
            bytes.compact();
            bufferStart += p;
            int n = in.read(a, bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    /** Whether {@code a[from, to)} is well-formed UTF-8 as the strict decoder reads it ({@link Utf8#wellFormed}). */
    static boolean wellFormed(byte[] a, int from, int to) {
        return Utf8.wellFormed(a, from, to);
    }


    /** Decodes more characters into {@code chars}; false when none are left (end of input or a decoding error). */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && decodeErrorOffset < 0 && !flushed) {
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                decodeErrorOffset = bufferStart + bytes.position();
                break;
            }
            if (r.isOverflow()) {
                break;
            }
            if (eof) {
                r = decoder.flush(chars);
                if (r.isError()) {
                    decodeErrorOffset = bufferStart + bytes.position();
                }
                flushed = true;
                break;
            }
            if (chars.position() > 0) {
                break;
            }
            int consumed = bytes.position();
            bytes.compact();
            bufferStart += consumed;
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.flip();
        return chars.hasRemaining();
    }
}
