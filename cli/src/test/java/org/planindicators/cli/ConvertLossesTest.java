package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 items 1 and 14: {@code convert --to csv} changed a unitless figure in a 万元 indicator into 5万元 and
 * dropped the jurisdiction, status and vision year with exit code 0 and not a word. Now each is a T029 warning on
 * standard error; the table is still printed.
 */
class ConvertLossesTest {
    @Test
    void convertToCsvWarnsOfEveryFieldTheTableDoesNotCarry(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("p.json");
        Files.writeString(json, """
                {"formatVersion": 1, "title": "测试规划", "jurisdiction": {"name": "成都市温江区", "level": "county",
                 "code": "510115"}, "kind": "five_year_plan", "status": "revised", "period": "2021-2025",
                 "baseYear": 2020, "visionYear": 2035,
                 "parts": [{"level": "chapter", "title": "第二章", "goals": [{"id": "g1", "title": "目标一",
                   "indicators": [{"name": "一般公共预算收入", "unit": "万元",
                     "targets": [{"year": 2025, "target": {"kind": "exact", "value": "5", "unit": ""}}]}]}]}]}
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.run("convert", json.toString(), "--to", "csv", "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("一般公共预算收入");
        assertThat(r.err()).contains("[T029 warning]").contains("field: jurisdiction").contains("field: status")
                .contains("field: visionYear").contains("field: '一般公共预算收入' target 2025 expression");
    }
}
