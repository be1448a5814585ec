package org.planindicators.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.Target;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.Direction;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.Relative;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;
import org.planindicators.validation.Location;
import org.planindicators.validation.PlanProblem;
import org.planindicators.validation.ProblemCollector;

/**
 * The checks every plan gets once a reader has built it: the Jakarta Validation constraints declared on the model
 * (run by Hibernate Validator) and the plan-level rules (unique codes, unique names within a goal, a name stated in
 * several goals with the same targets, years in order, units that fit the measure, shares within 0–100%, targets
 * consistent with direction, relative targets naming known indicators).
 *
 * <p>Readers give a {@link Locator} that turns a path in the model into a place in their file.
 */
public final class PlanChecks {
    /**
     * Maps a path in the model, in Jakarta Validation's property-path form ({@code parts[0].goals[1].indicators[2]
     * .targets[0]}, {@code ""} for the plan itself), to a place in the file. Paths may name any node; a locator
     * returns the closest place it knows.
     */
    @FunctionalInterface
    public interface Locator {
        /** The place of the model node at {@code path}. */
        Location locate(String path);
    }

    /** Words in an indicator's name that make a value in % a share of a whole. */
    private static final java.util.regex.Pattern SHARE_NAME = java.util.regex.Pattern.compile("比重|占比|比例|覆盖率|率$");

    /** Other names plans use for the same indicator, for relative targets (与经济增长同步). */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "经济增长", List.of("地区生产总值", "GDP", "国内生产总值", "经济增速"),
            "GDP", List.of("地区生产总值", "国内生产总值"),
            "GDP增长", List.of("地区生产总值", "国内生产总值"));

    private PlanChecks() {
    }

    /**
     * The one validator, built on first use: Hibernate Validator without Expression Language, with the model's
     * constraints ({@link ModelConstraints}).
     */
    private static final class Engine {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            QuietStart.hibernateValidatorVersionLine();
            return ModelConstraints.addTo(Validation.byProvider(HibernateValidator.class).configure())
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator();
        }
    }

    /** An indicator, its path in the model and the path of its goal. */
    /**
     * An indicator and where it is: the path of its goal (one string shared by the goal's indicators) and its index
     * there. The indicator's own path is made only when a problem is placed.
     */
    private record Located(Indicator indicator, String goalPath, int index) {
        String path() {
            return goalPath + ".indicators[" + index + "]";
        }

        String targetPath(int target) {
            return path() + ".targets[" + target + "]";
        }
    }

    /** Runs every check on {@code plan}, adding problems to {@code collector}. */
    public static void run(Plan plan, Locator locator, ProblemCollector collector) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(collector, "collector");
        constraints(plan, locator, collector);
        List<Located> indicators = new ArrayList<>();
        for (int p = 0; p < plan.parts().size(); p++) {
            collect(plan.parts().get(p), "parts[" + p + "]", indicators);
        }
        uniqueness(indicators, locator, collector);
        for (Located l : indicators) {
            indicatorRules(plan, l, indicators, locator, collector);
        }
        aggregationRules(plan, indicators, locator, collector);
    }

    /**
     * P112: a weighted mean's weight must be another indicator of the plan, by code or name. P113: a zone piece shared
     * by a ratio, in a plan no indicator of which says how parts add up.
     */
    private static void aggregationRules(Plan plan, List<Located> all, Locator locator, ProblemCollector collector) {
        boolean anyAdditive = false;
        for (Located l : all) {
            Aggregation a = l.indicator().aggregation();
            if (a == null) {
                continue;
            }
            anyAdditive |= a.isAdditive();
            if (a.kind() == Aggregation.Kind.WEIGHTED_MEAN && !isOtherIndicator(a.weight(), l.indicator(), all)) {
                collector.add(PlanProblem.UNKNOWN_WEIGHT, locator.locate(l.path() + ".aggregation"), "aggregation",
                        a.toString(), l.indicator().name(), a.weight());
            }
        }
        if (!anyAdditive) {
            List<ZoneComponent> components = plan.jurisdiction().components();
            for (int c = 0; c < components.size(); c++) {
                ZoneComponent zc = components.get(c);
                if (zc.isShared()) {
                    collector.add(PlanProblem.SHARE_WITHOUT_AGGREGATION,
                            locator.locate("jurisdiction.components[" + c + "].share"), "share", zc.shareText(),
                            zc.name(), zc.shareText());
                }
            }
        }
    }

    private static boolean isOtherIndicator(@Nullable String key, Indicator self, List<Located> all) {
        for (Located l : all) {
            Indicator other = l.indicator();
            if (other != self && key != null && (key.equals(other.code()) || key.equals(other.name().strip()))) {
                return true;
            }
        }
        return false;
    }

    private static void collect(PlanPart part, String path, List<Located> out) {
        for (int g = 0; g < part.goals().size(); g++) {
            Goal goal = part.goals().get(g);
            String goalPath = path + ".goals[" + g + "]";
            for (int i = 0; i < goal.indicators().size(); i++) {
                out.add(new Located(goal.indicators().get(i), goalPath, i));
            }
        }
        for (int c = 0; c < part.children().size(); c++) {
            collect(part.children().get(c), path + ".children[" + c + "]", out);
        }
    }

    // ------------------------------------------------------------------ declared constraints

    /**
     * The declared constraints: Hibernate Validator runs, and is started on first use, only when {@link
     * DeclaredLimits} cannot tell that the plan is within every limit; the problems are always the validator's.
     */
    private static void constraints(Plan plan, Locator locator, ProblemCollector collector) {
        if (DeclaredLimits.certainlyWithin(plan)) {
            return;
        }
        List<ConstraintViolation<Plan>> violations = new ArrayList<>(Engine.VALIDATOR.validate(plan));
        violations.sort(Comparator.comparing((ConstraintViolation<Plan> v) -> v.getPropertyPath().toString())
                .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()));
        for (ConstraintViolation<Plan> v : violations) {
            String path = v.getPropertyPath().toString().replace(".<list element>", "");
            String field = leaf(path);
            Object invalid = v.getInvalidValue();
            String value = invalid == null ? null : String.valueOf(invalid);
            Annotation a = v.getConstraintDescriptor().getAnnotation();
            Location where = locator.locate(path);
            if (a instanceof NotBlank) {
                collector.add(PlanProblem.BLANK, where, field, value, field);
            } else if (a instanceof Size s) {
                collector.add(PlanProblem.TOO_LONG, where, field, value, field,
                        value == null ? 0 : value.length(), s.max());
            } else if (a instanceof Min || a instanceof Max) {
                long min = a instanceof Min m ? m.value() : 1949;
                long max = a instanceof Max m ? m.value() : 2100;
                collector.add(PlanProblem.YEAR_OUT_OF_RANGE, where, field, value, field, value, min, max);
            } else if (a instanceof Pattern) {
                collector.add(PlanProblem.BAD_CODE, where, field, value, value);
            } else {
                collector.add(PlanProblem.CONSTRAINT, where, field, value, field, v.getMessage());
            }
        }
    }

    private static String leaf(String path) {
        String p = path.replaceAll("\\[\\d+]$", "");
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }

    // ------------------------------------------------------------------ plan-level rules

    /**
     * Codes are unique in the plan; names are unique in a goal. Documents restate figures in several chapters (a
     * section's target again in the list of livelihood projects), so one name may stand in several goals: with the
     * same targets that is a restatement and passes; with a different target for a year it is a contradiction of
     * the document, kept as written and reported as a warning at the later indicator.
     */
    private static void uniqueness(List<Located> indicators, Locator locator, ProblemCollector collector) {
        Map<String, Indicator> codes = new HashMap<>(indicators.size() * 2);
        // The first indicator of each name; the list of all of them only for names that come again.
        Map<String, Located> firsts = new HashMap<>(indicators.size() * 2);
        Map<String, List<Located>> names = new HashMap<>();
        for (Located l : indicators) {
            Indicator ind = l.indicator();
            if (ind.code() != null) {
                Indicator first = codes.putIfAbsent(ind.code(), ind);
                if (first != null) {
                    collector.add(PlanProblem.DUPLICATE_CODE, locator.locate(l.path() + ".code"), "code", ind.code(),
                            ind.code(), first.name());
                }
            }
            Located first = firsts.putIfAbsent(ind.name(), l);
            if (first == null) {
                continue;
            }
            List<Located> earlier = names.computeIfAbsent(ind.name(), n -> new ArrayList<>(List.of(first)));
            if (earlier.stream().anyMatch(e -> e.goalPath().equals(l.goalPath()))) {
                collector.add(PlanProblem.DUPLICATE_NAME, locator.locate(l.path() + ".name"), "name", ind.name(),
                        ind.name());
            } else {
                for (Located e : earlier) {
                    restated(e, l, locator, collector);
                }
            }
            earlier.add(l);
        }
    }

    /** Warns for each year in which {@code second} states another target than {@code first}, of the same name. */
    private static void restated(Located first, Located second, Locator locator, ProblemCollector collector) {
        for (Target b : second.indicator().targets()) {
            Target a = first.indicator().targetFor(b.year()).orElse(null);
            if (a == null || sameTarget(a.expression(), b.expression())) {
                continue;
            }
            collector.add(PlanProblem.RESTATED_DIFFERENTLY, locator.locate(second.path() + ".name"), "name",
                    b.expression().toString(), second.indicator().name(), b.year(), a.expression(),
                    sourceOf(a, first, locator), b.expression(), sourceOf(b, second, locator));
        }
    }

    /** Equal targets, or numeric targets of one kind whose numbers are the same amount ({@code 1.5万个}, {@code 15000个}). */
    private static boolean sameTarget(TargetExpression a, TargetExpression b) {
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof NumericTarget x && b instanceof NumericTarget y && x.getClass() == y.getClass()
                && x.accumulation() == y.accumulation() && x.value().isEquivalentTo(y.value())) {
            Quantity hx = x.high();
            Quantity hy = y.high();
            return hx == null ? hy == null : hy != null && hx.isEquivalentTo(hy);
        }
        return false;
    }

    /**
     * Where a target was read: its source in the document, else its indicator's, else its file's name and line (a
     * table keeps no sources).
     */
    private static String sourceOf(Target target, Located l, Locator locator) {
        if (target.source() != null) {
            return target.source().toString();
        }
        if (l.indicator().source() != null) {
            return l.indicator().source().toString();
        }
        Location where = locator.locate(l.path() + ".name");
        String path = where.file();
        String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return where.line() == null ? file : file + ":" + where.line();
    }

    private static void indicatorRules(Plan plan, Located l, List<Located> all, Locator locator,
            ProblemCollector collector) {
        Indicator ind = l.indicator();
        String name = ind.name();
        boolean rate = ind.measure().isRate();
        if (rate && ind.unit().family() != UnitFamily.RATIO && !ind.unit().isNone()) {
            collector.add(PlanProblem.RATE_NOT_PERCENT, locator.locate(l.path() + ".unit"), "unit",
                    ind.unit().symbol(), name, english(ind.measure()), ind.unit().symbol(), chinese(ind.measure()));
        }
        boolean share = !rate && ind.unit().equals(Unit.PERCENT) && SHARE_NAME.matcher(name).find();
        Baseline baseline = ind.baseline();
        if (baseline != null) {
            if (baseline.year() > plan.baseYear()) {
                collector.add(PlanProblem.BASELINE_AFTER_BASE, locator.locate(l.path() + ".baseline.year"), "year",
                        String.valueOf(baseline.year()), name, baseline.year(), plan.baseYear());
            }
            if (share && outsideShare(baseline.value())) {
                collector.add(PlanProblem.SHARE_OUT_OF_RANGE, locator.locate(l.path() + ".baseline.value"), "value",
                        baseline.value().toString(), name, baseline.value());
            }
        }
        for (int t = 0; t < ind.targets().size(); t++) {
            Target target = ind.targets().get(t);
            int year = target.year();
            if (year <= plan.baseYear()) {
                collector.add(PlanProblem.TARGET_NOT_AFTER_BASE, locator.locate(l.targetPath(t) + ".year"), "year",
                        String.valueOf(year), name, year, plan.baseYear());
            } else if (!plan.period().contains(year) && !Objects.equals(plan.visionYear(), year)) {
                collector.add(PlanProblem.TARGET_OUTSIDE_PERIOD, locator.locate(l.targetPath(t) + ".year"), "year",
                        String.valueOf(year), name, year, plan.period(),
                        plan.visionYear() == null ? "—" : plan.visionYear());
            }
            if (target.expression() instanceof NumericTarget nt) {
                numericTargetRules(ind, nt, baseline, share, l, t, locator, collector);
            } else if (target.expression() instanceof Relative r && r.referenceKind() == ReferenceKind.INDICATOR) {
                for (String ref : r.references()) {
                    if (!knownIndicator(ref, ind, all)) {
                        collector.add(PlanProblem.UNKNOWN_REFERENCE, locator.locate(l.targetPath(t) + ".expression"), "target",
                                r.toString(), name, ref);
                    }
                }
            }
        }
    }

    private static void numericTargetRules(Indicator ind, NumericTarget nt, @Nullable Baseline baseline,
            boolean share, Located l, int t, Locator locator, ProblemCollector collector) {
        String name = ind.name();
        Unit unit = nt.unit();
        boolean percentOnLevel = unit.family() == UnitFamily.RATIO; // a growth target on a level indicator
        if (!(nt instanceof Change) && !unit.isNone() && !ind.unit().isNone() && !percentOnLevel
                && !unit.isCompatibleWith(ind.unit())) {
            collector.add(PlanProblem.TARGET_UNIT_MISMATCH, locator.locate(l.targetPath(t) + ".expression"), "target",
                    nt.toString(), name, nt, unit.symbol());
            return;
        }
        Quantity high = nt.high();
        if (share && !(nt instanceof Change) && nt.accumulation() == Accumulation.LEVEL
                && (outsideShare(nt.value()) || (high != null && outsideShare(high)))) {
            collector.add(PlanProblem.SHARE_OUT_OF_RANGE, locator.locate(l.targetPath(t) + ".expression"), "target",
                    nt.toString(), name, nt);
        }
        // Only a level builds on its baseline: a rate or a yearly amount (a flow) may well aim below last year's.
        if (baseline == null || nt instanceof Change || ind.measure() != Measure.LEVEL
                || nt.accumulation() != Accumulation.LEVEL || ind.direction() == Direction.BAND) {
            return;
        }
        Quantity target = inIndicatorUnit(nt.value(), ind);
        Quantity base = baseline.value();
        if (target == null || !target.unit().isCompatibleWith(base.unit())) {
            return;
        }
        boolean ceiling = nt instanceof AtMost || nt instanceof LessThan;
        int c = target.compareAmount(base);
        boolean against = ind.direction() == Direction.HIGHER_IS_BETTER ? c < 0 && !ceiling : c > 0;
        if (against) {
            String dirEn = ind.direction() == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
            String dirZh = ind.direction() == Direction.HIGHER_IS_BETTER ? "越高越好" : "越低越好";
            collector.add(PlanProblem.TARGET_AGAINST_DIRECTION, locator.locate(l.targetPath(t) + ".expression"), "target",
                    nt.toString(), name, nt, base, dirEn, dirZh);
        }
    }

    private static @Nullable Quantity inIndicatorUnit(Quantity q, Indicator ind) {
        if (q.unit().isNone()) {
            return Quantity.of(q.value(), ind.unit());
        }
        return q.unit().isCompatibleWith(ind.unit()) ? q : null;
    }

    private static boolean outsideShare(Quantity q) {
        if (!q.unit().equals(Unit.PERCENT) && !q.unit().isNone()) {
            return false;
        }
        return q.value().signum() < 0 || q.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0;
    }

    private static boolean knownIndicator(String reference, Indicator self, List<Located> all) {
        List<String> names = new ArrayList<>();
        names.add(reference);
        names.addAll(ALIASES.getOrDefault(reference, List.of()));
        for (Located l : all) {
            Indicator other = l.indicator();
            if (other == self) {
                continue;
            }
            for (String n : names) {
                if (other.name().contains(n) || n.contains(other.name())
                        || (other.code() != null && other.code().equals(n))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String english(Measure m) {
        return switch (m) {
            case GROWTH_RATE -> "growth rate";
            case REDUCTION_RATE -> "reduction rate";
            case FLOW -> "flow (yearly amount)";
            case LEVEL -> "level";
        };
    }

    private static String chinese(Measure m) {
        return switch (m) {
            case GROWTH_RATE -> "增长率";
            case REDUCTION_RATE -> "下降率";
            case FLOW -> "流量(年度量)";
            case LEVEL -> "水平值";
        };
    }
}
