package org.planindicators.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Excel workbooks (.xlsx) as rows of text cells, streamed by fastexcel-reader after the archive has been checked.
 *
 * <p><b>The guard.</b> Before fastexcel-reader opens a workbook, every entry of the zip archive is inflated once
 * through {@link java.util.zip.ZipFile} into a counter and thrown away: an archive is refused when it is not a zip,
 * has more than {@value #MAX_ENTRIES} entries, an entry inflates to more than it declares, to more than {@value
 * #MAX_ENTRY_BYTES} bytes, or at a ratio above {@value #MAX_RATIO} to 1 once past 1 MiB, when all entries together
 * inflate past {@value #MAX_TOTAL_BYTES} bytes, or when the shared-string table (which fastexcel-reader holds in
 * memory) inflates past {@value #MAX_SHARED_STRINGS_BYTES} bytes. The check holds a buffer of 64 KiB and stops at the
 * first byte past a limit, so a zip bomb costs at most the limits' worth of inflating, never memory.
 *
 * <p><b>Cells.</b> A text cell is its text; a number is written with the decimals its number format shows
 * ({@code 0.00} → 717.10; {@code 0} → 718), else with at most fifteen significant digits, the digits Excel shows
 * (a stored 0.30000000000000004 reads 0.3); a percent format shows the number ×100 with {@code %} (0.062 with
 * {@code 0.0%} → 6.2%); a date is {@code yyyy-MM-dd} ({@code yyyy-MM} for a format without days); a formula gives its
 * cached value; an error cell ({@code #DIV/0!}) its text. Rows and columns are numbered as Excel numbers them.
 *
 * <p><b>Merged cells.</b> A cell merged over several rows (类别, 属性, 单位 spanning the rows of a group) gives its value
 * to every row it covers ({@link MergedCells}); merges within a row are left as they are.
 */
public final class Workbooks {
    /** The most entries an archive may have. */
    public static final int MAX_ENTRIES = 10_000;
    /** The most bytes one entry may inflate to: 1 GiB. */
    public static final long MAX_ENTRY_BYTES = 1L << 30;
    /** The most bytes all entries together may inflate to: 2 GiB. */
    public static final long MAX_TOTAL_BYTES = 2L << 30;
    /** The highest compression ratio of an entry past 1 MiB. */
    public static final int MAX_RATIO = 200;
    /** The largest shared-string table, inflated: 32 MiB (held in memory by the reader). */
    public static final long MAX_SHARED_STRINGS_BYTES = 32L << 20;

    private static final Pattern DECIMALS = Pattern.compile("0(?:\\.(0+))?");

    private Workbooks() {
    }

    /** Whether a file name is a workbook's. */
    public static boolean isWorkbook(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /**
     * Why the archive at {@code file} is refused, or null when it may be opened.
     *
     * @param file the workbook
     * @return the reason, in English, or null
     * @throws IOException when the file cannot be read
     */
    public static @Nullable String refusal(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            return ReadableWorkbook.isOLE2Header(head) ? "an Excel 97-2003 (.xls) workbook; save it as .xlsx"
                    : "not a zip archive";
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return zip.size() + " entries, more than " + MAX_ENTRIES;
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long declared = e.getSize();
                long compressed = Math.max(1, e.getCompressedSize());
                long limit = e.getName().endsWith("sharedStrings.xml") ? MAX_SHARED_STRINGS_BYTES : MAX_ENTRY_BYTES;
                long n = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    int r;
                    while ((r = in.read(buffer)) > 0) {
                        n += r;
                        total += r;
                        if (declared >= 0 && n > declared) {
                            return e.getName() + " inflates to more than the " + declared + " bytes it declares";
                        }
                        if (n > limit) {
                            return e.getName() + " inflates to more than " + limit + " bytes";
                        }
                        if (n > (1 << 20) && n / compressed > MAX_RATIO) {
                            return e.getName() + " has a compression ratio above " + MAX_RATIO + " to 1";
                        }
                        if (total > MAX_TOTAL_BYTES) {
                            return "the entries inflate to more than " + MAX_TOTAL_BYTES + " bytes";
                        }
                    }
                }
            }
        } catch (ZipException e) {
            return "a damaged zip archive: " + e.getMessage();
        }
        return null;
    }

    /** An open workbook: its sheets' names, and each sheet's rows. */
    public static final class Book implements AutoCloseable {
        private final ReadableWorkbook workbook;
        private final List<Sheet> sheets;
        private final Path file;
        private final java.util.Map<String, MergedCells> merges = new java.util.HashMap<>();

        private Book(ReadableWorkbook workbook, Path file) {
            this.workbook = workbook;
            this.sheets = workbook.getSheets().toList();
            this.file = file;
        }

        /** The sheets' names, in workbook order. */
        public List<String> sheetNames() {
            return sheets.stream().map(Sheet::getName).toList();
        }

        /**
         * The sheet {@code wanted} names: its name (case and spaces ignored), or its 1-based number; null when
         * none.
         */
        public @Nullable String find(String wanted) {
            String w = wanted.strip();
            for (Sheet s : sheets) {
                if (s.getName().strip().equalsIgnoreCase(w)) {
                    return s.getName();
                }
            }
            if (w.matches("\\d{1,4}")) {
                int i = Integer.parseInt(w);
                if (i >= 1 && i <= sheets.size()) {
                    return sheets.get(i - 1).getName();
                }
            }
            return null;
        }

        /**
         * The rows of sheet {@code name}, streamed, each cell that a merge over several rows covers filled with the
         * merge's value ({@link MergedCells}); close the stream.
         */
        public Stream<SheetRow> rows(String name) throws IOException {
            Sheet sheet = sheets.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
            MergedCells known = merges.get(name);
            if (known == null) {
                known = MergedCells.of(file, name);
                merges.put(name, known);
            }
            MergedCells merged = known.fresh();
            Stream<SheetRow> rows = sheet.openStream().map(Workbooks::row);
            return merged.isEmpty() ? rows
                    : rows.map(r -> new SheetRow(r.number(), merged.fill(r.number(), r.cells())));
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /**
     * A row of a sheet.
     *
     * @param number the row's number as Excel shows it (1-based)
     * @param cells the cells' texts from column A to the last cell, "" for an empty one
     */
    public record SheetRow(int number, List<String> cells) {
    }

    /** Opens a workbook that {@link #refusal(Path)} accepted. */
    public static Book open(Path file) throws IOException {
        return new Book(new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false)), file);
    }

    /** The rows of a stream as a plain iterator (for readers that pull rows). */
    public static Iterator<SheetRow> iterator(Stream<SheetRow> rows) {
        return rows.iterator();
    }

    private static SheetRow row(Row row) {
        int n = row.getCellCount();
        List<String> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cell c = row.getCell(i);
            cells.add(c == null ? "" : text(c));
        }
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).isBlank()) {
            last--;
        }
        return new SheetRow(row.getRowNum(), List.copyOf(cells.subList(0, last)));
    }

    /** A cell's text as Excel shows it; see the class description. */
    static String text(Cell c) {
        CellType type = c.getType();
        String raw = c.getRawValue();
        if (type == CellType.EMPTY || raw == null) {
            return "";
        }
        if (type == CellType.NUMBER || type == CellType.FORMULA && isNumber(raw)) {
            String format = c.getDataFormatString();
            if (format != null && isDateFormat(format)) {
                try {
                    LocalDateTime d = c.asDate();
                    return hasDays(format) ? d.toLocalDate().toString()
                            : String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
                } catch (RuntimeException e) {
                    return raw;
                }
            }
            return number(raw, format);
        }
        if (type == CellType.BOOLEAN) {
            return "1".equals(raw) ? "TRUE" : "FALSE";
        }
        String t = c.getText();
        return t == null ? raw : t;
    }

    private static boolean isNumber(String raw) {
        return raw.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    /** The digits a number format shows: {@code 0.00} two decimals, {@code 0.0%} a percent with one. */
    static String number(String raw, @Nullable String format) {
        BigDecimal v;
        try {
            v = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        String f = format == null ? "General" : format.split(";")[0].replaceAll("\"[^\"]*\"|\\[[^]]*]|[#,_\\\\ ]", "");
        boolean percent = f.endsWith("%");
        if (percent) {
            f = f.substring(0, f.length() - 1);
            v = v.movePointRight(2);
        }
        Matcher m = DECIMALS.matcher(f);
        if (m.matches()) {
            int decimals = m.group(1) == null ? 0 : m.group(1).length();
            v = v.setScale(decimals, RoundingMode.HALF_UP);
        } else {
            // General: at most fifteen significant digits, as Excel shows; no trailing zeros past the point.
            if (v.precision() > 15) {
                v = v.round(new MathContext(15, RoundingMode.HALF_UP));
            }
            v = v.scale() > 0 ? v.stripTrailingZeros() : v;
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
        }
        return v.toPlainString() + (percent ? "%" : "");
    }

    private static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return f.contains("yy") || f.contains("d") && f.contains("m") || f.contains("年") || f.contains("月");
    }

    private static boolean hasDays(String format) {
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return f.contains("d") || f.contains("日");
    }

    /** The first sheet whose first rows hold a header that {@code isHeader} accepts, or the first sheet. */
    public static Optional<String> firstTable(Book book, java.util.function.Predicate<List<String>> isHeader)
            throws IOException {
        for (String name : book.sheetNames()) {
            try (Stream<SheetRow> rows = book.rows(name)) {
                Iterator<SheetRow> it = rows.iterator();
                for (int i = 0; i < 20 && it.hasNext(); i++) {
                    if (isHeader.test(it.next().cells())) {
                        return Optional.of(name);
                    }
                }
            }
        }
        return book.sheetNames().stream().findFirst();
    }
}
