package org.planindicators.validation.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Observations;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/** Excel workbooks: tables and observations read from sheets, problems at cells, hostile archives refused. */
class WorkbooksTest {
    @TempDir
    Path dir;

    @Test
    void aTableIsReadFromTheFirstSheetThatHoldsOneWithMergedCategoriesATitleAndANote() throws IOException {
        Path file = WorkbookFixtures.planWorkbook(dir);
        ImportResult<Plan> r = IndicatorTables.read(file, ImportOptions.defaults());
        assertThat(r.report().errors()).as(r.report().problems().toString()).isZero();
        Plan plan = r.model().orElseThrow();
        assertThat(plan.title()).isEqualTo("2023年成都市温江区主要预期目标");
        assertThat(plan.jurisdiction().name()).isEqualTo("成都市温江区");
        assertThat(plan.baseYear()).isEqualTo(2022);
        assertThat(plan.indicators()).extracting(Indicator::name).containsExactly("地区生产总值", "地区生产总值增长",
                "一般公共预算收入", "城镇新增就业", "城镇调查失业率");
        // 类别 merged over rows 3–5 and 6–7: the value applies to every row it covers.
        assertThat(plan.parts().get(0).goals()).extracting(g -> g.title() + ":" + g.indicators().size())
                .containsExactly("经济发展:3", "民生福祉:2");
        // Numbers stored as numbers keep the digits the format shows: 3.0 with 0.00 → 3.00.
        assertThat(plan.indicators().get(0).baseline().value().toString()).isEqualTo("717.11亿元");
        assertThat(plan.indicators().get(1).baseline().value().toString()).isEqualTo("3.00%");
        assertThat(plan.indicators().get(3).baseline().value().toString()).isEqualTo("6850人");
    }

    @Test
    void cellsMergedOverSeveralRowsApplyToEveryRowTheyCover() throws IOException {
        Path file = WorkbookFixtures.mergedPlanWorkbook(dir);
        ImportResult<Plan> r = IndicatorTables.read(file, ImportOptions.defaults());
        assertThat(r.report().errors()).as(r.report().problems().toString()).isZero();
        Plan plan = r.model().orElseThrow();
        assertThat(plan.baseYear()).isEqualTo(2020);
        assertThat(plan.indicators()).extracting(i -> i.name() + "|" + i.unit().symbol() + "|"
                + i.attribute().chineseName() + "|" + i.leadAgency()).containsExactly(
                "地区生产总值|亿元|预期性|区发改局",
                "全员劳动生产率|万元/人|预期性|区发改局",
                "常住人口城镇化率|%|预期性|区发改局",
                "单位地区生产总值能源消耗降低|%|约束性|区经信局",
                "单位地区生产总值二氧化碳排放降低|%|约束性|区生态环境局");
        assertThat(plan.parts().get(0).goals()).extracting(g -> g.title() + ":" + g.indicators().size())
                .containsExactly("经济发展:3", "绿色生态:2");
    }

    @Test
    void theRowsAMergeCoversGetItsValueAndHeadersAndTitlesDoNot() throws IOException {
        // Regression: rows 2 and 3 of a group once showed no 属性 and no 牵头单位 (merges were not read).
        Path file = WorkbookFixtures.mergedPlanWorkbook(dir);
        try (org.planindicators.validation.internal.Workbooks.Book book =
                org.planindicators.validation.internal.Workbooks.open(file);
                java.util.stream.Stream<org.planindicators.validation.internal.Workbooks.SheetRow> rows =
                        book.rows("表1")) {
            List<List<String>> cells = rows.map(org.planindicators.validation.internal.Workbooks.SheetRow::cells)
                    .toList();
            assertThat(cells).as(cells.toString()).hasSize(9);
            assertThat(cells.get(0)).containsExactly("某区“十四五”时期经济社会发展主要指标"); // merged across: not repeated
            // Header words merged down over the header's two rows are not repeated: the second row keeps its blanks.
            assertThat(cells.get(2)).containsExactly("", "", "", "", "2025年", "年均〔累计〕");
            assertThat(cells.get(4)).containsExactly("经济发展", "全员劳动生产率", "万元/人", "15.2", "20", "", "预期性",
                    "区发改局");
            assertThat(cells.get(7).get(2)).isEqualTo("%");
        }
    }

    @Test
    void aWideSheetIsReadAsObservationsWithProblemsAtItsCells() throws IOException {
        Path file = WorkbookFixtures.planWorkbook(dir);
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(file, ImportOptions.defaults().withSheet("2022年实绩"), null, out::add);
        assertThat(out).extracting(o -> o.indicator() + " " + o.period() + " " + o.value()).containsExactly(
                "地区生产总值 2021 673.55亿元", "地区生产总值 2022 717.11亿元", "地区生产总值 2023-01/06 350.2亿元",
                "地区生产总值增长 2021 8.8%");
        // The year-to-date column 2023年1-6月 is read as the period 2023-01/06 (it gave O026 before).
        assertThat(r.problems()).extracting(p -> p.code().code() + " " + p.location()).containsExactly(
                "O006 " + file + "!2022年实绩!E4");
        Problem bad = r.problems().get(0);
        assertThat(bad.value()).isEqualTo("3.O");
        assertThat(Observations.read(file, ImportOptions.defaults().withSheet("3"), null, o -> { }).problems())
                .extracting(p -> p.code().code()).containsExactly("O006");
    }

    @Test
    void aSheetThatIsNotThereIsNamedWithTheSheetsThereAre() throws IOException {
        Path file = WorkbookFixtures.planWorkbook(dir);
        ValidationReport r = Observations.read(file, ImportOptions.defaults().withSheet("Sheet9"), null, o -> { });
        assertThat(r.problems()).extracting(p -> p.code().code()).containsExactly("F010");
        assertThat(r.problems().get(0).message(java.util.Locale.ENGLISH)).contains("说明, 主要指标, 2022年实绩");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsOpened() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(64 * 1024);
        ValidationReport r = Observations.read(bomb, ImportOptions.defaults(), null, o -> { });
        assertThat(r.problems()).extracting(p -> p.code().code()).containsExactly("F009");
        assertThat(r.problems().get(0).message(java.util.Locale.ENGLISH)).contains("compression ratio");
        assertThat(IndicatorTables.read(bomb, ImportOptions.defaults()).report().problems())
                .extracting(p -> p.code().code()).containsExactly("F009");
    }

    @Test
    void damagedArchivesAndOldWorkbooksAreRefusedWithAReason() throws IOException {
        Path damaged = dir.resolve("damaged.xlsx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(Observations.read(damaged, ImportOptions.defaults(), null, o -> { }).problems())
                .extracting(p -> p.code().code()).containsExactly("F009");
        Path xls = dir.resolve("old.xlsx");
        try (OutputStream out = Files.newOutputStream(xls)) {
            out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0, 0});
        }
        ValidationReport r = Observations.read(xls, ImportOptions.defaults(), null, o -> { });
        assertThat(r.problems().get(0).message(java.util.Locale.ENGLISH)).contains(".xls");
        Path notZip = dir.resolve("text.xlsx");
        Files.writeString(notZip, "指标,年份,数值\n");
        assertThat(IndicatorTables.read(notZip, ImportOptions.defaults()).report().problems())
                .extracting(p -> p.code().code()).containsExactly("F009");
    }
}
