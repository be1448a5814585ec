package org.planindicators.validation.internal.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.TableContext;
import org.planindicators.validation.internal.HeaderVocabulary;

/**
 * The file readers' rules applied to rows handed over one at a time by a caller that holds the rows itself (a Spark
 * partition): the header is read by the same {@link ObservationTable}, each row is checked by the same {@link
 * RowChecker}, only the duplicate check and the count of observations for other jurisdictions are left to the caller,
 * who sees all the rows (by key, across machines). Not thread-safe: one a file a partition.
 */
public final class RowByRow {
    private final ProblemCollector problems;
    private final RowChecker checker;
    private final ObservationTable table;
    private final @Nullable PlanIndex plan;
    private final List<Observation> delivered = new ArrayList<>();
    private final ObservationTable.HeaderResult header;
    private final List<Problem> headerProblems;
    private final int codeColumn;
    private final int indicatorColumn;
    private final int jurisdictionColumn;
    private final List<String> names;
    private String file;

    /**
     * A checker of rows of {@code file} with the columns {@code names} (the header, line 1), with {@code options},
     * against {@code plan} when it is not null; values after {@code currentYear} must be estimates or forecasts.
     */
    public RowByRow(String file, List<String> names, ImportOptions options, @Nullable Plan plan, int currentYear) {
        this.file = file;
        this.names = List.copyOf(names);
        this.problems = new ProblemCollector(file, Integer.MAX_VALUE);
        this.plan = plan == null ? null : new PlanIndex(plan);
        this.checker = new RowChecker(file, problems, options.units(), this.plan, currentYear, delivered::add,
                new KeyHasher(0, 0), 1024);
        this.checker.leaveDuplicatesToCaller();
        this.table = new ObservationTable(problems, checker, (line, column) -> Location.at(this.file, line, column));
        this.header = table.header(this.names, 1);
        this.headerProblems = problems.drainListed();
        this.codeColumn = columnOf(Role.CODE);
        this.indicatorColumn = columnOf(Role.INDICATOR);
        this.jurisdictionColumn = columnOf(Role.JURISDICTION);
    }

    /** Whether the header was read: it names the required columns, none twice. Otherwise no row can be checked. */
    public boolean readable() {
        return header == ObservationTable.HeaderResult.READ;
    }

    /**
     * The problems of the header: a column named twice ({@code O016}), a column without a name that holds values
     * is reported per row ({@code O017}), a missing required column ({@code O024}); when a single named column was
     * all there was, it reads as a title and the columns as missing.
     */
    public List<Problem> headerProblems() {
        if (header == ObservationTable.HeaderResult.TITLE && headerProblems.isEmpty()) {
            // A lone named cell above a header is a title to a file reader; a data set has no title rows: its columns
            // are all it has, so the required ones are missing, reported as the readers report a missing column.
            List<Problem> missing = new ArrayList<>();
            for (Role required : new Role[] {Role.INDICATOR, Role.PERIOD, Role.VALUE}) {
                missing.add(Problem.of(ObservationProblem.MISSING_COLUMN, new Location(file, 1, null, null),
                        required.key(), null, required.key(), HeaderVocabulary.found(names), required.accepted()));
            }
            return missing;
        }
        return headerProblems;
    }

    /** The result of one row: its problems in the readers' order and the observations it gave (one, or one a cell). */
    public record Checked(List<Problem> problems, List<Observation> observations) {
    }

    /**
     * Checks the row of {@code cells} (as text; {@code null} or blank is an empty cell) at {@code line} of the file.
     * The observations returned have passed every check but the duplicate check.
     */
    public Checked check(String rowFile, int line, List<@Nullable String> cells) {
        this.file = rowFile;
        Cells text = new Cells();
        for (String c : cells) {
            text.add(c == null ? "" : c);
        }
        delivered.clear();
        table.row(text, line);
        return new Checked(problems.drainListed(), List.copyOf(delivered));
    }

    /**
     * The key of the duplicate check, exact (no hash): the indicator (the plan's, when it names one; else as written),
     * the jurisdiction, the period and the dimensions, each string with its length before it.
     */
    public String duplicateKey(Observation o) {
        StringBuilder sb = new StringBuilder();
        int index = plan == null ? -1 : plan.find(o.indicator());
        if (index >= 0) {
            sb.append('#').append(index).append('|');
        } else {
            string(sb, o.indicator());
        }
        string(sb, o.jurisdiction());
        ObservationPeriod p = o.period();
        sb.append(p.year()).append('-').append(p.frequency().ordinal()).append('-').append(p.number()).append('|');
        sb.append(o.dimensions().size()).append('|');
        for (Map.Entry<String, String> e : o.dimensions().entrySet()) {
            string(sb, e.getKey());
            string(sb, e.getValue());
        }
        return sb.toString();
    }

    private static void string(StringBuilder sb, @Nullable String s) {
        if (s == null) {
            sb.append("-1|");
        } else {
            sb.append(s.length()).append(':').append(s).append('|');
        }
    }

    /** The column (1-based) a row's indicator was read from: the code's when given, else the name's; 0 for none. */
    public int indicatorColumn(List<@Nullable String> cells) {
        return codeColumn > 0 && !blank(cells, codeColumn) ? codeColumn : indicatorColumn;
    }

    /** The name of the 1-based {@code column}, stripped. */
    public String columnName(int column) {
        return names.get(column - 1).strip();
    }

    /** The duplicate problem ({@code O015}) of {@code o}, at its indicator's cell, as {@link RowChecker} reports it. */
    public static Problem duplicate(Location at, String field, Observation o) {
        return Problem.of(ObservationProblem.DUPLICATE, at, field, o.indicator(), o.indicator(), o.period());
    }

    /** Whether {@code o} is for a jurisdiction other than the plan's: counted, not used ({@code O027}). */
    public boolean isOtherJurisdiction(Observation o) {
        return plan != null && o.jurisdiction() != null && !plan.jurisdiction().equals(TableContext.UNSPECIFIED)
                && !plan.jurisdiction().matches(o.jurisdiction());
    }

    /** The column (1-based) of the jurisdiction, or 0 when there is none. */
    public int jurisdictionColumn() {
        return jurisdictionColumn;
    }

    /**
     * The warning that {@code count} observations for {@code jurisdiction} were not used ({@code O027}), placed at
     * the first; {@code …} stands for the jurisdictions past the first {@value RowChecker#MAX_OTHER_JURISDICTIONS}.
     */
    public Problem otherJurisdiction(Location first, String jurisdiction, long count) {
        String name = plan == null ? "" : plan.jurisdiction().name();
        return Problem.of(ObservationProblem.OTHER_JURISDICTION, first, Role.JURISDICTION.key(), jurisdiction, count,
                jurisdiction, name);
    }

    /** The most jurisdictions other than the plan's that are counted one by one. */
    public static int maxOtherJurisdictions() {
        return RowChecker.MAX_OTHER_JURISDICTIONS;
    }

    /** How many cells of each column (0-based) held a plain number. */
    public long[] numericCells() {
        long[] a = new long[names.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = table.numericCells(i);
        }
        return a;
    }

    /** Whether each column (0-based) held a cell that is not a plain number. */
    public boolean[] nonNumeric() {
        boolean[] a = new boolean[names.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = table.hasNonNumeric(i);
        }
        return a;
    }

    /** How many values each column (0-based) held under a span the model cannot represent. */
    public long[] unsupportedCells() {
        long[] a = new long[names.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = table.unsupportedCells(i);
        }
        return a;
    }

    /**
     * What the whole table showed, from the tallies of all its rows (summed over partitions): a dimension column that
     * held only numbers ({@code O025}), a period column the model cannot represent ({@code O026}), as the readers
     * report them at the end of a file.
     */
    public List<Problem> tableProblems(String tableFile, long[] numeric, boolean[] nonNumericSeen, long[] unsupported) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (numeric[i] > 0 && !nonNumericSeen[i]) {
                out.add(Problem.of(ObservationProblem.NUMERIC_DIMENSION, Location.at(tableFile, 1, i + 1), name, name,
                        name, numeric[i], Role.VALUE.accepted()));
            }
            if (table.isUnsupported(i)) {
                out.add(Problem.of(ObservationProblem.UNSUPPORTED_PERIOD, Location.at(tableFile, 1, i + 1), name,
                        name, name, unsupported[i]));
            }
        }
        return out;
    }

    /** The warning that a file held no observation rows ({@code O022}). */
    public static Problem noObservations(String tableFile) {
        return Problem.of(ObservationProblem.NO_OBSERVATIONS, Location.ofFile(tableFile), null, null);
    }

    private static boolean blank(List<@Nullable String> cells, int column) {
        String s = column - 1 < cells.size() ? cells.get(column - 1) : null;
        return s == null || s.isBlank();
    }

    private int columnOf(Role role) {
        for (int i = 0; i < names.size(); i++) {
            Role r = Role.of(names.get(i).strip());
            if (r == role) {
                return i + 1;
            }
        }
        return 0;
    }
}
