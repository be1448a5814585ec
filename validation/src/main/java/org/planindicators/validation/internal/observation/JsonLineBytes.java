package org.planindicators.validation.internal.observation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The members of one JSON line read straight from its UTF-8 bytes ({@link LineSource.Line#utf8()}), with no string
 * made for the whole line: the fast path of {@link JsonLinesFormat} for the lines the line source hands over as bytes
 * (with {@link LineSource#keepUtf8(boolean)} and {@link LineSource#keepAscii(boolean)}: every whole line of its
 * buffer that is well-formed UTF-8 without NUL). It takes what {@link JsonLineFields#read(String)} takes (one flat
 * object of strings, numbers and nulls, spaces or tabs between tokens, the same escapes) and puts the same members
 * into that {@link JsonLineFields}: the same keys and texts, and the same columns, counted in characters as the text
 * of the line counts them (UTF-16 units: a character outside the Basic Multilingual Plane is two). On anything else
 * it answers {@code false} and the line goes on as text (the parser reads or reports it as before). Differential
 * tests: {@code JsonLineBytesTest} and {@code JsonLinesBytesReportTest}.
 *
 * <p>The bytes are well-formed UTF-8 (the line source checks them), so a byte from {@code 0x80} up is part of a
 * character of at least two bytes, which JSON allows only inside a string. The column of a byte offset is the offset
 * less the bytes that are not a character's first UTF-16 unit: every continuation byte ({@code 10xxxxxx}) is one, and
 * a character of four bytes (lead byte {@code 11110xxx}) gives one back, being two units. Those bytes are counted as
 * strings are read ({@link #shift}).
 *
 * <p>A key is recognised from its bytes: the bytes of the key at each place of an earlier line are kept, and a key
 * spelled the same is that line's string again, compared once and neither scanned nor decoded. A value is cut by
 * {@link RecentTexts#cut(byte[], int, int, int)}, so a value met lately at the same place is the same string. Not
 * thread-safe: one per reader.
 */
final class JsonLineBytes {
    private final JsonLineFields into;
    /** The bytes of the key last decoded at each place (without escapes), and that key. */
    private byte[][] keyBytes = new byte[16][];
    private String[] keyTexts = new String[16];
    /** The shift of each of those keys ({@link #shift}). */
    private int[] keyShifts = new int[16];
    private final StringBuilder escaped = new StringBuilder();
    /** The bytes read so far that are not the first UTF-16 unit of a character: offset − shift = character index. */
    private int shift;
    /** Where the line being read starts and ends in its array. */
    private int lineFrom;
    private int end;
    /** The decoded string when the last string read had escapes, else {@code null}. */
    private @Nullable String lastString;

    /** A reader that puts the members it reads into {@code into}. */
    JsonLineBytes(JsonLineFields into) {
        this.into = into;
    }

    /**
     * Reads the line of bytes {@code line[from, to)} (well-formed UTF-8, no terminator) into the fields; false when it
     * is not a flat object of strings, numbers and nulls, as {@link JsonLineFields#read(String)} says. The bytes are
     * read only during the call (they may be the line source's buffer).
     */
    boolean read(byte[] line, int from, int to) {
        JsonLineFields f = into;
        f.begin();
        shift = 0;
        int count = 0;
        lineFrom = from;
        end = to;
        int n = to;
        int i = skip(line, from);
        if (i >= n || line[i] != '{') {
            return false;
        }
        i = skip(line, i + 1);
        if (i < n && line[i] == '}') {
            return end(line, i);
        }
        RecentTexts recent = f.recent();
        while (true) {
            // A key.
            if (i >= n || line[i] != '"') {
                return false;
            }
            int keyEnd = known(line, i + 1, count);
            String key;
            if (keyEnd >= 0) {
                key = knownKey(count);
            } else {
                int before = shift;
                keyEnd = string(line, i + 1);
                if (keyEnd < 0 || keyEnd - i - (shift - before) > Parsers.MAX_FIELD_CHARS) {
                    return false;
                }
                key = lastString;
                if (key == null) {
                    key = keyAt(line, i + 1, keyEnd - 1, count, shift - before);
                }
            }
            i = skip(line, keyEnd);
            if (i >= n || line[i] != ':') {
                return false;
            }
            i = skip(line, i + 1);
            if (i >= n) {
                return false;
            }
            // A value.
            int start = i;
            int column = i - lineFrom - shift + 1;
            byte c = line[i];
            String text;
            if (c == '"') {
                i = string(line, i + 1);
                if (i < 0) {
                    return false;
                }
                text = lastString != null ? lastString : recent.cut(line, start + 1, i - 1, count);
            } else if (c == '-' || c >= '0' && c <= '9') {
                i = number(line, i);
                if (i < 0) {
                    return false;
                }
                text = recent.cut(line, start, i, count);
            } else if (i + 4 <= n && c == 'n' && line[i + 1] == 'u' && line[i + 2] == 'l' && line[i + 3] == 'l') {
                i += 4;
                text = null;
            } else {
                return false; // true, false, an object, an array, or not JSON
            }
            f.add(key, text, column);
            count++;
            i = skip(line, i);
            if (i >= n) {
                return false;
            }
            c = line[i];
            if (c == '}') {
                return end(line, i);
            }
            if (c != ',') {
                return false;
            }
            i = skip(line, i + 1);
        }
    }

    private boolean end(byte[] line, int close) {
        into.closeAt(close - lineFrom - shift + 1);
        // Only spaces and tabs may follow: a byte of a longer character is not one, so no shift is left to count.
        return skip(line, close + 1) == end;
    }

    /**
     * Whether the key whose bytes start at {@code from} (after the opening quote) is the key last decoded at member
     * {@code at}, byte for byte up to its closing quote: then the index after that quote, its shift counted, else
     * -1. Those bytes hold no quote, backslash or control character (they were read as a key without escapes), so
     * the line's string ends where theirs does, and holds the same text.
     */
    private int known(byte[] line, int from, int at) {
        if (at >= keyBytes.length) {
            return -1;
        }
        byte[] b = keyBytes[at];
        if (b == null) {
            return -1;
        }
        int quote = from + b.length;
        if (quote >= end || line[quote] != '"') {
            return -1;
        }
        for (int k = 0; k < b.length; k++) {
            if (line[from + k] != b[k]) {
                return -1;
            }
        }
        shift += keyShifts[at];
        return quote + 1;
    }

    /**
     * The key last decoded at member {@code at}, or the line before's key there when it is the same text (the text
     * path may have read the line before), so that a key is one string whichever path read it.
     */
    private String knownKey(int at) {
        String k = keyTexts[at];
        String p = into.previousKey(at);
        if (p != k && p != null && p.equals(k)) {
            keyTexts[at] = p;
            return p;
        }
        return k;
    }

    /**
     * The key of bytes {@code line[from, to)} (no escape in them, {@code keyShift} bytes that are not a character's
     * first unit) at member {@code at}, decoded, or the line before's key there when the same text: it is then
     * known at {@code at} ({@link #known}).
     */
    private String keyAt(byte[] line, int from, int to, int at, int keyShift) {
        if (at >= keyBytes.length) {
            int m = Math.max(keyBytes.length * 2, at + 1);
            keyBytes = Arrays.copyOf(keyBytes, m);
            keyTexts = Arrays.copyOf(keyTexts, m);
            keyShifts = Arrays.copyOf(keyShifts, m);
        }
        String k = new String(line, from, to - from, StandardCharsets.UTF_8);
        String p = into.previousKey(at);
        if (k.equals(p)) {
            k = p;
        }
        keyBytes[at] = Arrays.copyOfRange(line, from, to);
        keyTexts[at] = k;
        keyShifts[at] = keyShift;
        return k;
    }

    /**
     * Reads a string whose text starts at {@code from} (after the opening quote): the index after the closing quote,
     * or -1 when JSON does not allow it; {@link #lastString} is then the decoded text when there were escapes.
     */
    private int string(byte[] line, int from) {
        lastString = null;
        int n = end;
        int i = from;
        while (i < n) {
            byte c = line[i];
            if (c == '"') {
                return i + 1;
            }
            if (c < 0) {
                count(c);
            } else if (c < 0x20) {
                return -1;
            } else if (c == '\\') {
                return escaped(line, from, i);
            }
            i++;
        }
        return -1;
    }

    /** Counts byte {@code c} (from {@code 0x80} up) of a character for the columns. */
    private void count(byte c) {
        if ((c & 0xC0) == 0x80) {
            shift++;
        } else if ((c & 0xF8) == 0xF0) {
            shift--;
        }
    }

    /** As {@link #string(byte[], int)}, from the first backslash at {@code at} on. */
    private int escaped(byte[] line, int from, int at) {
        StringBuilder sb = escaped;
        sb.setLength(0);
        int n = end;
        int run = from; // the bytes from here to i are to be decoded as they are
        int i = at;
        while (i < n) {
            byte c = line[i];
            if (c == '"') {
                append(sb, line, run, i);
                lastString = sb.toString();
                return i + 1;
            }
            if (c < 0) {
                count(c);
                i++;
                continue;
            }
            if (c < 0x20) {
                return -1;
            }
            if (c != '\\') {
                i++;
                continue;
            }
            append(sb, line, run, i);
            if (i + 1 >= n) {
                return -1;
            }
            byte e = line[i + 1];
            switch (e) {
                case '"', '\\', '/' -> sb.append((char) e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 6 > n) {
                        return -1;
                    }
                    int v = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        int d = hex(line[k]);
                        if (d < 0) {
                            return -1;
                        }
                        v = v << 4 | d;
                    }
                    sb.append((char) v);
                    i += 4;
                }
                default -> {
                    return -1;
                }
            }
            i += 2;
            run = i;
        }
        return -1;
    }

    /** Appends the UTF-8 bytes {@code line[from, to)} (whole characters), decoded. */
    private static void append(StringBuilder sb, byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] < 0) {
                sb.append(new String(line, i, to - i, StandardCharsets.UTF_8));
                return;
            }
            sb.append((char) line[i]);
        }
    }

    /** The value of an ASCII hexadecimal digit, or -1. */
    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Reads a number at {@code from} as JSON writes it ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}): the
     * index after it, or -1.
     */
    private int number(byte[] line, int from) {
        int n = end;
        int i = from;
        if (line[i] == '-') {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        byte c = line[i];
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            i = digits(line, i);
        } else {
            return -1;
        }
        if (i < n && line[i] == '.') {
            int j = digits(line, i + 1);
            if (j == i + 1) {
                return -1;
            }
            i = j;
        }
        if (i < n && (line[i] == 'e' || line[i] == 'E')) {
            i++;
            if (i < n && (line[i] == '+' || line[i] == '-')) {
                i++;
            }
            int j = digits(line, i);
            if (j == i) {
                return -1;
            }
            i = j;
        }
        return i;
    }

    private int digits(byte[] line, int from) {
        int i = from;
        while (i < end && line[i] >= '0' && line[i] <= '9') {
            i++;
        }
        return i;
    }

    /** The index of the first byte at or after {@code from} that is not a space or a tab. */
    private int skip(byte[] line, int from) {
        int i = from;
        while (i < end && (line[i] == ' ' || line[i] == '\t')) {
            i++;
        }
        return i;
    }
}
