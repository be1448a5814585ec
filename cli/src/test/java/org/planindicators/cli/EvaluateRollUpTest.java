package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.PlanJson;
import tools.jackson.databind.JsonNode;

/** {@code evaluate} on a city plan with its districts' figures: rolled up, and progress only when asked. */
class EvaluateRollUpTest {
    @TempDir
    Path dir;

    private Path plan() throws IOException {
        Indicator gdp = Indicator.builder("地区生产总值", Unit.parse("亿元")).code("GDP")
                .baseline(2020, Quantity.parse("3000.00亿元"))
                .target(2025, TargetParser.standard().parseOne("4000亿元以上")).aggregation(Aggregation.sum()).build();
        Plan plan = Plan.builder("成都市国民经济和社会发展第十四个五年规划", Jurisdiction.division("成都市", "510100"),
                        PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.PART, "第一篇", List.of(Goal.of("g1", "主要指标", List.of(gdp)))))
                .build();
        Path file = dir.resolve("plan.json");
        Files.writeString(file, PlanJson.toJson(plan), StandardCharsets.UTF_8);
        return file;
    }

    private Path observations() throws IOException {
        // 2022: 1200.50 + 1300.25 + 717.11 = 3217.86亿元; 眉山市东坡区 (511402) is another city's, not added.
        Path file = dir.resolve("observations.csv");
        Files.writeString(file, "指标代码,地区,年份,数值,单位,状态\nGDP,510104,2022,1200.50,亿元,final\n"
                + "GDP,510105,2022,1300.25,亿元,final\nGDP,510115,2022,717.11,亿元,preliminary\n"
                + "GDP,511402,2022,900.00,亿元,final\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theDistrictsAreRolledUpIntoTheCityAndTheNoteSaysHow() throws IOException {
        CliRun run = CliRun.run("evaluate", plan().toString(), "-o", observations().toString(), "--year", "2022",
                "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // No progress unless asked (the tests have no console); the readers' warnings are printed: the districts are
        // parts of the city, not other jurisdictions, and only the stranger (眉山市东坡区, 511402) gets O027.
        assertThat(run.err()).doesNotContain("reading", "read observations.csv").contains("[O027 warning] 1 observations "
                + "for 511402 were not used").doesNotContain("510104", "510105", "510115");
        JsonNode gdp = run.single().get("indicators").get(0);
        assertThat(gdp.get("actual").stringValue()).isEqualTo("3217.86");
        assertThat(gdp.get("provisional").booleanValue()).isTrue(); // 温江区's figure is preliminary
        assertThat(gdp.get("notes").get(0).stringValue())
                .isEqualTo("2022: 3217.86亿元 = Σ 510104 1200.50 + 510105 1300.25 + 510115 717.11 (sum)");
    }

    @Test
    void progressGoesToStandardErrorWhenAskedAndTheOutputIsTheSame() throws IOException {
        String plan = plan().toString();
        String observations = observations().toString();
        CliRun quiet = CliRun.run("evaluate", plan, "-o", observations, "--year", "2022");
        CliRun loud = CliRun.run("evaluate", plan, "-o", observations, "--year", "2022", "--progress");

        assertThat(loud.exitCode()).isZero();
        assertThat(loud.out()).isEqualTo(quiet.out());
        assertThat(loud.err()).startsWith("read observations.csv: 4 observations, 3 figures kept for the evaluation, ")
                .containsPattern("^read observations\\.csv: 4 observations, 3 figures kept for the evaluation, "
                        + "\\d+\\.\\d s\\R");
        assertThat(loud.err().substring(loud.err().indexOf('\n') + 1)).isEqualTo(quiet.err());
    }
}
