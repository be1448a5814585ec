package org.planindicators.validation.internal.table;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.target.TargetParser;
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


    /** Whether a row of cells reads as a table's header: a name column and another known column. */
    static boolean isTableHeader(List<String> cells) {
        return TableHeader.isTableHeader(cells);
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
                    sheet = Workbooks.firstTable(book, TableHeader::isTableHeader).orElse(null);
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


    /** One reading of one file. */
    private static final class Reading {
        private final String file;
        private final ImportOptions options;
        private final TableContext context;
        private final UnitRegistry units;
        private final TargetParser parser;
        private final ProblemCollector collector;
        private @Nullable Plan plan;
        private PlanChecks.Locator locator;
        private @Nullable String caption;
        private int captionLine = 1;
        private final TableHeader h;
        private @Nullable RowReader rows;

        /** The sheet of a workbook being read, or null for a CSV text. */
        private @Nullable String sheet;

        Reading(String file, ImportOptions options, TableContext context) {
            this.file = file;
            this.options = options;
            this.context = context;
            this.units = options.units();
            this.parser = TargetParser.using(units);
            this.collector = new ProblemCollector(file, options.maxProblems());
            this.h = new TableHeader(collector, options, this::at);
            this.locator = path -> at(h.headerLine, 1);
        }

        ImportResult<Plan> result() {
            Plan p = collector.hasErrors() ? null : plan;
            return new ImportResult<>(p, collector.report(FileKind.TABLE, rows == null ? 0 : rows.count(), 0));
        }

        private Location at(int line, int column) {
            return sheet != null ? Location.inSheet(file, sheet, Math.max(1, line), Math.max(1, column))
                    : Location.at(file, Math.max(1, line), Math.max(1, column));
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
                if (second != null && TableHeader.names(second)) {
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
                if (sub != null && TableHeader.isSubHeader(headerRow, sub)) {
                    headerRow = TableHeader.mergeHeader(headerRow, sub);
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
            if (!h.read(headerRow, data)) {
                reportFailure(rows, charset, counted);
                return;
            }
            RowReader reader = new RowReader(h, collector, units, parser, sheet != null, this::at);
            this.rows = reader;
            for (CsvRows.Row r : data) {
                reader.read(r);
            }
            int dataRowCount = data.size() + (tooMany ? 1 : 0);
            boolean failed = reportFailure(rows, charset, counted);
            if (dataRowCount == 0 && !failed) {
                collector.add(TableProblem.NO_ROWS, at(h.headerLine, 1), null, null);
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
            String field = h.header(f.field() - 1);
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

        // ---------------------------------------------------------------------------------------------------------
        // The plan

        private void buildPlan() {
            int base0 = Objects.requireNonNull(h.baseYear);
            int last = Objects.requireNonNull(h.lastYear);
            Map<Optional<String>, List<RowReader.Draft>> groups = new LinkedHashMap<>();
            for (RowReader.Draft d : Objects.requireNonNull(rows).drafts()) {
                groups.computeIfAbsent(Optional.ofNullable(d.category()), k -> new ArrayList<>()).add(d);
            }
            Map<String, Location> places = new HashMap<>();
            Location headerPlace = at(h.headerLine, 1);
            places.put("", headerPlace);
            places.put("parts[0]", headerPlace);
            List<Goal> goals = new ArrayList<>();
            int g = 0;
            for (Map.Entry<Optional<String>, List<RowReader.Draft>> e : groups.entrySet()) {
                List<Indicator> indicators = new ArrayList<>();
                String goalPath = "parts[0].goals[" + g + "]";
                List<RowReader.Draft> members = e.getValue();
                places.put(goalPath, members.get(0).places().getOrDefault("category", members.get(0).places().get("")));
                for (int i = 0; i < members.size(); i++) {
                    RowReader.Draft d = members.get(i);
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
