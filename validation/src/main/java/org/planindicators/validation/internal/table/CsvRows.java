package org.planindicators.validation.internal.table;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.internal.QuoteCheck;
import org.planindicators.validation.internal.TextInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * The rows of a CSV text, one at a time, each field with the line it starts on. Cells longer than {@link
 * TableSyntax#MAX_CELL_CHARS} are refused by the CSV parser itself (memory stays bounded), and fields after the
 * {@link TableSyntax#MAX_COLUMNS}th are counted but not kept. A syntax error, a long cell or a failing input ends the
 * rows; {@link #failure()} then says what and where.
 */
final class CsvRows implements AutoCloseable, RowSource {
    /** The CSV parser of tables: no schema (rows as arrays), cells refused past the limit. */
    static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(TableSyntax.MAX_CELL_CHARS).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build());

    /**
     * One row.
     *
     * @param line the line the row starts on
     * @param fields the fields, at most {@link TableSyntax#MAX_COLUMNS}, as written (not stripped)
     * @param lines the line each kept field starts on
     * @param fieldCount how many fields the row has, kept or not
     */
    record Row(int line, List<String> fields, int[] lines, int fieldCount) {
        /** The field {@code index} (0-based), stripped; "" past the end of the row. */
        String cell(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }

        /** The line field {@code index} starts on; the row's line past the end. */
        int lineOf(int index) {
            return index < lines.length ? lines[index] : line;
        }

        /** Whether every field is blank. */
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }

        /** How many fields are not blank. */
        long filled() {
            return fields.stream().filter(f -> !f.isBlank()).count();
        }
    }

    /** Why the rows ended early. */
    enum FailureKind {
        /** A cell longer than the limit. */
        CELL_TOO_LONG,
        /** Broken CSV syntax. */
        MALFORMED,
        /** The bytes stopped decoding in the file's encoding. */
        BAD_ENCODING,
        /** A NUL character: the input is binary. */
        BINARY,
        /** The input grew past the size limit. */
        TOO_LARGE,
        /** The input failed. */
        UNREADABLE
    }

    /**
     * Why and where the rows ended early.
     *
     * @param kind what went wrong
     * @param line the line of the field being read
     * @param field the 1-based number of that field in its row
     * @param message the parser's or the input's message
     * @param cause the exception
     */
    record Failure(FailureKind kind, int line, int field, String message, Throwable cause) {
    }

    private final JsonParser parser;
    /** The text as the parser reads it, checked for quotes inside unquoted fields (RFC 4180). */
    private final QuoteCheck.Checked quotes;
    private @Nullable Failure failure;
    private boolean done;

    CsvRows(Reader reader) {
        this.quotes = new QuoteCheck.Checked(reader);
        this.parser = MAPPER.createParser(quotes);
    }

    /** The next row, or {@code null} at the end of the text or after a failure. */
    @Override
    public @Nullable Row next() {
        if (done) {
            return null;
        }
        int line = 1;
        int field = 1;
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                QuoteCheck check = quotes.check();
                if (check.badLine() > 0) {
                    fail(FailureKind.MALFORMED, check.badLine(), check.badField(), QuoteCheck.MESSAGE,
                            new IllegalStateException("stray quote"));
                    return null;
                }
                done = true;
                return null;
            }
            List<String> fields = new ArrayList<>();
            int[] lines = new int[8];
            int count = 0;
            while (true) {
                TokenStreamLocation at = parser.currentLocation();
                line = Math.max(1, at.getLineNr());
                field = count + 1;
                t = parser.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) {
                    break;
                }
                count++;
                if (count <= TableSyntax.MAX_COLUMNS) {
                    if (fields.size() == lines.length) {
                        lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                    }
                    lines[fields.size()] = line;
                    fields.add(parser.getString());
                }
            }
            if (fields.isEmpty()) {
                fields.add("");
                lines[0] = line;
            }
            QuoteCheck check = quotes.check();
            if (check.badLine() > 0 && check.badLine() <= line) {
                fail(FailureKind.MALFORMED, check.badLine(), check.badField(), QuoteCheck.MESSAGE,
                        new IllegalStateException("stray quote"));
                return null;
            }
            return new Row(lines[0], List.copyOf(fields), java.util.Arrays.copyOf(lines, fields.size()), count);
        } catch (JacksonException e) {
            fail(kindOf(e), line, field, messageOf(e), e);
        }
        return null;
    }

    private static FailureKind kindOf(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return FailureKind.CELL_TOO_LONG;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TableReader.TooLargeException) {
                return FailureKind.TOO_LARGE;
            }
        }
        if (TextInput.isNul(e)) {
            return FailureKind.BINARY;
        }
        if (TextInput.isDecodingFailure(e)) {
            return FailureKind.BAD_ENCODING;
        }
        return e instanceof JacksonIOException ? FailureKind.UNREADABLE : FailureKind.MALFORMED;
    }

    private static String messageOf(JacksonException e) {
        if (e instanceof JacksonIOException io && io.getCause() != null) {
            return String.valueOf(io.getCause().getMessage());
        }
        return String.valueOf(e.getOriginalMessage());
    }

    private void fail(FailureKind kind, int line, int field, String message, Throwable cause) {
        failure = new Failure(kind, line, field, message, cause);
        done = true;
    }

    /** Why the rows ended early, or {@code null} when they did not. */
    @Override
    public @Nullable Failure failure() {
        return failure;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (JacksonException e) {
            // Closing the reader of a text already read: nothing to report.
        }
    }
}
