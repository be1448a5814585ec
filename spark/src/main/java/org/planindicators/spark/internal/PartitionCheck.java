package org.planindicators.spark.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ObservationRows;
import org.planindicators.validation.Problem;

/**
 * The check of one partition: each row through {@link ObservationRows} (the file readers' own rules), one checker for
 * each file met, rows streamed in and out (nothing of the partition is held but the rows of one input row).
 */
public final class PartitionCheck implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** Bits of the row index within a partition in {@code ord}; the partition's number is above them. */
    static final int ORD_BITS = 40;

    private final ShippedPlan plan;
    private final List<String> names;
    private final int[] dataColumns;
    private final int fileColumn;
    private final int lineColumn;
    private final String defaultFile;
    private final int currentYear;

    /**
     * A check of rows whose data columns are {@code dataColumns} (named {@code names}), the file at {@code
     * fileColumn} and the line at {@code lineColumn} (-1: none).
     */
    public PartitionCheck(ShippedPlan plan, List<String> names, int[] dataColumns, int fileColumn, int lineColumn,
            String defaultFile, int currentYear) {
        this.plan = plan;
        this.names = new ArrayList<>(names);
        this.dataColumns = dataColumns.clone();
        this.fileColumn = fileColumn;
        this.lineColumn = lineColumn;
        this.defaultFile = defaultFile;
        this.currentYear = currentYear;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        TaskContext task = TaskContext.get();
        long partition = task == null ? 0 : task.partitionId();
        return new Out(input, partition << ORD_BITS);
    }

    /** The rows out, made as the rows in are read. */
    private final class Out implements Iterator<Row> {
        private final Iterator<Row> in;
        private final ArrayDeque<Row> ready = new ArrayDeque<>();
        private final Map<String, ObservationRows> checkers = new LinkedHashMap<>();
        private final Map<String, long[]> rowCounts = new LinkedHashMap<>();
        private long ord;
        private boolean finished;

        Out(Iterator<Row> in, long firstOrd) {
            this.in = in;
            this.ord = firstOrd;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty()) {
                if (in.hasNext()) {
                    accept(in.next());
                } else if (!finished) {
                    finish();
                    finished = true;
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private ObservationRows checker(String file) {
            ObservationRows c = checkers.get(file);
            if (c == null) {
                c = ObservationRows.forColumns(file, names, ImportOptions.defaults(), plan.plan(), currentYear);
                checkers.put(file, c);
                rowCounts.put(file, new long[1]);
                if (fileColumn >= 0) {
                    // With a file column the header belongs to each file; the driver drops the copies made by other
                    // partitions.
                    int seq = 0;
                    for (Problem p : c.headerProblems()) {
                        ready.add(CheckedRows.problem(p, CheckedRows.HEADER, 1, 0, seq++));
                    }
                }
            }
            return c;
        }

        private void accept(Row row) {
            long rowOrd = ord++;
            String file = fileColumn >= 0 && !row.isNullAt(fileColumn) ? String.valueOf(row.get(fileColumn))
                    : defaultFile;
            ObservationRows c = checker(file);
            if (!c.readable()) {
                return;
            }
            Integer line = lineColumn >= 0 && !row.isNullAt(lineColumn) ? lineOf(row.get(lineColumn)) : null;
            int checkedLine = line == null ? CheckedRows.NO_LINE : line;
            List<@Nullable String> cells = new ArrayList<>(dataColumns.length);
            boolean any = false;
            for (int i : dataColumns) {
                String text = row.isNullAt(i) ? null : Cells.text(row.get(i));
                any |= text != null && !text.isBlank();
                cells.add(text);
            }
            if (any) {
                rowCounts.get(file)[0]++;
            }
            ObservationRows.Checked checked = c.check(file, checkedLine, cells);
            int seq = 0;
            for (Problem p : checked.problems()) {
                ready.add(CheckedRows.problem(p, CheckedRows.ROWS, line, rowOrd, seq++));
            }
            if (checked.observations().isEmpty()) {
                return;
            }
            int indicatorColumn = c.indicatorColumn(cells);
            int j = 0;
            for (Observation o : checked.observations()) {
                ready.add(CheckedRows.observation(file, line, j++, rowOrd, o, c.duplicateKey(o),
                        c.isOtherJurisdiction(o), indicatorColumn));
            }
        }

        private void finish() {
            if (fileColumn < 0 && checkers.isEmpty()) {
                checker(defaultFile);
            }
            for (Map.Entry<String, ObservationRows> e : checkers.entrySet()) {
                ObservationRows c = e.getValue();
                if (c.readable()) {
                    ready.add(CheckedRows.tally(e.getKey(), Tally.of(rowCounts.get(e.getKey())[0], c.numericCells(),
                            c.nonNumeric(), c.unsupportedCells())));
                }
            }
        }
    }

    /** A line number from an integral column; a value that is not a line number (0, negative, too big) is none. */
    static @Nullable Integer lineOf(Object value) {
        long n;
        if (value instanceof Number number && !(value instanceof BigDecimal d && d.scale() > 0)) {
            n = number.longValue();
        } else {
            try {
                n = Long.parseLong(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return n >= 1 && n < CheckedRows.NO_LINE ? (int) n : null;
    }
}
