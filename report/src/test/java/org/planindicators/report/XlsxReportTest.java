package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The workbook, read back with fastexcel-reader: sheets, header, one row per indicator, numbers as numbers, statuses
 * as text on their fill, frozen panes and the autofilter; and a golden file of every cell (type and value).
 */
class XlsxReportTest {
    private static final ReportOptions EN = ReportOptions.defaults().withLanguage(Locale.ENGLISH);
    private static final ReportOptions ZH = ReportOptions.defaults().withLanguage(Locale.SIMPLIFIED_CHINESE);

    static byte[] xlsx(Fixtures.Input in, ReportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.report(options).writeXlsx(out);
        return out.toByteArray();
    }

    static List<List<Row>> sheets(byte[] xlsx, List<String> names) throws IOException {
        List<List<Row>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb.getSheets().toList()) {
                names.add(s.getName());
                out.add(s.read());
            }
        }
        return out;
    }

    static Row row(List<Row> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.getCellText(2))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    static void number(Row r, int column, String value) {
        Cell c = r.getCell(column);
        assertThat(c.getType()).as("column %d of %s", column, r.getCellText(2)).isEqualTo(CellType.NUMBER);
        assertThat(c.asNumber()).as("column %d of %s", column, r.getCellText(2))
                .isEqualByComparingTo(new BigDecimal(value));
    }

    @Test
    void wenjiangWorkbookHasARowPerIndicatorWithNumbersAsNumbers() throws IOException {
        Fixtures.Input in = Fixtures.wenjiang();
        List<String> names = new ArrayList<>();
        List<List<Row>> sheets = sheets(xlsx(in, EN), names);
        assertThat(names).containsExactly("Indicators", "Summary");
        List<Row> rows = sheets.get(0);
        // A row an indicator, and one under it for each of its parts (城镇, 农村).
        assertThat(in.evaluation().parts()).hasSize(2);
        assertThat(rows).hasSize(in.evaluation().plan().indicators().size() + in.evaluation().parts().size() + 1);
        Row rural = row(rows, "城乡居民人均可支配收入增长 (of which: 农村)");
        assertThat(rural.getCellText(16)).isEqualTo("achieved");
        number(rural, 10, "7.2");
        assertThat(row(rows, "城乡居民人均可支配收入增长 (of which: 城镇)").getCellText(16)).isEqualTo("missed");
        List<String> header = new ArrayList<>();
        rows.get(0).forEach(c -> header.add(c.asString()));
        assertThat(header).containsExactly("Category", "Code", "Indicator", "Attribute", "Unit", "Base year",
                "Baseline", "Target year", "Target", "Target value", "Actual", "Expected", "Progress (%)",
                "Time progress (%)", "Needed per year", "Unit of needed per year", "Status", "Provisional",
                "Lead agency", "Notes");
        Row gdp = row(rows, "地区生产总值增长");
        assertThat(gdp.getCellText(0)).isEqualTo("主要目标");
        assertThat(gdp.getCellText(1)).isEqualTo("M-01");
        assertThat(gdp.getCellText(3)).isEqualTo("expected");
        assertThat(gdp.getCellText(4)).isEqualTo("%");
        number(gdp, 5, "2022");
        number(gdp, 6, "3.0");
        number(gdp, 7, "2023");
        assertThat(gdp.getCellText(8)).isEqualTo("6.0%—7.0%");
        assertThat(gdp.getOptionalCell(9).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
        number(gdp, 10, "6.4");
        number(gdp, 13, "100.00");
        assertThat(gdp.getCellText(16)).isEqualTo("achieved");
        assertThat(gdp.getCellText(17)).isEqualTo("yes");
        assertThat(gdp.getCellText(19)).isEqualTo("rests on estimated data; the status may change");
        Row places = row(rows, "新增学位");
        number(places, 9, "15000");
        number(places, 10, "9800");
        assertThat(places.getCellText(16)).isEqualTo("missed");
        // Every status cell is a status's name.
        List<String> statusNames = java.util.Arrays.stream(org.planindicators.evaluation.EvaluationStatus.values())
                .map(s -> s.englishName()).toList();
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(statusNames).contains(r.getCellText(16)));
        // The summary sheet: counts by status and attribute, the total, the concerns.
        List<Row> summary = sheets.get(1);
        Row achieved = summary.stream().filter(r -> "achieved".equals(r.getCellText(0))).findFirst().orElseThrow();
        number(achieved, 1, "5");
        number(achieved, 3, "5");
        Row total = summary.stream().filter(r -> "Total".equals(r.getCellText(0))).reduce((a, b) -> b).orElseThrow();
        number(total, 3, "211");
        assertThat(summary.stream().map(r -> r.getCellText(0)).toList()).contains("固定资产投资增长", "新增学位");
    }

    @Test
    void qingbaijiangWorkbookCarriesThePathFigures() throws IOException {
        List<String> names = new ArrayList<>();
        List<Row> rows = sheets(xlsx(Fixtures.qingbaijiang(), ZH), names).get(0);
        assertThat(names).containsExactly("指标", "概况");
        Row port = row(rows, "集装箱吞吐量");
        assertThat(port.getCellText(0)).isEqualTo("努力打造陆港主枢纽");
        assertThat(port.getCellText(4)).isEqualTo("万标箱");
        number(port, 5, "2020");
        number(port, 6, "52.5");
        number(port, 9, "120");
        number(port, 10, "78");
        number(port, 11, "86.21");
        number(port, 12, "37.78");
        number(port, 13, "60.00");
        number(port, 14, "24.03");
        assertThat(port.getCellText(15)).isEqualTo("%");
        assertThat(port.getCellText(16)).isEqualTo("滞后");
        assertThat(port.getCellText(17)).isEqualTo("是");
    }

    @Test
    void panesAreFrozenTheHeaderFiltersAndStatusesHaveTheirFill() throws IOException {
        byte[] xlsx = xlsx(Fixtures.wenjiang(), EN);
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("xSplit=\"3\"", "ySplit=\"1\"", "state=\"frozen\"", "<autoFilter ref=\"A1:T214\"");
        String styles = entry(xlsx, "xl/styles.xml");
        assertThat(styles).contains("FFC6EFCE", "FFFFC7CE", "FFEDEDED");
    }

    @Test
    void goldenCells() throws IOException {
        Golden.check("wenjiang-2023.en.xlsx.txt", cells(xlsx(Fixtures.wenjiang(), EN)));
        Golden.check("qingbaijiang-2023.zh.xlsx.txt", cells(xlsx(Fixtures.qingbaijiang(), ZH)));
    }

    /** Every cell of every sheet: {@code sheet!A1 TYPE value}, a line each. */
    static String cells(byte[] xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<List<Row>> sheets = sheets(xlsx, names);
        for (int i = 0; i < sheets.size(); i++) {
            for (Row r : sheets.get(i)) {
                for (Cell c : r) {
                    if (c != null && c.getType() != CellType.EMPTY) {
                        sb.append(names.get(i)).append('!').append(c.getAddress()).append(' ').append(c.getType())
                                .append(' ').append(c.getRawValue() == null ? "" : c.getText()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** An entry of the workbook, read through the zip's central directory (as Excel reads it). */
    static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report-", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
