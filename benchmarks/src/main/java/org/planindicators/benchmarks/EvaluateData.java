package org.planindicators.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanPart;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.unit.UnitFamily;

/**
 * The input of {@code benchmarks/evaluate-memory.sh}: a city plan and a file of synthetic observations for {@code
 * evaluate} under {@code -Xmx256m}.
 *
 * <p>The plan is {@link SyntheticData#plan(int)}'s 100 indicators, made the plan of a city, 合成市 (110100), each
 * indicator with an aggregation: totals (a level that should grow, not in %, 岁, 年 or 元, not 每… or 人均…: 地区生产总值,
 * 集装箱吞吐量, 耕地保有量) are summed ({@code sum}); the rest (rates, shares, ages, per-head figures, concentrations) are
 * not additive.
 * The observations are {@link SyntheticData#writeObservations}'s county rows (100 indicators × 15 years a county,
 * counties in turn over the 31 provinces): the counties of city 1101 (110101, 110201 … are other cities') are the
 * city's parts, every 620th county, and are rolled up; the rest belong to other cities and are set aside. So 10⁷ rows
 * hold 11 of the city's counties (16,500 rows the evaluation uses) among 6,667.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.EvaluateData DIR ROWS} writes
 * {@code DIR/plan.json}, {@code DIR/plan-plain.json} (the same without aggregations, for a command line of before
 * roll-ups) and {@code DIR/observations-ROWS.csv}.
 */
public final class EvaluateData {
    /** The city the plan is for. */
    public static final Jurisdiction CITY = Jurisdiction.division("合成市", "110100");

    private EvaluateData() {
    }

    /**
     * Writes the plan and the observations.
     *
     * @param args the directory, then the number of rows
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].replace("_", "").matches("[1-9][0-9]{0,9}")) {
            System.err.println("usage: EvaluateData DIR ROWS   (ROWS a whole number such as 10000000)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long rows = Long.parseLong(args[1].replace("_", ""));
        Files.createDirectories(dir);
        Plan plan = cityPlan(100);
        SyntheticData.writePlan(dir.resolve("plan.json"), plan);
        SyntheticData.writePlan(dir.resolve("plan-plain.json"), withoutAggregations(plan));
        long written = SyntheticData.writeObservations(dir.resolve("observations-" + rows + ".csv"),
                SyntheticData.Format.CSV, rows, 100, ObservationImportBenchmark.SEED);
        System.out.println("wrote " + dir.resolve("plan.json") + " and " + written + " rows");
    }

    /** {@code plan} without aggregations, for a command line of before roll-ups (its reader knows no such field). */
    static Plan withoutAggregations(Plan plan) {
        List<PlanPart> parts = new ArrayList<>();
        for (PlanPart chapter : plan.parts()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : chapter.goals()) {
                goals.add(Goal.of(g.id(), g.title(), g.indicators().stream()
                        .map(i -> i.toBuilder().aggregation(null).build()).toList()));
            }
            parts.add(PlanPart.of(PartLevel.CHAPTER, chapter.title(), goals));
        }
        return Plan.builder(plan.title(), plan.jurisdiction(), plan.kind(), plan.period()).status(plan.status())
                .baseYear(plan.baseYear()).visionYear(plan.visionYear()).parts(parts).build();
    }

    /** {@link SyntheticData#plan(int)} as the plan of {@link #CITY}, every indicator with an aggregation. */
    public static Plan cityPlan(int indicators) {
        Plan national = SyntheticData.plan(indicators);
        List<PlanPart> parts = new ArrayList<>();
        for (PlanPart chapter : national.parts()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : chapter.goals()) {
                List<Indicator> list = new ArrayList<>();
                for (Indicator i : g.indicators()) {
                    boolean total = i.measure() == Measure.LEVEL && i.direction() == Direction.HIGHER_IS_BETTER
                            && i.unit().family() != UnitFamily.RATIO
                            && !List.of("岁", "年", "元").contains(i.unit().symbol())
                            && !i.name().contains("每") && !i.name().contains("人均");
                    list.add(i.toBuilder().aggregation(total ? Aggregation.sum() : Aggregation.notAdditive())
                            .build());
                }
                goals.add(Goal.of(g.id(), g.title(), list));
            }
            parts.add(PlanPart.of(PartLevel.CHAPTER, chapter.title(), goals));
        }
        return Plan.builder("合成市国民经济和社会发展第十四个五年规划（合成数据，" + indicators + "项指标）", CITY,
                        national.kind(), national.period())
                .status(national.status()).baseYear(national.baseYear()).visionYear(national.visionYear())
                .parts(parts).build();
    }
}
