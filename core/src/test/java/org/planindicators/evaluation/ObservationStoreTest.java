package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** The store keeps what the evaluation uses and nothing else, and the evaluation does not change. */
class ObservationStoreTest {
    static final TargetParser P = TargetParser.standard();

    static Plan plan() {
        Indicator gdp = Indicator.builder("地区生产总值", Unit.parse("亿元")).code("GDP").baseline(2020,
                Quantity.parse("1000.0亿元")).target(2025, P.parseOne("1500亿元以上")).aggregation(Aggregation.sum())
                .build();
        Indicator growth = Indicator.builder("地区生产总值增长", Unit.PERCENT).code("G").measure(Measure.GROWTH_RATE)
                .target(2025, P.parseOne("高于全省平均水平")).aggregation(Aggregation.weightedMean("GDP")).build();
        Indicator income = Indicator.builder("居民人均可支配收入增长", Unit.PERCENT).code("INC")
                .measure(Measure.GROWTH_RATE).target(2025, P.parseOne("与经济增长基本同步")).build();
        return Plans.plan(RollUpTest.CHENGDU, PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025), gdp, growth, income);
    }

    /** Own rows (none named, 成都市, 510100), parts, the region 全省, strangers (四川省 too); repeated keys, statuses. */
    static List<Observation> rows(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] where = {null, "成都市", "510100", "510104", "510105", "成都市温江区", "四川省", "全省", "511402",
            "北京市朝阳区"};
        String[] indicators = {"GDP", "G", "INC", "地区生产总值"};
        ObservationStatus[] statuses = ObservationStatus.values();
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String ind = indicators[r.nextInt(indicators.length)];
            String unit = ind.equals("GDP") || ind.equals("地区生产总值") ? "亿元" : "%";
            String value = r.nextInt(50, 2000) + "." + r.nextInt(10);
            Map<String, String> dims = ind.equals("INC") && r.nextInt(3) == 0
                    ? Map.of("area", r.nextBoolean() ? "城镇" : "农村") : Map.of();
            ObservationPeriod year = ObservationPeriod.ofYear(r.nextInt(2019, 2025));
            out.add(new Observation(ind, where[r.nextInt(where.length)], year, Quantity.parse(value + unit),
                    statuses[r.nextInt(statuses.length)], null, dims));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theEvaluationFromTheStoreIsTheEvaluationFromEveryRow(long seed) {
        Plan plan = plan();
        List<Observation> all = rows(seed, 400);
        ObservationStore store = ObservationStore.forPlan(plan);
        all.forEach(store);

        for (int year : new int[] {2022, 2024}) {
            assertThat(Evaluator.withDefaults().evaluate(plan, store.observations(), year))
                    .isEqualTo(Evaluator.withDefaults().evaluate(plan, all, year));
        }
        assertThat(store.seen()).isEqualTo(400);
        assertThat(store.size()).isLessThan(400);
        assertThat(store.size() + store.setAside() + store.superseded()).isEqualTo(400);
    }

    @Test
    void strangersAreSetAsideAndRepeatedKeysKeepTheMostSettledTheLaterAmongEquals() {
        Plan plan = plan();
        ObservationStore store = ObservationStore.forPlan(plan);
        ObservationPeriod y = ObservationPeriod.ofYear(2022);
        Observation first = new Observation("GDP", "510104", y, Quantity.parse("10亿元"), ObservationStatus.FINAL,
                null, Map.of());
        Observation preliminary = new Observation("GDP", "510104", y, Quantity.parse("11亿元"),
                ObservationStatus.PRELIMINARY, null, Map.of());
        Observation later = new Observation("GDP", "510104", y, Quantity.parse("12亿元"), ObservationStatus.FINAL,
                null, Map.of());
        Observation stranger = new Observation("GDP", "北京市朝阳区", y, Quantity.parse("13亿元"),
                ObservationStatus.FINAL, null, Map.of());
        Observation region = new Observation("G", "全省", y, Quantity.parse("6.0%"), ObservationStatus.FINAL, null,
                Map.of());
        List.of(first, preliminary, stranger, region, later).forEach(store);

        assertThat(store.observations()).containsExactly(region, later);
        assertThat(store.setAside()).isEqualTo(1);
        assertThat(store.superseded()).isEqualTo(2);
    }
}
