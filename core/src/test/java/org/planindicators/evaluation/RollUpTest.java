package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planindicators.evaluation.Plans.q;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Unit;

/**
 * Roll-ups with figures computed by hand: a city from its districts, weighted rates, a zone's 3:7 share, dimensions.
 */
class RollUpTest {
    static final Jurisdiction CHENGDU = Jurisdiction.division("成都市", "510100");
    static final Unit YI = Unit.parse("亿元");
    static final Unit PCT = Unit.parse("%");

    static Observation obs(String indicator, String where, int year, String value, ObservationStatus status) {
        return new Observation(indicator, where, ObservationPeriod.ofYear(year), q(value), status, null, Map.of());
    }

    static Observation obs(String indicator, String where, int year, String value) {
        return obs(indicator, where, year, value, ObservationStatus.FINAL);
    }

    static Indicator gdp(Aggregation aggregation) {
        return Indicator.builder("地区生产总值", YI).code("GDP").baseline(2020, q("3000.00亿元"))
                .target(2025, TargetParser.standard().parseOne("4000亿元以上")).aggregation(aggregation).build();
    }

    static Plan cityPlan(Indicator... indicators) {
        return Plans.plan(CHENGDU, PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025), indicators);
    }

    @Nested
    class CityFromDistricts {
        // 2022: 锦江区 1200.50 + 青羊区 1300.25 + 温江区 7171100万元 (= 717.11亿元 exactly) = 3217.86亿元.
        final List<Observation> districts = List.of(
                obs("GDP", "510104", 2022, "1200.50亿元"),
                obs("GDP", "510105", 2022, "1300.25亿元", ObservationStatus.PRELIMINARY),
                obs("GDP", "510115000000", 2022, "7171100万元"));

        @Test
        void theCityIsTheSumOfItsDistrictsConvertedExactly() {
            Plan plan = cityPlan(gdp(Aggregation.sum()));
            RollUp.Result r = RollUp.of(plan).apply(districts);

            assertThat(r.observations()).singleElement().satisfies(o -> {
                assertThat(o.jurisdiction()).isNull();
                assertThat(o.value()).isEqualTo(q("3217.86亿元"));
                assertThat(o.status()).isEqualTo(ObservationStatus.PRELIMINARY); // the least settled input
            });
            assertThat(r.notesOn(plan.indicators().get(0))).singleElement().asString()
                    .startsWith("2022: 3217.86亿元 = Σ 510104 1200.50 + 510105 1300.25 + 510115 717.11 (sum)");
        }

        @Test
        void theEvaluationUsesTheRolledUpFigureAsTheActual() {
            Plan plan = cityPlan(gdp(Aggregation.sum()));
            IndicatorEvaluation e = Evaluator.withDefaults().evaluate(plan, districts, 2022).results().get(0);

            assertThat(Plans.figure(e, FigureKind.ACTUAL, 2)).isEqualByComparingTo("3217.86");
            assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("(sum)"));
            // One indicator at a time, the same.
            IndicatorEvaluation one = Evaluator.withDefaults().evaluate(plan, plan.indicators().get(0), districts,
                    2022);
            assertThat(one).isEqualTo(e);
        }

        @Test
        void aYearMissingADistrictSeenInAnotherYearIsNotRolledUp() {
            Plan plan = cityPlan(gdp(Aggregation.sum()));
            List<Observation> in = new ArrayList<>(districts);
            in.add(obs("GDP", "510104", 2021, "1100.00亿元"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            assertThat(r.observations()).extracting(o -> o.period().year()).containsExactly(2022);
            assertThat(r.notesOn(plan.indicators().get(0))).first().asString()
                    .isEqualTo("2021: not rolled up, no figure of 510105、510115 (the parts are 510104、510105、510115)");
        }

        @Test
        void theCitysOwnFigureWinsOverItsDistricts() {
            Plan plan = cityPlan(gdp(Aggregation.sum()));
            List<Observation> in = new ArrayList<>(districts);
            in.add(obs("GDP", "成都市", 2022, "3300.00亿元"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            assertThat(r.observations()).singleElement().extracting(Observation::value).isEqualTo(q("3300.00亿元"));
            assertThat(r.notesOn(plan.indicators().get(0))).singleElement().asString()
                    .contains("the plan's own figure is used");
        }

        @Test
        void districtsNamedWithTheCityAsParentOrBareArePartsButAnotherCitysAreStrangers() {
            Plan plan = cityPlan(gdp(Aggregation.sum()));
            List<Observation> in = List.of(obs("GDP", "成都市锦江区", 2022, "1200.50亿元"),
                    obs("GDP", "四川省成都市青羊区", 2022, "1300.25亿元"), obs("GDP", "温江区", 2022, "717.11亿元"),
                    obs("GDP", "东坡区", 2022, "600.00亿元"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            // 1200.50 + 1300.25 + 717.11 = 3217.86: the division codes list 温江区 under 成都市 (a city's bureau
            // writes its districts bare); 东坡区 is 眉山市's and is passed on untouched.
            assertThat(r.observations()).extracting(Observation::jurisdiction, Observation::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("东坡区", q("600.00亿元")),
                            org.assertj.core.groups.Tuple.tuple(null, q("3217.86亿元")));
        }

        @Test
        void partsWrittenByCodeAndByNameAreNotRolledUpForFearOfCountingOneTwice() {
            Plan plan = cityPlan(gdp(Aggregation.sum()));
            List<Observation> in = List.of(obs("GDP", "510104", 2022, "1200.50亿元"),
                    obs("GDP", "成都市锦江区", 2022, "1200.50亿元"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            assertThat(r.observations()).isEmpty();
            assertThat(r.notesOn(plan.indicators().get(0))).singleElement().asString()
                    .contains("some are written by division code and some by name");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "        | the plan does not say how they add up (aggregation)",
            "not_additive | the indicator is not additive"})
        void withoutAnAdditiveRuleThePartsAreSetAsideWithANote(String rule, String why) {
            Plan plan = cityPlan(gdp(rule == null ? null : Aggregation.parse(rule)));
            RollUp.Result r = RollUp.of(plan).apply(districts);

            assertThat(r.observations()).isEmpty();
            assertThat(r.notesOn(plan.indicators().get(0))).singleElement().asString().endsWith(why);
        }

        @Test
        void aDistrictOfAnotherCityIsAStrangerNotAPart() {
            Plan plan = cityPlan(gdp(Aggregation.sum()));
            Observation meishan = obs("GDP", "511402", 2022, "600.00亿元");
            RollUp.Result r = RollUp.of(plan).apply(List.of(meishan));

            assertThat(r.observations()).containsExactly(meishan);
            assertThat(r.notes()).isEmpty();
        }
    }

    @Nested
    class WeightedMeans {
        static Indicator population() {
            return Indicator.builder("常住人口", Unit.parse("万人")).code("POP").aggregation(Aggregation.sum()).build();
        }

        @Test
        void aShareIsWeightedByTheSameYearsWeight() {
            // (80.0 × 100 + 60.0 × 300) / 400 = 26000 / 400 = 65 → 65.000 (one decimal + 2).
            Indicator urban = Indicator.builder("常住人口城镇化率", PCT).code("URB")
                    .aggregation(Aggregation.weightedMean("常住人口")).build();
            Plan plan = cityPlan(urban, population());
            List<Observation> in = List.of(obs("URB", "510104", 2022, "80.0%"), obs("URB", "510105", 2022, "60.0%"),
                    obs("POP", "510104", 2022, "100万人"), obs("POP", "510105", 2022, "300万人"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            assertThat(r.observations()).filteredOn(o -> o.indicator().equals("URB")).singleElement()
                    .extracting(Observation::value).satisfies(v -> {
                        assertThat(v.value()).isEqualTo(new BigDecimal("65.000"));
                        assertThat(v.unit()).isEqualTo(PCT);
                    });
            assertThat(r.observations()).filteredOn(o -> o.indicator().equals("POP")).singleElement()
                    .extracting(Observation::value).isEqualTo(q("400万人"));
        }

        @Test
        void aGrowthRateIsWeightedByThePreviousYearsLevelSoItIsTheGrowthOfTheSum() {
            // 2022 growth A 5.0 %, B 3.0 %, 2021 GDP A 100, B 300: (5.0 × 100 + 3.0 × 300) / 400 = 3.5 → 3.500.
            // Check: the sum grows from 400 to 105 + 309 = 414, and 414 / 400 − 1 = 3.5 %.
            Indicator growth = Indicator.builder("地区生产总值增长", PCT).code("G").measure(Measure.GROWTH_RATE)
                    .aggregation(Aggregation.weightedMean("GDP")).build();
            Plan plan = cityPlan(growth, gdp(Aggregation.sum()));
            List<Observation> in = List.of(obs("G", "510104", 2022, "5.0%"), obs("G", "510105", 2022, "3.0%"),
                    obs("GDP", "510104", 2021, "100亿元"), obs("GDP", "510105", 2021, "300亿元"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            assertThat(r.observations()).filteredOn(o -> o.indicator().equals("G")).singleElement()
                    .extracting(o -> o.value().value()).isEqualTo(new BigDecimal("3.500"));
            assertThat(r.notesOn(plan.indicators().get(0))).singleElement().asString()
                    .isEqualTo("2022: 3.500% = (510104 5.0 × 100 + 510105 3.0 × 300) / 400 (mean weighted by 地区生产总值"
                            + " of 2021, rounded half-even to 3 decimals)");
        }

        @Test
        void aMissingWeightLeavesTheYearWithoutAWholeAndSaysWhich() {
            Indicator urban = Indicator.builder("常住人口城镇化率", PCT).code("URB")
                    .aggregation(Aggregation.weightedMean("POP")).build();
            Plan plan = cityPlan(urban, population());
            List<Observation> in = List.of(obs("URB", "510104", 2022, "80.0%"), obs("URB", "510105", 2022, "60.0%"),
                    obs("POP", "510104", 2022, "100万人"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            assertThat(r.observations()).noneMatch(o -> o.indicator().equals("URB"));
            assertThat(r.notesOn(urban)).singleElement().asString()
                    .isEqualTo("2022: not rolled up, no figure of the weight 常住人口 for 510105 in 2022");
        }
    }

    @Nested
    class ZoneWithASharedPiece {
        static final Jurisdiction TIANFU = Jurisdiction.zone("四川天府新区", List.of(
                ZoneComponent.of("成都片区", CHENGDU, q("1484平方公里")),
                ZoneComponent.of("眉山片区", Jurisdiction.division("眉山市", "511400"), q("94平方公里")),
                new ZoneComponent("合作园区", Jurisdiction.division("眉山市", "511400"), null).withShare("3:7")));

        static Plan zonePlan(Indicator... indicators) {
            return Plans.plan(TIANFU, PlanKind.DEVELOPMENT_PLAN, Period.of(2022, 2027), indicators);
        }

        @ParameterizedTest(name = "shared {0} counts {1}")
        @CsvSource({
            // 3:7 of 10.00 is 3.00 and 7.00; 3000.00 + 200.00 + 3.00 = 3203.00.
            "10.00, 3.00, 3203.00",
            // 10.01: quotas 3.003 and 7.007, cut to 3.00 and 7.00; the cent left goes to the larger remainder
            // (0.007, the partner's): 3.00 and 7.01, so the zone still counts 3.00.
            "10.01, 3.00, 3203.00",
            // 10.05: quotas 3.015 and 7.035, cut to 3.01 and 7.03; remainders 0.005 each, the tie goes to the
            // earlier part, the zone's: 3.02 and 7.03.
            "10.05, 3.02, 3203.02"})
        void theZoneCountsItsShareOfAPieceSharedByRatio(String shared, String part, String total) {
            Plan plan = zonePlan(gdp(Aggregation.sum()));
            List<Observation> in = List.of(obs("GDP", "成都片区", 2023, "3000.00亿元"),
                    obs("GDP", "天府新区眉山片区", 2023, "200.00亿元"), obs("GDP", "合作园区", 2023, shared + "亿元"));
            RollUp.Result r = RollUp.of(plan).apply(in);

            assertThat(r.observations()).singleElement().extracting(Observation::value)
                    .isEqualTo(q(total + "亿元"));
            assertThat(r.notesOn(plan.indicators().get(0))).singleElement().asString()
                    .contains("合作园区 " + part + " (3:7 of " + shared + ")");
        }

        @Test
        void aZonesPiecesWithoutARuleAreNoLongerTakenAsTheZonesOwnFigure() {
            // Before roll-ups, 成都片区's figure counted as the zone's own: a piece passed for the whole.
            Plan plan = zonePlan(gdp(null));
            IndicatorEvaluation e = Evaluator.withDefaults().evaluate(plan,
                    List.of(obs("GDP", "成都片区", 2023, "3000.00亿元")), 2023).results().get(0);

            assertThat(e.figure(FigureKind.ACTUAL)).isEmpty();
            assertThat(e.notes()).first().asString().contains("are not rolled up");
        }
    }

    @Nested
    class DimensionsSeparatelyAndTogether {
        static Observation part(String indicator, int year, String value, String area) {
            return new Observation(indicator, null, ObservationPeriod.ofYear(year), q(value),
                    ObservationStatus.PRELIMINARY, null, Map.of("area", area));
        }

        /** Wenjiang's 2022 report: period 2022, base year 2021. */
        static Plan report2022(Indicator... indicators) {
            return Plans.plan(Plans.WENJIANG, PlanKind.ANNUAL_WORK_REPORT, Period.ofYear(2022), indicators);
        }

        static Plan wenjiang(Indicator income) {
            Indicator gdpGrowth = Indicator.builder("地区生产总值增长", PCT).code("M-01").measure(Measure.GROWTH_RATE)
                    .target(2022, TargetParser.standard().parseOne("6.0%—7.0%")).build();
            return report2022(gdpGrowth, income);
        }

        static Indicator income(Aggregation aggregation) {
            return Indicator.builder("城乡居民人均可支配收入增长", PCT).code("M-06").measure(Measure.GROWTH_RATE)
                    .target(2022, TargetParser.standard().parseOne("与经济增长基本同步")).aggregation(aggregation)
                    .build();
        }

        // Wenjiang 2022 (seed 004): GDP growth 3.0 %, income growth 城镇 4.4 %, 农村 5.4 %.
        final List<Observation> in = List.of(
                new Observation("M-01", null, ObservationPeriod.ofYear(2022), q("3.0%"), ObservationStatus.PRELIMINARY,
                        null, Map.of()),
                part("M-06", 2022, "4.4%", "城镇"), part("M-06", 2022, "5.4%", "农村"));

        @Test
        void eachPartIsEvaluatedAgainstTheTargetAndTheWholeByThePartsTogether() {
            Plan plan = wenjiang(income(Aggregation.notAdditive()));
            PlanEvaluation e = Evaluator.withDefaults().evaluate(plan, in, 2022);
            Indicator m06 = plan.indicators().get(1);

            // 5.4 − 3.0 = 2.4 and 4.4 − 3.0 = 1.4 points above GDP growth: in step (基本同步) in the target year.
            // Parts come in the order of their dimensions (农村 before 城镇), whatever the order of the rows.
            assertThat(e.partsOf(m06)).extracting(PartEvaluation::label, p -> p.evaluation().status())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("农村", EvaluationStatus.ACHIEVED),
                            org.assertj.core.groups.Tuple.tuple("城镇", EvaluationStatus.ACHIEVED));
            assertThat(e.partsOf(m06)).extracting(p -> Plans.figure(p.evaluation(), FigureKind.GAP, 1))
                    .containsExactly(new BigDecimal("2.4"), new BigDecimal("1.4"));
            java.util.List<Observation> reversed = new java.util.ArrayList<>(in);
            java.util.Collections.reverse(reversed);
            assertThat(Evaluator.withDefaults().evaluate(plan, reversed, 2022).partsOf(m06))
                    .extracting(PartEvaluation::label).containsExactly("农村", "城镇");
            IndicatorEvaluation whole = e.results().get(1);
            assertThat(whole.status()).isEqualTo(EvaluationStatus.ACHIEVED);
            assertThat(whole.notes()).anySatisfy(n -> assertThat(n).contains("judged by its parts together")
                    .contains("城镇 achieved (actual 4.4%)").contains("农村 achieved (actual 5.4%)"));
        }

        @Test
        void thePartsTogetherTakeTheLeastFavourableStatus() {
            Plan plan = wenjiang(income(Aggregation.notAdditive()));
            List<Observation> lagging = new ArrayList<>(in.subList(0, 2));
            lagging.add(part("M-06", 2022, "1.0%", "农村")); // 1.0 − 3.0 = −2.0 points: not in step
            PlanEvaluation e = Evaluator.withDefaults().evaluate(plan, lagging, 2022);

            assertThat(e.results().get(1).status()).isEqualTo(EvaluationStatus.MISSED);
        }

        @Test
        void aSumOfPartsMakesTheWholeFigure() {
            // 常住人口 2022: 城镇 300.5 + 农村 100.0 = 400.5万人.
            Indicator pop = Indicator.builder("常住人口", Unit.parse("万人")).code("POP").aggregation(Aggregation.sum())
                    .build();
            Plan plan = report2022(pop);
            RollUp.Result r = RollUp.of(plan).apply(List.of(part("POP", 2022, "300.5万人", "城镇"),
                    part("POP", 2022, "100.0万人", "农村")));

            assertThat(r.observations()).filteredOn(o -> !o.isDisaggregated()).singleElement()
                    .extracting(Observation::value).isEqualTo(q("400.5万人"));
        }

        @Test
        void aWeightedMeanOfPartsUsesTheWeightsOfTheSameParts() {
            // 城镇 4.4 % weighted by 2021 income 城镇 50000, 农村 5.4 % by 农村 25000:
            // (4.4 × 50000 + 5.4 × 25000) / 75000 = (220000 + 135000) / 75000 = 4.7333… → 4.733.
            Indicator level = Indicator.builder("城乡居民人均可支配收入", Unit.parse("元")).code("INC")
                    .aggregation(Aggregation.sum()).build();
            Plan plan = wenjiang(income(Aggregation.weightedMean("INC")));
            plan = report2022(plan.indicators().get(0), plan.indicators().get(1), level);
            List<Observation> with = new ArrayList<>(in);
            with.add(part("INC", 2021, "50000元", "城镇"));
            with.add(part("INC", 2021, "25000元", "农村"));
            RollUp.Result r = RollUp.of(plan).apply(with);

            assertThat(r.observations()).filteredOn(o -> o.indicator().equals("M-06") && !o.isDisaggregated())
                    .singleElement().extracting(o -> o.value().value()).isEqualTo(new BigDecimal("4.733"));
        }
    }
}
