package org.planindicators.validation.internal.observation;

import java.util.List;

/**
 * The fields of one CSV line, split without a parser: the fast path of {@link CsvFormat}. It reads the lines RFC 4180
 * writes: fields separated by commas, a field either without any double quote or quoted whole ({@code "a,b"}, a
 * quote inside doubled: {@code "测""试"}), the closing quote followed by a comma or the end of the line. On any other
 * line (a quote inside an unquoted field, spaces before an opening quote, text after a closing quote, a quote not
 * closed) it answers {@code false} and leaves the line to the full parser, which reports what is wrong with it; so
 * a line it splits gives exactly the fields Jackson's CSV parser gives (differential test: {@code CsvFieldsTest}),
 * and a line it refuses costs what it cost before.
 *
 * <p>Fields are kept as written (not stripped); a field without quotes is a substring of the line, or, when the
 * same text stood in the same column lately, that string again ({@link #RECENT} a column, chosen by length and end
 * characters): the codes, jurisdictions, years, units and statuses of a long file repeat, and a string met again
 * costs no copy and keeps its hash for the lookups that follow. Not thread-safe: one per reader.
 */
final class CsvFields {
    /** How many recent texts of a column are kept for reuse (a power of two). */
    static final int RECENT = 16;
    /** The longest field looked up among the recent texts. */
    private static final int MAX_REUSED = 32;
    /** The most columns whose recent texts are kept (the rest are copied each time). */
    private static final int MAX_COLUMNS = 256;

    /** Recent texts: {@code RECENT} slots for each column. */
    private String[] recent = new String[RECENT * 16];

    /**
     * The most fields split here: the full parser counts a token for each field and two for the line, and refuses a
     * line of more than {@link Parsers#MAX_LINE_CHARS} tokens; such a line (nothing but commas) is left to it.
     */
    static final int MAX_FIELDS = Parsers.MAX_LINE_CHARS - 2;

    /** The text of the line between {@code from} and {@code to}, in column {@code k}: a recent string when the same. */
    private String field(String line, int from, int to, int k) {
        int len = to - from;
        if (len == 0) {
            return "";
        }
        if (len > MAX_REUSED) {
            return line.substring(from, to);
        }
        if (k * RECENT >= recent.length) {
            if (k >= MAX_COLUMNS) {
                return line.substring(from, to);
            }
            recent = java.util.Arrays.copyOf(recent, Math.max(recent.length * 2, (k + 1) * RECENT));
        }
        int slot = k * RECENT + ((len + 31 * line.charAt(to - 1) + 7 * line.charAt(from)) & (RECENT - 1));
        String r = recent[slot];
        if (r != null && r.length() == len && line.startsWith(r, from)) {
            return r;
        }
        String s = line.substring(from, to);
        recent[slot] = s;
        return s;
    }

    /**
     * Splits {@code line} (no line break in it) into {@code out}, which is cleared first.
     *
     * @return true when the line was split; false when it is not plain RFC 4180 and {@code out} is to be ignored
     */
    boolean split(String line, List<String> out) {
        out.clear();
        int n = line.length();
        if (n == 0) {
            return true; // no field at all, as Jackson reads an empty line
        }
        if (line.indexOf('"') < 0) {
            int start = 0;
            while (true) {
                int comma = line.indexOf(',', start);
                if (comma < 0) {
                    out.add(field(line, start, n, out.size()));
                    return out.size() <= MAX_FIELDS;
                }
                out.add(field(line, start, comma, out.size()));
                start = comma + 1;
            }
        }
        int i = 0;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                int end = quoted(line, i + 1, out);
                if (end < 0) {
                    return false;
                }
                i = end;
            } else {
                int j = i;
                while (j < n) {
                    char c = line.charAt(j);
                    if (c == ',') {
                        break;
                    }
                    if (c == '"') {
                        return false;
                    }
                    j++;
                }
                out.add(field(line, i, j, out.size()));
                i = j;
            }
            // i is at a comma or at the end of the line.
            if (i >= n) {
                return out.size() <= MAX_FIELDS;
            }
            i++;
        }
    }

    /**
     * Reads a quoted field whose text starts at {@code from} (after the opening quote) into {@code out}: the index
     * after the closing quote (a comma or the end of the line), or -1 when the field is not closed there.
     */
    private static int quoted(String line, int from, List<String> out) {
        int n = line.length();
        StringBuilder sb = null;
        int start = from;
        int i = from;
        while (true) {
            int q = line.indexOf('"', i);
            if (q < 0) {
                return -1; // not closed on this line
            }
            if (q + 1 < n && line.charAt(q + 1) == '"') {
                if (sb == null) {
                    sb = new StringBuilder(q - start + 16);
                }
                sb.append(line, start, q + 1); // the text and one quote of the pair
                start = q + 2;
                i = q + 2;
                continue;
            }
            if (q + 1 < n && line.charAt(q + 1) != ',') {
                return -1; // text after the closing quote
            }
            out.add(sb == null ? line.substring(start, q) : sb.append(line, start, q).toString());
            return q + 1;
        }
    }
}
