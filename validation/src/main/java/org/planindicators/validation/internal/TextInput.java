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
 * Opens a byte stream as text: finds the encoding (a byte-order mark; else strict UTF-8 over the first 64 KiB; else
 * GB18030, the superset of GBK that Chinese Excel saves), refuses binary input (NUL bytes without a UTF-16 mark),
 * and decodes strictly, so that a wrong encoding is an error rather than mojibake.
 */
public final class TextInput {
    /** How many bytes are looked at to choose the encoding. */
    public static final int SNIFF_BYTES = 64 * 1024;

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

    /** The bytes are not text in the given encoding; {@code offset} is the first bad byte. */
    public record Undecodable(Charset charset, long offset) implements Detection {
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
        if (charset == null) {
            long bad = firstUndecodable(head, StandardCharsets.UTF_8, head.length == SNIFF_BYTES);
            charset = bad < 0 ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        }
        long bad = firstUndecodable(java.util.Arrays.copyOfRange(head, bomLength, head.length), charset,
                head.length == SNIFF_BYTES);
        if (bad >= 0) {
            return new Undecodable(charset, bad + bomLength);
        }
        b.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Text(charset, bomLength > 0, new InputStreamReader(b, decoder));
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
