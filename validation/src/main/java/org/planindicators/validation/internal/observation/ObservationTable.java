package org.planindicators.validation.internal.observation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.internal.HeaderVocabulary;

/**
 * The rows of an observation table, whatever holds them (a CSV text, a sheet of a workbook): finds the header
 * (skipping title rows above it), tells the layout from it, and turns each row into records for the {@link
 * RowChecker}.
 *
 * <ul>
 *   <li><b>Long</b>: one observation a row; the header has a value column ({@link Role#VALUE}) and a period
 *       column.
 *   <li><b>Wide</b> (yearbook): one indicator a row, one period a column ({@code 2019年 … 2023年}, {@code 2023Q2},
 *       {@code 2023年6月}); the header has an indicator column, no value column and at least one period column.
 *       Each non-empty cell under a period is one observation, placed at that cell; the period's problems are placed
 *       at its header cell. A column whose period the model cannot represent ({@code 2023年1-6月}, {@code 上半年}) is
 *       reported once ({@code O026}) with the number of values it held, never dropped in silence.
 * </ul>
 *
 * <p>Rows above the header that name no field and have at most one filled cell are titles ({@code 表1 主要指标});
 * a title {@code 单位：亿元} gives the unit of every row without one. A header bracket gives its column's unit
 * ({@code 数值（亿元）}, {@code 2023年（%）}). Columns headed 序号 or 类别 are ignored; any other unknown column is a
 * dimension, and one that held only numbers is reported ({@code O025}).
 */
final class ObservationTable {
    /** How many title rows may stand above the header. */
    static final int MAX_TITLE_ROWS = 10;

    /** Where the cell at a line (row) and column (1-based) is. */
    @FunctionalInterface
    interface Places {
        /** The place of the cell. */
        Location at(int line, int column);
    }

    /** What the header did. */
    enum HeaderResult {
        /** The header was read; rows follow. */
        READ,
        /** The row was a title above the header. */
        TITLE,
        /** The header lacks a required column: reading stops. */
        FAILED
    }

    private static final Pattern UNIT_TITLE = Pattern.compile("^(?:计量)?单位\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern SPAN = Pattern.compile(
            "^(\\d{4})年?(?:(\\d{1,2})\\s*[-—–~～至到]\\s*(\\d{1,2})月(?:份)?|上半年|下半年|前三季度|一季度累计|1-\\d+季度)");
    private static final Pattern TRAILING_BRACKET =
            Pattern.compile("^(.*?)\\s*[(（\\[【]([^()（）\\[\\]【】]*)[)）\\]】]\\s*$");

    private final ProblemCollector problems;
    private final RowChecker checker;
    private final Places places;
    private int titles;
    private @Nullable String titleUnit;
    private int titleUnitLine;

    private int headerLine;
    private String[] names = new String[0];
    private @Nullable Role[] roles = new Role[0];
    private boolean[] ignored = new boolean[0];
    private @Nullable String[] headerUnits = new String[0];
    private @Nullable String[] periods = new String[0];
    private boolean[] unsupported = new boolean[0];
    private long[] unsupportedCells = new long[0];
    private long[] numericCells = new long[0];
    private boolean[] nonNumeric = new boolean[0];
    private final int[] columnOf = new int[Role.values().length];
    private boolean wide;
    /** The record of a long table's rows, reused row after row; its missing fields are placed on its own line. */
    private final RawRecord longRow = new RawRecord(0, role -> placeOfMissing(role));

    ObservationTable(ProblemCollector problems, RowChecker checker, Places places) {
        this.problems = problems;
        this.checker = checker;
        this.places = places;
    }

    /**
     * A table with this one's header, for the rows of a later part of the same file read by {@code checker}, its
     * problems going to {@code problems}: the header as read, the tallies of rows at zero.
     */
    ObservationTable forPart(ProblemCollector partProblems, RowChecker partChecker) {
        ObservationTable t = new ObservationTable(partProblems, partChecker, places);
        t.titles = titles;
        t.titleUnit = titleUnit;
        t.titleUnitLine = titleUnitLine;
        t.headerLine = headerLine;
        t.names = names.clone();
        t.roles = roles.clone();
        t.ignored = ignored.clone();
        t.headerUnits = headerUnits.clone();
        t.periods = periods.clone();
        t.unsupported = unsupported.clone();
        t.unsupportedCells = new long[unsupportedCells.length];
        t.numericCells = new long[numericCells.length];
        t.nonNumeric = new boolean[nonNumeric.length];
        System.arraycopy(columnOf, 0, t.columnOf, 0, columnOf.length);
        t.wide = wide;
        return t;
    }

    /** Adds the tallies of {@code part}'s rows ({@link #forPart}) to this table's. */
    void absorb(ObservationTable part) {
        for (int i = 0; i < names.length; i++) {
            unsupportedCells[i] += part.unsupportedCells[i];
            numericCells[i] += part.numericCells[i];
            nonNumeric[i] |= part.nonNumeric[i];
        }
    }

    /** Whether the table is wide (one indicator a row, one period a column). */
    boolean isWide() {
        return wide;
    }

    /** How many fields the header has. */
    int width() {
        return names.length;
    }

    /** The header name of column {@code index} (0-based), or null past the header. */
    @Nullable String name(int index) {
        return index < names.length ? names[index] : null;
    }

    /** The period a wide table's header cell names ({@code 2023年}, {@code 2023Q2}), or null. */
    static @Nullable String periodOf(String header) {
        String h = Normalizer.normalize(header, Normalizer.Form.NFKC).strip().replace(" ", "");
        Matcher b = TRAILING_BRACKET.matcher(h);
        if (b.matches() && !b.group(1).isEmpty()) {
            h = b.group(1);
        }
        if (h.isEmpty() || !Character.isDigit(h.charAt(0))) {
            return null;
        }
        for (String rest : HeaderVocabulary.YEAR_VALUE_WORDS) {
            if (!rest.isEmpty() && h.endsWith(rest) && h.length() > rest.length()) {
                String p = h.substring(0, h.length() - rest.length());
                if (parses(p)) {
                    return p;
                }
            }
        }
        return parses(h) ? h : null;
    }

    /** Whether a header names a span within a year the model cannot represent: 2023年1-6月, 2023年上半年. */
    static boolean isSpan(String header) {
        String h = Normalizer.normalize(header, Normalizer.Form.NFKC).strip().replace(" ", "");
        return SPAN.matcher(h).find() && periodOf(header) == null;
    }

    private static boolean parses(String text) {
        try {
            ObservationPeriod.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Reads {@code cells} at {@code line} as the header, or as a title above it. */
    HeaderResult header(List<String> cells, int line) {
        int filled = 0;
        String only = null;
        boolean knows = false;
        for (String c : cells) {
            if (!c.isBlank()) {
                filled++;
                only = c.strip();
                if (HeaderVocabulary.match(c, HeaderVocabulary.Layout.OBSERVATIONS) != null || periodOf(c) != null) {
                    knows = true;
                }
            }
        }
        if (filled == 0) {
            return HeaderResult.TITLE; // a row of empty cells above the header
        }
        if (!knows && filled <= 1 && titles < MAX_TITLE_ROWS) {
            titles++;
            Matcher u = UNIT_TITLE.matcher(Normalizer.normalize(String.valueOf(only), Normalizer.Form.NFKC));
            if (u.matches()) {
                titleUnit = u.group(1).strip();
                titleUnitLine = line;
            }
            return HeaderResult.TITLE;
        }
        headerLine = line;
        int n = cells.size();
        names = new String[n];
        roles = new Role[n];
        ignored = new boolean[n];
        headerUnits = new String[n];
        periods = new String[n];
        unsupported = new boolean[n];
        unsupportedCells = new long[n];
        numericCells = new long[n];
        nonNumeric = new boolean[n];
        Map<String, Integer> dimensions = new HashMap<>();
        List<Integer> periodColumns = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            String name = strip(cells.get(i));
            names[i] = name;
            if (name.isEmpty()) {
                continue;
            }
            HeaderVocabulary.Match m = HeaderVocabulary.match(name, HeaderVocabulary.Layout.OBSERVATIONS);
            Role role = m == null ? null : Role.of(m.field());
            if (m != null && role == null) {
                ignored[i] = true;
                continue;
            }
            if (role == Role.DIMENSIONS) {
                role = null;
            }
            if (role != null) {
                roles[i] = role;
                headerUnits[i] = m.unit();
                if (columnOf[role.ordinal()] != 0) {
                    problems.add(ObservationProblem.DUPLICATE_FIELD, places.at(line, i + 1), name, name, name);
                    ok = false;
                } else {
                    columnOf[role.ordinal()] = i + 1;
                }
                continue;
            }
            String period = periodOf(name);
            if (period != null) {
                periods[i] = period;
                periodColumns.add(i);
                Matcher b = TRAILING_BRACKET.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).strip());
                headerUnits[i] = b.matches() && !b.group(2).isBlank() ? b.group(2).strip() : null;
            } else if (isSpan(name)) {
                unsupported[i] = true;
            } else if (dimensions.putIfAbsent(name, i + 1) != null) {
                problems.add(ObservationProblem.DUPLICATE_FIELD, places.at(line, i + 1), name, name, name);
                ok = false;
            }
        }
        boolean hasIndicator = columnOf[Role.INDICATOR.ordinal()] != 0 || columnOf[Role.CODE.ordinal()] != 0;
        wide = columnOf[Role.VALUE.ordinal()] == 0 && columnOf[Role.PERIOD.ordinal()] == 0
                && (!periodColumns.isEmpty() || hasUnsupported());
        if (!wide) {
            // Period-like columns of a long table are dimensions, as before.
            for (int i : periodColumns) {
                periods[i] = null;
                if (dimensions.putIfAbsent(names[i], i + 1) != null) {
                    ok = false;
                }
            }
            for (int i = 0; i < n; i++) {
                unsupported[i] = false;
            }
        }
        if (!hasIndicator) {
            missingColumn(Role.INDICATOR, cells);
            ok = false;
        }
        if (!wide) {
            for (Role required : new Role[] {Role.PERIOD, Role.VALUE}) {
                if (columnOf[required.ordinal()] == 0) {
                    missingColumn(required, cells);
                    ok = false;
                }
            }
        }
        return ok ? HeaderResult.READ : HeaderResult.FAILED;
    }

    private boolean hasUnsupported() {
        for (boolean u : unsupported) {
            if (u) {
                return true;
            }
        }
        return false;
    }

    private void missingColumn(Role role, List<String> cells) {
        problems.add(ObservationProblem.MISSING_COLUMN, places.at(headerLine, 1).withoutColumn(), role.key(), null,
                role.key(), HeaderVocabulary.found(cells), role.accepted());
    }

    /** Reads the data row {@code cells} at {@code line}: one record (long) or one a period cell (wide). */
    void row(Cells cells, int line) {
        boolean blank = true;
        int size = cells.size();
        for (int i = 0; i < size; i++) { // indexed: no iterator a row
            if (!Spaces.isBlank(cells.get(i))) {
                blank = false;
                break;
            }
        }
        if (blank) {
            return;
        }
        if (cells.size() < names.length && !wide) {
            problems.add(ObservationProblem.WRONG_FIELD_COUNT, places.at(line, cells.size() + 1), null, null,
                    cells.size(), names.length);
            checker.countRejected();
            return;
        }
        for (int i = names.length; i < cells.size(); i++) {
            if (!Spaces.isBlank(cells.get(i))) {
                problems.add(ObservationProblem.WRONG_FIELD_COUNT, places.at(line, i + 1), null, cells.get(i),
                        cells.size(), names.length);
                checker.countRejected();
                return;
            }
        }
        if (wide && isNote(cells)) {
            return;
        }
        RawRecord common;
        if (wide) {
            common = new RawRecord(line, role -> places.at(line, columnOf(role)));
        } else { // one record a row, checked at once and kept by no one: the same record, emptied
            common = longRow;
            common.reset(line);
        }
        boolean broken = false;
        for (int i = 0; i < names.length; i++) {
            String text = i < cells.size() ? Spaces.strip(cells.get(i)) : "";
            if (text.isEmpty() || ignored[i]) {
                continue;
            }
            if (periods[i] != null || unsupported[i]) {
                continue;
            }
            // The cell's place is made only for a problem: most rows have none.
            if (text.length() > Parsers.MAX_FIELD_CHARS) {
                problems.add(ObservationProblem.TOO_LONG, places.at(line, i + 1), fieldName(i), text, text.length(),
                        Parsers.MAX_FIELD_CHARS);
                common.markBroken();
                broken = true;
                if (roles[i] != null) {
                    common.markReported(roles[i]);
                }
            } else if (names[i].isEmpty()) {
                problems.add(ObservationProblem.UNNAMED_FIELD, places.at(line, i + 1), fieldName(i), text, text);
                common.markBroken();
                broken = true;
            } else if (roles[i] == null) {
                common.addDimension(new RawField(names[i], text, line, i + 1, null));
                if (NumberText.classify(text) == NumberText.Kind.NUMBER) {
                    numericCells[i]++;
                } else {
                    nonNumeric[i] = true;
                }
            } else {
                common.put(roles[i], names[i], text, line, i + 1, null);
            }
        }
        if (!common.has(Role.UNIT)) {
            int valueColumn = columnOf[Role.VALUE.ordinal()];
            String unit = valueColumn > 0 ? headerUnits[valueColumn - 1] : null;
            if (unit != null) {
                common.put(Role.UNIT, new RawField(names[valueColumn - 1], unit, headerLine, valueColumn, null));
            } else if (titleUnit != null) {
                common.put(Role.UNIT, new RawField("单位", titleUnit, titleUnitLine, 1, null));
            }
        }
        if (!wide) {
            common.setPlaces(places);
            checker.check(common);
            return;
        }
        for (int i = 0; i < names.length; i++) {
            String text = i < cells.size() ? cells.get(i).strip() : "";
            if (isEmptyMarker(text)) {
                continue;
            }
            if (unsupported[i]) {
                unsupportedCells[i]++;
                continue;
            }
            if (periods[i] == null) {
                continue;
            }
            int column = i + 1;
            RawRecord r = common.copy(role -> places.at(line, role == Role.VALUE ? column : columnOf(role)));
            r.put(Role.PERIOD, new RawField(names[i], periods[i], headerLine, i + 1, null));
            RawField value = new RawField(names[i], text, line, i + 1, null);
            if (text.length() > Parsers.MAX_FIELD_CHARS) {
                problems.add(ObservationProblem.TOO_LONG, places.at(line, i + 1), names[i], text, text.length(),
                        Parsers.MAX_FIELD_CHARS);
                r.markReported(Role.VALUE);
            } else {
                r.put(Role.VALUE, value);
            }
            if (!common.has(Role.UNIT) && headerUnits[i] != null) {
                r.put(Role.UNIT, new RawField(names[i], headerUnits[i], headerLine, i + 1, null));
            }
            if (broken) {
                r.markBroken();
            }
            r.setPlaces(places);
            checker.check(r);
        }
    }

    /** The name of column {@code index} (0-based) in problems: as written, or {@code #n} when it has none. */
    private String fieldName(int index) {
        return names[index].isEmpty() ? "#" + (index + 1) : names[index];
    }

    /** A note under a wide table: one filled cell starting 注, 说明, 备注 or 资料来源. */
    private static boolean isNote(List<String> cells) {
        String only = null;
        for (String c : cells) {
            if (!c.isBlank()) {
                if (only != null) {
                    return false;
                }
                only = c.strip();
            }
        }
        return only != null && HeaderVocabulary.isNote(only);
    }

    /** Whether a wide table's cell holds no value: empty, a dash, a slash or an ellipsis (not available). */
    static boolean isEmptyMarker(String text) {
        String t = text.strip();
        return t.isEmpty() || t.chars().allMatch(c -> "-—–―－/／….·".indexOf(c) >= 0);
    }

    private Location placeOfMissing(Role role) {
        return places.at(longRow.line(), columnOf(role));
    }

    /** The column where a missing field of {@code role} would be. */
    private int columnOf(Role role) {
        if (role == Role.INDICATOR && columnOf[Role.INDICATOR.ordinal()] == 0) {
            return Math.max(1, columnOf[Role.CODE.ordinal()]);
        }
        return Math.max(1, columnOf[role.ordinal()]);
    }

    /** How many cells of dimension column {@code index} (0-based) held a plain number ({@code O025}). */
    long numericCells(int index) {
        return numericCells[index];
    }

    /** Whether dimension column {@code index} (0-based) held a cell that is not a plain number. */
    boolean hasNonNumeric(int index) {
        return nonNumeric[index];
    }

    /** Whether column {@code index} (0-based) of a wide table names a span the model cannot represent. */
    boolean isUnsupported(int index) {
        return unsupported[index];
    }

    /** How many values column {@code index} (0-based) held under a span the model cannot represent. */
    long unsupportedCells(int index) {
        return unsupportedCells[index];
    }

    /** Reports what the whole table showed: numeric dimensions, unreadable period columns. */
    void finish() {
        for (int i = 0; i < names.length; i++) {
            if (numericCells[i] > 0 && !nonNumeric[i]) {
                problems.add(ObservationProblem.NUMERIC_DIMENSION, places.at(headerLine, i + 1), names[i], names[i],
                        names[i], numericCells[i], Role.VALUE.accepted());
            }
            if (unsupported[i]) {
                problems.add(ObservationProblem.UNSUPPORTED_PERIOD, places.at(headerLine, i + 1), names[i],
                        names[i], names[i], unsupportedCells[i]);
            }
        }
    }

    private static String strip(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.charAt(0) == '\uFEFF' ? t.substring(1).strip() : t;
    }
}
