package org.planindicators.examples.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@code examples/data/wenjiang-2023-gwr.xlsx} from {@code wenjiang-2023-gwr.csv}, laid out as a government
 * office sends such a table: the caption merged over the header, 类别 cells merged over the rows of their category
 * (the value in the top cell only), numbers stored as numbers with a format that shows the decimals written, a 注
 * row under the table, and a second sheet. Run from the repository's root after a change to the CSV:
 *
 * <pre>
 * mvn -B -q -pl examples -am test-compile
 * java -cp "$(cat examples/target/test-classpath.txt)" org.planindicators.examples.data.WenjiangWorkbook
 * </pre>
 *
 * <p>or run {@code WenjiangWorkbookTest} with {@code -Dwrite.workbook=true}. {@code WenjiangWorkbookTest} checks that
 * the committed workbook reads as the same plan as the CSV.
 */
public final class WenjiangWorkbook {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.(\\d+))?");

    private WenjiangWorkbook() {
    }

    /** Writes the workbook: {@code args[0]} the CSV, {@code args[1]} the workbook (defaults: examples/data/…). */
    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "examples/data/wenjiang-2023-gwr.csv");
        Path xlsx = Path.of(args.length > 1 ? args[1] : "examples/data/wenjiang-2023-gwr.xlsx");
        write(csv, xlsx);
    }

    /** Writes the table of {@code csv} as the workbook {@code xlsx}. */
    public static void write(Path csv, Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            rows.add(split(line.startsWith("\uFEFF") ? line.substring(1) : line));
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "plan-indicators", "1.0");
            Worksheet about = wb.newWorksheet("说明");
            about.value(0, 0, "2023年成都市温江区政府工作报告的目标与任务，由 wenjiang-2023-gwr.csv 生成（见 examples/DATA.md）。");
            Worksheet ws = wb.newWorksheet("主要目标");
            int width = rows.get(1).size();
            ws.value(0, 0, rows.get(0).get(0));
            ws.range(0, 0, 0, width - 1).merge();
            int categoryStart = -1;
            String category = null;
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c);
                    if (r > 1 && c == 0) {
                        if (!v.equals(category)) {
                            if (categoryStart >= 0 && r - 1 > categoryStart) {
                                ws.range(categoryStart, 0, r - 1, 0).merge();
                            }
                            category = v;
                            categoryStart = r;
                            ws.value(r, 0, v);
                        }
                        continue;
                    }
                    var m = NUMBER.matcher(v);
                    if (r > 1 && m.matches() && c > 1) {
                        ws.value(r, c, new java.math.BigDecimal(v));
                        int decimals = m.group(2) == null ? 0 : m.group(2).length();
                        ws.style(r, c).format(decimals == 0 ? "0" : "0." + "0".repeat(decimals)).set();
                    } else if (!v.isEmpty()) {
                        ws.value(r, c, v);
                    }
                }
            }
            if (categoryStart >= 0 && rows.size() - 1 > categoryStart) {
                ws.range(categoryStart, 0, rows.size() - 1, 0).merge();
            }
            ws.value(rows.size() + 1, 0, "注：基期值括号内注明数据口径与出处；目标值为报告原文。");
            wb.finish();
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString());
        return out;
    }
}
