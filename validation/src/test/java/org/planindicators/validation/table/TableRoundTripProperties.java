package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.Range;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.TableContext;

/** The law of the table format: a table-shaped plan written and read back is the same plan. */
class TableRoundTripProperties {
    private static final int BASE_YEAR = 2020;
    private static final List<String> UNITS = List.of("", "%", "‰", "亿元", "万元", "万标箱", "个", "件/万人", "岁",
            "微克/立方米", "平方米/人", "吨标煤/万元");
    private static final List<String> NAME_WORDS = List.of("地区生产总值", "增长", "降低", "失业率", "年均", "累计",
            "森林覆盖率", "PM2.5浓度", ", 含逗号", "\"引号\"", "换\n行", "人均", "能耗", "数量");
    private static final List<String> WORD_TARGETS = List.of("与经济增长基本同步", "高于全国平均水平", "保持在合理区间",
            "完成成都市下达目标", "持续改善", "高于GDP增长");
    private static final List<@Nullable String> CATEGORIES = java.util.Arrays.asList(null, "经济发展", "民生福祉",
            "绿色生态", "安全保障");
    private static final List<@Nullable String> NOTES = java.util.Arrays.asList(null, null, "2019年数据", "*", "初步数");
    private static final List<String> AGENCIES = List.of("区发改局", "区统计局", "区生态环境局", "Park City Bureau");

    /** What one generated indicator is made of, before its name is made unique. */
    record Draft(String name, Unit unit, @Nullable String category, IndicatorAttribute attribute,
            Direction direction, Measure measure, Accumulation accumulation, @Nullable Baseline baseline,
            List<Target> targets, @Nullable String lead, List<String> co, boolean coded) {
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(0)
                .flatMap(v -> Arbitraries.integers().between(0, 3).map(s -> v.movePointLeft(s).setScale(s)));
    }

    /** Amounts in {@code unit}: within 0–100 for %, where the plan rules read indicators as shares. */
    Arbitrary<BigDecimal> amounts(Unit unit) {
        return unit.equals(Unit.PERCENT) ? amounts().filter(v -> v.compareTo(BigDecimal.valueOf(100)) <= 0)
                : amounts();
    }

    Arbitrary<TargetExpression> targets(Unit unit) {
        Arbitrary<Quantity> q = amounts(unit).map(v -> Quantity.of(v, unit));
        Arbitrary<Accumulation> acc = Arbitraries.of(Accumulation.class);
        Arbitrary<TargetExpression> bounds = Combinators.combine(q, acc, Arbitraries.integers().between(0, 3))
                .as((v, a, k) -> switch (k) {
                    case 0 -> new Exact(v, a);
                    case 1 -> new AtLeast(v, a);
                    case 2 -> new AtMost(v, a);
                    default -> new LessThan(v, a);
                });
        Arbitrary<TargetExpression> ranges = Combinators.combine(amounts(unit), amounts(unit), acc)
                .filter((low, width, a) -> !unit.equals(Unit.PERCENT) || low.add(width).compareTo(BigDecimal.valueOf(100)) <= 0)
                .as((low, width, a) -> new Range(Quantity.of(low, unit), Quantity.of(low.add(width), unit), a));
        Arbitrary<TargetExpression> changes = Combinators.combine(Arbitraries.of(ChangeDirection.class),
                amounts().map(v -> Quantity.of(v, Unit.PERCENT)), acc).as(Change::new);
        Arbitrary<TargetExpression> words = Arbitraries.of(WORD_TARGETS).map(TargetExpression::parse);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, bounds), net.jqwik.api.Tuple.of(1, ranges),
                net.jqwik.api.Tuple.of(1, changes), net.jqwik.api.Tuple.of(1, words));
    }

    Arbitrary<List<Target>> targetLists(Unit unit) {
        return Arbitraries.integers().between(2021, 2025).set().ofMaxSize(3).flatMap(years -> {
            List<Integer> sorted = years.stream().sorted().toList();
            return targets(unit).list().ofSize(sorted.size()).map(expressions -> {
                List<Target> out = new ArrayList<>();
                for (int i = 0; i < sorted.size(); i++) {
                    out.add(Target.of(sorted.get(i), expressions.get(i)));
                }
                return out;
            });
        });
    }

    Arbitrary<@Nullable Baseline> baselines(Unit unit) {
        return Combinators.combine(amounts(unit), Arbitraries.integers().between(2015, BASE_YEAR), Arbitraries.of(NOTES))
                .as((v, year, note) -> new Baseline(year, Quantity.of(v, unit), note, null))
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<Draft> drafts() {
        Arbitrary<String> names = Arbitraries.of(NAME_WORDS).list().ofMinSize(1).ofMaxSize(3)
                .map(words -> String.join("", words));
        Arbitrary<IndicatorAttribute> attributes = Arbitraries.of(IndicatorAttribute.class);
        Arbitrary<Direction> directions = Arbitraries.of(Direction.class);
        Arbitrary<Measure> measures = Arbitraries.of(Measure.class);
        Arbitrary<Accumulation> accumulations = Arbitraries.of(Accumulation.class);
        Arbitrary<@Nullable String> leads = Arbitraries.of(AGENCIES).injectNull(0.3);
        Arbitrary<List<String>> cos = Arbitraries.of(AGENCIES).list().ofMaxSize(2).uniqueElements();
        return Arbitraries.of(UNITS).map(Unit::parse).flatMap(unit -> Combinators.combine(names,
                        Arbitraries.of(CATEGORIES), attributes, directions,
                        // The plan rules want growth and reduction rates in % (P106).
                        unit.equals(Unit.PERCENT) ? measures : Arbitraries.just(Measure.LEVEL), accumulations,
                        baselines(unit),
                        targetLists(unit))
                .as((name, category, attribute, direction, measure, accumulation, baseline, targets) ->
                        new Draft(name, unit, category, attribute, direction, measure, accumulation, baseline, targets,
                                null, List.of(), false))
                .flatMap(d -> Combinators.combine(leads, cos, Arbitraries.of(true, false))
                        .as((lead, co, coded) -> new Draft(d.name(), d.unit(), d.category(), d.attribute(),
                                d.direction(), d.measure(), d.accumulation(), d.baseline(), d.targets(), lead, co,
                                coded))));
    }

    /** The plan the reader would build from these indicators: one goal per category, in order of appearance. */
    static Plan tableShaped(List<Draft> drafts) {
        Map<Optional<String>, List<Indicator>> groups = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Indicator indicator = Indicator.builder(d.name() + " " + (i + 1), d.unit())
                    .code(d.coded() ? "C" + (i + 1) : null)
                    .category(d.category())
                    .attribute(d.attribute())
                    .direction(d.direction())
                    .measure(d.measure())
                    .accumulation(d.accumulation())
                    .baseline(d.baseline())
                    .targets(d.targets())
                    .leadAgency(d.lead())
                    .coAgencies(d.co())
                    .build();
            groups.computeIfAbsent(Optional.ofNullable(d.category()), k -> new ArrayList<>()).add(indicator);
        }
        List<Goal> goals = new ArrayList<>();
        for (Map.Entry<Optional<String>, List<Indicator>> e : groups.entrySet()) {
            goals.add(new Goal("G" + (goals.size() + 1), e.getKey().orElse("未分类"), null, 2025, e.getValue()));
        }
        Plan.Builder b = Plan.builder("生成的指标表", TableContext.UNSPECIFIED, PlanKind.FIVE_YEAR_PLAN,
                Period.of(BASE_YEAR + 1, 2025));
        if (!goals.isEmpty()) {
            b.part(PlanPart.of(PartLevel.PART, "主要指标", goals));
        }
        return b.build();
    }

    @Provide
    Arbitrary<List<Draft>> draftLists() {
        return drafts().list().ofMaxSize(12);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aTableShapedPlanSurvivesWritingAndReading(@ForAll("draftLists") List<Draft> drafts) {
        Plan plan = tableShaped(drafts);
        String csv = IndicatorTables.toCsv(plan);
        ImportResult<Plan> result = TableFixtures.readText(csv, "generated.csv");
        // T017 (header only) and the plan rules' warnings (a target below its baseline …) may come back.
        assertThat(result.report().problems()).as("problems reading\n%s", csv)
                .allSatisfy(p -> assertThat(p.code().code().equals("T017") || !p.isError()).isTrue());
        assertThat(result.value()).as("read back from\n%s", csv).isEqualTo(plan);
        assertThat(IndicatorTables.toCsv(result.value())).isEqualTo(csv);
    }
}
