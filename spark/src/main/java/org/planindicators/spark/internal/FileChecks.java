package org.planindicators.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationRows;
import org.planindicators.validation.Problem;

/**
 * The checks that need every row of a file, run after the per-partition check on what it wrote: the duplicate
 * problem of each row whose key came before, the count of observations for other jurisdictions, and the tallies of
 * the columns.
 */
public final class FileChecks {
    /** The type of {@link #order}. */
    public static final DecimalType ORDER = DataTypes.createDecimalType(38, 0);
    private static final BigDecimal ORD_RANGE = BigDecimal.valueOf(2).pow(63);

    private FileChecks() {
    }

    /**
     * Turns a checked observation row whose key came before (by file, line, row, cell) into its duplicate problem
     * ({@code O015}), as the readers report it: at the row's indicator cell, under that column's name ({@code
     * fields}: {@link ObservationRows#columnName(int)} of each column, in order).
     */
    public static MapFunction<Row, Row> duplicates(List<String> fields) {
        List<String> columns = List.copyOf(fields);
        return row -> {
            Observation o = SparkObservationRows.observation(row);
            String file = row.getAs("file");
            Integer line = row.getAs("line");
            int column = row.<Integer>getAs("ind_column");
            Problem p = ObservationRows.duplicate(Location.at(file, line == null ? CheckedRows.NO_LINE : line,
                    column), columns.get(column - 1), o);
            return CheckedRows.ordered(p, CheckedRows.ROWS, line, row.<Long>getAs("ord"),
                    CheckedRows.DUPLICATE_SEQ + row.<Integer>getAs("seq"));
        };
    }

    /**
     * The place of a row in a file's order as one number, for a hash aggregation's {@code min}: the line (0 for
     * none, which comes first) times 2^63 plus {@code ord}, a decimal of 38 digits (2^31 × 2^63 &lt; 10^29).
     */
    public static Column order(Column line, Column ord) {
        return coalesce(line, lit(0)).cast(DataTypes.createDecimalType(10, 0)).multiply(lit(ORD_RANGE))
                .plus(ord.cast(DataTypes.createDecimalType(20, 0))).cast(ORDER);
    }

    /**
     * The warnings {@code O027} of one file from the aggregates of its other jurisdictions (columns {@code
     * jurisdiction}, {@code n} and {@code first}, the count and the {@link #order} of the first row of each): one a
     * jurisdiction in the order they first appear, those past the first twenty counted together as {@code …}.
     */
    public static FlatMapGroupsFunction<String, Row, Row> otherJurisdictions(ShippedPlan plan, List<String> names,
            int currentYear) {
        return (file, rows) -> {
            List<Row> firsts = new ArrayList<>();
            rows.forEachRemaining(firsts::add);
            firsts.sort(Comparator.comparing((Row r) -> r.getDecimal(r.fieldIndex("first"))));
            ObservationRows checker = ObservationRows.forColumns(file, names, ImportOptions.defaults(), plan.plan(),
                    currentYear);
            int max = ObservationRows.maxOtherJurisdictions();
            List<Row> out = new ArrayList<>();
            long rest = 0;
            Row restFirst = null;
            for (int i = 0; i < firsts.size(); i++) {
                Row r = firsts.get(i);
                if (i < max) {
                    out.add(other(checker, file, r, r.getAs("jurisdiction"), r.<Long>getAs("n")));
                } else {
                    rest += r.<Long>getAs("n");
                    restFirst = restFirst == null ? r : restFirst;
                }
            }
            if (restFirst != null) {
                out.add(other(checker, file, restFirst, "…", rest));
            }
            return out.iterator();
        };
    }

    private static Row other(ObservationRows checker, String file, Row first, String jurisdiction, long count) {
        BigInteger[] lineAndOrd = first.getDecimal(first.fieldIndex("first")).toBigIntegerExact()
                .divideAndRemainder(ORD_RANGE.toBigIntegerExact());
        int n = lineAndOrd[0].intValueExact();
        Integer line = n == 0 ? null : n;
        Problem p = checker.otherJurisdiction(Location.at(file, line == null ? CheckedRows.NO_LINE : line,
                Math.max(1, checker.jurisdictionColumn())), jurisdiction, count);
        return CheckedRows.ordered(p, CheckedRows.OTHERS, line, lineAndOrd[1].longValueExact(), 0);
    }

    /**
     * The warnings of one file from the tallies of every partition that read its rows: {@code O025}, {@code O026},
     * and {@code O022} when it held no rows.
     */
    public static FlatMapGroupsFunction<String, Row, Row> tallies(ShippedPlan plan, List<String> names,
            int currentYear) {
        return (String file, Iterator<Row> rows) -> {
            Tally sum = Tally.empty(names.size());
            while (rows.hasNext()) {
                Row r = rows.next();
                sum = sum.plus(Tally.parse(r.getAs("tally")));
            }
            long[] numeric = sum.numeric();
            boolean[] nonNumeric = sum.nonNumeric();
            long[] unsupported = sum.unsupported();
            long count = sum.rows();
            ObservationRows checker = ObservationRows.forColumns(file, names, ImportOptions.defaults(), plan.plan(),
                    currentYear);
            List<Row> out = new ArrayList<>();
            int seq = 0;
            for (Problem p : checker.tableProblems(file, numeric, nonNumeric, unsupported)) {
                out.add(CheckedRows.ordered(p, CheckedRows.TABLE, 1, 0, seq++));
            }
            if (count == 0) {
                out.add(CheckedRows.ordered(ObservationRows.noObservations(file), CheckedRows.EMPTY, null, 0, 0));
            }
            return out.iterator();
        };
    }
}
