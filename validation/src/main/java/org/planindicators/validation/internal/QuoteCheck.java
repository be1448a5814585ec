package org.planindicators.validation.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * RFC 4180's rule on quotes, which Jackson's CSV parser does not enforce: a double quote may only open a field
 * (then the field ends at the closing quote, quotes inside doubled), never stand inside a field that did not start
 * with one ({@code 测"试}, {@code 预期"性}). Fed the text character by character, it keeps the line and field of the
 * first quote out of place. Spaces before an opening quote are allowed, as the readers strip cells.
 */
public final class QuoteCheck {
    /** Why a text with a quote out of place is not CSV, for problem messages. */
    public static final String MESSAGE = "a double quote inside a field that does not start with one (RFC 4180:"
            + " quote the whole field and double the quote, as in \"测\"\"试\")";

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private State state = State.FIELD_START;
    private int line = 1;
    private int field = 1;
    private int badLine;
    private int badField;
    private boolean pendingCr;

    /** Reads {@code c}, the next character of the text. */
    public void feed(char c) {
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n' && state != State.QUOTED) {
                return;
            }
        }
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == ',') {
                    field++;
                } else if (c == '\n' || c == '\r') {
                    newLine(c);
                } else if (c != ' ' && c != '\t') {
                    state = State.UNQUOTED;
                }
            }
            case UNQUOTED -> {
                if (c == ',') {
                    field++;
                    state = State.FIELD_START;
                } else if (c == '\n' || c == '\r') {
                    newLine(c);
                } else if (c == '"') {
                    mark();
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else if (c == '\n') {
                    line++;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == ',') {
                    field++;
                    state = State.FIELD_START;
                } else if (c == '\n' || c == '\r') {
                    newLine(c);
                } else if (c != ' ' && c != '\t') {
                    // text after the closing quote: "a"b — Jackson reports it itself; keep reading the field
                    state = State.UNQUOTED;
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void newLine(char c) {
        line++;
        field = 1;
        state = State.FIELD_START;
        pendingCr = c == '\r';
    }

    private void mark() {
        if (badLine == 0) {
            badLine = line;
            badField = field;
        }
    }

    /** {@return the line of the first quote inside an unquoted field, or 0 when none was read} */
    public int badLine() {
        return badLine;
    }

    /** {@return the 1-based field of the first quote inside an unquoted field, or 0 when none was read} */
    public int badField() {
        return badField;
    }

    /** The text of {@code reader}, checked as it is read. */
    public static final class Checked extends FilterReader {
        private final QuoteCheck check = new QuoteCheck();

        /** Checks the text {@code in}. */
        public Checked(Reader in) {
            super(in);
        }

        /** {@return the check of the text read so far} */
        public QuoteCheck check() {
            return check;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                check.feed((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            for (int i = 0; i < n; i++) {
                check.feed(cbuf[off + i]);
            }
            return n;
        }
    }
}
