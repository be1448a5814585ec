package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}: the three formats on the Wenjiang example (the report module's tests check their content), the
 * output file, and the usage and input errors.
 */
class ReportCommandTest {
    private static final Path DATA = Path.of("../examples/data");

    @TempDir
    Path dir;

    private static List<String> wenjiang(String... more) {
        List<String> args = new ArrayList<>(List.of("report", DATA + "/wenjiang-2023-gwr.json", "-o",
                DATA + "/wenjiang-2022-actuals.csv", "-o", DATA + "/wenjiang-2023-illustrative-actuals.csv",
                "--year", "2023"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void htmlGoesToStandardOutputByDefault() {
        CliRun run = CliRun.run(wenjiang("--lang", "zh").toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = run.out();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
        assertThat(Pattern.compile("<tr class=\"indicator").matcher(html).results().count()).isEqualTo(211);
        assertThat(html).contains("<title>2023年成都市温江区政府工作报告：2023年评估报告</title>").doesNotContain("<script");
    }

    @Test
    void markdownInEnglishWithATitle() {
        CliRun run = CliRun.run(wenjiang("--format", "md", "--lang", "en", "--title", "Wenjiang 2023 <review>")
                .toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Wenjiang 2023 &lt;review&gt;\n").contains("## Summary",
                "| achieved | 5 | 0 | 5 |");
    }

    @Test
    void groupByAgencyGroupsTheTableByLeadAgency() {
        CliRun run = CliRun.run(wenjiang("--format", "md", "--lang", "zh", "--group-by", "agency")
                .toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("## 指标一览（按牵头单位）", "### 区文体旅局", "### 未注明牵头单位");
        CliRun bad = CliRun.run(wenjiang("--group-by", "goal").toArray(String[]::new));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'goal' is not a grouping; use category or agency");
    }

    @Test
    void workbookGoesToTheOutputFile() throws IOException {
        Path file = dir.resolve("wenjiang.xlsx");
        CliRun run = CliRun.run(wenjiang("--format", "xlsx", "--output", file.toString(), "--lang", "en")
                .toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("wrote " + file + "\n");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet1.xml")).isNotNull();
            assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).isNotNull();
        }
        assertThat(Files.exists(dir.resolve("wenjiang.xlsx.part"))).isFalse();
    }

    @Test
    void aWorkbookNeedsAnOutputFile() {
        CliRun run = CliRun.run(wenjiang("--format", "xlsx").toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format xlsx writes a binary workbook: give the file with --output FILE");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.run(wenjiang("--format", "pdf").toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'pdf' is not a report format; use html, xlsx or md");
    }

    @Test
    void observationsWithErrorsAreReportedAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "指标,年份,数值,单位\n地区生产总值增长,二〇二三,6.4,%\n");
        Path file = dir.resolve("out.html");
        CliRun run = CliRun.run("report", DATA + "/wenjiang-2023-gwr.json", "-o", bad.toString(), "--year", "2023",
                "--output", file.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv");
        assertThat(file).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnInputError() {
        Path file = dir.resolve("no-such-dir/out.html");
        CliRun run = CliRun.run(wenjiang("--output", file.toString(), "--lang", "en").toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("cannot write " + file + ": ");
    }
}
