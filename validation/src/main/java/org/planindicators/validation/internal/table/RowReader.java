package org.planindicators.validation.internal.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.PriceBasis;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Measure;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitParseException;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.Location;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.TableProblem;
import org.planindicators.validation.internal.HeaderVocabulary;

/**
 * The data rows of an indicator table, read one at a time into draft indicators through the columns its {@link
 * TableHeader} found: the name and its unit, the category (an empty cell repeats the one above), the baseline, the
 * targets of the year columns and of the 年均/累计 column, and the other columns; each problem placed at its cell.
 */
final class RowReader {
    /** An indicator read from a row, with where its parts stand. */
    record Draft(@Nullable String category, Indicator indicator, Map<String, Location> places) {
    }

    private final TableHeader h;
    private final ProblemCollector collector;
    private final UnitRegistry units;
    private final TargetParser parser;
    private final boolean fromSheet;
    private final TableHeader.Places places;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> firstLineOfName = new HashMap<>();
    private @Nullable String lastCategory;
    private int count;

    /**
     * Rows read through {@code header}; {@code fromSheet}: the rows are a workbook's, whose rows may stop before
     * the header's last column.
     */
    RowReader(TableHeader header, ProblemCollector collector, UnitRegistry units, TargetParser parser,
            boolean fromSheet, TableHeader.Places places) {
        this.h = header;
        this.collector = collector;
        this.units = units;
        this.parser = parser;
        this.fromSheet = fromSheet;
        this.places = places;
    }

    /** The indicators read so far, in the order of their rows. */
    List<Draft> drafts() {
        return drafts;
    }

    /** How many rows became indicators. */
    int count() {
        return count;
    }

    private Location at(int line, int column) {
        return places.at(line, column);
    }

    private String cell(CsvRows.Row row, int column) {
        return column < 0 ? "" : row.cell(column);
    }

    private Location place(CsvRows.Row row, int column) {
        return column < 0 ? at(row.line(), 1) : at(row.lineOf(column), column + 1);
    }

    private void problem(TableProblem code, CsvRows.Row row, int column, @Nullable String value,
            Object... arguments) {
        collector.add(code, place(row, column), h.header(column), value, arguments);
    }

    /** Reads one data row into a draft indicator, reporting its problems. */
    void read(CsvRows.Row row) {
        if (row.filled() == 1 && HeaderVocabulary.isNote(row.fields().stream().filter(f -> !f.isBlank())
                .findFirst().orElse(""))) {
            return; // a note under the table (注：〔 〕内为五年累计数), not an indicator
        }
        int width = h.headerFields;
        if (row.fieldCount() != width && !(fromSheet && row.fieldCount() < width)) {
            int column = row.fieldCount() < width ? row.fieldCount() + 1 : width + 1;
            collector.add(TableProblem.FIELD_COUNT, at(row.lineOf(Math.min(column, row.fields().size()) - 1),
                    column), h.header(column - 1), null, row.fieldCount(), width);
        }
        if (row.fieldCount() > TableSyntax.MAX_COLUMNS) {
            collector.add(TableProblem.TOO_MANY_COLUMNS, at(row.line(), TableSyntax.MAX_COLUMNS + 1), null, null,
                    TableSyntax.MAX_COLUMNS);
        }
        for (int b : h.blankColumns) {
            if (!row.cell(b).isEmpty() && h.blankReported.add(b)) {
                collector.add(TableProblem.VALUE_WITHOUT_HEADER, place(row, b), "", row.cell(b));
            }
        }
        long errorsBefore = collector.errorCount();
        Map<String, Location> places = new HashMap<>();
        places.put("", place(row, h.name));

        // Category: an empty cell repeats the category above (merged cells); a dash means none.
        String categoryCell = cell(row, h.category);
        String cat = null;
        if (h.category >= 0) {
            if (categoryCell.isEmpty()) {
                cat = lastCategory;
            } else if (!TableSyntax.isEmpty(categoryCell)) {
                cat = categoryCell;
            }
            lastCategory = cat;
            places.put("category", place(row, h.category));
        }

        String rawName = cell(row, h.name);
        if (TableSyntax.isEmpty(rawName)) {
            problem(TableProblem.EMPTY_NAME, row, h.name, rawName);
            return;
        }
        TableSyntax.NamedUnit named = TableSyntax.splitUnit(TableSyntax.stripFootnoteMark(rawName), units);
        String indicatorName = named.name();
        // A category is a goal of the plan read: a name may stand again under another category (a figure the
        // document restates); the plan checks compare the two. Twice under one category is an error.
        Integer firstLine = firstLineOfName.putIfAbsent((cat == null ? "" : cat) + '\u0000' + indicatorName,
                row.line());
        if (firstLine != null) {
            problem(TableProblem.DUPLICATE_INDICATOR, row, h.name, rawName, indicatorName, firstLine);
        }

        Unit u = named.unit() != null ? named.unit() : Unit.NONE;
        String unitCell = cell(row, h.unit);
        if (!TableSyntax.isEmpty(unitCell)) {
            try {
                Unit fromColumn = units.parse(unitCell);
                if (named.unit() != null && !named.unit().equals(fromColumn)) {
                    problem(TableProblem.UNIT_MISMATCH, row, h.unit, unitCell, named.unitText(), unitCell);
                }
                u = fromColumn;
            } catch (UnitParseException e) {
                problem(TableProblem.UNKNOWN_UNIT, row, h.unit, unitCell, unitCell, e.getMessage(),
                        e.chineseMessage());
            }
        }
        places.put("unit", h.unit >= 0 ? place(row, h.unit) : place(row, h.name));

        Indicator.Builder b = Indicator.builder(indicatorName, u);
        String codeCell = cell(row, h.code);
        if (!TableSyntax.isEmpty(codeCell)) {
            b.code(codeCell);
            places.put("code", place(row, h.code));
        }
        b.category(cat);

        String attributeCell = cell(row, h.attribute);
        if (!TableSyntax.isEmpty(attributeCell)) {
            Optional<IndicatorAttribute> a = TableSyntax.attribute(attributeCell);
            if (a.isPresent()) {
                b.attribute(a.get());
            } else {
                problem(TableProblem.UNKNOWN_ATTRIBUTE, row, h.attribute, attributeCell, attributeCell);
            }
            places.put("attribute", place(row, h.attribute));
        }

        Baseline baseline = readBaseline(row, u);
        if (baseline != null) {
            b.baseline(baseline);
            places.put("baseline", place(row, h.base));
        }

        // Targets: the year columns, then the 年均/累计 column for the last year.
        record Read(int year, TargetExpression expression, Measure measure, int column) {
        }
        List<Read> read = new ArrayList<>();
        Map<Integer, Integer> columnOfYear = new HashMap<>();
        for (TableHeader.TargetColumn t : h.targetColumns) {
            ParsedTarget p = readTarget(row, t.index(), u);
            if (p != null) {
                read.add(new Read(t.year(), p.target(), p.measure(), t.index()));
                columnOfYear.put(t.year(), t.index());
            }
        }
        if (h.average >= 0 && h.averageYear != null) {
            ParsedTarget p = readTarget(row, h.average, u);
            if (p != null) {
                Integer other = columnOfYear.get(h.averageYear);
                if (other != null) {
                    problem(TableProblem.TARGET_YEAR_CONFLICT, row, h.average, cell(row, h.average), h.averageYear,
                            other + 1);
                } else {
                    TargetExpression e = p.target().accumulation() == Accumulation.LEVEL
                            ? Targets.withAccumulation(p.target(), h.averageAccumulation) : p.target();
                    read.add(new Read(h.averageYear, e, p.measure(), h.average));
                }
            }
        }
        read.sort(Comparator.comparingInt(Read::year));
        List<TargetExpression> expressions = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (int k = 0, kept = 0; k < read.size(); k++) {
            Read r = read.get(k);
            if (r.year() < 1000 || r.year() > 9999) {
                // A header such as "Target 0025": a year the model cannot hold is an error, not a crash.
                problem(TableProblem.BAD_YEAR, row, r.column(), Integer.toString(r.year()), r.year());
                continue;
            }
            b.target(Target.of(r.year(), r.expression()));
            expressions.add(r.expression());
            measures.add(r.measure());
            places.put("targets[" + kept++ + "]", place(row, r.column()));
        }
        if (!read.isEmpty()) {
            places.put("targets", place(row, read.get(0).column()));
        }

        Measure measureOfRow;
        if (!TableSyntax.isEmpty(cell(row, h.measure))) {
            Optional<Measure> m = coded(row, h.measure, "measure", places, TableSyntax::measure, "measure",
                    TableSyntax.MEASURE_VALUES, "计量方式");
            m.ifPresent(b::measure);
            measureOfRow = m.orElse(Measure.LEVEL);
        } else {
            measureOfRow = Inference.measure(indicatorName, u, measures);
            b.measure(measureOfRow);
        }
        if (!TableSyntax.isEmpty(cell(row, h.direction))) {
            coded(row, h.direction, "direction", places, TableSyntax::direction, "direction",
                    TableSyntax.DIRECTION_VALUES, "方向").ifPresent(b::direction);
        } else {
            b.direction(Inference.direction(indicatorName, measureOfRow, expressions));
        }
        if (!TableSyntax.isEmpty(cell(row, h.accumulation))) {
            coded(row, h.accumulation, "accumulation", places, TableSyntax::accumulation, "accumulation",
                    TableSyntax.ACCUMULATION_VALUES, "累计方式").ifPresent(b::accumulation);
        } else {
            b.accumulation(Inference.accumulation(indicatorName, expressions));
        }

        String aggregationCell = cell(row, h.aggregation);
        if (!TableSyntax.isEmpty(aggregationCell)) {
            try {
                b.aggregation(Aggregation.parse(aggregationCell));
                places.put("aggregation", place(row, h.aggregation));
            } catch (IllegalArgumentException e) {
                problem(TableProblem.UNKNOWN_VALUE, row, h.aggregation, aggregationCell, aggregationCell,
                        "aggregation", TableSyntax.AGGREGATION_VALUES, "汇总方式");
            }
        }

        String leadCell = cell(row, h.lead);
        if (!TableSyntax.isEmpty(leadCell)) {
            b.leadAgency(leadCell);
            places.put("leadAgency", place(row, h.lead));
        }
        if (!TableSyntax.isEmpty(cell(row, h.priceBasis))) {
            coded(row, h.priceBasis, "priceBasis", places, PriceBasis::lookup, "price basis",
                    "current (现价), comparable (可比价, 不变价)", "价格口径").ifPresent(b::priceBasis);
        }
        String coCell = cell(row, h.co);
        if (!TableSyntax.isEmpty(coCell)) {
            b.coAgencies(TableSyntax.splitAgencies(coCell));
            places.put("coAgencies", place(row, h.co));
        }

        if (collector.errorCount() > errorsBefore) {
            return;
        }
        try {
            Indicator indicator = b.build();
            count++;
            drafts.add(new Draft(cat, indicator, Map.copyOf(places)));
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            int column = columnNamedBy(message);
            problem(TableProblem.INVALID_INDICATOR, row, column, cell(row, column), message);
        }
    }

    /**
     * The coded value (measure, direction, accumulation, price basis) in the filled cell {@code column}, placed at
     * {@code path}; empty, with {@code T018} naming the values known, when {@code lookup} does not know the text.
     */
    private <T> Optional<T> coded(CsvRows.Row row, int column, String path, Map<String, Location> places,
            Function<String, Optional<T>> lookup, String what, String known, String chinese) {
        String text = cell(row, column);
        Optional<T> value = lookup.apply(text);
        if (value.isEmpty()) {
            problem(TableProblem.UNKNOWN_VALUE, row, column, text, text, what, known, chinese);
        }
        places.put(path, place(row, column));
        return value;
    }

    /** The column a model message is about: "baseline.value must …" → the base column. */
    private int columnNamedBy(String message) {
        Map<String, Integer> byField = new LinkedHashMap<>();
        byField.put("baseline", h.base);
        byField.put("targets", h.targetColumns.isEmpty() ? h.average : h.targetColumns.get(0).index());
        byField.put("coAgencies", h.co);
        byField.put("leadAgency", h.lead);
        byField.put("category", h.category);
        byField.put("code", h.code);
        byField.put("unit", h.unit);
        for (Map.Entry<String, Integer> e : byField.entrySet()) {
            if (message.startsWith(e.getKey()) && e.getValue() >= 0) {
                return e.getValue();
            }
        }
        return h.name;
    }

    private @Nullable Baseline readBaseline(CsvRows.Row row, Unit u) {
        String c = cell(row, h.base);
        if (TableSyntax.isEmpty(c)) {
            return null;
        }
        TableSyntax.NotedValue nv = TableSyntax.splitNote(c);
        Quantity q;
        try {
            q = Quantity.parse(nv.value(), units);
        } catch (UnitParseException e) {
            problem(TableProblem.BAD_BASELINE, row, h.base, c, e.getMessage(), e.chineseMessage());
            return null;
        } catch (IllegalArgumentException e) {
            problem(TableProblem.BAD_BASELINE, row, h.base, c, e.getMessage(),
                    "“" + nv.value() + "”不是数值加单位的形式，如 120万标箱、6.0%");
            return null;
        }
        if (q.unit().isNone()) {
            q = Quantity.of(q.value(), u);
        }
        Integer year = null;
        String yearCell = cell(row, h.baseYearColumn);
        if (!TableSyntax.isEmpty(yearCell)) {
            String digits = TableSyntax.fold(yearCell).replace("年", "").strip();
            if (digits.matches("\\d{4}")) {
                year = Integer.valueOf(digits);
            } else {
                problem(TableProblem.BAD_YEAR, row, h.baseYearColumn, yearCell, yearCell);
                return null;
            }
        }
        if (year == null) {
            year = TableSyntax.yearOfNote(nv.note());
        }
        if (year == null) {
            year = h.baseYear;
        }
        if (year == null) {
            return null; // NO_BASE_YEAR was reported with the header.
        }
        try {
            return new Baseline(year, q, nv.note(), null);
        } catch (IllegalArgumentException e) {
            problem(TableProblem.INVALID_INDICATOR, row, h.base, c, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private @Nullable ParsedTarget readTarget(CsvRows.Row row, int column, Unit u) {
        String c = cell(row, column);
        if (TableSyntax.isEmpty(c)) {
            return null;
        }
        TargetParseResult r = parser.withDefaultUnit(u).parse(c);
        TargetParseError error = r.error();
        if (error != null) {
            problem(TableProblem.BAD_TARGET, row, column, c, error.code().code(),
                    error.message(java.util.Locale.ENGLISH), error.message(java.util.Locale.SIMPLIFIED_CHINESE));
            return null;
        }
        if (r.targets().size() > 1) {
            problem(TableProblem.SEVERAL_TARGETS, row, column, c, r.targets().size(),
                    String.join("、", r.expressions().stream().map(Object::toString).toList()));
            return null;
        }
        return r.targets().get(0);
    }

}
