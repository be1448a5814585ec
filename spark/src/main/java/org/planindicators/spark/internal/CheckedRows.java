package org.planindicators.spark.internal;

import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.validation.Location;
import org.planindicators.validation.Problem;

/**
 * The rows the per-partition check writes, of three kinds in one schema: a problem ({@code p}), an observation that
 * passed every check but the duplicate check ({@code o}), and the column tallies of a file in a partition ({@code
 * t}). The order columns ({@code phase}, {@code line} of the row, {@code ord}, {@code seq}) put problems in the order a file
 * reader lists them: the header's (phase 0), the rows' (1, by line, then within a row), the table's (2), the other
 * jurisdictions' (3), an empty file's (4).
 */
public final class CheckedRows {
    /** A problem. */
    public static final String PROBLEM = "p";
    /** An observation. */
    public static final String OBSERVATION = "o";
    /** A tally. */
    public static final String TALLY = "t";

    /** The line given to the checks of a row that has no line number; never shown. */
    public static final int NO_LINE = Integer.MAX_VALUE;

    /** Phases of the problems' order. */
    public static final int HEADER = 0;
    /** Rows. */
    public static final int ROWS = 1;
    /** The table's tallies. */
    public static final int TABLE = 2;
    /** Other jurisdictions. */
    public static final int OTHERS = 3;
    /** No observations. */
    public static final int EMPTY = 4;
    /** The {@code seq} of a duplicate problem: after the row's own problems. */
    public static final int DUPLICATE_SEQ = 1_000_000;

    /** The problems' columns and the order columns. */
    public static final StructType PROBLEM_ORDER = new StructType(new StructField[] {
        f("file", DataTypes.StringType), f("line", DataTypes.IntegerType), f("column", DataTypes.IntegerType),
        f("pointer", DataTypes.StringType), f("severity", DataTypes.StringType), f("code", DataTypes.StringType),
        f("field", DataTypes.StringType), f("value", DataTypes.StringType), f("message", DataTypes.StringType),
        f("message_zh", DataTypes.StringType), f("phase", DataTypes.IntegerType), f("ord", DataTypes.LongType),
        f("seq", DataTypes.IntegerType), f("row_line", DataTypes.IntegerType)});

    /**
     * Every column. Kept narrow on purpose: Spark turns each external row into its internal form with one generated
     * method for the whole schema, and past 8,000 bytes of bytecode the JVM never compiles that method (it stays
     * interpreted, as measured: about an eighth of the check's time with 31 columns and three arrays). Values that
     * are the same for every row of a file (the indicator column's name, the jurisdiction column) are not written per
     * row; a file's tallies travel as one text ({@link Tally}).
     */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        f("kind", DataTypes.StringType), f("file", DataTypes.StringType), f("phase", DataTypes.IntegerType),
        f("line", DataTypes.IntegerType), f("seq", DataTypes.IntegerType), f("ord", DataTypes.LongType),
        f("column", DataTypes.IntegerType), f("pointer", DataTypes.StringType), f("severity", DataTypes.StringType),
        f("code", DataTypes.StringType), f("field", DataTypes.StringType), f("value", DataTypes.StringType),
        f("message", DataTypes.StringType), f("message_zh", DataTypes.StringType),
        f("indicator", DataTypes.StringType), f("jurisdiction", DataTypes.StringType),
        f("period", DataTypes.StringType), f("obs_value", DataTypes.StringType), f("unit", DataTypes.StringType),
        f("status", DataTypes.StringType), f("source", DataTypes.StringType),
        f("dimensions", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType)),
        f("key", DataTypes.StringType), f("other", DataTypes.BooleanType), f("ind_column", DataTypes.IntegerType),
        f("tally", DataTypes.StringType), f("p_line", DataTypes.IntegerType)});

    private CheckedRows() {
    }

    private static StructField f(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /** The line a problem shows: none for the stand-in of a row without a line number. */
    static @Nullable Integer shownLine(@Nullable Integer line) {
        return line == null || line == NO_LINE ? null : line;
    }

    /** A problem row of {@link #SCHEMA}. */
    public static Row problem(Problem p, int phase, @Nullable Integer line, long ord, int seq) {
        Location l = p.location();
        return RowFactory.create(PROBLEM, l.file(), phase, line, seq, ord, l.column(), l.pointer(),
                p.severity().code(), p.code().code(), p.field(), p.value(), p.message(Locale.ENGLISH),
                p.message(Locale.CHINESE), null, null, null, null, null, null, null, null, null, null, null, null,
                shownLine(l.line()));
    }

    /** A problem row of {@link #PROBLEM_ORDER}, ordered at the row of {@code line} (the problem's own line shown). */
    public static Row ordered(Problem p, int phase, @Nullable Integer line, long ord, int seq) {
        Location l = p.location();
        return RowFactory.create(l.file(), shownLine(l.line()), l.column(), l.pointer(), p.severity().code(),
                p.code().code(), p.field(), p.value(), p.message(Locale.ENGLISH), p.message(Locale.CHINESE), phase,
                ord, seq, line);
    }

    /** An observation row of {@link #SCHEMA}. */
    public static Row observation(String file, @Nullable Integer line, int seq, long ord, Observation o, String key,
            boolean other, int indicatorColumn) {
        return RowFactory.create(OBSERVATION, file, ROWS, line, seq, ord, null, null, null, null, null, null, null,
                null, o.indicator(), o.jurisdiction(), o.period().toString(), o.value().value().toPlainString(),
                o.value().unit().symbol(), o.status().code(), o.source() == null ? null : o.source().toString(),
                scala.jdk.javaapi.CollectionConverters.asScala(o.dimensions()), key, other, indicatorColumn, null,
                null);
    }

    /** A tally row of {@link #SCHEMA}. */
    public static Row tally(String file, Tally tally) {
        return RowFactory.create(TALLY, file, TABLE, null, 0, 0L, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, tally.toString(), null);
    }
}
