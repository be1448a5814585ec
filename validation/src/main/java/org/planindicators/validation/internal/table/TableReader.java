package org.planindicators.validation.internal.table;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PriceBasis;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
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
import org.planindicators.validation.FileKind;
import org.planindicators.validation.FileProblem;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.Location;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.TableContext;
import org.planindicators.validation.TableProblem;
import org.planindicators.validation.internal.PlanChecks;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.JurisdictionNames;
import org.planindicators.validation.internal.HeaderVocabulary;
import org.planindicators.validation.internal.Workbooks;
import org.planindicators.validation.internal.Reasons;
import org.planindicators.validation.internal.TextInput;

/**
 * Reads an indicator table (CSV) into a {@link Plan}, collecting every problem with its line and field number. See
 * {@code org.planindicators.validation.IndicatorTables} for the rules; this class carries them out.
 */
public final class TableReader {
    /** The input grew past {@link ImportOptions#maxFileBytes()}. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long read;

        TooLargeException(long read) {
            super("more than the size limit");
            this.read = read;
        }

        long read() {
            return read;
        }
    }

    /** Counts the bytes read and fails once they pass the limit. */
    private static final class CountingInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        CountingInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }

        private void add(long n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException(count);
            }
        }
    }

    /** What marks a cell as a target, not a figure: bounds, approximation, brackets of cumulative figures. */
    private static final java.util.regex.Pattern TARGET_WORDING = java.util.regex.Pattern.compile(
            "左右|以上|以下|以内|[<>≥≤〔【\\[]|约|不低于|不少于|不高于|不超过|达到|力争|确保|完成|控制在|同步");

    /** Whether a row of cells reads as a table's header: a name column and another known column. */
    static boolean isTableHeader(List<String> cells) {
        return Reading.isTableHeader(cells);
    }

    private TableReader() {
    }

    /** Reads the table at {@code path}; the file name in locations is the path as given. */
    public static ImportResult<Plan> read(Path path, ImportOptions options, TableContext context) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        if (Workbooks.isWorkbook(path.toString())) {
            return readWorkbook(path, options, context);
        }
        String file = path.toString();
        ProblemCollector collector = new ProblemCollector(file, options.maxProblems());
        try {
            long size = Files.size(path);
            if (size > options.maxFileBytes()) {
                collector.add(FileProblem.TOO_LARGE, Location.ofFile(file), null, null, size, options.maxFileBytes());
                return new ImportResult<>(null, collector.report(FileKind.TABLE, 0, 0));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, file, options, context);
            }
        } catch (IOException e) {
            collector.add(FileProblem.UNREADABLE, Location.ofFile(file), null, null, Reasons.io(e));
            return new ImportResult<>(null, collector.report(FileKind.TABLE, 0, 0));
        }
    }

    /**
     * Reads the table in a sheet of the workbook {@code path} (the sheet {@link ImportOptions#sheet()} names, else the
     * first whose first rows hold a table header); problems are placed at the sheet's cells.
     */
    public static ImportResult<Plan> readWorkbook(Path path, ImportOptions options, TableContext context) {
        String file = path.toString();
        Reading reading = new Reading(file, options, context);
        ProblemCollector collector = reading.collector;
        try {
            long size = Files.size(path);
            if (size > options.maxFileBytes()) {
                collector.add(FileProblem.TOO_LARGE, Location.ofFile(file), null, null, size, options.maxFileBytes());
                return reading.result();
            }
            String refused = Workbooks.refusal(path);
            if (refused != null) {
                collector.add(FileProblem.WORKBOOK_REFUSED, Location.ofFile(file), null, null, refused);
                return reading.result();
            }
            try (Workbooks.Book book = Workbooks.open(path)) {
                String sheet;
                if (options.sheet() != null) {
                    sheet = book.find(options.sheet());
                    if (sheet == null) {
                        collector.add(FileProblem.NO_SUCH_SHEET, Location.ofFile(file), null, options.sheet(),
                                options.sheet(), String.join(", ", book.sheetNames()));
                        return reading.result();
                    }
                } else {
                    sheet = Workbooks.firstTable(book, Reading::isTableHeader).orElse(null);
                    if (sheet == null) {
                        collector.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
                        return reading.result();
                    }
                }
                reading.sheet = sheet;
                try (java.util.stream.Stream<Workbooks.SheetRow> rows = book.rows(sheet)) {
                    java.util.Iterator<Workbooks.SheetRow> it = rows.iterator();
                    reading.readTable(new RowSource() {
                        @Override
                        public CsvRows.@Nullable Row next() {
                            if (!it.hasNext()) {
                                return null;
                            }
                            Workbooks.SheetRow r = it.next();
                            int[] lines = new int[r.cells().size()];
                            java.util.Arrays.fill(lines, r.number());
                            return new CsvRows.Row(r.number(), r.cells(), lines, r.cells().size());
                        }

                        @Override
                        public CsvRows.@Nullable Failure failure() {
                            return null;
                        }
                    }, null, null);
                }
            }
        } catch (IOException e) {
            collector.add(FileProblem.UNREADABLE, Location.ofFile(file), null, null, String.valueOf(e.getMessage()));
        } catch (org.dhatim.fastexcel.reader.ExcelReaderException | IllegalStateException e) {
            collector.add(FileProblem.WORKBOOK_REFUSED, Location.ofFile(file), null, null,
                    "cannot be read: " + e.getMessage());
        }
        return reading.result();
    }

    /** Reads the table in {@code in}, named {@code file} in locations; the stream is not closed. */
    public static ImportResult<Plan> read(InputStream in, String file, ImportOptions options, TableContext context) {
        return readPlaced(in, file, options, context).result();
    }

    /**
     * What a reading gives: the result, and the locator that placed the plan's nodes in the file for {@link
     * PlanChecks} (it places every path at the header until a plan is built).
     *
     * @param result the plan, if the file has no errors, and the report
     * @param locator the places of the model's paths in the file
     */
    public record Outcome(ImportResult<Plan> result, PlanChecks.Locator locator) {
    }

    /** As {@link #read(InputStream, String, ImportOptions, TableContext)}, with the locator of the plan's nodes. */
    public static Outcome readPlaced(InputStream in, String file, ImportOptions options, TableContext context) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        Reading reading = new Reading(file, options, context);
        reading.run(in);
        return new Outcome(reading.result(), reading.locator());
    }

    /** A target column: its index and year. */
    private record TargetColumn(int index, int year) {
    }

    /** An indicator read from a row, with where its parts stand. */
    private record Draft(@Nullable String category, Indicator indicator, Map<String, Location> places) {
    }

    /** One reading of one file. */
    private static final class Reading {
        private final String file;
        private final ImportOptions options;
        private final TableContext context;
        private final UnitRegistry units;
        private final TargetParser parser;
        private final ProblemCollector collector;
        private @Nullable Plan plan;
        private int indicatorCount;
        private PlanChecks.Locator locator;

        // The header.
        private int headerLine = 1;
        private List<String> headers = List.of();
        private int headerFields;
        private @Nullable String caption;
        private int captionLine = 1;
        private int name = -1;
        private int category = -1;
        private int unit = -1;
        private int attribute = -1;
        private int base = -1;
        private @Nullable Integer baseHeaderYear;
        private int baseYearColumn = -1;
        private int lead = -1;
        private int priceBasis = -1;
        private int co = -1;
        private int code = -1;
        private int direction = -1;
        private int measure = -1;
        private int accumulation = -1;
        private int aggregation = -1;
        private int average = -1;
        private @Nullable Integer averageHeaderYear;
        private Accumulation averageAccumulation = Accumulation.ANNUAL_AVERAGE;
        private final List<Integer> blankColumns = new ArrayList<>();
        private final Set<Integer> blankReported = new HashSet<>();
        private final List<TargetColumn> targetColumns = new ArrayList<>();
        private @Nullable Integer baseYear;
        private @Nullable Integer averageYear;
        private @Nullable Integer lastYear;

        // The rows.
        private List<CsvRows.Row> dataRows = List.of();
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<String, Integer> firstLineOfName = new HashMap<>();
        private @Nullable String lastCategory;

        /** The sheet of a workbook being read, or null for a CSV text. */
        private @Nullable String sheet;

        Reading(String file, ImportOptions options, TableContext context) {
            this.file = file;
            this.options = options;
            this.context = context;
            this.units = options.units();
            this.parser = TargetParser.using(units);
            this.collector = new ProblemCollector(file, options.maxProblems());
            this.locator = path -> at(headerLine, 1);
        }

        ImportResult<Plan> result() {
            Plan p = collector.hasErrors() ? null : plan;
            return new ImportResult<>(p, collector.report(FileKind.TABLE, indicatorCount, 0));
        }

        private Location at(int line, int column) {
            return sheet != null ? Location.inSheet(file, sheet, Math.max(1, line), Math.max(1, column))
                    : Location.at(file, Math.max(1, line), Math.max(1, column));
        }

        private @Nullable String header(int index) {
            return index >= 0 && index < headers.size() ? headers.get(index) : null;
        }

        void run(InputStream raw) {
            CountingInputStream counted = new CountingInputStream(raw, options.maxFileBytes());
            try {
                BufferedInputStream in = new BufferedInputStream(counted, TextInput.SNIFF_BYTES + 4);
                in.mark(TextInput.SNIFF_BYTES + 4);
                byte[] head = in.readNBytes(TextInput.SNIFF_BYTES);
                in.reset();
                TextInput.Detection d = TextInput.open(in, options.encoding());
                if (d instanceof TextInput.Empty) {
                    collector.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
                } else if (d instanceof TextInput.Binary b) {
                    collector.add(FileProblem.BINARY, placeOfByte(head, b.offset(), null), null, null, b.offset());
                } else if (d instanceof TextInput.Undecodable u) {
                    collector.add(FileProblem.BAD_ENCODING, placeOfByte(head, u.offset(), u.charset()), null, null,
                            u.charset().name(), u.offset());
                } else if (d instanceof TextInput.Text t) {
                    try (CsvRows rows = new CsvRows(t.reader())) {
                        readTable(rows, t.charset(), counted);
                    }
                }
            } catch (TooLargeException e) {
                collector.add(FileProblem.TOO_LARGE, Location.ofFile(file), null, null, "≥" + e.read(),
                        options.maxFileBytes());
            } catch (IOException e) {
                collector.add(FileProblem.UNREADABLE, Location.ofFile(file), null, null,
                        Reasons.io(e));
            }
        }

        /**
         * The line and field of byte {@code offset} of the head of the file: CSV quotes, commas and line feeds are
         * single bytes below 0x40 in UTF-8 and GB18030 alike, so they can be counted on the bytes. UTF-16 text is
         * placed at the file as a whole.
         */
        private Location placeOfByte(byte[] head, long offset, @Nullable Charset charset) {
            if (charset != null && charset.name().startsWith("UTF-16")) {
                return Location.ofFile(file);
            }
            int line = 1;
            int field = 1;
            boolean quoted = false;
            for (int i = 0; i < Math.min(offset, head.length); i++) {
                byte b = head[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == ',' && !quoted) {
                    field++;
                } else if (b == '\n') {
                    line++;
                    if (!quoted) {
                        field = 1;
                    }
                }
            }
            return at(line, field);
        }

        private CsvRows.@Nullable Row nextNonBlank(RowSource rows) {
            CsvRows.Row r;
            while ((r = rows.next()) != null) {
                if (!r.isBlank()) {
                    return r;
                }
            }
            return null;
        }

        private void readTable(RowSource rows, @Nullable Charset charset, @Nullable CountingInputStream counted) {
            CsvRows.Row first = nextNonBlank(rows);
            if (first == null) {
                if (!reportFailure(rows, charset, counted)) {
                    collector.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
                }
                return;
            }
            CsvRows.Row headerRow = first;
            CsvRows.Row pending = null;
            if (first.filled() == 1 && !first.cell(0).isEmpty()) {
                // A caption when the next row is a header; else the first row is a one-column header.
                CsvRows.Row second = nextNonBlank(rows);
                if (second != null && names(second)) {
                    caption = first.cell(0);
                    captionLine = first.line();
                    headerRow = second;
                } else {
                    pending = second;
                }
            }
            if (pending == null) {
                // A header over two rows: a spanning cell (“十四五”目标) above the years it spans (2025年, 年均).
                CsvRows.Row sub = nextNonBlank(rows);
                if (sub != null && isSubHeader(headerRow, sub)) {
                    headerRow = mergeHeader(headerRow, sub);
                } else {
                    pending = sub;
                }
            }
            // The data rows are read first (at most MAX_ROWS, within the file size limit), so that the header can
            // look at a column's cells: a lone year column of targets is not a base.
            List<CsvRows.Row> data = new ArrayList<>();
            boolean tooMany = false;
            CsvRows.Row row;
            while ((row = pending != null ? pending : rows.next()) != null) {
                pending = null;
                if (row.isBlank()) {
                    continue;
                }
                if (data.size() >= TableSyntax.MAX_ROWS) {
                    tooMany = true;
                    collector.add(TableProblem.TOO_MANY_ROWS, at(row.line(), 1), null, null, TableSyntax.MAX_ROWS);
                    break;
                }
                data.add(row);
            }
            dataRows = data;
            if (!readHeader(headerRow)) {
                reportFailure(rows, charset, counted);
                return;
            }
            for (CsvRows.Row r : data) {
                readRow(r);
            }
            int dataRowCount = data.size() + (tooMany ? 1 : 0);
            boolean failed = reportFailure(rows, charset, counted);
            if (dataRowCount == 0 && !failed) {
                collector.add(TableProblem.NO_ROWS, at(headerLine, 1), null, null);
            }
            if (!collector.hasErrors()) {
                buildPlan();
            }
        }

        /** Reports why the rows ended early, if they did; whether they did. */
        private boolean reportFailure(RowSource rows, @Nullable Charset charset,
                @Nullable CountingInputStream counted) {
            CsvRows.Failure f = rows.failure();
            if (f == null || charset == null || counted == null) {
                return false;
            }
            Location where = at(f.line(), f.field());
            String field = header(f.field() - 1);
            switch (f.kind()) {
                case CELL_TOO_LONG -> collector.add(TableProblem.CELL_TOO_LONG, where, field, null,
                        TableSyntax.MAX_CELL_CHARS);
                case MALFORMED -> collector.add(TableProblem.MALFORMED_CSV, where, field, null, f.message());
                case BAD_ENCODING -> collector.add(FileProblem.BAD_ENCODING, where, field, null, charset.name(),
                        "≤" + counted.count);
                case BINARY -> collector.add(FileProblem.BINARY, where, field, null, "≤" + counted.count);
                case TOO_LARGE -> collector.add(FileProblem.TOO_LARGE, Location.ofFile(file), null, null,
                        "≥" + counted.count, options.maxFileBytes());
                case UNREADABLE -> collector.add(FileProblem.UNREADABLE, where, field, null, f.message());
                default -> throw new IllegalStateException(f.kind().name());
            }
            return true;
        }

        /**
         * Whether {@code sub} continues the header {@code header}: every filled cell of it is a year, base, target or
         * average header, at least one is, and the header's name column is empty in it.
         */
        private static boolean isSubHeader(CsvRows.Row header, CsvRows.Row sub) {
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
        private static CsvRows.Row mergeHeader(CsvRows.Row header, CsvRows.Row sub) {
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

        private static boolean names(CsvRows.Row row) {
            for (String f : row.fields()) {
                if (TableSyntax.classify(f).role() == TableSyntax.Role.NAME) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------------------------------------------------
        // The header

        /** Reads the header row; false when the table cannot be read on (no name column). */
        private boolean readHeader(CsvRows.Row row) {
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
                    && !(plain.size() == 1 && holdsTargets(plain.get(0)))) {
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
        private boolean holdsTargets(int index) {
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

        // ---------------------------------------------------------------------------------------------------------
        // The rows

        private String cell(CsvRows.Row row, int column) {
            return column < 0 ? "" : row.cell(column);
        }

        private Location place(CsvRows.Row row, int column) {
            return column < 0 ? at(row.line(), 1) : at(row.lineOf(column), column + 1);
        }

        private void problem(TableProblem code, CsvRows.Row row, int column, @Nullable String value,
                Object... arguments) {
            collector.add(code, place(row, column), header(column), value, arguments);
        }

        private void readRow(CsvRows.Row row) {
            if (row.filled() == 1 && HeaderVocabulary.isNote(row.fields().stream().filter(f -> !f.isBlank())
                    .findFirst().orElse(""))) {
                return; // a note under the table (注：〔 〕内为五年累计数), not an indicator
            }
            int width = headerFields;
            if (row.fieldCount() != width && !(sheet != null && row.fieldCount() < width)) {
                int column = row.fieldCount() < width ? row.fieldCount() + 1 : width + 1;
                collector.add(TableProblem.FIELD_COUNT, at(row.lineOf(Math.min(column, row.fields().size()) - 1),
                        column), header(column - 1), null, row.fieldCount(), width);
            }
            if (row.fieldCount() > TableSyntax.MAX_COLUMNS) {
                collector.add(TableProblem.TOO_MANY_COLUMNS, at(row.line(), TableSyntax.MAX_COLUMNS + 1), null, null,
                        TableSyntax.MAX_COLUMNS);
            }
            for (int b : blankColumns) {
                if (!row.cell(b).isEmpty() && blankReported.add(b)) {
                    collector.add(TableProblem.VALUE_WITHOUT_HEADER, place(row, b), "", row.cell(b));
                }
            }
            long errorsBefore = collector.errorCount();
            Map<String, Location> places = new HashMap<>();
            places.put("", place(row, name));

            // Category: an empty cell repeats the category above (merged cells); a dash means none.
            String categoryCell = cell(row, category);
            String cat = null;
            if (category >= 0) {
                if (categoryCell.isEmpty()) {
                    cat = lastCategory;
                } else if (!TableSyntax.isEmpty(categoryCell)) {
                    cat = categoryCell;
                }
                lastCategory = cat;
                places.put("category", place(row, category));
            }

            String rawName = cell(row, name);
            if (TableSyntax.isEmpty(rawName)) {
                problem(TableProblem.EMPTY_NAME, row, name, rawName);
                return;
            }
            TableSyntax.NamedUnit named = TableSyntax.splitUnit(TableSyntax.stripFootnoteMark(rawName), units);
            String indicatorName = named.name();
            // A category is a goal of the plan read: a name may stand again under another category (a figure the
            // document restates); the plan checks compare the two. Twice under one category is an error.
            Integer firstLine = firstLineOfName.putIfAbsent((cat == null ? "" : cat) + '\u0000' + indicatorName,
                    row.line());
            if (firstLine != null) {
                problem(TableProblem.DUPLICATE_INDICATOR, row, name, rawName, indicatorName, firstLine);
            }

            Unit u = named.unit() != null ? named.unit() : Unit.NONE;
            String unitCell = cell(row, unit);
            if (!TableSyntax.isEmpty(unitCell)) {
                try {
                    Unit fromColumn = units.parse(unitCell);
                    if (named.unit() != null && !named.unit().equals(fromColumn)) {
                        problem(TableProblem.UNIT_MISMATCH, row, unit, unitCell, named.unitText(), unitCell);
                    }
                    u = fromColumn;
                } catch (UnitParseException e) {
                    problem(TableProblem.UNKNOWN_UNIT, row, unit, unitCell, unitCell, e.getMessage(),
                            e.chineseMessage());
                }
            }
            places.put("unit", unit >= 0 ? place(row, unit) : place(row, name));

            Indicator.Builder b = Indicator.builder(indicatorName, u);
            String codeCell = cell(row, code);
            if (!TableSyntax.isEmpty(codeCell)) {
                b.code(codeCell);
                places.put("code", place(row, code));
            }
            b.category(cat);

            String attributeCell = cell(row, attribute);
            if (!TableSyntax.isEmpty(attributeCell)) {
                Optional<IndicatorAttribute> a = TableSyntax.attribute(attributeCell);
                if (a.isPresent()) {
                    b.attribute(a.get());
                } else {
                    problem(TableProblem.UNKNOWN_ATTRIBUTE, row, attribute, attributeCell, attributeCell);
                }
                places.put("attribute", place(row, attribute));
            }

            Baseline baseline = readBaseline(row, u);
            if (baseline != null) {
                b.baseline(baseline);
                places.put("baseline", place(row, base));
            }

            // Targets: the year columns, then the 年均/累计 column for the last year.
            record Read(int year, TargetExpression expression, Measure measure, int column) {
            }
            List<Read> read = new ArrayList<>();
            Map<Integer, Integer> columnOfYear = new HashMap<>();
            for (TargetColumn t : targetColumns) {
                ParsedTarget p = readTarget(row, t.index(), u);
                if (p != null) {
                    read.add(new Read(t.year(), p.target(), p.measure(), t.index()));
                    columnOfYear.put(t.year(), t.index());
                }
            }
            if (average >= 0 && averageYear != null) {
                ParsedTarget p = readTarget(row, average, u);
                if (p != null) {
                    Integer other = columnOfYear.get(averageYear);
                    if (other != null) {
                        problem(TableProblem.TARGET_YEAR_CONFLICT, row, average, cell(row, average), averageYear,
                                other + 1);
                    } else {
                        TargetExpression e = p.target().accumulation() == Accumulation.LEVEL
                                ? Targets.withAccumulation(p.target(), averageAccumulation) : p.target();
                        read.add(new Read(averageYear, e, p.measure(), average));
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
            String measureCell = cell(row, measure);
            if (!TableSyntax.isEmpty(measureCell)) {
                Optional<Measure> m = TableSyntax.measure(measureCell);
                m.ifPresent(b::measure);
                measureOfRow = m.orElse(Measure.LEVEL);
                if (m.isEmpty()) {
                    problem(TableProblem.UNKNOWN_VALUE, row, measure, measureCell, measureCell, "measure",
                            TableSyntax.MEASURE_VALUES, "计量方式");
                }
                places.put("measure", place(row, measure));
            } else {
                measureOfRow = Inference.measure(indicatorName, u, measures);
                b.measure(measureOfRow);
            }
            String directionCell = cell(row, direction);
            if (!TableSyntax.isEmpty(directionCell)) {
                Optional<Direction> d = TableSyntax.direction(directionCell);
                d.ifPresent(b::direction);
                if (d.isEmpty()) {
                    problem(TableProblem.UNKNOWN_VALUE, row, direction, directionCell, directionCell, "direction",
                            TableSyntax.DIRECTION_VALUES, "方向");
                }
                places.put("direction", place(row, direction));
            } else {
                b.direction(Inference.direction(indicatorName, measureOfRow, expressions));
            }
            String accumulationCell = cell(row, accumulation);
            if (!TableSyntax.isEmpty(accumulationCell)) {
                Optional<Accumulation> a = TableSyntax.accumulation(accumulationCell);
                a.ifPresent(b::accumulation);
                if (a.isEmpty()) {
                    problem(TableProblem.UNKNOWN_VALUE, row, accumulation, accumulationCell, accumulationCell,
                            "accumulation", TableSyntax.ACCUMULATION_VALUES, "累计方式");
                }
                places.put("accumulation", place(row, accumulation));
            } else {
                b.accumulation(Inference.accumulation(indicatorName, expressions));
            }

            String aggregationCell = cell(row, aggregation);
            if (!TableSyntax.isEmpty(aggregationCell)) {
                try {
                    b.aggregation(Aggregation.parse(aggregationCell));
                    places.put("aggregation", place(row, aggregation));
                } catch (IllegalArgumentException e) {
                    problem(TableProblem.UNKNOWN_VALUE, row, aggregation, aggregationCell, aggregationCell,
                            "aggregation", TableSyntax.AGGREGATION_VALUES, "汇总方式");
                }
            }

            String leadCell = cell(row, lead);
            if (!TableSyntax.isEmpty(leadCell)) {
                b.leadAgency(leadCell);
                places.put("leadAgency", place(row, lead));
            }
            String basisCell = cell(row, priceBasis);
            if (!TableSyntax.isEmpty(basisCell)) {
                Optional<PriceBasis> pb = PriceBasis.lookup(basisCell);
                pb.ifPresent(b::priceBasis);
                if (pb.isEmpty()) {
                    problem(TableProblem.UNKNOWN_VALUE, row, priceBasis, basisCell, basisCell, "price basis",
                            "current (现价), comparable (可比价, 不变价)", "价格口径");
                }
                places.put("priceBasis", place(row, priceBasis));
            }
            String coCell = cell(row, co);
            if (!TableSyntax.isEmpty(coCell)) {
                b.coAgencies(TableSyntax.splitAgencies(coCell));
                places.put("coAgencies", place(row, co));
            }

            if (collector.errorCount() > errorsBefore) {
                return;
            }
            try {
                Indicator indicator = b.build();
                indicatorCount++;
                drafts.add(new Draft(cat, indicator, Map.copyOf(places)));
            } catch (IllegalArgumentException | NullPointerException e) {
                String message = String.valueOf(e.getMessage());
                int column = columnNamedBy(message);
                problem(TableProblem.INVALID_INDICATOR, row, column, cell(row, column), message);
            }
        }

        /** The column a model message is about: "baseline.value must …" → the base column. */
        private int columnNamedBy(String message) {
            Map<String, Integer> byField = new LinkedHashMap<>();
            byField.put("baseline", base);
            byField.put("targets", targetColumns.isEmpty() ? average : targetColumns.get(0).index());
            byField.put("coAgencies", co);
            byField.put("leadAgency", lead);
            byField.put("category", category);
            byField.put("code", code);
            byField.put("unit", unit);
            for (Map.Entry<String, Integer> e : byField.entrySet()) {
                if (message.startsWith(e.getKey()) && e.getValue() >= 0) {
                    return e.getValue();
                }
            }
            return name;
        }

        private @Nullable Baseline readBaseline(CsvRows.Row row, Unit u) {
            String c = cell(row, base);
            if (TableSyntax.isEmpty(c)) {
                return null;
            }
            TableSyntax.NotedValue nv = TableSyntax.splitNote(c);
            Quantity q;
            try {
                q = Quantity.parse(nv.value(), units);
            } catch (UnitParseException e) {
                problem(TableProblem.BAD_BASELINE, row, base, c, e.getMessage(), e.chineseMessage());
                return null;
            } catch (IllegalArgumentException e) {
                problem(TableProblem.BAD_BASELINE, row, base, c, e.getMessage(),
                        "“" + nv.value() + "”不是数值加单位的形式，如 120万标箱、6.0%");
                return null;
            }
            if (q.unit().isNone()) {
                q = Quantity.of(q.value(), u);
            }
            Integer year = null;
            String yearCell = cell(row, baseYearColumn);
            if (!TableSyntax.isEmpty(yearCell)) {
                String digits = TableSyntax.fold(yearCell).replace("年", "").strip();
                if (digits.matches("\\d{4}")) {
                    year = Integer.valueOf(digits);
                } else {
                    problem(TableProblem.BAD_YEAR, row, baseYearColumn, yearCell, yearCell);
                    return null;
                }
            }
            if (year == null) {
                year = TableSyntax.yearOfNote(nv.note());
            }
            if (year == null) {
                year = baseYear;
            }
            if (year == null) {
                return null; // NO_BASE_YEAR was reported with the header.
            }
            try {
                return new Baseline(year, q, nv.note(), null);
            } catch (IllegalArgumentException e) {
                problem(TableProblem.INVALID_INDICATOR, row, base, c, String.valueOf(e.getMessage()));
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

        // ---------------------------------------------------------------------------------------------------------
        // The plan

        private void buildPlan() {
            int base0 = Objects.requireNonNull(baseYear);
            int last = Objects.requireNonNull(lastYear);
            Map<Optional<String>, List<Draft>> groups = new LinkedHashMap<>();
            for (Draft d : drafts) {
                groups.computeIfAbsent(Optional.ofNullable(d.category()), k -> new ArrayList<>()).add(d);
            }
            Map<String, Location> places = new HashMap<>();
            Location headerPlace = at(headerLine, 1);
            places.put("", headerPlace);
            places.put("parts[0]", headerPlace);
            List<Goal> goals = new ArrayList<>();
            int g = 0;
            for (Map.Entry<Optional<String>, List<Draft>> e : groups.entrySet()) {
                List<Indicator> indicators = new ArrayList<>();
                String goalPath = "parts[0].goals[" + g + "]";
                List<Draft> members = e.getValue();
                places.put(goalPath, members.get(0).places().getOrDefault("category", members.get(0).places().get("")));
                for (int i = 0; i < members.size(); i++) {
                    Draft d = members.get(i);
                    indicators.add(d.indicator());
                    String path = goalPath + ".indicators[" + i + "]";
                    for (Map.Entry<String, Location> p : d.places().entrySet()) {
                        places.put(p.getKey().isEmpty() ? path : path + "." + p.getKey(), p.getValue());
                    }
                }
                goals.add(new Goal("G" + (g + 1), e.getKey().orElse(TableSyntax.UNCATEGORISED), null, last,
                        indicators));
                g++;
            }
            String title = context.title() != null ? context.title() : caption != null ? caption : stem(file);
            try {
                Period period = Period.of(base0 + 1, last);
                PlanKind kind = context.kind() != null ? context.kind() : kindOf(period);
                Jurisdiction jurisdiction = context.jurisdiction();
                if (jurisdiction.equals(TableContext.UNSPECIFIED) && options.jurisdiction() != null) {
                    jurisdiction = TableContext.parseJurisdiction(options.jurisdiction());
                }
                String named = caption == null ? null : JurisdictionNames.inTitle(caption);
                if (jurisdiction.equals(TableContext.UNSPECIFIED) && named != null) {
                    jurisdiction = TableContext.parseJurisdiction(named);
                    collector.add(TableProblem.JURISDICTION_FROM_TITLE, at(captionLine, 1), null, caption, named);
                }
                Plan.Builder pb = Plan.builder(title, jurisdiction, kind, period)
                        .status(context.status())
                        .baseYear(base0);
                if (!goals.isEmpty()) {
                    pb.part(PlanPart.of(PartLevel.PART, TableSyntax.PART_TITLE, goals));
                }
                plan = pb.build();
            } catch (IllegalArgumentException e) {
                collector.add(TableProblem.INVALID_PLAN, headerPlace, null, null, String.valueOf(e.getMessage()));
                return;
            }
            locator = path -> locate(places, path, headerPlace);
            PlanChecks.run(plan, locator, collector);
        }

        PlanChecks.Locator locator() {
            return locator;
        }

        private static Location locate(Map<String, Location> places, String path, Location fallback) {
            String p = path;
            while (true) {
                Location l = places.get(p);
                if (l != null) {
                    return l;
                }
                if (p.isEmpty()) {
                    return fallback;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut <= 0 ? "" : p.substring(0, cut);
            }
        }
    }

    /** The kind a table's period suggests: one year a work report, five a five-year plan, else a development plan. */
    static PlanKind kindOf(Period period) {
        return switch (period.length()) {
            case 1 -> PlanKind.ANNUAL_WORK_REPORT;
            case 5 -> PlanKind.FIVE_YEAR_PLAN;
            default -> PlanKind.DEVELOPMENT_PLAN;
        };
    }

    /** The last segment of a file name without its extension; "指标表" when nothing is left. */
    static String stem(String file) {
        String s = file.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        int dot = s.lastIndexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        s = s.strip();
        return s.isEmpty() ? "指标表" : s;
    }
}
