package org.planindicators.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PriceBasis;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;

/**
 * {@code examples/monitoring/national-2023-h1-actuals.csv}: the national figures of the first half of 2023 as the statistics bureau
 * published them (see DATA.md) — year-to-date periods (2023年1-6月, 一季度) and the two price bases (现价 levels,
 * 可比价 growth; nominal and real income growth) — read and used for in-year monitoring of the 2023 target.
 */
class NationalHalfYearTest {
    /** Not in data/: an observation file without its plan, which {@code validate examples/data/*} would misfile. */
    static final Path FILE = Path.of("monitoring", "national-2023-h1-actuals.csv");

    private static List<Observation> read() {
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(FILE, ImportOptions.defaults(),
                null, out::add);
        assertThat(r.problems()).isEmpty();
        return out;
    }

    @Test
    void readsYearToDatePeriodsAndPriceBases() {
        List<Observation> all = read();
        assertThat(all).hasSize(9);
        assertThat(all).extracting(o -> o.indicator() + " " + o.period() + " " + o.value() + " " + o.priceBasis())
                .contains("国内生产总值 2023-01/06 593034亿元 CURRENT", "国内生产总值 2023-01/06 5.5% COMPARABLE",
                        "国内生产总值 2023-Q1 4.5% COMPARABLE", "国内生产总值 2023-Q2 6.3% COMPARABLE",
                        "居民人均可支配收入 2023-01/06 6.5% CURRENT", "居民人均可支配收入 2023-01/06 5.8% COMPARABLE");
        assertThat(all.get(0).period()).isEqualTo(ObservationPeriod.ofYearToDate(2023, 6));
        assertThat(all.get(2).period().isYearToDate()).isTrue(); // 一季度 begins the year
        assertThat(all.get(3).period().isYearToDate()).isFalse(); // 二季度 alone does not
    }

    /** The 2023 report's 国内生产总值增长5%左右, monitored from the half year's growth at comparable prices. */
    @Test
    void theHalfYearsRealGrowthIsComparedWithTheAnnualTarget() {
        Indicator gdp = Indicator.builder("国内生产总值", Unit.parse("亿元")).priceBasis(PriceBasis.CURRENT)
                .target(2023, new Approximately(Quantity.parse("5%"), null, Accumulation.LEVEL)).build();
        Plan plan = Plan.builder("2023年政府工作报告（国务院）", Jurisdiction.national("全国"), PlanKind.ANNUAL_WORK_REPORT,
                Period.ofYear(2023)).part(PlanPart.of(PartLevel.CHAPTER, "发展主要预期目标",
                        List.of(Goal.of("g1", "经济增长", List.of(gdp))))).build();
        IndicatorEvaluation e = Evaluator.withDefaults().evaluate(plan, gdp, read(), 2023);
        // 5.5% (1-6月, 可比价) against 5%左右: for an indicator where more is better, 左右 is met from 4.75% up.
        assertThat(e.figure(FigureKind.ACTUAL).orElseThrow().value()).isEqualTo(Quantity.parse("5.5%"));
        assertThat(e.figure(FigureKind.TIME_PROGRESS).orElseThrow().rounded(0).value())
                .isEqualByComparingTo(new BigDecimal("50"));
        assertThat(e.status()).isEqualTo(EvaluationStatus.ON_TRACK);
        assertThat(e.notes()).anyMatch(n -> n.startsWith("price basis: judged on the growth at comparable prices"))
                .anyMatch(n -> n.startsWith("in-year monitoring"));
        assertThat(e.isProvisional()).isTrue();
    }
}
