package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.calc.CalculationException;
import org.planindicators.calc.DecimalMath;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Change;
import org.planindicators.target.Delegated;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Relative;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TwoTier;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitConversionException;

/**
 * The evaluation of one indicator against one target; used once. It holds what the evaluation gathers (figures,
 * notes, the Open SDG category) and chooses the {@link Rule} that judges the indicator. The rules are documented on
 * {@link Evaluator}.
 */
final class Assessment {
    final Plan plan;
    final Indicator indicator;
    final @Nullable Target target;
    /** Every observation given, for references to other indicators and regions. */
    final List<Observation> observations;
    /** The observations that may be the indicator's own (at least those named by its code or name), in order. */
    final List<Observation> own;
    final int year;
    final EvaluationOptions options;
    final MathContext mc;
    final MathContext wc;
    final List<Figure> figures = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    boolean baselineFromObservation;
    @Nullable SdgProgress sdg;

    Assessment(Plan plan, Indicator indicator, @Nullable Target target, List<Observation> observations,
            List<Observation> own, int year, EvaluationOptions options) {
        this.plan = plan;
        this.indicator = indicator;
        this.target = target;
        this.observations = observations;
        this.own = own;
        this.year = year;
        this.options = options;
        this.mc = options.mathContext();
        this.wc = new MathContext(mc.getPrecision() + DecimalMath.GUARD_DIGITS, RoundingMode.HALF_EVEN);
    }

    IndicatorEvaluation run() {
        try {
            return assess();
        } catch (CalculationException | UnitConversionException e) {
            // Data no formula can take (a rate below −100%, a value of zero to grow from): say so, do not fail.
            figures.clear();
            return notAssessable("the figures cannot be computed from the data: " + e.getMessage());
        }
    }

    private IndicatorEvaluation assess() {
        if (target == null) {
            return notAssessable("no target to evaluate");
        }
        TargetExpression expression = target.expression();
        if (expression instanceof Qualitative q) {
            return notAssessable("qualitative target, no number to compare: " + q.text());
        }
        if (expression instanceof Delegated d) {
            return notAssessable("delegated target: the number is set by " + d.authority());
        }
        if (expression instanceof TwoTier t) {
            return twoTier(t);
        }
        if (expression instanceof Relative r) {
            return new RelativeRule(this).judge(r);
        }
        NumericTarget n = (NumericTarget) expression;
        Accumulation acc = n.accumulation() != Accumulation.LEVEL ? n.accumulation() : indicator.accumulation();
        if (indicator.measure() == Measure.FLOW) {
            return new FlowRule(this, false).judge(n, acc);
        }
        if (indicator.measure().isRate()) {
            if (indicator.measure() == Measure.REDUCTION_RATE && indicator.direction() == Direction.LOWER_IS_BETTER) {
                notes.add("the indicator reports a reduction and is declared lower-is-better: less reduction counts as"
                        + " better (a loss to keep small); declare it higher-is-better if more reduction is better");
            }
            if (n instanceof Change) {
                return notAssessable("a change of a rate (" + n + ") is not assessed; state the rate to reach");
            }
            return switch (acc) {
                case CUMULATIVE -> new AccumulatedRatesRule(this).judge(n, true);
                case ANNUAL_AVERAGE -> new AccumulatedRatesRule(this).judge(n, false);
                case LEVEL -> new YearlyRule(this).rate(n);
            };
        }
        Unit unit = indicator.unit().isNone() ? n.unit() : indicator.unit();
        IndicatorEvaluation real = RealGrowthRule.route(this, n, acc, unit);
        if (real != null) {
            return real; // a growth target on a level, judged on the comparable-price growth given
        }
        if (acc == Accumulation.ANNUAL_AVERAGE && !(n instanceof Change) && !Rule.isGrowth(n.unit(), unit)) {
            return new FlowRule(this, true).judge(n, acc); // 年均控制在5.5%以内: the average of the years' levels
        }
        return new LevelPathRule(this).judge(n, acc);
    }

    IndicatorEvaluation result(EvaluationStatus status) {
        BigDecimal ratio = null;
        if (options.method() == EvaluationMethod.TIME_PROGRESS && status != EvaluationStatus.NOT_ASSESSABLE) {
            ratio = figures.stream().filter(f -> f.kind() == FigureKind.PROGRESS_RATIO).findFirst()
                    .map(f -> f.value().value().movePointLeft(2)).orElse(null);
        }
        return new IndicatorEvaluation(indicator, target, year, options.method(), status,
                options.method() == EvaluationMethod.OPEN_SDG ? sdg : null, figures, baselineFromObservation, notes,
                ReviewClass.classify(status, ratio, options), null);
    }

    /**
     * A two-tier target (7%以上，力争8%): each tier judged by the rules of its kind as if it were the only target. The
     * result is the floor's — its status, figures and notes, the tier the plan commits to — with the aspiration's
     * target value as an {@link FigureKind#ASPIRATION} figure, a note on each tier, and {@link Tiers}.
     */
    private IndicatorEvaluation twoTier(TwoTier t) {
        Target of = Objects.requireNonNull(target);
        IndicatorEvaluation floor = new Assessment(plan, indicator, new Target(of.year(), t.floor(), of.source(),
                null), observations, own, year, options).run();
        EvaluationStatus aspiration = null;
        List<Figure> all = new ArrayList<>(floor.figures());
        List<String> allNotes = new ArrayList<>(floor.notes());
        String aspirationText = t.aspiration() != null ? t.aspiration().toString()
                : Objects.requireNonNull(t.aspirationText());
        if (t.aspiration() != null) {
            IndicatorEvaluation high = new Assessment(plan, indicator, new Target(of.year(), t.aspiration(),
                    of.source(), null), observations, own, year, options).run();
            aspiration = high.status();
            high.figure(FigureKind.TARGET).ifPresent(f -> all.add(new Figure(FigureKind.ASPIRATION, f.value(),
                    f.explanation().withNote("the aspiration " + t.word() + aspirationText))));
            allNotes.add("two tiers: the floor " + t.floor() + " is " + floor.status().englishName()
                    + "; the aspiration " + t.word() + aspirationText + " is " + aspiration.englishName());
        } else {
            allNotes.add("two tiers: the floor " + t.floor() + " is " + floor.status().englishName()
                    + "; the aspiration " + t.word() + aspirationText + " names no figure and is not assessed");
        }
        return new IndicatorEvaluation(indicator, target, year, options.method(), floor.status(),
                floor.sdgProgress(), all, floor.baselineFromObservation(), allNotes, floor.reviewClass(),
                new Tiers(floor.status(), aspiration, t.word(), aspirationText));
    }

    IndicatorEvaluation notAssessable(String reason) {
        notes.add(0, reason);
        sdg = null;
        return result(EvaluationStatus.NOT_ASSESSABLE);
    }
}
