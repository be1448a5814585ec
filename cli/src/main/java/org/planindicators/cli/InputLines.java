package org.planindicators.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 byte stream, one at a time, in bounded memory: lines end at a line feed ({@code \r\n} counts
 * as one; a bare {@code \r} is a character of the line, not a line end), each line is decoded strictly on its own —
 * so a bad byte is placed at its line and column after every line before it has been delivered — and only the
 * first {@code maxChars} characters of a line are kept (the rest is read past without being stored).
 */
final class InputLines {
    /** A line: its 1-based number, its text (at most {@code maxChars} characters) and whether it was cut. */
    record Line(int number, String text, boolean cut) {
    }

    /** Bytes that are not UTF-8: the 1-based line and the column of the character the bad byte starts. */
    static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        NotUtf8(int line, int column) {
            super("not valid UTF-8 at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private final InputStream in;
    private final int maxChars;
    private final int maxBytes;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int limit;
    private boolean eof;
    private int number;

    InputLines(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
        // A UTF-8 character has at most 4 bytes: this many bytes hold maxChars characters and one more.
        this.maxBytes = 4 * (maxChars + 1);
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        byte[] kept = new byte[Math.min(256, maxBytes)];
        int length = 0;
        boolean cut = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof) {
                    break;
                }
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    break;
                }
            }
            any = true;
            byte b = buffer[pos++];
            if (b == '\n') {
                break;
            }
            if (length < maxBytes) {
                if (length == kept.length) {
                    kept = Arrays.copyOf(kept, Math.min(maxBytes, kept.length * 2));
                }
                kept[length++] = b;
            } else {
                cut = true;
            }
        }
        if (!any) {
            return null;
        }
        number++;
        if (!cut && length > 0 && kept[length - 1] == '\r') {
            length--;
        }
        String text = decode(kept, length, cut);
        if (text.length() > maxChars) {
            text = text.substring(0, maxChars);
            cut = true;
        }
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark written by some Windows editors
        }
        return new Line(number, text, cut);
    }

    private String decode(byte[] bytes, int length, boolean cut) throws NotUtf8 {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer src = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        // A cut line may end inside a character: that is the cut, not a bad byte.
        CoderResult r = d.decode(src, out, !cut);
        if (!r.isError() && !cut) {
            r = d.flush(out);
        }
        if (r.isError()) {
            out.flip();
            throw new NotUtf8(number, out.length() + 1);
        }
        out.flip();
        return out.toString();
    }
}
