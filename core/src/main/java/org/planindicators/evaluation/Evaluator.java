package org.planindicators.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;

/**
 * Evaluates a plan's indicators against their targets from observations, in an evaluation year.
 * Immutable and thread-safe; the {@link EvaluationOptions} say how.
 *
 * <h2>Which target, which data</h2>
 * <ul>
 * <li>The target is the first within the plan's period whose year is not before the evaluation year, or else the
 * last within the period; targets outside the period (a 2035 vision) only when the period has none. {@link
 * #evaluate(Plan, Indicator, Target, Collection, int)} evaluates a target of one's choosing.</li>
 * <li>Observations count when they are of the indicator (by code, or else by name), for the plan's jurisdiction (none
 * named, or its name or division code), yearly, for the whole (no dimensions), and for a year up to both the
 * evaluation year and the target year. A year with several takes the most settled (revised, final, preliminary,
 * estimated, forecast in that order), among equals the later in the collection.</li>
 * <li>First, the figures of the plan's parts — a city's districts, a zone's pieces (a piece shared by a ratio counts
 * the zone's part), the parts of one dimension (城镇, 农村) — are rolled up into the plan's own by each indicator's
 * {@link org.planindicators.plan.Aggregation} ({@link RollUp}: sum, weighted mean; the plan's own figure wins; a
 * period missing a part gets no whole), and the notes say how. Indicators observed by dimension are also evaluated
 * part by part ({@link PartEvaluation}, {@link PlanEvaluation#parts()}); a whole with no figure of its own, none rolled
 * up, is judged by its parts together: the least favourable part's status.</li>
 * <li>The baseline is the indicator's ({@linkplain EvaluationOptions#version() as published or as revised}); where it
 * has none, the first observation serves, and the result says so ({@link
 * IndicatorEvaluation#baselineFromObservation()} and a note). Rates accumulated over the period (below) start from
 * the plan's base year.</li>
 * </ul>
 *
 * <h2>How an indicator is judged</h2>
 * <ul>
 * <li><b>Not assessable</b>: a qualitative or delegated target, no target, or no observation after the baseline.</li>
 * <li><b>A level</b> (GDP in 亿元, a share in %): the latest observation {@code a} (year {@code t}) against the path
 * from the baseline {@code v0} (year {@code b}) to the target value {@code vT} (year {@code T}). The expected value is
 * {@code v0 (vT / v0)^((t − b) / (T − b))} (geometric: levels that grow by a rate) or {@code v0 + (vT − v0) (t − b) /
 * (T − b)} (linear: percentages, points, indices, classes, ages), as {@link EvaluationOptions#pathShape()} says. A
 * growth target on a level is put as a level first: 年均增长 g gives {@code v0 (1 + g)^(T − b)}, a cumulative [C] gives
 * {@code v0 (1 + C)}, or {@code v0 (1 − C)} for an indicator where lower is better, a reduction, whose bounds then
 * turn round (reduce by at least C = at most {@code v0 (1 − C)}); a yearly growth target (增长6.0%—7.0%) is compared
 * with the latest year's growth. An additive change (提高3个百分点, 提高1岁) is counted from the baseline.</li>
 * <li><b>A cumulative target on yearly rates</b> ([13.5] on 单位GDP能耗降低): the rates observed since the base year
 * are chained, {@code C = ∏(1 + g_i) − 1}, or {@code 1 − ∏(1 − r_i)} for reductions, and compared with the path
 * {@code (1 + C_T)^((t − b) / (T − b)) − 1} (reductions: {@code 1 − (1 − C_T)^(…)}). Reductions compound: two years
 * of 1.5% are {@code 1 − 0.985²} = 2.9775%, not the 3.0% a sum gives. A reduction indicator reports the reduction,
 * so more is better ({@link org.planindicators.target.Direction#HIGHER_IS_BETTER}) and [14] is met by {@code C ≥
 * 14%}; one declared lower-is-better (a loss to keep small) gets a note saying so.</li>
 * <li><b>An annual-average target on yearly rates</b> (研发经费投入年均增长10%以上): the average so far, {@code
 * (∏(1 + g_i))^(1/n) − 1}, is compared with the target's average; it is achieved early once the chained growth
 * reaches the whole period's, {@code (1 + g)^(T − b)}.</li>
 * <li><b>A yearly amount</b> ({@link org.planindicators.target.Measure#FLOW}: 城镇新增就业, 新建5G基站), where a
 * year's figure does not build on the year before's: a yearly target (6000人以上 in 2023) is judged by the target
 * year's figure alone, without a path, and is not assessable before that year or without that figure; a cumulative
 * target (累计新增5万人) by the sum {@code S = Σ a_i} of the figures since the base year, against the straight path
 * {@code vT (t − b) / (T − b)} (task progress {@code S / vT}, progress ratio {@code S / expected}, required {@code
 * (vT − S) / (T − t)} a year); an annual-average target (年均1万人) by the mean of the figures so far, met or not
 * (required {@code (vT (T − b) − S) / (T − t)} a year).</li>
 * <li><b>A 年均 target on a level</b> in the level's own unit (城镇调查失业率 年均5.5%以内): the mean of the levels of
 * the years observed since the base year, {@code Σ a_i / n}, against the target, as for an annual-average target on
 * yearly amounts; the explanation lists the years averaged.</li>
 * <li><b>A yearly target on a rate</b> (地区生产总值增长 6.0%—7.0% for 2023): the latest year's rate is compared.</li>
 * <li><b>A relative target</b> (与经济增长基本同步, 高于全省平均水平, 与上年持平): against another indicator — matched by
 * name containment to an indicator of the plan or an observed series (经济增长 ↔ 地区生产总值增长) — the yearly growth
 * of both (rates as observed, levels year on year); against a region's average, the indicator's figures against the
 * observations of the same indicator whose jurisdiction is that region, levels with levels; against the previous
 * year, the indicator's figure against its own of the year before. The latest common year is compared, or averages
 * for an annual-average target. 基本同步 allows {@link EvaluationOptions#inStepTolerance()} below the reference; 同步
 * none; 高于 strictly above; 不低于 at or above; 持平 within the in-step tolerance either way (个百分点 for figures in %,
 * a per cent of the reference for other levels). Without the reference's figures: not assessable, with a note naming
 * the figures missing.</li>
 * <li><b>A two-tier target</b> (增长7%以上、力争达到8%): each tier judged by its own rule; the status is the floor's,
 * and {@link IndicatorEvaluation#tiers()} gives both.</li>
 * </ul>
 *
 * <h2>Statuses</h2>
 * A target is <em>met</em> when {@link org.planindicators.target.NumericTarget#isSatisfiedBy} says so for the
 * actual (bounds and ranges as written; at-most and less-than targets are met from below, and on a path going down
 * progress counts downwards).
 * <ul>
 * <li>Data for the target year: {@link EvaluationStatus#ACHIEVED} when met, else {@link EvaluationStatus#MISSED}.</li>
 * <li>Before it: {@link EvaluationStatus#ACHIEVED_EARLY} when met and the baseline did not already meet it. A target
 * the baseline already met is a target to keep: {@link EvaluationStatus#ON_TRACK} while it holds, else {@link
 * EvaluationStatus#LAGGING}.</li>
 * <li>Otherwise, by time progress: the progress ratio {@code (a − v0) / (e − v0)} above {@code 1 + tolerance} is
 * {@link EvaluationStatus#AHEAD}, from {@code 1 − tolerance} to {@code 1 + tolerance} {@link
 * EvaluationStatus#ON_TRACK}, below {@link EvaluationStatus#LAGGING} ({@link EvaluationOptions#DEFAULT_TOLERANCE}
 * 5%); or by the Open SDG rating, {@link SdgProgress}: on track is on track, the rest lagging. Yearly and relative
 * targets have no path: met is on track, not met lagging.</li>
 * </ul>
 * Beside the status, every result carries its {@link ReviewClass} — 提前实现, 快于预期, 基本符合预期, 相对滞后, 完成, 未完成
 * — with {@link EvaluationOptions#reviewTolerance()} separating 基本符合预期 from 相对滞后.
 * Every figure carries an {@link Explanation}; a figure built on preliminary data says so through its weakest status.
 */
public final class Evaluator {
    private final EvaluationOptions options;

    /**
     * An evaluator with {@code options}.
     *
     * @param options how indicators are judged
     */
    public Evaluator(EvaluationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** {@return an evaluator with {@link EvaluationOptions#defaults()}} */
    public static Evaluator withDefaults() {
        return new Evaluator(EvaluationOptions.defaults());
    }

    /** {@return the options} */
    public EvaluationOptions options() {
        return options;
    }

    /**
     * Evaluates every indicator of {@code plan} in {@code year}, in the plan's order.
     *
     * @param plan the plan
     * @param observations the observations, of any indicators and jurisdictions; those that do not apply are left out
     * @param year the evaluation year
     * @return the evaluation, with counts per status and the binding indicators that lag listed first
     */
    public PlanEvaluation evaluate(Plan plan, Collection<Observation> observations, int year) {
        Objects.requireNonNull(plan, "plan");
        RollUp.Result rolled = RollUp.of(plan).apply(Objects.requireNonNull(observations, "observations"));
        List<Observation> all = rolled.observations();
        Map<Indicator, List<Observation>> own = byIndicator(plan, all);
        List<IndicatorEvaluation> results = new ArrayList<>();
        List<PartEvaluation> parts = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            Target target = targetFor(plan, indicator, year).orElse(null);
            List<Observation> mine = own.getOrDefault(indicator, List.of());
            IndicatorEvaluation whole = new Assessment(plan, indicator, target, all, mine, year, options).run();
            List<PartEvaluation> split = Dimensions.evaluate(plan, indicator, target, all, mine, year, options);
            parts.addAll(split);
            whole = Dimensions.together(whole, split, plan, mine, year);
            results.add(Dimensions.withNotes(whole, rolled.notesOn(indicator)));
        }
        return new PlanEvaluation(plan, year, options, results, parts);
    }

    /**
     * The observations of each indicator (named by its code or its name), in the order given, found in one pass
     * instead of one pass an indicator.
     */
    static Map<Indicator, List<Observation>> byIndicator(Plan plan, List<Observation> all) {
        Map<String, List<Indicator>> byKey = new HashMap<>();
        for (Indicator indicator : plan.indicators()) {
            byKey.computeIfAbsent(indicator.name().strip(), k -> new ArrayList<>()).add(indicator);
            String code = indicator.code();
            if (code != null && !code.equals(indicator.name().strip())) {
                byKey.computeIfAbsent(code, k -> new ArrayList<>()).add(indicator);
            }
        }
        Map<Indicator, List<Observation>> own = new IdentityHashMap<>();
        for (Observation o : all) {
            for (Indicator indicator : byKey.getOrDefault(o.indicator().strip(), List.of())) {
                own.computeIfAbsent(indicator, k -> new ArrayList<>()).add(o);
            }
        }
        return own;
    }

    /**
     * Evaluates one indicator of {@code plan} in {@code year}, against the target {@link #targetFor(Plan, Indicator,
     * int)} chooses.
     *
     * @param plan the plan
     * @param indicator the indicator, one of the plan's
     * @param observations the observations, of any indicators and jurisdictions; those that do not apply are left out
     * @param year the evaluation year
     * @return the evaluation
     */
    public IndicatorEvaluation evaluate(Plan plan, Indicator indicator, Collection<Observation> observations,
            int year) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(indicator, "indicator");
        return evaluate(plan, indicator, targetFor(plan, indicator, year).orElse(null), observations, year);
    }

    /**
     * Evaluates one indicator of {@code plan} in {@code year} against {@code target} (its 2035 vision target, say);
     * {@code null} for none gives {@link EvaluationStatus#NOT_ASSESSABLE}.
     *
     * @param plan the plan
     * @param indicator the indicator, one of the plan's
     * @param target the target to evaluate against; {@code null} for none
     * @param observations the observations, of any indicators and jurisdictions; those that do not apply are left out
     * @param year the evaluation year
     * @return the evaluation
     */
    public IndicatorEvaluation evaluate(Plan plan, Indicator indicator, @Nullable Target target,
            Collection<Observation> observations, int year) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(indicator, "indicator");
        RollUp.Result rolled = RollUp.of(plan).apply(Objects.requireNonNull(observations, "observations"));
        List<Observation> all = rolled.observations();
        return Dimensions.withNotes(new Assessment(plan, indicator, target, all, all, year, options).run(),
                rolled.notesOn(indicator));
    }

    /**
     * The target an evaluation in {@code year} uses: among the indicator's targets (in the version of the options)
     * within the plan's period — or all of them when none is — the first whose year is not before {@code year}, or
     * else the last.
     *
     * @param plan the plan
     * @param indicator the indicator, one of the plan's
     * @param year the evaluation year
     * @return the target an evaluation in {@code year} uses: among the indicator's targets (in the version of the
     *     options) within the plan's period — or all of them when none is — the first whose year is not before {@code
     *     year}, or else the last
     */
    public Optional<Target> targetFor(Plan plan, Indicator indicator, int year) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(indicator, "indicator");
        List<Target> targets = new ArrayList<>();
        for (Target t : indicator.targets()) {
            indicator.targetFor(t.year(), options.version()).ifPresent(targets::add);
        }
        List<Target> inPeriod = targets.stream().filter(t -> plan.period().contains(t.year())).toList();
        List<Target> pool = new ArrayList<>(inPeriod.isEmpty() ? targets : inPeriod);
        pool.sort(Comparator.comparingInt(Target::year));
        for (Target t : pool) {
            if (t.year() >= year) {
                return Optional.of(t);
            }
        }
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(pool.size() - 1));
    }
}
