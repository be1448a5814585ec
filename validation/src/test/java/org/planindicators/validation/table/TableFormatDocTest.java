package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.target.Measure;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.TableProblem;

/** TABLE-FORMAT.md says what the reader does: its example reads, and it lists every code. */
class TableFormatDocTest {
    private static String doc() throws Exception {
        return Files.readString(Path.of("TABLE-FORMAT.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theExampleReads() throws Exception {
        String doc = doc();
        int start = doc.indexOf("```csv\n") + "```csv\n".length();
        String csv = doc.substring(start, doc.indexOf("```", start));
        ImportResult<Plan> result = TableFixtures.readText(csv, "example.csv");
        assertThat(result.report().problems()).extracting(p -> p.code().code()).containsExactly("T028");
        Plan plan = result.model().orElseThrow();
        assertThat(plan.title()).isEqualTo("青白江区“十四五”时期经济社会发展主要指标");
        assertThat(plan.goals()).extracting(Goal::title).containsExactly("经济发展", "民生福祉", "绿色生态");
        assertThat(plan.indicators()).extracting(Indicator::name).containsExactly("地区生产总值", "常住人口城镇化率",
                "居民人均可支配收入增长", "城镇调查失业率", "人均预期寿命", "单位地区生产总值能源消耗降低");
    }

    @Test
    void everyMeasureIsInTheColumnTable() throws Exception {
        String row = doc().lines().filter(l -> l.startsWith("| measure |")).findFirst().orElseThrow();
        for (Measure m : Measure.values()) {
            assertThat(row).contains(m.code());
        }
        assertThat(row).contains("流量");
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        String doc = doc();
        assertThat(Arrays.stream(TableProblem.values()).map(c -> "| " + c.code() + " | " + c.severity().code()))
                .allSatisfy(row -> assertThat(doc).contains(row));
    }
}
