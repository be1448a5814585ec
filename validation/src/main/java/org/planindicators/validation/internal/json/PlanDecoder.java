package org.planindicators.validation.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.DivisionCode;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.PriceBasis;
import org.planindicators.plan.Revision;
import org.planindicators.plan.SourceRef;
import org.planindicators.plan.Target;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.JsonProblem;

/**
 * Turns the tree of a plan document into a {@link Plan}, reporting every problem it finds: unknown and missing
 * properties, wrong types, bad codes, numbers and units, unreadable targets, and the rules the model's constructors
 * enforce (each caught per node, reported at the node, its siblings read on). A node with a problem is left out of
 * its parent; a parent whose required parts are missing is not built. The plan is built only to check it: the caller
 * keeps it only when no error was found.
 */
public final class PlanDecoder {
    /** The format version this decoder reads. */
    public static final int FORMAT_VERSION = 1;
    /** The most digits a number may have (as {@link Quantity#parse(CharSequence)} allows). */
    public static final int MAX_DIGITS = Quantity.MAX_DIGITS;

    private static final ObjectKind PLAN = new ObjectKind("plan", "规划", List.of("formatVersion", "title",
            "jurisdiction", "kind", "status", "period", "baseYear", "visionYear", "parts"),
            List.of("formatVersion", "title", "jurisdiction", "kind", "status", "period", "baseYear"));
    private static final ObjectKind JURISDICTION = new ObjectKind("jurisdiction", "辖区",
            List.of("name", "level", "code", "components"), List.of("name", "level"));
    private static final ObjectKind COMPONENT = new ObjectKind("zone component", "片区",
            List.of("name", "parent", "area", "share"), List.of("name", "parent"));
    private static final ObjectKind PART = new ObjectKind("part", "篇章",
            List.of("level", "title", "children", "goals"), List.of("level", "title"));
    private static final ObjectKind GOAL = new ObjectKind("goal", "目标",
            List.of("id", "title", "description", "horizonYear", "indicators"), List.of("id", "title"));
    private static final ObjectKind INDICATOR = new ObjectKind("indicator", "指标", List.of("code", "name",
            "category", "unit", "attribute", "direction", "measure", "accumulation", "baseline", "targets",
            "leadAgency", "coAgencies", "source", "aggregation", "priceBasis"), List.of("name"));
    private static final ObjectKind BASELINE = new ObjectKind("baseline", "基期值",
            List.of("year", "value", "note", "revisedFrom"), List.of("year", "value"));
    private static final ObjectKind TARGET = new ObjectKind("target", "目标值",
            List.of("year", "target", "source", "revisedFrom"), List.of("year", "target"));
    private static final ObjectKind REVISION = new ObjectKind("revision", "修订",
            List.of("original", "date", "reason"), List.of("original", "date", "reason"));

    private final OrderedProblems problems;
    private final JsonValues values;
    private final TargetDecoder targets;
    private int indicators;

    private PlanDecoder(String file, OrderedProblems problems, UnitRegistry units) {
        this.problems = problems;
        this.values = new JsonValues(file, problems, units);
        this.targets = new TargetDecoder(values);
    }

    /**
     * A decoding: the plan, or {@code null} when a part of it it needs could not be read, and how many indicators
     * were read.
     *
     * @param plan the plan, or {@code null}
     * @param indicators the number of indicators read
     */
    public record Decoded(@Nullable Plan plan, int indicators) {
    }

    /** Decodes the document {@code root} read from {@code file}. */
    public static Decoded decode(Json.Obj root, String file, OrderedProblems problems, UnitRegistry units) {
        Objects.requireNonNull(root, "root");
        PlanDecoder d = new PlanDecoder(file, problems, units);
        Plan plan = d.plan(root);
        return new Decoded(plan, d.indicators);
    }

    // ---------------------------------------------------------------- the plan and its tree

    private @Nullable Plan plan(Json.Obj o) {
        values.fields(o, PLAN);
        Json version = o.get("formatVersion");
        if (version != null) {
            Integer v = values.integer(version, "formatVersion");
            if (v != null && v != FORMAT_VERSION) {
                problems.add(JsonProblem.UNSUPPORTED_VERSION, values.at(version), "formatVersion", version.quote(),
                        version.quote(), FORMAT_VERSION);
            }
        }
        String title = values.string(o, "title");
        Json.Obj j = values.object(o, "jurisdiction");
        Jurisdiction jurisdiction = j == null ? null : jurisdiction(j);
        PlanKind kind = values.code(o, "kind", PlanKind.class);
        PlanStatus status = values.code(o, "status", PlanStatus.class);
        Period period = values.period(o, "period");
        Integer baseYear = values.year(o, "baseYear");
        Integer visionYear = values.year(o, "visionYear");
        List<PlanPart> parts = values.list(o, "parts", this::part);
        if (title == null || jurisdiction == null || kind == null || status == null || period == null
                || baseYear == null) {
            return null;
        }
        try {
            return new Plan(title, jurisdiction, kind, status, period, baseYear, visionYear, parts);
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, PLAN, e);
            return null;
        }
    }

    private @Nullable Jurisdiction jurisdiction(Json.Obj o) {
        values.fields(o, JURISDICTION);
        String name = values.string(o, "name");
        JurisdictionLevel level = values.code(o, "level", JurisdictionLevel.class);
        DivisionCode code = values.divisionCode(o, "code");
        List<ZoneComponent> components = values.list(o, "components", this::component);
        boolean codeFailed = o.get("code") != null && code == null;
        if (name == null || level == null || codeFailed) {
            return null;
        }
        try {
            return new Jurisdiction(name, level, code, components);
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, JURISDICTION, e);
            return null;
        }
    }

    private @Nullable ZoneComponent component(Json.Obj o) {
        values.fields(o, COMPONENT);
        String name = values.string(o, "name");
        Json.Obj p = values.object(o, "parent");
        Jurisdiction parent = p == null ? null : jurisdiction(p);
        Json a = o.get("area");
        Quantity area = a == null ? null : values.quantity(a, "area", Unit.NONE);
        List<java.math.BigDecimal> share = values.formatted(o, "share", null, null,
                org.planindicators.calc.Apportionment::parseRatio, "ratio", "分计比例");
        if (name == null || parent == null || (a != null && area == null) || (o.get("share") != null
                && share == null)) {
            return null;
        }
        try {
            return new ZoneComponent(name, parent, area, share == null ? List.of() : share);
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, COMPONENT, e);
            return null;
        }
    }

    private @Nullable PlanPart part(Json.Obj o) {
        values.fields(o, PART);
        PartLevel level = values.code(o, "level", PartLevel.class);
        String title = values.string(o, "title");
        List<PlanPart> children = values.list(o, "children", this::part);
        List<Goal> goals = values.list(o, "goals", this::goal);
        if (level == null || title == null) {
            return null;
        }
        try {
            return new PlanPart(level, title, children, goals);
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, PART, e);
            return null;
        }
    }

    private @Nullable Goal goal(Json.Obj o) {
        values.fields(o, GOAL);
        String id = values.string(o, "id");
        String title = values.string(o, "title");
        String description = values.string(o, "description");
        Integer horizonYear = values.year(o, "horizonYear");
        List<Indicator> list = values.list(o, "indicators", this::indicator);
        if (id == null || title == null) {
            return null;
        }
        try {
            return new Goal(id, title, description, horizonYear, list);
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, GOAL, e);
            return null;
        }
    }

    private @Nullable Indicator indicator(Json.Obj o) {
        values.fields(o, INDICATOR);
        String code = values.string(o, "code");
        String name = values.string(o, "name");
        String category = values.string(o, "category");
        Unit unit = Unit.NONE;
        boolean unitFailed = false;
        Json u = o.get("unit");
        if (u != null) {
            Unit parsed = values.unit(u, "unit");
            unitFailed = parsed == null;
            unit = parsed == null ? Unit.NONE : parsed;
        }
        IndicatorAttribute attribute = JsonValues.orElse(values.code(o, "attribute", IndicatorAttribute.class),
                IndicatorAttribute.EXPECTED);
        Direction direction = JsonValues.orElse(values.code(o, "direction", Direction.class),
                Direction.HIGHER_IS_BETTER);
        Measure measure = JsonValues.orElse(values.code(o, "measure", Measure.class), Measure.LEVEL);
        Accumulation accumulation = JsonValues.orElse(values.code(o, "accumulation", Accumulation.class),
                Accumulation.LEVEL);
        Unit indicatorUnit = unit;
        Json.Obj b = values.object(o, "baseline");
        Baseline baseline = b == null ? null : baseline(b, indicatorUnit);
        List<Target> targets = values.list(o, "targets", t -> target(t, indicatorUnit));
        String leadAgency = values.string(o, "leadAgency");
        List<String> coAgencies = values.strings(o, "coAgencies");
        SourceRef source = values.source(o, "source");
        Aggregation aggregation = values.formatted(o, "aggregation", null, null, Aggregation::parse, "aggregation",
                "汇总方式");
        PriceBasis priceBasis = values.code(o, "priceBasis", PriceBasis.class);
        if (name == null || unitFailed || (o.get("aggregation") != null && aggregation == null)) {
            return null;
        }
        try {
            Indicator i = new Indicator(code, name, category, unit, attribute, direction, measure, accumulation,
                    baseline, targets, leadAgency, coAgencies, source, aggregation, priceBasis);
            indicators++;
            return i;
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, INDICATOR, e);
            return null;
        }
    }

    private @Nullable Baseline baseline(Json.Obj o, Unit unit) {
        values.fields(o, BASELINE);
        Integer year = values.year(o, "year");
        Json v = o.get("value");
        Quantity value = v == null ? null : values.quantity(v, "value", unit);
        String note = values.string(o, "note");
        Json.Obj r = values.object(o, "revisedFrom");
        Revision<Baseline> revisedFrom = r == null ? null : revision(r, x -> baseline(x, unit));
        if (year == null || value == null || (r != null && revisedFrom == null)) {
            return null;
        }
        try {
            return new Baseline(year, value, note, revisedFrom);
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, BASELINE, e);
            return null;
        }
    }

    private @Nullable Target target(Json.Obj o, Unit unit) {
        values.fields(o, TARGET);
        Integer year = values.year(o, "year");
        TargetExpression expression = null;
        Json e = o.get("target");
        if (e instanceof Json.Str s) {
            expression = targets.targetText(s, unit);
        } else if (e instanceof Json.Obj structured) {
            expression = targets.structuredTarget(structured, unit);
        } else if (e != null) {
            values.wrongType(e, "string or object");
        }
        SourceRef source = values.source(o, "source");
        Json.Obj r = values.object(o, "revisedFrom");
        Revision<Target> revisedFrom = r == null ? null : revision(r, x -> target(x, unit));
        if (year == null || expression == null || (r != null && revisedFrom == null)) {
            return null;
        }
        try {
            return new Target(year, expression, source, revisedFrom);
        } catch (IllegalArgumentException | NullPointerException ex) {
            values.invalid(o, TARGET, ex);
            return null;
        }
    }

    private <T> @Nullable Revision<T> revision(Json.Obj o, Function<Json.Obj, @Nullable T> readOriginal) {
        values.fields(o, REVISION);
        Json.Obj orig = values.object(o, "original");
        T original = orig == null ? null : readOriginal.apply(orig);
        LocalDate date = values.date(o, "date");
        String reason = values.string(o, "reason");
        if (original == null || date == null || reason == null) {
            return null;
        }
        try {
            return new Revision<>(original, date, reason);
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, REVISION, e);
            return null;
        }
    }
}
