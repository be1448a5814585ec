package org.planindicators.validation.internal.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.TableProblem;
import org.planindicators.validation.internal.HeaderVocabulary;

/**
 * The header of an indicator table and what it says: which column holds the names, units, baselines, targets by
 * year and the 年均/累计 column, the base year and the last target year. {@link #read} reads a header row and reports
 * its problems; the rows are then read by {@link RowReader} through the column numbers kept here (-1 for a column
 * the table does not have).
 */
final class TableHeader {
    /** Where a line and column of the file are, in the file's terms (a line of a text, a cell of a sheet). */
    interface Places {
        Location at(int line, int column);
    }

    /** A target column: its index and year. */
    record TargetColumn(int index, int year) {
    }

    /** What marks a cell as a target, not a figure: bounds, approximation, brackets of cumulative figures. */
    private static final java.util.regex.Pattern TARGET_WORDING = java.util.regex.Pattern.compile(
            "左右|以上|以下|以内|[<>≥≤〔【\\[]|约|不低于|不少于|不高于|不超过|达到|力争|确保|完成|控制在|同步");

    private final ProblemCollector collector;
    private final ImportOptions options;
    private final Places places;

    // Set by read, then only read (by RowReader and the plan's building): the header's line, its cells and field
    // count, and the 0-based column of each kind of field, -1 when the table has none.
    int headerLine = 1;
    List<String> headers = List.of();
    int headerFields;
    int name = -1;
    int category = -1;
    int unit = -1;
    int attribute = -1;
    int base = -1;
    @Nullable Integer baseHeaderYear;
    int baseYearColumn = -1;
    int lead = -1;
    int priceBasis = -1;
    int co = -1;
    int code = -1;
    int direction = -1;
    int measure = -1;
    int accumulation = -1;
    int aggregation = -1;
    int average = -1;
    @Nullable Integer averageHeaderYear;
    Accumulation averageAccumulation = Accumulation.ANNUAL_AVERAGE;
    /** Columns without a header; a value under one is reported once a column (in {@code blankReported}). */
    final List<Integer> blankColumns = new ArrayList<>();
    final Set<Integer> blankReported = new HashSet<>();
    /** The year columns of targets, by column. */
    final List<TargetColumn> targetColumns = new ArrayList<>();
    // The base year, the year of the 年均/累计 column's targets and the last target year, once the header is read.
    @Nullable Integer baseYear;
    @Nullable Integer averageYear;
    @Nullable Integer lastYear;

    TableHeader(ProblemCollector collector, ImportOptions options, Places places) {
        this.collector = collector;
        this.options = options;
        this.places = places;
    }

    private Location at(int line, int column) {
        return places.at(line, column);
    }

    /** The text of header cell {@code index}, or null when there is none. */
    @Nullable String header(int index) {
        return index >= 0 && index < headers.size() ? headers.get(index) : null;
    }

    /**
     * Whether {@code sub} continues the header {@code header}: every filled cell of it is a year, base, target or
     * average header, at least one is, and the header's name column is empty in it.
     */
    static boolean isSubHeader(CsvRows.Row header, CsvRows.Row sub) {
        int filled = 0;
        for (int i = 0; i < sub.fields().size(); i++) {
            String c = sub.cell(i);
            if (c.isEmpty()) {
                continue;
            }
            TableSyntax.Role r = TableSyntax.classify(c).role();
            if (r != TableSyntax.Role.PLAIN_YEAR && r != TableSyntax.Role.TARGET && r != TableSyntax.Role.BASE
                    && r != TableSyntax.Role.AVERAGE) {
                return false;
            }
            if (TableSyntax.classify(header.cell(i)).role() == TableSyntax.Role.NAME) {
                return false;
            }
            filled++;
        }
        return filled > 0;
    }

    /** The header with the cells of its second row put over the spanning cells above them. */
    static CsvRows.Row mergeHeader(CsvRows.Row header, CsvRows.Row sub) {
        int n = Math.max(header.fields().size(), sub.fields().size());
        List<String> fields = new ArrayList<>(n);
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            boolean lower = !sub.cell(i).isEmpty();
            fields.add(lower ? sub.cell(i) : header.cell(i));
            lines[i] = lower ? sub.lineOf(i) : header.lineOf(i);
        }
        return new CsvRows.Row(header.line(), fields, lines, Math.max(header.fieldCount(), sub.fieldCount()));
    }

    /** Whether a row of cells reads as a table's header: a name column and another known column. */
    static boolean isTableHeader(List<String> cells) {
        boolean name = false;
        int known = 0;
        for (String c : cells) {
            TableSyntax.Role r = TableSyntax.classify(c).role();
            name |= r == TableSyntax.Role.NAME;
            known += r != TableSyntax.Role.UNKNOWN && r != TableSyntax.Role.BLANK ? 1 : 0;
        }
        return name && known >= 2;
    }

    static boolean names(CsvRows.Row row) {
        for (String f : row.fields()) {
            if (TableSyntax.classify(f).role() == TableSyntax.Role.NAME) {
                return true;
            }
        }
        return false;
    }


    /** Reads the header row; false when the table cannot be read on (no name column). */
    boolean read(CsvRows.Row row, List<CsvRows.Row> dataRows) {
        headerLine = row.line();
        List<String> h = new ArrayList<>();
        for (int i = 0; i < row.fields().size(); i++) {
            h.add(row.cell(i));
        }
        headers = List.copyOf(h);
        headerFields = row.fieldCount();
        if (row.fieldCount() > TableSyntax.MAX_COLUMNS) {
            collector.add(TableProblem.TOO_MANY_COLUMNS, row.lineOf(TableSyntax.MAX_COLUMNS - 1),
                    TableSyntax.MAX_COLUMNS + 1, null, null, TableSyntax.MAX_COLUMNS);
        }
        List<Integer> plain = new ArrayList<>();
        List<Integer> plainYears = new ArrayList<>();
        List<Integer> explicitTargets = new ArrayList<>();
        List<@Nullable Integer> explicitYears = new ArrayList<>();
        Map<TableSyntax.Role, Integer> seen = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            TableSyntax.HeaderSense sense = TableSyntax.classify(text);
            TableSyntax.Role role = sense.role();
            switch (role) {
                case BLANK -> blankColumns.add(i);
                case UNKNOWN -> collector.add(TableProblem.UNKNOWN_HEADER, at(row.lineOf(i), i + 1), text, text,
                        text);
                case NUMBER -> {
                    // 序号: ignored.
                }
                case PLAIN_YEAR -> {
                    plain.add(i);
                    plainYears.add(Objects.requireNonNull(sense.year()));
                }
                case TARGET -> {
                    explicitTargets.add(i);
                    explicitYears.add(sense.year());
                }
                default -> {
                    Integer before = seen.putIfAbsent(role, i);
                    if (before != null) {
                        collector.add(TableProblem.DUPLICATE_HEADER, at(row.lineOf(i), i + 1), text, text,
                                before + 1);
                    } else {
                        assign(role, i, sense);
                    }
                }
            }
        }
        if (name < 0) {
            collector.add(TableProblem.MISSING_HEADER, at(headerLine, 1), "indicator", null,
                    HeaderVocabulary.joined(HeaderVocabulary.Field.INDICATOR, HeaderVocabulary.Layout.TABLE),
                    HeaderVocabulary.found(headers));
            return false;
        }
        // The earliest plain year column is the base when the table names no base and has other year columns.
        if (base < 0 && !plain.isEmpty() && plain.size() + explicitTargets.size() + (average >= 0 ? 1 : 0) >= 2
                && !(plain.size() == 1 && holdsTargets(plain.get(0), dataRows))) {
            int earliest = 0;
            for (int k = 1; k < plain.size(); k++) {
                if (plainYears.get(k) < plainYears.get(earliest)) {
                    earliest = k;
                }
            }
            base = plain.remove(earliest);
            baseHeaderYear = plainYears.remove(earliest);
        }
        baseYear = baseHeaderYear != null ? baseHeaderYear : options.baseYear();
        List<Integer> targetIndexes = new ArrayList<>();
        List<@Nullable Integer> targetYears = new ArrayList<>();
        for (int k = 0; k < plain.size(); k++) {
            targetIndexes.add(plain.get(k));
            targetYears.add(plainYears.get(k));
        }
        targetIndexes.addAll(explicitTargets);
        targetYears.addAll(explicitYears);
        Map<Integer, Integer> columnOfYear = new HashMap<>();
        for (int k = 0; k < targetIndexes.size(); k++) {
            int i = targetIndexes.get(k);
            Integer year = targetYears.get(k) != null ? targetYears.get(k) : options.targetYear();
            if (year == null) {
                collector.add(TableProblem.NO_TARGET_YEAR, at(headerLine, i + 1), header(i), null);
                continue;
            }
            Integer before = columnOfYear.putIfAbsent(year, i);
            if (before != null) {
                collector.add(TableProblem.DUPLICATE_HEADER, at(headerLine, i + 1), header(i), header(i),
                        before + 1);
                continue;
            }
            targetColumns.add(new TargetColumn(i, year));
        }
        targetColumns.sort(Comparator.comparingInt(TargetColumn::index));
        Integer max = targetColumns.stream().map(TargetColumn::year).max(Integer::compare).orElse(null);
        if (average >= 0) {
            averageYear = averageHeaderYear != null ? averageHeaderYear : max != null ? max : options.targetYear();
            if (averageYear == null) {
                collector.add(TableProblem.NO_TARGET_YEAR, at(headerLine, average + 1), header(average), null);
            }
        }
        if (targetIndexes.isEmpty() && average < 0) {
            lastYear = options.targetYear();
            if (lastYear == null) {
                collector.add(TableProblem.NO_TARGET_YEAR, at(headerLine, 1), null, null);
            }
        } else {
            lastYear = max;
            if (averageYear != null && (lastYear == null || averageYear > lastYear)) {
                lastYear = averageYear;
            }
        }
        if (baseYear == null) {
            inferBaseYear();
        }
        if (baseYear == null) {
            collector.add(TableProblem.NO_BASE_YEAR, at(headerLine, base >= 0 ? base + 1 : 1), header(base), null);
        }
        if (baseYear != null) {
            for (TargetColumn t : targetColumns) {
                if (t.year() <= baseYear) {
                    collector.add(TableProblem.YEAR_ORDER, at(headerLine, t.index() + 1), header(t.index()),
                            header(t.index()), t.year(), baseYear);
                }
            }
            if (averageYear != null && averageYear <= baseYear) {
                collector.add(TableProblem.YEAR_ORDER, at(headerLine, average + 1), header(average),
                        header(average), averageYear, baseYear);
            }
            if (targetColumns.isEmpty() && average < 0 && lastYear != null && lastYear <= baseYear) {
                collector.add(TableProblem.YEAR_ORDER, at(headerLine, 1), null, null, lastYear, baseYear);
            }
        }
        return true;
    }

    /**
     * Whether the cells of column {@code index} are written as targets (5左右, >60, 〔20〕, 以上, 力争 …), not as
     * the figures of a base year: such a lone year column is the target year of the plan (上海“十四五” 2025年).
     */
    private boolean holdsTargets(int index, List<CsvRows.Row> dataRows) {
        for (CsvRows.Row r : dataRows) {
            String c = r.cell(index);
            if (!TableSyntax.isEmpty(c) && TARGET_WORDING.matcher(TableSyntax.fold(c)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table without a base year whose earliest target year ends a five-year plan (a multiple of five: 2025,
     * 2030) is that plan: base year five years before, with a note (T027). Five-year plans of the People's
     * Republic end in years divisible by five (the 14th 2021–2025, the 15th 2026–2030).
     */
    private void inferBaseYear() {
        Integer earliest = null;
        for (TargetColumn t : targetColumns) {
            earliest = earliest == null || t.year() < earliest ? t.year() : earliest;
        }
        if (earliest == null && average >= 0) {
            earliest = averageHeaderYear != null ? averageHeaderYear : options.targetYear();
        }
        if (earliest == null || earliest % 5 != 0) {
            return;
        }
        baseYear = earliest - 5;
        int column = targetColumns.isEmpty() ? average : targetColumns.get(0).index();
        collector.add(TableProblem.BASE_YEAR_INFERRED, at(headerLine, Math.max(0, column) + 1), header(column),
                header(column), String.valueOf(earliest), String.valueOf(baseYear),
                String.valueOf(baseYear + 1));
    }

    private void assign(TableSyntax.Role role, int i, TableSyntax.HeaderSense sense) {
        switch (role) {
            case CATEGORY -> category = i;
            case NAME -> name = i;
            case UNIT -> unit = i;
            case ATTRIBUTE -> attribute = i;
            case BASE -> {
                base = i;
                baseHeaderYear = sense.year();
            }
            case BASE_YEAR -> baseYearColumn = i;
            case LEAD -> lead = i;
            case PRICE_BASIS -> priceBasis = i;
            case CO -> co = i;
            case CODE -> code = i;
            case DIRECTION -> direction = i;
            case MEASURE -> measure = i;
            case ACCUMULATION -> accumulation = i;
            case AGGREGATION -> aggregation = i;
            case AVERAGE -> {
                average = i;
                averageHeaderYear = sense.year();
                averageAccumulation = sense.accumulation();
            }
            default -> throw new IllegalStateException(role.name());
        }
    }

}
