package org.planindicators.validation.internal.observation;

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
 * same text stood in the same column lately, that string again ({@link RecentTexts}). Not thread-safe: one per
 * reader.
 */
final class CsvFields {
    private final RecentTexts recent = new RecentTexts();

    /**
     * The most fields split here: the full parser counts a token for each field and two for the line, and refuses a
     * line of more than {@link Parsers#MAX_LINE_CHARS} tokens; such a line (nothing but commas) is left to it.
     */
    static final int MAX_FIELDS = Parsers.MAX_LINE_CHARS - 2;

    /**
     * Splits {@code line} (no line break in it) into {@code out}, which is cleared first.
     *
     * @return true when the line was split; false when it is not plain RFC 4180 and {@code out} is to be ignored
     */
    boolean split(String line, Cells out) {
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
                    out.add(recent.cut(line, start, n, out.size()));
                    return out.size() <= MAX_FIELDS;
                }
                out.add(recent.cut(line, start, comma, out.size()));
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
                out.add(recent.cut(line, i, j, out.size()));
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
     * Splits the well-formed UTF-8 bytes {@code line[from, to)} of a line (no line break in them) into {@code out},
     * which is cleared first, as {@link #split(String, Cells)} splits their text: a comma or a quote is one byte in
     * UTF-8 and never part of another character, so the fields are the texts of the bytes between the commas, or
     * between a field's quotes. A field quoted whole is read here when it holds no quote of its own ({@code "a,b"},
     * {@code "亿元"}, {@code ""}); a doubled quote inside one, a quote inside an unquoted field, text after a closing
     * quote or a quote not closed leaves the line to the text.
     *
     * @return true when the line was split; false when it is left to {@link #split(String, Cells)} (which reads its
     *     text) and {@code out} is to be ignored
     */
    boolean split(byte[] line, int from, int to, Cells out) {
        out.clear();
        if (to == from) {
            return true;
        }
        int i = from;
        while (true) {
            int end;
            if (i < to && line[i] == '"') {
                int q = i + 1;
                while (q < to && line[q] != '"') {
                    q++;
                }
                end = q + 1; // after the closing quote: a comma or the end of the line
                if (q >= to || end < to && line[end] != ',') {
                    return false; // not closed, a doubled quote, or text after the closing quote
                }
                out.add(recent.cut(line, i + 1, q, out.size()));
            } else {
                end = i;
                while (end < to) { // one pass: a quote anywhere in the field gives the line up
                    byte b = line[end];
                    if (b == ',') {
                        break;
                    }
                    if (b == '"') {
                        return false;
                    }
                    end++;
                }
                out.add(recent.cut(line, i, end, out.size()));
            }
            if (end >= to) {
                return out.size() <= MAX_FIELDS;
            }
            i = end + 1; // past the comma: a field follows, empty at the end of the line
        }
    }

    /**
     * Reads a quoted field whose text starts at {@code from} (after the opening quote) into {@code out}: the index
     * after the closing quote (a comma or the end of the line), or -1 when the field is not closed there.
     */
    private static int quoted(String line, int from, Cells out) {
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
