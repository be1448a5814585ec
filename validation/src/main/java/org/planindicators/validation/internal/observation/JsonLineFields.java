package org.planindicators.validation.internal.observation;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The members of one JSON line read without a parser: the fast path of {@link JsonLinesFormat}. It reads the lines
 * JSON Lines writers write: one flat object whose values are strings, numbers or {@code null}, with spaces or tabs
 * between tokens. On anything else (a nested object or array, {@code true} or {@code false}, a syntax error, a
 * number or escape JSON does not allow, a control character in a string, a key longer than {@link
 * Parsers#MAX_FIELD_CHARS}) it answers {@code false} and the line goes to Jackson's parser, which reads or reports it
 * as before. So a line read here gives exactly what Jackson gives: the same keys and texts (a string decoded, a number
 * as written), and the same columns, the 1-based character column where each value's token starts and where the
 * closing brace is (differential test: {@code JsonLineFieldsTest}).
 *
 * <p>The arrays are reused line after line; a key spelled as the key at the same place of the line before is that
 * line's string again, and a value met lately at the same place is that string again ({@link RecentTexts}). A line
 * kept as UTF-8 bytes is read by {@link JsonLineBytes}, which puts its members here the same way ({@link
 * #begin()}, {@link #add}, {@link #closeAt(int)}) and shares the keys of the line before, so that a key is the same
 * string whichever path read it. Not thread-safe: one per reader.
 */
final class JsonLineFields {
    private String[] names = new String[16];
    private String[] texts = new String[16];
    private int[] columns = new int[16];
    private int count;
    private int closeColumn;
    /** The keys of the line before, by position, for reuse. */
    private String[] previous = new String[16];
    private final StringBuilder escaped = new StringBuilder();
    /** The values lately read, by member, for reuse. */
    private final RecentTexts recent = new RecentTexts();

    /** How many members the last line read had. */
    int count() {
        return count;
    }

    /** The key of member {@code i}, decoded. */
    String name(int i) {
        return names[i];
    }

    /** The text of member {@code i}: a string decoded, a number as written, {@code null} for JSON {@code null}. */
    String text(int i) {
        return texts[i];
    }

    /** The 1-based column where the value of member {@code i} starts. */
    int column(int i) {
        return columns[i];
    }

    /** The 1-based column of the closing brace. */
    int closeColumn() {
        return closeColumn;
    }

    /** Empties the members, for a line about to be read. */
    void begin() {
        count = 0;
    }

    /** The key at member {@code i} of the line read before (or of an earlier line), or {@code null}. */
    @Nullable String previousKey(int i) {
        return i < previous.length ? previous[i] : null;
    }

    /** The values lately read, shared with {@link JsonLineBytes}. */
    RecentTexts recent() {
        return recent;
    }

    /** Sets the 1-based column of the closing brace. */
    void closeAt(int column) {
        closeColumn = column;
    }

    /** Reads {@code line}; false when it is not a flat object of strings, numbers and nulls, as JSON allows it. */
    boolean read(String line) {
        count = 0;
        int n = line.length();
        int i = skip(line, 0);
        if (i >= n || line.charAt(i) != '{') {
            return false;
        }
        i = skip(line, i + 1);
        if (i < n && line.charAt(i) == '}') {
            return end(line, i);
        }
        while (true) {
            // A key.
            if (i >= n || line.charAt(i) != '"') {
                return false;
            }
            int keyEnd = string(line, i + 1);
            if (keyEnd < 0 || keyEnd - i > Parsers.MAX_FIELD_CHARS) {
                return false;
            }
            String key = lastString;
            if (key == null) {
                key = keyAt(line, i + 1, keyEnd - 1);
            }
            i = skip(line, keyEnd);
            if (i >= n || line.charAt(i) != ':') {
                return false;
            }
            i = skip(line, i + 1);
            if (i >= n) {
                return false;
            }
            // A value.
            int start = i;
            char c = line.charAt(i);
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
            } else if (line.startsWith("null", i)) {
                i += 4;
                text = null;
            } else {
                return false; // true, false, an object, an array, or not JSON
            }
            add(key, text, start + 1);
            i = skip(line, i);
            if (i >= n) {
                return false;
            }
            c = line.charAt(i);
            if (c == '}') {
                return end(line, i);
            }
            if (c != ',') {
                return false;
            }
            i = skip(line, i + 1);
        }
    }

    private boolean end(String line, int close) {
        closeColumn = close + 1;
        return skip(line, close + 1) == line.length();
    }

    /** Adds a member: its key, its text ({@code null} for JSON null) and the 1-based column where the value starts. */
    void add(String key, @Nullable String text, int column) {
        if (count == names.length) {
            int m = count * 2;
            names = Arrays.copyOf(names, m);
            texts = Arrays.copyOf(texts, m);
            columns = Arrays.copyOf(columns, m);
            previous = Arrays.copyOf(previous, m);
        }
        names[count] = key;
        previous[count] = key;
        texts[count] = text;
        columns[count] = column;
        count++;
    }

    /** The key between {@code from} and {@code to} (no escape in it): the line before's key there when the same. */
    private String keyAt(String line, int from, int to) {
        if (count < previous.length) {
            String p = previous[count];
            if (p != null && p.length() == to - from && line.startsWith(p, from)) {
                return p;
            }
        }
        return line.substring(from, to);
    }

    /** The decoded string when it had escapes, else {@code null} (the text is the line's between the quotes). */
    private String lastString;

    /**
     * Reads a string whose text starts at {@code from} (after the opening quote): the index after the closing quote,
     * or -1 when JSON does not allow it; {@link #lastString} is then the decoded text when there were escapes.
     */
    private int string(String line, int from) {
        lastString = null;
        int n = line.length();
        int i = from;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20) {
                return -1;
            }
            if (c == '\\') {
                return escaped(line, from, i);
            }
            i++;
        }
        return -1;
    }

    /** As {@link #string(String, int)}, from the first backslash at {@code at} on. */
    private int escaped(String line, int from, int at) {
        StringBuilder sb = escaped;
        sb.setLength(0);
        sb.append(line, from, at);
        int n = line.length();
        int i = at;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                lastString = sb.toString();
                return i + 1;
            }
            if (c < 0x20) {
                return -1;
            }
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                return -1;
            }
            char e = line.charAt(i + 1);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
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
                        int d = Character.digit(line.charAt(k), 16);
                        if (d < 0 || line.charAt(k) > 'f') {
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
        }
        return -1;
    }

    /**
     * Reads a number at {@code from} as JSON writes it ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}): the
     * index after it, or -1.
     */
    private static int number(String line, int from) {
        int n = line.length();
        int i = from;
        if (line.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        char c = line.charAt(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            i = digits(line, i);
        } else {
            return -1;
        }
        if (i < n && line.charAt(i) == '.') {
            int j = digits(line, i + 1);
            if (j == i + 1) {
                return -1;
            }
            i = j;
        }
        if (i < n && (line.charAt(i) == 'e' || line.charAt(i) == 'E')) {
            i++;
            if (i < n && (line.charAt(i) == '+' || line.charAt(i) == '-')) {
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

    private static int digits(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The index of the first character at or after {@code from} that is not a space or a tab. */
    private static int skip(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
