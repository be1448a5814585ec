package org.planindicators.validation.internal.table;

import java.util.List;
import java.util.Locale;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtMost;
import org.planindicators.target.Direction;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/**
 * What a table leaves unsaid about an indicator, inferred from its name, unit and targets when the table has no
 * 计量/方向/累计方式 column (or leaves the cell empty). The writer uses the same rules to decide whether it must
 * write those columns.
 */
final class Inference {
    private static final List<String> GROWTH_WORDS = List.of("增长", "增速", "增幅", "growth");
    private static final List<String> REDUCTION_WORDS = List.of("降低", "下降", "降幅", "减少", "reduction",
            "decrease", "decline");
    private static final List<String> LOWER_IS_BETTER_WORDS = List.of("失业率", "能耗", "能源消耗", "排放", "pm2.5",
            "pm10", "细颗粒物", "死亡", "事故", "发生率", "unemployment", "emission");

    private Inference() {
    }

    /**
     * The measure: for an indicator in % (or ‰, or without unit), a growth rate when the name says 增长/增速/增幅 (or
     * growth), a reduction rate when it says 降低/下降/降幅/减少 (or reduction, decrease, decline), else the measure every target was written with (年均增长5%) when
     * they agree on a rate; a level otherwise. A yearly amount ({@link Measure#FLOW}) is never inferred: it is
     * declared.
     *
     * @param parsedMeasures the measures the target parser read from the target cells
     */
    static Measure measure(String name, Unit unit, List<Measure> parsedMeasures) {
        if (!(unit.isNone() || unit.family() == UnitFamily.RATIO)) {
            return Measure.LEVEL;
        }
        if (containsAny(name, REDUCTION_WORDS)) {
            return Measure.REDUCTION_RATE;
        }
        if (containsAny(name, GROWTH_WORDS)) {
            return Measure.GROWTH_RATE;
        }
        if (!parsedMeasures.isEmpty() && parsedMeasures.stream().distinct().count() == 1
                && parsedMeasures.get(0).isRate()) {
            return parsedMeasures.get(0);
        }
        return Measure.LEVEL;
    }

    /**
     * The direction, given the {@linkplain #measure measure}. The direction describes the figures the indicator
     * reports:
     * <ul>
     * <li>a reduction rate (单位地区生产总值能耗降低, 单位GDP二氧化碳排放降低, 主要污染物排放总量减少, 万元GDP用水量下降, in %)
     * reports the reduction itself, so more is better: higher is better — unless every numeric target is an upper
     * bound (耕地面积减少控制在1%以内: a loss to keep small), then lower is better;</li>
     * <li>otherwise lower is better when the name names a quantity to keep low — 失业率, 能耗, 能源消耗, 排放, PM2.5, PM10, 细颗粒物, 死亡, 事故, 发生率 (and
     * unemployment, emission) — or
     * a reduction word (降低, 下降, 减少) describes a level in another unit, or when every numeric target is an upper
     * bound (5.5%以内, 低于40微克/立方米);</li>
     * <li>higher is better otherwise.</li>
     * </ul>
     */
    static Direction direction(String name, Measure measure, List<TargetExpression> targets) {
        List<TargetExpression> numeric = targets.stream().filter(t -> t instanceof NumericTarget).toList();
        boolean upperBounds = !numeric.isEmpty()
                && numeric.stream().allMatch(t -> t instanceof AtMost || t instanceof LessThan);
        if (measure == Measure.REDUCTION_RATE) {
            return upperBounds ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        }
        if (containsAny(name, LOWER_IS_BETTER_WORDS) || containsAny(name, REDUCTION_WORDS) || upperBounds) {
            return Direction.LOWER_IS_BETTER;
        }
        return Direction.HIGHER_IS_BETTER;
    }

    /**
     * The accumulation: that of the first target (in year order) that is not a level, else annual average when the
     * name says 年均, cumulative when it says 累计, else a level.
     */
    static Accumulation accumulation(String name, List<TargetExpression> targetsByYear) {
        for (TargetExpression t : targetsByYear) {
            if (t.accumulation() != Accumulation.LEVEL) {
                return t.accumulation();
            }
        }
        if (name.contains("年均")) {
            return Accumulation.ANNUAL_AVERAGE;
        }
        if (name.contains("累计")) {
            return Accumulation.CUMULATIVE;
        }
        return Accumulation.LEVEL;
    }

    private static boolean containsAny(String name, List<String> words) {
        String n = TableSyntax.fold(name).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (n.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
