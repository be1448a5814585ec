package org.planindicators.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
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
    private FileChecks() {
    }

    /**
     * Turns a checked observation row whose key came before (by file, line, row, cell) into its duplicate problem
     * ({@code O015}), as the readers report it.
     */
    public static MapFunction<Row, Row> duplicates() {
        return row -> {
            Observation o = SparkObservationRows.observation(row);
            String file = row.getAs("file");
            Integer line = row.getAs("line");
            int column = row.<Integer>getAs("ind_column");
            Problem p = ObservationRows.duplicate(Location.at(file, line == null ? CheckedRows.NO_LINE : line,
                    column), row.getAs("ind_field"), o);
            return CheckedRows.ordered(p, CheckedRows.ROWS, line, row.<Long>getAs("ord"),
                    CheckedRows.DUPLICATE_SEQ + row.<Integer>getAs("seq"));
        };
    }

    /**
     * The warnings {@code O027} of one file from the aggregates of its other jurisdictions (columns {@code
     * jurisdiction}, {@code n}, {@code line}, {@code ord}, {@code jur_column}: the count and the first row of each):
     * one a jurisdiction in the order they first appear, those past the first twenty counted together as {@code …}.
     */
    public static FlatMapGroupsFunction<String, Row, Row> otherJurisdictions(ShippedPlan plan, List<String> names,
            int currentYear) {
        return (file, rows) -> {
            List<Row> firsts = new ArrayList<>();
            rows.forEachRemaining(firsts::add);
            firsts.sort(Comparator.comparing((Row r) -> r.<Integer>getAs("line"),
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(r -> r.<Long>getAs("ord")));
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
        Integer line = first.getAs("line");
        int column = first.<Integer>getAs("jur_column");
        Problem p = checker.otherJurisdiction(Location.at(file, line == null ? CheckedRows.NO_LINE : line,
                Math.max(1, column)), jurisdiction, count);
        return CheckedRows.ordered(p, CheckedRows.OTHERS, line, first.<Long>getAs("ord"), 0);
    }

    /**
     * The warnings of one file from the tallies of every partition that read its rows: {@code O025}, {@code O026},
     * and {@code O022} when it held no rows.
     */
    public static FlatMapGroupsFunction<String, Row, Row> tallies(ShippedPlan plan, List<String> names,
            int currentYear) {
        return (String file, Iterator<Row> rows) -> {
            int n = names.size();
            long[] numeric = new long[n];
            boolean[] nonNumeric = new boolean[n];
            long[] unsupported = new long[n];
            long count = 0;
            while (rows.hasNext()) {
                Row r = rows.next();
                List<Long> a = r.getList(r.fieldIndex("numeric"));
                List<Boolean> b = r.getList(r.fieldIndex("non_numeric"));
                List<Long> c = r.getList(r.fieldIndex("unsupported"));
                for (int i = 0; i < n; i++) {
                    numeric[i] += a.get(i);
                    nonNumeric[i] |= b.get(i);
                    unsupported[i] += c.get(i);
                }
                count += r.<Long>getAs("rows");
            }
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
