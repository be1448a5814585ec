package org.planindicators.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.SourceRef;
import org.planindicators.plan.Target;
import org.planindicators.target.Delegated;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Relative;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetKind;
import org.planindicators.unit.Quantity;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;

/**
 * The plans bundled in {@code examples/data/}: they read without errors as plan documents and as indicator tables,
 * every figure points at the line of its seed document that holds it, and a few figures are checked by hand.
 *
 * <p>Maven runs the tests in the examples module's directory, so the files are at {@code data/…} and the seed
 * documents, when the shared folder is there, at {@code ../../shared/seeds/…}.
 */
class BundledPlansTest {
    static final Path DATA = Path.of("data");
    static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    static final String QINGBAIJIANG = "qingbaijiang-14th-fyp";
    static final String TIANFU = "tianfu-new-area-2022-2027";

    /** The seed document each bundled plan was read from. */
    static final Map<String, String> SEED_OF = Map.of(
            QINGBAIJIANG, "003_97555f4808f51832.txt",
            TIANFU, "001_62eb7171a7260abd.txt");

    static Stream<String> plans() {
        return Stream.of(QINGBAIJIANG, TIANFU);
    }

    static Plan readJson(String plan) {
        ImportResult<Plan> result = PlanJson.read(DATA.resolve(plan + ".json"), ImportOptions.defaults());
        assertThat(errors(result)).as("errors in %s.json", plan).isEmpty();
        return result.model().orElseThrow();
    }

    static Plan readTable(String plan) {
        ImportResult<Plan> result = IndicatorTables.read(DATA.resolve(plan + ".csv"), ImportOptions.defaults());
        assertThat(errors(result)).as("errors in %s.csv", plan).isEmpty();
        return result.model().orElseThrow();
    }

    static List<Problem> errors(ImportResult<Plan> result) {
        return result.report().problems().stream().filter(Problem::isError).toList();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void theDocumentReadsWithoutErrors(String plan) {
        assertThat(readJson(plan).indicators()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void theTableReadsWithoutErrors(String plan) {
        assertThat(readTable(plan).indicators()).isNotEmpty();
    }

    /** README.md explains every warning the bundled files get; today there are none. */
    @ParameterizedTest
    @MethodSource("plans")
    void neitherFileHasWarningsTheReadmeDoesNotExplain(String plan) {
        ImportResult<Plan> json = PlanJson.read(DATA.resolve(plan + ".json"), ImportOptions.defaults());
        ImportResult<Plan> table = IndicatorTables.read(DATA.resolve(plan + ".csv"), ImportOptions.defaults());
        assertThat(json.report().problems()).as("problems in %s.json", plan).isEmpty();
        // One note, not a problem: the jurisdiction is taken from the table's title (T028, info).
        assertThat(table.report().problems()).as("problems in %s.csv", plan)
                .allSatisfy(p -> assertThat(p.code().code()).isEqualTo("T028"));
    }

    /** The table is the document's indicators written by {@code convert --to csv}: reading it gives them back. */
    @ParameterizedTest
    @MethodSource("plans")
    void theTableHoldsTheDocumentsIndicators(String plan) {
        List<Indicator> fromJson = readJson(plan).indicators();
        List<Indicator> fromTable = readTable(plan).indicators();
        assertThat(fromTable).hasSameSizeAs(fromJson);
        for (int i = 0; i < fromJson.size(); i++) {
            assertThat(withoutSources(fromTable.get(i))).as("row %d of %s.csv", i + 1, plan)
                    .isEqualTo(withoutSources(fromJson.get(i)));
        }
    }

    /** What a table keeps of an indicator: everything but where it was read. */
    static Indicator withoutSources(Indicator indicator) {
        List<Target> targets = new ArrayList<>();
        for (Target t : indicator.targets()) {
            targets.add(Target.of(t.year(), t.expression()));
        }
        return new Indicator(indicator.code(), indicator.name(), indicator.category(), indicator.unit(),
                indicator.attribute(), indicator.direction(), indicator.measure(), indicator.accumulation(),
                indicator.baseline(), targets, indicator.leadAgency(), indicator.coAgencies(), null);
    }

    @Test
    void qingbaijiangIsTheRevisedFiveYearPlanWithAtLeastFortyIndicators() {
        Plan plan = readJson(QINGBAIJIANG);
        assertThat(plan.jurisdiction().name()).isEqualTo("成都市青白江区");
        assertThat(String.valueOf(plan.jurisdiction().code())).isEqualTo("510113");
        assertThat(plan.kind()).isEqualTo(PlanKind.FIVE_YEAR_PLAN);
        assertThat(plan.status()).isEqualTo(PlanStatus.REVISED);
        assertThat(plan.baseYear()).isEqualTo(2020);
        assertThat(plan.period().lastYear()).isEqualTo(2025);
        assertThat(plan.visionYear()).isEqualTo(2035);
        assertThat(plan.indicators()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(plan.goals()).extracting(g -> g.title()).contains("努力打造陆港主枢纽", "努力打造对外交往引领区",
                "努力打造开放产业集聚区", "努力打造改革创新示范区", "努力打造国际品质生活区", "2035年目标展望");
    }

    @Test
    void qingbaijiangContainerThroughputIn2025Is1point2MillionTeu() {
        for (Plan plan : List.of(readJson(QINGBAIJIANG), readTable(QINGBAIJIANG))) {
            TargetExpression target = plan.findIndicator("集装箱吞吐量").orElseThrow().targetFor(2025).orElseThrow()
                    .expression();
            assertThat(target.kind()).isEqualTo(TargetKind.EXACT);
            assertThat(target).hasToString("120万标箱");
            assertThat(((NumericTarget) target).value().isEquivalentTo(Quantity.parse("120万标箱"))).isTrue();
        }
    }

    @Test
    void tianfuIsADraftZoneOfTwoCitiesCovering1578SquareKilometres() {
        Plan plan = readJson(TIANFU);
        assertThat(plan.jurisdiction().isZone()).isTrue();
        assertThat(plan.jurisdiction().code()).isNull();
        assertThat(plan.jurisdiction().components()).extracting(c -> c.name() + "@" + c.parent().code())
                .containsExactly("成都片区@510100", "眉山片区@511400");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.kind()).isEqualTo(PlanKind.DEVELOPMENT_PLAN);
        assertThat(plan.baseYear()).isEqualTo(2021);
        assertThat(plan.visionYear()).isEqualTo(2035);
        Quantity area = plan.jurisdiction().totalArea().orElseThrow();
        assertThat(area.isEquivalentTo(Quantity.parse("1578平方公里"))).as("total area %s", area).isTrue();
        assertThat(area).hasToString("1578平方公里");
        TargetExpression gdp2035 = plan.findIndicator("地区生产总值").orElseThrow().targetFor(2035).orElseThrow()
                .expression();
        assertThat(gdp2035.kind()).isEqualTo(TargetKind.GREATER_THAN);
        assertThat(((NumericTarget) gdp2035).value().isEquivalentTo(Quantity.parse("10000亿元"))).isTrue();
    }

    /** Every indicator and target says where it was read: a line of the plan's seed document. */
    @ParameterizedTest
    @MethodSource("plans")
    void everyIndicatorAndTargetHasASourceLine(String plan) {
        for (Indicator indicator : readJson(plan).indicators()) {
            assertSourceInSeed(indicator.source(), plan, indicator.name());
            assertThat(indicator.targets()).as("targets of %s", indicator.name()).isNotEmpty();
            for (Target target : indicator.targets()) {
                assertSourceInSeed(target.source(), plan, indicator.name() + " " + target.year());
            }
        }
    }

    private static void assertSourceInSeed(SourceRef source, String plan, String what) {
        assertThat(source).as("source of %s", what).isNotNull();
        assertThat(source.document()).as("document of %s", what).isEqualTo(SEED_OF.get(plan));
        assertThat(source.line()).as("line of %s", what).isNotNull().isPositive();
    }

    /** The line a target cites holds its figure as written (spaces from PDF extraction aside). */
    @ParameterizedTest
    @MethodSource("plans")
    void everySourceLineHoldsItsFigure(String plan) throws IOException {
        Path seed = SEEDS.resolve(SEED_OF.get(plan));
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the seed documents are not beside the project: " + seed);
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        Map<Integer, String> compact = new HashMap<>();
        for (Indicator indicator : readJson(plan).indicators()) {
            List<String> figures = new ArrayList<>();
            for (Target target : indicator.targets()) {
                int line = target.source().line();
                assertThat(line).as("line of %s %d", indicator.name(), target.year()).isLessThanOrEqualTo(lines.size());
                String text = compact.computeIfAbsent(line, n -> withoutSpaces(lines.get(n - 1)));
                for (String figure : figures(target.expression())) {
                    assertThat(text).as("%s:%d for %s %d", seed.getFileName(), line, indicator.name(), target.year())
                            .contains(figure);
                    figures.add(figure);
                }
            }
            int line = indicator.source().line();
            String text = compact.computeIfAbsent(line, n -> withoutSpaces(lines.get(n - 1)));
            assertThat(figures).as("%s:%d for the indicator %s", seed.getFileName(), line, indicator.name())
                    .anyMatch(text::contains);
        }
    }

    /** The figures of a target as the document writes them: numbers, texts, authorities, references. */
    static List<String> figures(TargetExpression target) {
        if (target instanceof NumericTarget n) {
            List<String> out = new ArrayList<>();
            out.add(n.value().value().toPlainString());
            if (n.high() != null) {
                out.add(n.high().value().toPlainString());
            }
            return out;
        }
        if (target instanceof Qualitative q) {
            return List.of(withoutSpaces(q.text()));
        }
        if (target instanceof Delegated d) {
            return List.of(d.authority());
        }
        if (target instanceof Relative r) {
            return r.references();
        }
        throw new AssertionError("a kind of target this test does not know: " + target);
    }

    static String withoutSpaces(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
