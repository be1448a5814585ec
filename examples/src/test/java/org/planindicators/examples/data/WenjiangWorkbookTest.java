package org.planindicators.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;

/**
 * {@code data/wenjiang-2023-gwr.xlsx} is the CSV table as a workbook ({@link WenjiangWorkbook}): it reads as the same
 * plan, and so does a workbook written afresh. {@code -Dwrite.workbook=true} rewrites the committed one.
 */
class WenjiangWorkbookTest {
    private static final Path CSV = Path.of("data/wenjiang-2023-gwr.csv");
    private static final Path XLSX = Path.of("data/wenjiang-2023-gwr.xlsx");

    @Test
    void theWorkbookReadsAsTheSamePlanAsTheCsv(@TempDir Path dir) throws IOException {
        if (Boolean.getBoolean("write.workbook")) {
            WenjiangWorkbook.write(CSV, XLSX);
        }
        ImportResult<Plan> csv = IndicatorTables.read(CSV, ImportOptions.defaults());
        ImportResult<Plan> xlsx = IndicatorTables.read(XLSX, ImportOptions.defaults());
        assertThat(xlsx.report().errors()).as(xlsx.report().problems().toString()).isZero();
        assertThat(xlsx.report().warnings()).isEqualTo(csv.report().warnings());
        assertThat(PlanJson.toJson(xlsx.model().orElseThrow())).isEqualTo(PlanJson.toJson(csv.model().orElseThrow()));
        Path fresh = dir.resolve("fresh.xlsx");
        WenjiangWorkbook.write(CSV, fresh);
        assertThat(PlanJson.toJson(IndicatorTables.read(fresh, ImportOptions.defaults()).model().orElseThrow()))
                .isEqualTo(PlanJson.toJson(csv.model().orElseThrow()));
        assertThat(Files.size(XLSX)).isPositive();
    }
}
