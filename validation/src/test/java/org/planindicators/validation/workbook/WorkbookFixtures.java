package org.planindicators.validation.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the test workbooks with fastexcel (the writer of the reader's project), laid out as statistics offices and
 * plan offices send them: a sheet of notes first, a title row above the header, 类别 cells merged over their rows,
 * numbers stored as numbers with a number format, a 注 row under the table, a second sheet with a yearbook table.
 */
final class WorkbookFixtures {
    private WorkbookFixtures() {
    }

    /** A plan table (sheet 主要指标) and the 2022 results as a wide table (sheet 2022年实绩), after a notes sheet. */
    static Path planWorkbook(Path dir) throws IOException {
        Path file = dir.resolve("wenjiang-like.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "plan-indicators-tests", "1.0");
            Worksheet notes = wb.newWorksheet("说明");
            notes.value(0, 0, "本工作簿为测试用，布局同区县政府工作报告附表。");
            Worksheet t = wb.newWorksheet("主要指标");
            t.value(0, 0, "2023年成都市温江区主要预期目标");
            t.range(0, 0, 0, 5).merge();
            String[] header = {"类别", "指标", "单位", "属性", "2022年", "2023年"};
            for (int c = 0; c < header.length; c++) {
                t.value(1, c, header[c]);
            }
            Object[][] rows = {
                {"经济发展", "地区生产总值", "亿元", "预期性", 717.11, "750以上"},
                {null, "地区生产总值增长", "%", "预期性", 3.0, "6.0%—7.0%"},
                {null, "一般公共预算收入", "亿元", "预期性", 56.13, "增长6%"},
                {"民生福祉", "城镇新增就业", "人", "预期性", 6850, "6000以上"},
                {null, "城镇调查失业率", "%", "预期性", 5.5, "5.5%以内"},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        t.value(2 + r, c, n);
                        t.style(2 + r, c).format(c == 4 && n instanceof Double ? "0.00" : "0").set();
                    } else if (v != null) {
                        t.value(2 + r, c, (String) v);
                    }
                }
            }
            t.range(2, 0, 4, 0).merge();
            t.range(5, 0, 6, 0).merge();
            t.value(8, 0, "注：2022年为初步核算数。");
            Worksheet w = wb.newWorksheet("2022年实绩");
            w.value(0, 0, "温江区主要经济指标");
            String[] wh = {"指标", "地区", "单位", "2021年", "2022年", "2023年1-6月"};
            for (int c = 0; c < wh.length; c++) {
                w.value(1, c, wh[c]);
            }
            w.value(2, 0, "地区生产总值");
            w.value(2, 1, "温江区");
            w.value(2, 2, "亿元");
            w.value(2, 3, 673.55);
            w.value(2, 4, 717.11);
            w.style(2, 4).format("0.00").set();
            w.value(2, 5, 350.2);
            w.value(3, 0, "地区生产总值增长");
            w.value(3, 1, "温江区");
            w.value(3, 2, "%");
            w.value(3, 3, 8.8);
            w.value(3, 4, "3.O");
            w.value(5, 0, "注：2023年1-6月为累计数。");
            wb.finish();
        }
        return file;
    }

    /**
     * A five-year plan's table as provincial plans publish it: a header over two rows (类别, 指标, 单位 and 属性 merged
     * down over both; “十四五”目标 over 2025年 and 年均〔累计〕), 属性 and 单位 merged over the rows of a group, and a
     * 牵头单位 merged over three rows.
     */
    static Path mergedPlanWorkbook(Path dir) throws IOException {
        Path file = dir.resolve("merged-fyp.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "plan-indicators-tests", "1.0");
            Worksheet t = wb.newWorksheet("表1");
            t.value(0, 0, "某区“十四五”时期经济社会发展主要指标");
            t.range(0, 0, 0, 7).merge();
            String[] top = {"类别", "指标", "单位", "2020年", "“十四五”目标", null, "属性", "牵头单位"};
            String[] sub = {null, null, null, null, "2025年", "年均〔累计〕", null, null};
            for (int c = 0; c < top.length; c++) {
                if (top[c] != null) {
                    t.value(1, c, top[c]);
                }
                if (sub[c] != null) {
                    t.value(2, c, sub[c]);
                }
            }
            for (int c : new int[] {0, 1, 2, 3, 6, 7}) {
                t.range(1, c, 2, c).merge();
            }
            t.range(1, 4, 1, 5).merge();
            Object[][] rows = {
                {"经济发展", "地区生产总值", "亿元", 717.11, null, "7%", "预期性", "区发改局"},
                {null, "全员劳动生产率", "万元/人", 15.2, 20, null, null, null},
                {null, "常住人口城镇化率", "%", 80.1, 85, null, null, null},
                {"绿色生态", "单位地区生产总值能源消耗降低", "%", null, null, "〔14〕", "约束性", "区经信局"},
                {null, "单位地区生产总值二氧化碳排放降低", "%", null, null, "〔18〕", null, "区生态环境局"},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        t.value(3 + r, c, n);
                    } else if (v != null) {
                        t.value(3 + r, c, (String) v);
                    }
                }
            }
            t.range(3, 0, 5, 0).merge(); // 类别 经济发展
            t.range(6, 0, 7, 0).merge(); // 类别 绿色生态
            t.range(3, 6, 5, 6).merge(); // 属性 预期性 over three rows
            t.range(6, 6, 7, 6).merge(); // 属性 约束性 over two
            t.range(3, 7, 5, 7).merge(); // 牵头单位 over three rows
            t.range(6, 2, 7, 2).merge(); // 单位 % over two
            t.value(9, 0, "注：〔 〕内为五年累计数。");
            wb.finish();
        }
        return file;
    }
}
