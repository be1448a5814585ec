package org.planindicators.validation.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Opens a byte stream as text: finds the encoding, refuses binary input (NUL bytes without a UTF-16 mark), and
 * decodes strictly, so that a wrong encoding is an error rather than mojibake.
 *
 * <p>The encoding is a byte-order mark's; else UTF-8 when the first 64 KiB are UTF-8; else GB18030 (the superset of
 * GBK that Chinese Excel saves) only when those bytes are <em>not UTF-8 as a whole</em> — fewer well-formed UTF-8
 * multi-byte sequences than {@link #UTF8_MAJORITY} times the malformed ones — <em>and</em> decode cleanly as
 * GB18030. Otherwise the file is UTF-8 with damaged bytes, and the first of them is the error ({@link
 * Undecodable}, with its line and column): a UTF-8 file with one damaged byte is never re-read as GB18030 mojibake.
 *
 * <p>A NUL byte past the sniffed head is found while reading: the {@link Text#reader()} then fails with a {@link
 * NulCharacterException} at that character (a NUL character is never text in these formats).
 */
public final class TextInput {
    /** How many bytes are looked at to choose the encoding. */
    public static final int SNIFF_BYTES = 64 * 1024;

    /**
     * Bytes are "UTF-8 as a whole", damaged here and there, when their well-formed multi-byte sequences are at least
     * this many times their malformed ones (GBK text is mostly malformed UTF-8: its lead bytes 0x81–0xC1 and
     * 0xF5–0xFE never start a UTF-8 sequence, and its trail bytes rarely continue one).
     */
    public static final int UTF8_MAJORITY = 2;

    /** What was found about the stream's encoding. */
    public sealed interface Detection permits Text, Binary, Empty, Undecodable {
    }

    /** A text stream in {@code charset}, with the byte-order mark (if any) already skipped. */
    public record Text(Charset charset, boolean bom, Reader reader) implements Detection {
    }

    /** A NUL byte at {@code offset}: not text. */
    public record Binary(long offset) implements Detection {
    }

    /** No bytes at all. */
    public record Empty() implements Detection {
    }

    /**
     * The bytes are not text in the given encoding; {@code offset} is the first bad byte, on {@code line} (1-based,
     * counting line feeds) at character {@code column} (1-based, the characters before it on its line decoded).
     */
    public record Undecodable(Charset charset, long offset, int line, int column) implements Detection {
    }

    /**
     * A NUL character met while reading the text past the sniffed head: the input is binary, not text. A {@link
     * CharacterCodingException}, so that the readers that place decoding failures place this one too.
     */
    public static final class NulCharacterException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long charOffset;

        /** A NUL at character {@code charOffset} of the text. */
        NulCharacterException(long charOffset) {
            this.charOffset = charOffset;
        }

        /** {@return the offset of the NUL in characters from the start of the text} */
        public long charOffset() {
            return charOffset;
        }

        @Override
        public String getMessage() {
            return "a NUL character at character offset " + charOffset;
        }
    }

    private TextInput() {
    }

    /**
     * Opens {@code in} as text. When {@code given} is not null it is used (a BOM of that encoding is still skipped);
     * otherwise the encoding is detected.
     */
    public static Detection open(InputStream in, @Nullable Charset given) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, SNIFF_BYTES + 4);
        b.mark(SNIFF_BYTES + 4);
        byte[] head = b.readNBytes(SNIFF_BYTES);
        b.reset();
        if (head.length == 0) {
            return new Empty();
        }
        int bomLength = 0;
        Charset charset = given;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bomLength = 3;
            charset = charset == null ? StandardCharsets.UTF_8 : charset;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            bomLength = 2;
            charset = charset == null ? StandardCharsets.UTF_16LE : charset;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            bomLength = 2;
            charset = charset == null ? StandardCharsets.UTF_16BE : charset;
        }
        boolean utf16 = charset != null && (charset.equals(StandardCharsets.UTF_16LE)
                || charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16));
        if (!utf16) {
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    return new Binary(i);
                }
            }
        }
        boolean cut = head.length == SNIFF_BYTES;
        if (charset == null) {
            charset = choose(head, cut);
        }
        long bad = firstUndecodable(java.util.Arrays.copyOfRange(head, bomLength, head.length), charset, cut);
        if (bad >= 0) {
            return undecodable(head, bomLength, bad + bomLength, charset);
        }
        b.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Text(charset, bomLength > 0, new NulGuard(new InputStreamReader(b, decoder)));
    }

    /** UTF-8, unless the head is not UTF-8 as a whole and decodes cleanly as GB18030. */
    private static Charset choose(byte[] head, boolean cut) {
        int[] counts = utf8Sequences(head, cut);
        int wellFormed = counts[0];
        int malformed = counts[1];
        if (malformed == 0 || wellFormed >= UTF8_MAJORITY * malformed) {
            return StandardCharsets.UTF_8;
        }
        Charset gb = Charset.forName("GB18030");
        return firstUndecodable(head, gb, cut) < 0 ? gb : StandardCharsets.UTF_8;
    }

    /**
     * The well-formed multi-byte UTF-8 sequences of {@code bytes} and the malformed ones (each bad byte, or cut
     * sequence, counted once; reading resumes at the next byte). A sequence cut by the end of a head that is not the
     * whole input is not counted.
     */
    static int[] utf8Sequences(byte[] bytes, boolean cut) {
        int wellFormed = 0;
        int malformed = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                n = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                n = 3;
                min2 = b == 0xE0 ? 0xA0 : 0x80;
                max2 = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                n = 4;
                min2 = b == 0xF0 ? 0x90 : 0x80;
                max2 = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                malformed++;
                i++;
                continue;
            }
            int k = 1;
            while (k < n && i + k < bytes.length) {
                int c = bytes[i + k] & 0xFF;
                boolean ok = k == 1 ? c >= min2 && c <= max2 : c >= 0x80 && c <= 0xBF;
                if (!ok) {
                    break;
                }
                k++;
            }
            if (k == n) {
                wellFormed++;
                i += n;
            } else if (i + k >= bytes.length && cut) {
                break;
            } else {
                malformed++;
                i += Math.max(1, k);
            }
        }
        return new int[] {wellFormed, malformed};
    }

    /** The first bad byte at {@code offset} of {@code head}, with its line and column. */
    private static Undecodable undecodable(byte[] head, int start, long offset, Charset charset) {
        int end = (int) Math.min(offset, head.length);
        int line = 1;
        int lineStart = start;
        if (charset.name().startsWith("UTF-16")) {
            return new Undecodable(charset, offset, 1, 1);
        }
        for (int i = start; i < end; i++) {
            if (head[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(head, lineStart, end - lineStart, charset).length() + 1;
        return new Undecodable(charset, offset, line, column);
    }

    /** Fails with a {@link NulCharacterException} at the first NUL character read. */
    private static final class NulGuard extends java.io.FilterReader {
        private long offset;

        NulGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == 0) {
                throw new NulCharacterException(offset);
            }
            if (c >= 0) {
                offset++;
            }
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            for (int i = 0; i < n; i++) {
                if (cbuf[off + i] == 0) {
                    throw new NulCharacterException(offset + i);
                }
            }
            if (n > 0) {
                offset += n;
            }
            return n;
        }
    }

    /** The offset of the first byte that is not text in {@code charset}, or -1. */
    private static long firstUndecodable(byte[] bytes, Charset charset, boolean truncated) {
        CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 16);
        CoderResult r = d.decode(in, out, !truncated);
        if (r.isError()) {
            return in.position();
        }
        if (!truncated) {
            r = d.flush(out);
            if (r.isError()) {
                return in.position();
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code e} (or its cause) is a NUL character met after the sniffed head. */
    public static boolean isNul(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NulCharacterException) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} (or its cause) is a decoding failure met after the sniffed head. */
    public static boolean isDecodingFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }
}
