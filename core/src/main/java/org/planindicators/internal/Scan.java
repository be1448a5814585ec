package org.planindicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseErrorCode;

/**
 * The state of one reading: the input, its normalised text, the figures and years found, where clauses start, and the
 * spans the grammar has consumed. The lexer fills it, the grammars read and complete it.
 */
final class Scan {
    final String input;
    final CjkText norm;
    final String s;
    final int n;
    final List<Figure> figures = new ArrayList<>();
    final List<int[]> years = new ArrayList<>(); // {position, year}
    /** Where each clause starts, {@link #clauses} of them: a growing array of ints, not a list of boxes. */
    private int[] clauseStarts = new int[8];
    private int clauses;
    /** Spans {start, end} of words read as part of a figure's target (a figure-less aspiration). */
    final List<int[]> consumed = new ArrayList<>();
    int depth;
    int clause;

    Scan(String input, CjkText norm) {
        this.input = input;
        this.norm = norm;
        this.s = norm.text();
        this.n = s.length();
    }

    /** Ends a reading with an error; carries no stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient TargetParseError error;

        Failure(TargetParseError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** Records that a clause starts at {@code start}. */
    void startClause(int start) {
        if (clauses == clauseStarts.length) {
            clauseStarts = Arrays.copyOf(clauseStarts, clauses * 2);
        }
        clauseStarts[clauses++] = start;
    }

    /** Where clause {@code c} starts. */
    int clauseStart(int c) {
        if (c >= clauses) {
            throw new IndexOutOfBoundsException(c);
        }
        return clauseStarts[c];
    }

    /** How many clauses the text has. */
    int clauseCount() {
        return clauses;
    }

    void add(Figure f) {
        f.clause = clause;
        f.depth = depth;
        figures.add(f);
    }

    /** Where clause {@code c} ends (exclusive): before its closing punctuation, or the end of the text. */
    int clauseEnd(int c) {
        return c + 1 < clauses ? clauseStarts[c + 1] - 1 : n;
    }

    /** The year the text ties a position to: the last year written before it (到2025年，…), or null. */
    @Nullable Integer yearBefore(int pos) {
        Integer y = null;
        for (int[] yr : years) {
            if (yr[0] < pos) {
                y = yr[1];
            }
        }
        return y;
    }

    /** Whether [{@code start}, {@code end}) lies within a consumed span. */
    boolean isConsumed(int start, int end) {
        for (int[] c : consumed) {
            if (c[0] <= start && end <= c[1]) {
                return true;
            }
        }
        return false;
    }

    int origin(int index) {
        return Math.min(norm.originOf(index, input.length()), input.length());
    }

    Failure fail(TargetParseErrorCode code, int index, String fragment) {
        return new Failure(new TargetParseError(code, input, origin(index), fragment));
    }
}
