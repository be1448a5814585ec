package org.planindicators.validation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.internal.observation.RowByRow;

/**
 * The rules of {@link Observations} for rows that the caller holds and hands over one at a time, such as the rows of
 * a Spark partition: the same header rules (Chinese and English column names, units in brackets, wide tables), the
 * same checks of every row, the same codes, fields, values and messages. Two checks need every row of a file and are
 * left to the caller, who sees them all: the duplicate check ({@link #duplicateKey(Observation)}, {@link
 * #duplicate(Location, String, Observation)}) and the count of observations for jurisdictions other than the plan's
 * ({@link #isOtherJurisdiction(Observation)}, {@link #otherJurisdiction(Location, String, long)}); the column tallies
 * of a file ({@link #tableProblems(String, long[], boolean[], long[])}) are summed by the caller too.
 *
 * <p>Rows are numbered as a file reader numbers lines: the header is line 1, so the first row is usually line 2. A
 * column's number in a problem is its 1-based place among {@code columns}.
 *
 * <p>Not thread-safe: one instance for each file in each partition.
 */
public final class ObservationRows {
    private final RowByRow rows;

    private ObservationRows(RowByRow rows) {
        this.rows = rows;
    }

    /**
     * Rows of {@code file} with the header {@code columns}, read with {@code options} and checked against {@code
     * plan}.
     *
     * @param file the file name problems are located in (each row may name another, {@link #check})
     * @param columns the column names, in order, as a header row gives them
     * @param options the units known (the other options concern files, not rows)
     * @param plan the plan to check against, or {@code null}
     * @param currentYear values for years after this one must be estimates or forecasts
     * @return the checker
     */
    public static ObservationRows forColumns(String file, List<String> columns, ImportOptions options,
            @Nullable Plan plan, int currentYear) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(options, "options");
        return new ObservationRows(new RowByRow(file, columns, options, plan, currentYear));
    }

    /** {@return whether the header names the required columns, none twice; otherwise no row can be checked} */
    public boolean readable() {
        return rows.readable();
    }

    /** {@return the header's problems, placed at line 1 (a column named twice, a required column missing)} */
    public List<Problem> headerProblems() {
        return rows.headerProblems();
    }

    /**
     * One checked row: its problems, in the order a reader lists them, and its observations (none when it has
     * errors; one for a long table, one a filled period cell for a wide one).
     *
     * @param problems the row's problems
     * @param observations the observations that passed every check but the duplicate check
     */
    public record Checked(List<Problem> problems, List<Observation> observations) {
        /**
         * Copies the lists.
         *
         * @param problems the row's problems
         * @param observations the observations that passed every check but the duplicate check
         */
        public Checked {
            problems = List.copyOf(problems);
            observations = List.copyOf(observations);
        }
    }

    /**
     * Checks one row.
     *
     * @param file the file the row is from, for its problems
     * @param line the row's line number (the header is line 1)
     * @param cells the cells as text, one a column; {@code null} or blank is an empty cell
     * @return the row's problems and observations
     */
    public Checked check(String file, int line, List<@Nullable String> cells) {
        RowByRow.Checked c = rows.check(file, line, cells);
        return new Checked(c.problems(), c.observations());
    }

    /**
     * The exact key of the duplicate check: two observations of a file with equal keys are duplicates, and every one
     * after the first in line order is reported ({@link #duplicate(Location, String, Observation)}) and dropped.
     *
     * @param observation an observation from {@link #check}
     * @return the indicator (the plan's when it names one, else as written), jurisdiction, period and dimensions
     */
    public String duplicateKey(Observation observation) {
        return rows.duplicateKey(observation);
    }

    /**
     * The column (1-based) of the cell a row's indicator was read from: its code's when the code is given, else its
     * name's. A duplicate ({@code O015}) is placed there.
     *
     * @param cells the row's cells
     * @return the column, or 0 when the table has no indicator column
     */
    public int indicatorColumn(List<@Nullable String> cells) {
        return rows.indicatorColumn(cells);
    }

    /**
     * The name of a column as the header gives it, stripped.
     *
     * @param column the 1-based column
     * @return its name
     */
    public String columnName(int column) {
        return rows.columnName(column);
    }

    /**
     * The duplicate problem ({@code O015}) of an observation whose key came before in its file, as the readers report
     * it.
     *
     * @param at the cell of its indicator ({@link #indicatorColumn(List)})
     * @param field the name of that column
     * @param observation the observation
     * @return the problem
     */
    public static Problem duplicate(Location at, String field, Observation observation) {
        return RowByRow.duplicate(at, field, observation);
    }

    /**
     * Whether an observation is for a jurisdiction other than the plan's: it is counted, not used, and the count is
     * reported per jurisdiction ({@link #otherJurisdiction(Location, String, long)}).
     *
     * @param observation an observation from {@link #check}
     * @return whether its jurisdiction is another than the plan's
     */
    public boolean isOtherJurisdiction(Observation observation) {
        return rows.isOtherJurisdiction(observation);
    }

    /** {@return the 1-based column of the jurisdiction, or 0 when there is none} */
    public int jurisdictionColumn() {
        return rows.jurisdictionColumn();
    }

    /**
     * The warning {@code O027} that {@code count} observations for {@code jurisdiction} were not used.
     *
     * @param first the cell of the first of them
     * @param jurisdiction the jurisdiction as written, or {@code …} for all past the first {@link
     *     #maxOtherJurisdictions()}
     * @param count how many
     * @return the warning
     */
    public Problem otherJurisdiction(Location first, String jurisdiction, long count) {
        return rows.otherJurisdiction(first, jurisdiction, count);
    }

    /** {@return the most other jurisdictions named one by one in a file; the rest are counted together as …} */
    public static int maxOtherJurisdictions() {
        return RowByRow.maxOtherJurisdictions();
    }

    /** {@return how many cells of each column held a plain number, over the rows checked by this instance} */
    public long[] numericCells() {
        return rows.numericCells();
    }

    /** {@return whether each column held a cell that is not a plain number, over the rows checked by this instance} */
    public boolean[] nonNumeric() {
        return rows.nonNumeric();
    }

    /** {@return how many values each column held under a span the model cannot represent (wide tables)} */
    public long[] unsupportedCells() {
        return rows.unsupportedCells();
    }

    /**
     * The warnings of a whole file ({@code O025} a dimension column of numbers only, {@code O026} a period column the
     * model cannot represent), from the tallies of all its rows summed over every instance that checked them.
     *
     * @param file the file
     * @param numericCells the summed {@link #numericCells()}
     * @param nonNumeric the or-ed {@link #nonNumeric()}
     * @param unsupportedCells the summed {@link #unsupportedCells()}
     * @return the warnings, placed at the header
     */
    public List<Problem> tableProblems(String file, long[] numericCells, boolean[] nonNumeric,
            long[] unsupportedCells) {
        return rows.tableProblems(file, numericCells, nonNumeric, unsupportedCells);
    }

    /**
     * The warning {@code O022} that a file held no rows.
     *
     * @param file the file
     * @return the warning
     */
    public static Problem noObservations(String file) {
        return RowByRow.noObservations(file);
    }
}
