package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Plan;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Range;
import org.planindicators.target.Relative;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** The evaluator over generated indicators and data: it never fails, and more progress never reads worse. */
class EvaluationProperties {
    private static final Unit YI = Unit.parse("亿元");

    @Provide
    Arbitrary<Indicator> indicators() {
        Arbitrary<Measure> measure = Arbitraries.of(Measure.class);
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        Arbitrary<Accumulation> accumulation = Arbitraries.of(Accumulation.class);
        Arbitrary<Boolean> percent = Arbitraries.of(true, false);
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals().between(new BigDecimal("-50"), new BigDecimal("900"))
                .ofScale(1);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 7);
        Arbitrary<Boolean> baseline = Arbitraries.of(true, false);
        return Combinators.combine(measure, direction, accumulation, percent, number, number, kind, baseline)
                .as((m, d, acc, pct, v, b, k, hasBaseline) -> {
                    Unit unit = pct || m != Measure.LEVEL ? Unit.PERCENT : YI;
                    Unit targetUnit = k % 2 == 0 ? unit : Unit.PERCENT;
                    Quantity value = Quantity.of(v.abs(), targetUnit);
                    NumericTarget target = switch (k) {
                        case 0 -> new Exact(value, acc);
                        case 1 -> new AtLeast(value, acc);
                        case 2 -> new AtMost(value, acc);
                        case 3 -> new LessThan(value, acc);
                        case 4 -> new Range(value, Quantity.of(value.value().add(BigDecimal.TEN), targetUnit), acc);
                        case 5 -> new Change(ChangeDirection.DECREASE, value, acc);
                        default -> new Change(ChangeDirection.INCREASE, Quantity.of(v.abs(), unit), acc);
                    };
                    Indicator.Builder builder = Indicator.builder("指标", unit).measure(m).direction(d)
                            .accumulation(acc).target(2025, target);
                    if (hasBaseline) {
                        builder.baseline(2020, Quantity.of(b, unit));
                    }
                    return builder.build();
                });
    }

    @Provide
    Arbitrary<List<Observation>> observations() {
        Arbitrary<Integer> year = Arbitraries.integers().between(2019, 2026);
        Arbitrary<BigDecimal> value = Arbitraries.bigDecimals().between(new BigDecimal("-150"), new BigDecimal("1000"))
                .ofScale(2).edgeCases(c -> c.add(BigDecimal.ZERO).add(new BigDecimal("-100")));
        Arbitrary<ObservationStatus> status = Arbitraries.of(ObservationStatus.class);
        Arbitrary<Boolean> percent = Arbitraries.of(true, false);
        Arbitrary<String> name = Arbitraries.of("指标", "地区生产总值增长");
        return Combinators.combine(name, year, value, status, percent)
                .as((n, y, v, s, pct) -> Observation.of(n, ObservationPeriod.ofYear(y),
                        Quantity.of(v, pct ? Unit.PERCENT : YI), s))
                .list().ofMaxSize(8);
    }

    /** Whatever the indicator and the data, an evaluation gives a status and explains every figure. */
    @Property(tries = 1000)
    void evaluationNeverFails(@ForAll("indicators") Indicator indicator,
            @ForAll("observations") List<Observation> observations,
            @ForAll @IntRange(min = 2019, max = 2027) int year, @ForAll EvaluationMethod method) {
        Indicator reference = Indicator.builder("地区生产总值增长", Unit.PERCENT).measure(Measure.GROWTH_RATE).build();
        Indicator relative = Indicator.builder("收入增长", Unit.PERCENT).measure(Measure.GROWTH_RATE)
                .target(2025, Relative.inStepWith("经济增长", true)).build();
        Plan plan = Plans.fiveYear(indicator, reference, relative);
        List<Observation> data = new ArrayList<>(observations);
        for (Observation o : observations) {
            data.add(Observation.of("收入增长", o.period(), o.value(), o.status()));
        }
        Evaluator evaluator = new Evaluator(EvaluationOptions.defaults().withMethod(method));
        PlanEvaluation p = evaluator.evaluate(plan, data, year);
        assertThat(p.results()).hasSize(3);
        for (int i = 0; i < 3; i++) { // the plan's index of observations changes nothing
            Indicator one = plan.indicators().get(i);
            assertThat(p.results().get(i)).isEqualTo(evaluator.evaluate(plan, one, data, year));
        }
        Map<EvaluationStatus, Integer> counts = p.counts();
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        for (IndicatorEvaluation r : p.results()) {
            if (r.status() == EvaluationStatus.NOT_ASSESSABLE) {
                assertThat(r.notes()).isNotEmpty();
            } else {
                assertThat(r.figure(FigureKind.ACTUAL)).as("%s", r).isPresent();
            }
            for (Figure f : r.figures()) {
                assertThat(f.explanation().formula()).isNotBlank();
                assertThat(f.toString()).contains(f.kind().code());
            }
            if (method == EvaluationMethod.TIME_PROGRESS) {
                assertThat(r.sdgProgress()).isNull();
            }
        }
    }

    /** For a level that should grow, a higher actual never gives a worse status than a lower one. */
    @Property(tries = 500)
    void moreProgressNeverReadsWorse(@ForAll @BigRange(min = "1", max = "1000") @Scale(1) BigDecimal baseline,
            @ForAll @BigRange(min = "1", max = "2000") @Scale(1) BigDecimal target,
            @ForAll @BigRange(min = "0", max = "2000") @Scale(1) BigDecimal low,
            @ForAll @BigRange(min = "0", max = "500") @Scale(1) BigDecimal more,
            @ForAll @IntRange(min = 2021, max = 2025) int year, @ForAll EvaluationMethod method,
            @ForAll PathShape shape) {
        Indicator indicator = Indicator.builder("地区生产总值", YI)
                .baseline(2020, Quantity.of(baseline, YI))
                .target(2025, AtLeast.of(Quantity.of(target, YI)))
                .build();
        Plan plan = Plans.fiveYear(indicator);
        Evaluator evaluator = new Evaluator(EvaluationOptions.defaults().withMethod(method).withPathShape(shape));
        EvaluationStatus lower = evaluator.evaluate(plan, indicator, List.of(Observation.of("地区生产总值",
                ObservationPeriod.ofYear(year), Quantity.of(low, YI), ObservationStatus.FINAL)), year).status();
        EvaluationStatus higher = evaluator.evaluate(plan, indicator, List.of(Observation.of("地区生产总值",
                ObservationPeriod.ofYear(year), Quantity.of(low.add(more), YI), ObservationStatus.FINAL)), year)
                .status();
        assertThat(rank(higher)).as("%s then %s", lower, higher).isGreaterThanOrEqualTo(rank(lower));
    }

    private static int rank(EvaluationStatus s) {
        return switch (s) {
            case MISSED -> 0;
            case LAGGING -> 1;
            case ON_TRACK -> 2;
            case AHEAD -> 3;
            case ACHIEVED_EARLY, ACHIEVED -> 4;
            case NOT_ASSESSABLE -> throw new AssertionError("a level with data is assessable");
        };
    }
}
