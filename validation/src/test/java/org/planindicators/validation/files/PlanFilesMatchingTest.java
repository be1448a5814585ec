package org.planindicators.validation.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanFiles;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.ValidationReport;

/** Which plan {@link PlanFiles#validate} checks an observation file against when several plans are given. */
class PlanFilesMatchingTest {
    @TempDir
    Path dir;

    private static Plan plan(String title, String jurisdiction, String code, String indicator) {
        Goal goal = Goal.of("g1", "目标", List.of(Indicator.builder(indicator, Unit.parse("亿元")).build()));
        return Plan.builder(title, Jurisdiction.division(jurisdiction, code), PlanKind.ANNUAL_WORK_REPORT,
                        Period.ofYear(2023))
                .baseYear(2022)
                .part(PlanPart.of(PartLevel.CHAPTER, "一、主要目标", List.of(goal)))
                .build();
    }

    private final Plan qingbaijiang = plan("青白江区2023年政府工作报告", "青白江区", "510113", "外贸进出口总额");
    private final Plan wenjiang = plan("温江区2023年政府工作报告", "温江区", "510115", "地区生产总值");

    private Path write(String name, Plan plan) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, PlanJson.toJson(plan), StandardCharsets.UTF_8);
        return file;
    }

    private static final class Matches implements PlanFiles.Listener {
        final List<String> matched = new ArrayList<>();

        @Override
        public void matched(Path file, Plan plan) {
            matched.add(file.getFileName() + " -> " + plan.jurisdiction().name());
        }
    }

    @Test
    void observationsOfTheSecondPlanAreNotCheckedAgainstTheFirst() throws IOException {
        Path a = write("a-qingbaijiang.json", qingbaijiang);
        Path b = write("b-wenjiang.json", wenjiang);
        Path obs = dir.resolve("c-wenjiang-actuals.csv");
        Files.writeString(obs, "指标,地区,年份,数值,单位\n地区生产总值,温江区,2022,717.11,亿元\n", StandardCharsets.UTF_8);
        Matches listener = new Matches();

        List<ValidationReport> reports = PlanFiles.validate(List.of(a, b, obs), ImportOptions.defaults(), listener);

        assertThat(reports).extracting(ValidationReport::hasErrors).containsExactly(false, false, false);
        assertThat(listener.matched).containsExactly("c-wenjiang-actuals.csv -> 温江区");
    }

    @Test
    void indicatorNamesDecideWhenRowsNameNoJurisdiction() throws IOException {
        Path a = write("a.json", wenjiang);
        Path b = write("b.json", qingbaijiang);
        Path obs = dir.resolve("obs.jsonl");
        Files.writeString(obs, "{\"indicator\":\"外贸进出口总额\",\"year\":2022,\"value\":47}\n", StandardCharsets.UTF_8);
        Matches listener = new Matches();

        List<ValidationReport> reports = PlanFiles.validate(List.of(a, b, obs), ImportOptions.defaults(), listener);

        assertThat(reports.get(2).hasErrors()).isFalse();
        assertThat(listener.matched).containsExactly("obs.jsonl -> 青白江区");
    }

    @Test
    void aGivenCodeMatchesTheJurisdictionAndTiesGoToTheFirstPlan() throws IOException {
        Path a = write("a.json", qingbaijiang);
        Path b = write("b.json", wenjiang);
        Path byCode = dir.resolve("by-code.csv");
        Files.writeString(byCode, "指标,地区,年份,数值\n未知指标,510115,2022,1\n", StandardCharsets.UTF_8);
        Path neither = dir.resolve("neither.csv");
        Files.writeString(neither, "指标,年份,数值\n未知指标,2022,1\n", StandardCharsets.UTF_8);
        Matches listener = new Matches();

        List<ValidationReport> reports = PlanFiles.validate(List.of(a, b, byCode, neither), ImportOptions.defaults(),
                listener);

        assertThat(listener.matched).containsExactly("by-code.csv -> 温江区", "neither.csv -> 青白江区");
        assertThat(reports.get(3).problems()).extracting(p -> p.code().code()).contains("O002");
    }

    /** A file longer than the sample is cut after a whole line, also in GB18030 and UTF-16. */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"})
    void aLongFileIsSampledAtItsHead(String encoding) throws IOException {
        Path a = write("a.json", qingbaijiang);
        Path b = write("b.json", wenjiang);
        StringBuilder csv = new StringBuilder("指标,地区,年份,数值,单位\n");
        for (int year = 1995; csv.length() < 100_000; year = year == 2022 ? 1995 : year + 1) {
            csv.append("地区生产总值,温江区,").append(year).append(",717.11,亿元\n");
        }
        Charset charset = Charset.forName(encoding);
        byte[] bom = switch (encoding) {
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
        byte[] text = csv.toString().getBytes(charset);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Path obs = dir.resolve("long.csv");
        Files.write(obs, bytes);
        Matches listener = new Matches();

        PlanFiles.validate(List.of(a, b, obs), ImportOptions.defaults(), listener);

        assertThat(listener.matched).containsExactly("long.csv -> 温江区");
    }
}
