package org.planindicators.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The cells a sheet merges over several rows, and the filling of the rows they cover: a 类别 or 属性 cell merged over
 * rows 3–5 shows its value once, in row 3, and the value applies to every row it covers, so rows 4 and 5 get it too.
 * Merges within one row (a title over columns A–F, a header over two period columns) are left as they are: a row's
 * meaning does not repeat across its columns. So are merges whose value is a header (指标, 单位, 2020年 merged down
 * over the two rows of a header): the second header row keeps its blanks, as the readers of two-row headers expect.
 *
 * <p>fastexcel-reader streams rows and does not report merges; they are listed at the end of the sheet's XML
 * ({@code <mergeCells>}, after {@code <sheetData>}), so the sheet's part is read once more, as bytes, before its rows
 * are streamed: the archive was checked by the guard already ({@link Workbooks#refusal}), the scan holds one buffer,
 * and at most {@value #MAX_RANGES} merges are kept (real tables have tens; past the limit the rest are not filled).
 */
public final class MergedCells {
    /** The most merged ranges kept for one sheet. */
    public static final int MAX_RANGES = 65_536;

    private static final Pattern YEAR_HEADER = Pattern.compile("^(?:19|20)\\d{2}\\s*年?");
    private static final Pattern MERGE = Pattern.compile(
            "<(?:\\w+:)?mergeCell\\b[^>]*?\\bref=\"([A-Z]{1,3})(\\d{1,7}):([A-Z]{1,3})(\\d{1,7})\"");

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final List<Range> vertical;
    private final Map<Range, String> values = new HashMap<>();

    private MergedCells(List<Range> vertical) {
        this.vertical = vertical;
    }

    /** {@return the same merges, for another pass over the sheet's rows (the values seen are not carried)} */
    public MergedCells fresh() {
        return new MergedCells(vertical);
    }

    /**
     * A range of cells, rows as Excel numbers them (1-based), columns from 0.
     *
     * @param firstRow the first row
     * @param lastRow the last row
     * @param firstColumn the first column
     * @param lastColumn the last column
     */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /**
     * The merges over several rows of the sheet named {@code sheetName} in the workbook at {@code file}; none when
     * the sheet cannot be found in the archive's parts.
     *
     * @param file the workbook, already accepted by the guard
     * @param sheetName the sheet's name as the workbook gives it
     * @return the merges, possibly none
     * @throws IOException when the archive cannot be read
     */
    public static MergedCells of(Path file, String sheetName) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String part = partOf(zip, sheetName);
            ZipEntry entry = part == null ? null : zip.getEntry(part);
            if (entry == null) {
                return new MergedCells(List.of());
            }
            List<Range> ranges = new ArrayList<>();
            try (Reader in = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.ISO_8859_1)) {
                char[] buffer = new char[64 * 1024];
                StringBuilder window = new StringBuilder();
                int n;
                while ((n = in.read(buffer)) > 0 && ranges.size() < MAX_RANGES) {
                    window.append(buffer, 0, n);
                    Matcher m = MERGE.matcher(window);
                    int consumed = 0;
                    while (m.find() && ranges.size() < MAX_RANGES) {
                        Range r = new Range(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)),
                                column(m.group(1)), column(m.group(3)));
                        if (r.lastRow() > r.firstRow() && r.lastColumn() >= r.firstColumn()) {
                            ranges.add(r);
                        }
                        consumed = m.end();
                    }
                    // Keep an unfinished tag for the next read, never more than a tag's length.
                    int keep = Math.max(consumed, window.length() - 128);
                    window.delete(0, keep);
                }
            }
            return new MergedCells(List.copyOf(ranges));
        }
    }

    /** {@return whether the sheet merges any cells over several rows} */
    public boolean isEmpty() {
        return vertical.isEmpty();
    }

    /**
     * The row with the value of each merged range that covers it filled in where the cell is empty; the first row of
     * a range gives the value.
     *
     * @param number the row's number as Excel shows it
     * @param cells the row's cells from column A
     * @return the cells, filled
     */
    public List<String> fill(int number, List<String> cells) {
        if (vertical.isEmpty()) {
            return cells;
        }
        List<String> out = null;
        for (Range r : vertical) {
            if (number < r.firstRow() || number > r.lastRow()) {
                continue;
            }
            if (number == r.firstRow()) {
                String v = r.firstColumn() < cells.size() ? cells.get(r.firstColumn()) : "";
                if (!v.isBlank() && !isHeader(v)) {
                    values.put(r, v);
                }
                continue;
            }
            String v = values.get(r);
            if (v == null) {
                continue;
            }
            for (int c = r.firstColumn(); c <= r.lastColumn(); c++) {
                if (out == null) {
                    out = new ArrayList<>(cells);
                }
                while (out.size() <= c) {
                    out.add("");
                }
                if (out.get(c).isBlank()) {
                    out.set(c, v);
                }
            }
            if (number == r.lastRow()) {
                values.remove(r);
            }
        }
        return out == null ? cells : List.copyOf(out);
    }

    /**
     * Whether a merged cell's value is a header (指标, 单位, 属性, 2020年 merged down over the two rows of a header): a
     * header over two rows keeps its second row as written, each column's name given once, as the readers of
     * two-row headers expect.
     */
    private static boolean isHeader(String value) {
        return HeaderVocabulary.match(value, HeaderVocabulary.Layout.TABLE) != null
                || HeaderVocabulary.match(value, HeaderVocabulary.Layout.OBSERVATIONS) != null
                || YEAR_HEADER.matcher(value.strip()).find();
    }

    /** The part of the archive that holds the sheet named {@code sheetName}, from the workbook and its relations. */
    private static @Nullable String partOf(ZipFile zip, String sheetName) throws IOException {
        // The sheet's relation id in the workbook, then that relation's target: read with the JDK's StAX parser,
        // which decodes the names' entities (fastexcel writes 表 as &#x8868;), DTDs and external entities refused.
        String id = null;
        for (Map<String, String> sheet : elements(zip, "xl/workbook.xml", "sheet")) {
            if (sheetName.equals(sheet.get("name"))) {
                id = sheet.get("id");
                break;
            }
        }
        if (id == null) {
            return null;
        }
        for (Map<String, String> relation : elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")) {
            String target = relation.get("Target");
            if (id.equals(relation.get("Id")) && target != null) {
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        return null;
    }

    /**
     * The attributes (by local name) of each element {@code localName} in the part {@code name}; none when the part
     * is absent or not well-formed XML (the sheet is then read without merges).
     */
    private static List<Map<String, String>> elements(ZipFile zip, String name, String localName)
            throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            return List.of();
        }
        List<Map<String, String>> out = new ArrayList<>();
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(localName)) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    out.add(attributes);
                }
            }
            r.close();
        } catch (XMLStreamException ex) {
            return List.of();
        }
        return out;
    }

    /** A column's letters as a 0-based index: A → 0, Z → 25, AA → 26. */
    static int column(String letters) {
        int c = 0;
        for (int i = 0; i < letters.length(); i++) {
            c = c * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return c - 1;
    }
}
