package org.planindicators.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planindicators.examples.data.BundledPlansTest.DATA;
import static org.planindicators.examples.data.BundledPlansTest.SEEDS;
import static org.planindicators.examples.data.BundledPlansTest.figures;
import static org.planindicators.examples.data.BundledPlansTest.withoutSources;
import static org.planindicators.examples.data.BundledPlansTest.withoutSpaces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.PartEvaluation;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.Target;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetKind;
import org.planindicators.unit.Quantity;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Observations;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/**
 * The Wenjiang 2023 government work report in {@code examples/data/}: the plan document and its table read without
 * errors, warn exactly where the document states a figure twice differently, every figure lies on its cited line of
 * seed 004, every 2023 target the shared checklist labels is in the plan, and the two observation files (the 2022
 * results, the invented 2023 figures) validate against the plan.
 */
class WenjiangGwrDataTest {
    static final String PLAN = "wenjiang-2023-gwr";
    static final String SEED = "004_a3eb1e225fd679f6.txt";
    static final Path ACTUALS_2022 = DATA.resolve("wenjiang-2022-actuals.csv");
    static final Path ILLUSTRATIVE_2023 = DATA.resolve("wenjiang-2023-illustrative-actuals.csv");
    static final Path STATEMENTS = SEEDS.resolveSibling("data").resolve("seed-statements.csv");

    /** The names the document states twice with different 2023 targets (README.md, “Figures stated twice”). */
    static final List<String> RESTATED_DIFFERENTLY = List.of("新开、优化公交线路", "城镇新增就业", "吸纳高校毕业生就业创业",
            "新增学位", "基本医疗保险参保率", "新建5G基站");

    static ImportResult<Plan> json() {
        return PlanJson.read(DATA.resolve(PLAN + ".json"), ImportOptions.defaults());
    }

    static ImportResult<Plan> table() {
        return IndicatorTables.read(DATA.resolve(PLAN + ".csv"), ImportOptions.defaults());
    }

    static Plan plan() {
        ImportResult<Plan> r = json();
        assertThat(BundledPlansTest.errors(r)).isEmpty();
        return r.model().orElseThrow();
    }

    @Test
    void theDocumentAndTheTableReadWithoutErrors() {
        for (ImportResult<Plan> r : List.of(json(), table())) {
            assertThat(BundledPlansTest.errors(r)).as(r.report().file()).isEmpty();
            assertThat(r.model().orElseThrow().indicators()).hasSize(211);
        }
    }

    /** The document is in the writer's form: reading it and writing it back gives the same text. */
    @Test
    void theDocumentIsWhatTheWriterWrites() throws IOException {
        assertThat(PlanJson.toJson(plan())).isEqualTo(Files.readString(DATA.resolve(PLAN + ".json"),
                StandardCharsets.UTF_8));
    }

    @Test
    void theTableHoldsTheDocumentsIndicators() {
        List<Indicator> fromJson = plan().indicators();
        List<Indicator> fromTable = table().model().orElseThrow().indicators();
        assertThat(fromTable).hasSameSizeAs(fromJson);
        for (int i = 0; i < fromJson.size(); i++) {
            assertThat(withoutSources(fromTable.get(i))).as("row %d", i + 1).isEqualTo(withoutSources(fromJson.get(i)));
        }
    }

    /** The only problems are the six P111 warnings README.md explains, in the document and in the table alike. */
    @Test
    void theOnlyWarningsAreTheFiguresStatedTwiceDifferently() {
        for (ImportResult<Plan> r : List.of(json(), table())) {
            // Info notes (T028: the jurisdiction taken from the title) are not warnings.
            List<Problem> problems = r.report().problems().stream()
                    .filter(p -> p.severity() != org.planindicators.validation.Severity.INFO).toList();
            assertThat(problems).as(r.report().file()).allSatisfy(p -> {
                assertThat(p.code().code()).isEqualTo("P111");
                assertThat(p.isError()).isFalse();
            });
            assertThat(problems).extracting(p -> p.arguments().get(0)).containsExactlyElementsOf(RESTATED_DIFFERENTLY);
        }
    }

    @Test
    void theSchoolPlacesAreStatedTwiceAndTheWarningSaysWhere() {
        Problem p = json().report().problems().stream().filter(x -> x.arguments().get(0).equals("新增学位"))
                .findFirst().orElseThrow();
        String text = SEED + ":171 §(一)用心用情增进民生福祉";
        String list = SEED + ":292 §民生实事·五、教育助学";
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("The indicator '新增学位' is stated twice with different targets"
                + " for 2023: 1.5万个 (source " + text + ") and 2610个 (source " + list + ")");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("指标“新增学位”两处表述的 2023 年目标不一致：1.5万个（来源 " + text + "）与 2610个（来源 " + list + "）");
        assertThat(p.value()).isEqualTo("2610个");
        assertThat(p.field()).isEqualTo("name");
        assertThat(p.location().pointer()).isEqualTo("/parts/1/goals/4/indicators/1/name");

        Plan plan = plan();
        assertThat(plan.findIndicator("S3.1.2-2").orElseThrow().name()).isEqualTo("新增学位");
        assertThat(plan.findIndicator("MS35-1").orElseThrow().name()).isEqualTo("新增学位");
        assertThat(plan.findIndicator("MS35-1").orElseThrow().leadAgency()).isEqualTo("区教育局");

        Problem inTable = table().report().problems().stream().filter(x -> x.arguments().get(0).equals("新增学位"))
                .findFirst().orElseThrow();
        assertThat(inTable.message(Locale.ENGLISH)).contains("1.5万个 (source wenjiang-2023-gwr.csv:",
                "2610个 (source wenjiang-2023-gwr.csv:" + inTable.location().line() + ")");
    }

    @Test
    void itIsTheApprovedWorkReportOfWenjiangFor2023() {
        Plan plan = plan();
        assertThat(plan.title()).isEqualTo("2023年成都市温江区政府工作报告");
        assertThat(plan.kind()).isEqualTo(PlanKind.ANNUAL_WORK_REPORT);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.jurisdiction().name()).isEqualTo("温江区");
        assertThat(plan.jurisdiction().level()).isEqualTo(JurisdictionLevel.COUNTY);
        assertThat(String.valueOf(plan.jurisdiction().code())).isEqualTo("510115");
        assertThat(plan.period().firstYear()).isEqualTo(2023);
        assertThat(plan.period().lastYear()).isEqualTo(2023);
        assertThat(plan.baseYear()).isEqualTo(2022);
        assertThat(plan.parts()).extracting(PlanPart::title).containsExactly("2023年政府工作安排", "温江区2023年民生实事工作目标");
        assertThat(plan.findGoal("wj-2023-main").orElseThrow().indicators()).extracting(Indicator::name)
                .containsExactly("地区生产总值增长", "固定资产投资增长", "社会消费品零售总额增长", "进出口总额增长", "一般公共预算收入增长",
                        "城乡居民人均可支配收入增长", "城镇调查失业率");
    }

    /** 民生实事: one goal per category, each numbered project's figures with the project's lead agency. */
    @Test
    void theLivelihoodProjectsHaveOneGoalPerCategoryAndALeadAgencyEach() {
        PlanPart list = plan().parts().get(1);
        assertThat(list.goals()).extracting(Goal::title).containsExactly("一、交通出行", "二、市容环境", "三、就业创业",
                "四、扶贫解困", "五、教育助学", "六、医疗养老", "七、食药安全", "八、文体惠民", "九、住房保障", "十、便民服务");
        int n = 0;
        for (Goal g : list.goals()) {
            for (Indicator i : g.indicators()) {
                assertThat(i.leadAgency()).as(i.name()).isNotBlank();
                assertThat(i.code()).as(i.name()).matches("MS\\d{1,2}-\\d");
                assertThat(i.category()).isEqualTo("民生实事·" + g.title().substring(2));
                n++;
            }
        }
        assertThat(n).isEqualTo(122);
        assertThat(plan().findIndicator("MS21-1").orElseThrow().leadAgency()).isEqualTo("区人社局");
    }

    @Test
    void spotChecks() {
        for (Plan plan : List.of(plan(), table().model().orElseThrow())) {
            Indicator gdp = plan.findIndicator("地区生产总值增长").orElseThrow();
            TargetExpression range = gdp.targetFor(2023).orElseThrow().expression();
            assertThat(range.kind()).isEqualTo(TargetKind.RANGE);
            assertThat(range).hasToString("6.0%—7.0%");
            assertThat(((NumericTarget) range).value().isEquivalentTo(Quantity.parse("6.0%"))).isTrue();
            assertThat(((NumericTarget) range).high().isEquivalentTo(Quantity.parse("7.0%"))).isTrue();
            assertThat(gdp.measure()).isEqualTo(Measure.GROWTH_RATE);
            assertThat(gdp.baseline().year()).isEqualTo(2022);
            assertThat(gdp.baseline().value()).hasToString("3.0%");

            Indicator unemployment = plan.findIndicator("城镇调查失业率").orElseThrow();
            TargetExpression ceiling = unemployment.targetFor(2023).orElseThrow().expression();
            assertThat(ceiling.kind()).isEqualTo(TargetKind.AT_MOST);
            assertThat(ceiling).hasToString("5.5%以内");
            assertThat(unemployment.direction()).isEqualTo(Direction.LOWER_IS_BETTER);

            TargetExpression income = plan.findIndicator("城乡居民人均可支配收入增长").orElseThrow().targetFor(2023)
                    .orElseThrow().expression();
            assertThat(income).isInstanceOf(Relative.class).hasToString("与经济增长基本同步");
            Relative r = (Relative) income;
            assertThat(r.comparison()).isEqualTo(RelativeComparison.IN_STEP);
            assertThat(r.roughly()).isTrue();
            assertThat(r.references()).containsExactly("经济增长");
        }
    }

    /** Every indicator and target cites a line of seed 004, and that line holds the target's figure. */
    @Test
    void everyFigureLiesOnItsCitedLine() throws IOException {
        Plan plan = plan();
        for (Indicator indicator : plan.indicators()) {
            assertThat(indicator.source().document()).isEqualTo(SEED);
            assertThat(indicator.targets()).as(indicator.name()).hasSize(1);
            Target t = indicator.targets().get(0);
            assertThat(t.year()).isEqualTo(2023);
            assertThat(t.source().document()).isEqualTo(SEED);
            assertThat(t.source().line()).isEqualTo(indicator.source().line()).isBetween(101, 392);
        }
        Path seed = SEEDS.resolve(SEED);
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the seed documents are not beside the project: " + seed);
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        for (Indicator indicator : plan.indicators()) {
            Target t = indicator.targets().get(0);
            String text = withoutSpaces(lines.get(t.source().line() - 1));
            for (String figure : figures(t.expression())) {
                assertThat(text).as("%s:%d for %s", SEED, t.source().line(), indicator.name()).contains(figure);
            }
            if (indicator.baseline() != null) {
                assertThat(withoutSpaces(lines.get(66))).as("004:67 for the baseline of %s", indicator.name())
                        .contains("增长" + indicator.baseline().value().value().toPlainString() + "%");
            }
        }
    }

    /**
     * Every 2023 target {@code shared/data/seed-statements.csv} labels in seed 004 is one indicator of the plan: on
     * its line, with its number. The 25 labelled in seed 000 restate 004's lines 121–143 word for word.
     */
    @Test
    void everyLabelledTargetIsInThePlan() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(STATEMENTS), "the shared data is not beside the project");
        List<Indicator> left = new ArrayList<>(plan().indicators());
        List<String> seed4 = Files.readAllLines(SEEDS.resolve(SEED), StandardCharsets.UTF_8);
        int labelled = 0;
        int restated = 0;
        for (Map<String, String> row : statements()) {
            if (!row.get("kind").equals("target")) {
                continue;
            }
            if (row.get("seed_file").startsWith("000_")) {
                String raw = row.get("raw_text").replace("，", ",");
                assertThat(seed4.subList(120, 143)).as(row.get("id")).anyMatch(l -> l.replace("，", ",").contains(raw));
                restated++;
                continue;
            }
            assertThat(row.get("seed_file")).isEqualTo(SEED);
            int line = Integer.parseInt(row.get("line"));
            String value = row.get("value");
            Indicator match = left.stream().filter(i -> i.targets().get(0).source().line() == line)
                    .filter(i -> value.isEmpty() ? figures(i.targets().get(0).expression()).stream()
                            .noneMatch(f -> f.matches("[\\d.]+"))
                            : figures(i.targets().get(0).expression()).contains(value))
                    .findFirst().orElse(null);
            assertThat(match).as("%s %s (004:%d) %s", row.get("id"), row.get("indicator"), line, row.get("raw_text"))
                    .isNotNull();
            left.remove(match);
            labelled++;
        }
        assertThat(labelled).isEqualTo(211);
        assertThat(restated).isEqualTo(25);
        assertThat(left).isEmpty();
    }

    private static List<Map<String, String>> statements() throws IOException {
        List<String> lines = Files.readAllLines(STATEMENTS, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> out = new ArrayList<>();
        Pattern field = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = new ArrayList<>();
            Matcher m = field.matcher(line);
            int at = 0;
            while (at <= line.length() && m.find(at)) {
                cells.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
                at = m.end() + 1;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.size() ? cells.get(i) : "");
            }
            if (row.get("seed_file").startsWith("000_") || row.get("seed_file").startsWith("004_")) {
                out.add(row);
            }
        }
        return out;
    }

    static List<Observation> read(Path file, Plan plan) {
        List<Observation> out = new ArrayList<>();
        ValidationReport report = Observations.read(file, ImportOptions.defaults(), plan, out::add);
        assertThat(report.problems()).as(file.toString()).isEmpty();
        return out;
    }

    /** The 2022 results: preliminary, for the plan's indicators (by code), each on its cited line of the review. */
    @Test
    void the2022ResultsValidateAgainstThePlanAndLieOnTheirLines() throws IOException {
        Plan plan = plan();
        List<Observation> actuals = read(ACTUALS_2022, plan);
        assertThat(actuals).hasSize(20).allSatisfy(o -> {
            assertThat(o.period().year()).isEqualTo(2022);
            assertThat(o.status()).isEqualTo(ObservationStatus.PRELIMINARY);
            assertThat(o.jurisdiction()).isEqualTo("温江区");
            assertThat(plan.findIndicator(o.indicator())).as(o.indicator()).isPresent();
            assertThat(o.source().document()).isEqualTo(SEED);
            assertThat(o.source().line()).isBetween(49, 87);
        });
        assertThat(actuals).filteredOn(o -> o.indicator().equals("M-06"))
                .extracting(o -> o.dimensions().get("area") + " " + o.value()).containsExactly("城镇 4.4%", "农村 5.4%");
        Path seed = SEEDS.resolve(SEED);
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the seed documents are not beside the project: " + seed);
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        for (Observation o : actuals) {
            assertThat(withoutSpaces(lines.get(o.source().line() - 1))).as(o.indicator())
                    .contains(o.value().value().toPlainString() + o.value().unit().symbol());
        }
    }

    /** The invented 2023 figures: estimated, labelled in every row, and evaluated as README.md shows. */
    @Test
    void theIllustrativeFiguresAreLabelledAndEvaluateAsTheReadmeShows() {
        Plan plan = plan();
        List<Observation> invented = read(ILLUSTRATIVE_2023, plan);
        assertThat(invented).hasSize(11).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ObservationStatus.ESTIMATED);
            assertThat(o.source().document()).startsWith("illustrative, not published");
        });
        List<Observation> all = new ArrayList<>(read(ACTUALS_2022, plan));
        all.addAll(invented);
        PlanEvaluation evaluation = Evaluator.withDefaults().evaluate(plan, all, 2023);
        Map<String, EvaluationStatus> statuses = new LinkedHashMap<>();
        for (IndicatorEvaluation e : evaluation.results()) {
            if (e.status() != EvaluationStatus.NOT_ASSESSABLE) {
                statuses.put(e.indicator().code(), e.status());
            }
        }
        assertThat(statuses).containsExactly(
                Map.entry("M-01", EvaluationStatus.ACHIEVED), Map.entry("M-02", EvaluationStatus.MISSED),
                Map.entry("M-03", EvaluationStatus.ACHIEVED), Map.entry("M-04", EvaluationStatus.ACHIEVED),
                Map.entry("M-05", EvaluationStatus.MISSED), Map.entry("M-06", EvaluationStatus.ACHIEVED),
                Map.entry("M-07", EvaluationStatus.MISSED), Map.entry("S3.1.1-3", EvaluationStatus.ACHIEVED),
                Map.entry("S3.1.2-2", EvaluationStatus.MISSED));
        // 城乡居民人均可支配收入增长 by 城镇 and 农村, each against 与经济增长基本同步 (GDP 6.4%, 0.5 points allowed below):
        // 城镇 5.6 − 6.4 = −0.8 points, missed; 农村 7.2 − 6.4 = +0.8, achieved; the whole, 6.1 (−0.3), achieved.
        Indicator income = plan.findIndicator("M-06").orElseThrow();
        assertThat(evaluation.partsOf(income)).extracting(PartEvaluation::label, p -> p.evaluation().status(),
                p -> p.evaluation().figure(FigureKind.GAP).orElseThrow().value().value().stripTrailingZeros()
                        .toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("农村", EvaluationStatus.ACHIEVED, "0.8"),
                        org.assertj.core.groups.Tuple.tuple("城镇", EvaluationStatus.MISSED, "-0.8"));
        // Yearly amounts: 2023's figure alone, no path from 2022's (9570 → 15000 would give 9800 a progress of 4.24%).
        IndicatorEvaluation places = evaluation.results().stream()
                .filter(e -> "S3.1.2-2".equals(e.indicator().code())).findFirst().orElseThrow();
        assertThat(places.figure(FigureKind.EXPECTED)).isEmpty();
        assertThat(places.figure(FigureKind.TASK_PROGRESS)).isEmpty();
        assertThat(places.figure(FigureKind.ACTUAL).orElseThrow().value()).isEqualTo(Quantity.parse("9800个"));
    }

    /** The indicators counting a year's work that have a 2022 figure, and their restatements, are yearly amounts. */
    @Test
    void yearlyAmountsAreDeclaredFlows() {
        List<String> flows = List.of("S1.3.1-4", "S1.1.1-2", "S1.1.2-2", "S1.1.2-3", "S1.1.4-3", "S2.1.1-2",
                "S2.1.1-3", "S2.3.2-3", "S2.3.3-2", "S2.3.3-3", "S3.1.1-3", "S3.1.1-9", "S3.1.2-1", "S3.1.2-2",
                "MS7-1", "MS8-1", "MS21-1", "MS35-1", "MS64-1", "MS66-1", "MS72-1");
        for (Plan plan : List.of(plan(), table().model().orElseThrow())) {
            List<String> declared = plan.indicators().stream().filter(i -> i.measure() == Measure.FLOW)
                    .map(Indicator::code).toList();
            assertThat(declared).containsExactlyInAnyOrderElementsOf(flows);
        }
    }
}
