package org.planindicators.spark.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The column tallies of one file in one partition, or summed over partitions: the rows with a cell, and for each data
 * column the numeric cells, whether any cell was not numeric, and the cells of an unsupported form. It travels between
 * the per-partition check and the file-wide checks as one text, {@link #toString()} (read back by {@link
 * #parse(String)}): {@code rows;numeric,…;flags;unsupported,…} with a flag {@code 1} or {@code 0} a column, as in
 * {@code 12;3,0;01;0,0}. One text column instead of three arrays keeps the checked rows' schema small (see {@link
 * CheckedRows#SCHEMA}).
 */
public final class Tally {
    private final long rows;
    private final long[] numeric;
    private final boolean[] nonNumeric;
    private final long[] unsupported;

    private Tally(long rows, long[] numeric, boolean[] nonNumeric, long[] unsupported) {
        if (rows < 0 || numeric.length != nonNumeric.length || numeric.length != unsupported.length) {
            throw new IllegalArgumentException("a tally needs a count of rows and one entry a column in each array");
        }
        this.rows = rows;
        this.numeric = numeric;
        this.nonNumeric = nonNumeric;
        this.unsupported = unsupported;
    }

    /** A tally of {@code rows} rows and these columns (copied). */
    public static Tally of(long rows, long[] numeric, boolean[] nonNumeric, long[] unsupported) {
        return new Tally(rows, numeric.clone(), nonNumeric.clone(), unsupported.clone());
    }

    /** The empty tally of {@code columns} columns. */
    public static Tally empty(int columns) {
        return new Tally(0, new long[columns], new boolean[columns], new long[columns]);
    }

    /** Reads the text {@link #toString()} writes. */
    public static Tally parse(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a tally: " + text);
        }
        long[] numeric = longs(parts[1]);
        long[] unsupported = longs(parts[3]);
        boolean[] nonNumeric = new boolean[parts[2].length()];
        for (int i = 0; i < nonNumeric.length; i++) {
            char c = parts[2].charAt(i);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("not a tally: " + text);
            }
            nonNumeric[i] = c == '1';
        }
        return new Tally(Long.parseLong(parts[0]), numeric, nonNumeric, unsupported);
    }

    private static long[] longs(String text) {
        return text.isEmpty() ? new long[0] : Arrays.stream(text.split(",", -1)).mapToLong(Long::parseLong).toArray();
    }

    /** This tally and another of the same columns summed (the flags or-ed). */
    public Tally plus(Tally other) {
        if (other.numeric.length != numeric.length) {
            throw new IllegalArgumentException("tallies of " + numeric.length + " and " + other.numeric.length
                    + " columns");
        }
        long[] n = numeric.clone();
        boolean[] b = nonNumeric.clone();
        long[] u = unsupported.clone();
        for (int i = 0; i < n.length; i++) {
            n[i] += other.numeric[i];
            b[i] |= other.nonNumeric[i];
            u[i] += other.unsupported[i];
        }
        return new Tally(rows + other.rows, n, b, u);
    }

    /** The rows with a cell. */
    public long rows() {
        return rows;
    }

    /** The numeric cells of each column (a copy). */
    public long[] numeric() {
        return numeric.clone();
    }

    /** Whether each column had a cell that was not numeric (a copy). */
    public boolean[] nonNumeric() {
        return nonNumeric.clone();
    }

    /** The cells of an unsupported form in each column (a copy). */
    public long[] unsupported() {
        return unsupported.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && rows == t.rows && Arrays.equals(numeric, t.numeric)
                && Arrays.equals(nonNumeric, t.nonNumeric) && Arrays.equals(unsupported, t.unsupported);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, Arrays.hashCode(numeric), Arrays.hashCode(nonNumeric), Arrays.hashCode(unsupported));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(rows).append(';');
        join(sb, numeric);
        sb.append(';');
        for (boolean b : nonNumeric) {
            sb.append(b ? '1' : '0');
        }
        sb.append(';');
        join(sb, unsupported);
        return sb.toString();
    }

    private static void join(StringBuilder sb, long[] values) {
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
    }
}
