package org.planindicators.validation.internal.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.Revision;
import org.planindicators.plan.Target;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.target.Approximately;
import org.planindicators.target.Change;
import org.planindicators.target.Delegated;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.Relative;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.target.TwoTier;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;

/**
 * Writes a {@link Plan} as a plan document: {@code formatVersion} first, then the plan's properties in the model's
 * order; nulls and empty lists left out; numbers as strings, so that their scale survives any JSON tool; targets as
 * their canonical notation when it reads back, with the indicator's unit as the default, to the same target, and in
 * the structured form otherwise (a bare number in an indicator with a unit, a qualitative text that looks like a
 * number).
 */
public final class PlanEncoder {
    private final UnitRegistry units;
    private final Map<Unit, TargetParser> parsers = new HashMap<>();

    private PlanEncoder(UnitRegistry units) {
        this.units = units;
    }

    /**
     * The JSON text of {@code plan}, pretty-printed, with a trailing newline; targets checked against {@code units}.
     */
    public static String toJson(Plan plan, UnitRegistry units) {
        Objects.requireNonNull(plan, "plan");
        return JsonWriter.write(new PlanEncoder(Objects.requireNonNull(units, "units")).plan(plan));
    }

    private Map<String, Object> plan(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formatVersion", PlanDecoder.FORMAT_VERSION);
        m.put("title", p.title());
        m.put("jurisdiction", jurisdiction(p.jurisdiction()));
        m.put("kind", Codes.of(p.kind()));
        m.put("status", Codes.of(p.status()));
        m.put("period", p.period().toString());
        m.put("baseYear", p.baseYear());
        putIf(m, "visionYear", p.visionYear());
        putList(m, "parts", p.parts(), this::part);
        return m;
    }

    private Map<String, Object> jurisdiction(Jurisdiction j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", j.name());
        m.put("level", Codes.of(j.level()));
        putIf(m, "code", j.code() == null ? null : j.code().value());
        putList(m, "components", j.components(), this::component);
        return m;
    }

    private Map<String, Object> component(ZoneComponent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("parent", jurisdiction(c.parent()));
        putIf(m, "area", c.area() == null ? null : c.area().toString());
        putIf(m, "share", c.isShared() ? c.shareText() : null);
        return m;
    }

    private Map<String, Object> part(PlanPart p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", Codes.of(p.level()));
        m.put("title", p.title());
        putList(m, "children", p.children(), this::part);
        putList(m, "goals", p.goals(), this::goal);
        return m;
    }

    private Map<String, Object> goal(Goal g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("title", g.title());
        putIf(m, "description", g.description());
        putIf(m, "horizonYear", g.horizonYear());
        putList(m, "indicators", g.indicators(), this::indicator);
        return m;
    }

    private Map<String, Object> indicator(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "code", i.code());
        m.put("name", i.name());
        putIf(m, "category", i.category());
        if (!i.unit().isNone()) {
            m.put("unit", i.unit().symbol());
        }
        m.put("attribute", Codes.of(i.attribute()));
        m.put("direction", Codes.of(i.direction()));
        m.put("measure", Codes.of(i.measure()));
        m.put("accumulation", Codes.of(i.accumulation()));
        putIf(m, "baseline", i.baseline() == null ? null : baseline(i.baseline(), i.unit()));
        putList(m, "targets", i.targets(), t -> target(t, i.unit()));
        putIf(m, "leadAgency", i.leadAgency());
        putList(m, "coAgencies", i.coAgencies(), a -> a);
        putIf(m, "source", i.source() == null ? null : i.source().toString());
        putIf(m, "aggregation", i.aggregation() == null ? null : i.aggregation().toString());
        putIf(m, "priceBasis", i.priceBasis() == null ? null : Codes.of(i.priceBasis()));
        return m;
    }

    private Map<String, Object> baseline(Baseline b, Unit unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", b.year());
        m.put("value", quantity(b.value(), unit));
        putIf(m, "note", b.note());
        Revision<Baseline> r = b.revisedFrom();
        if (r != null) {
            m.put("revisedFrom", revision(r, baseline(r.original(), unit)));
        }
        return m;
    }

    private Map<String, Object> target(Target t, Unit unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", t.year());
        m.put("target", expression(t.expression(), unit));
        putIf(m, "source", t.source() == null ? null : t.source().toString());
        Revision<Target> r = t.revisedFrom();
        if (r != null) {
            m.put("revisedFrom", revision(r, target(r.original(), unit)));
        }
        return m;
    }

    private static Map<String, Object> revision(Revision<?> r, Map<String, Object> original) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("original", original);
        m.put("date", r.date().toString());
        m.put("reason", r.reason());
        return m;
    }

    /** The canonical text when it reads back to {@code e}; else the structured form. */
    private Object expression(TargetExpression e, Unit unit) {
        String text = e.toString();
        TargetParser parser = parsers.computeIfAbsent(unit, u -> TargetParser.using(units).withDefaultUnit(u));
        TargetParseResult r = parser.parse(text);
        if (r.isSuccess() && r.targets().size() == 1 && r.targets().get(0).target().equals(e)) {
            return text;
        }
        return structured(e);
    }

    private static Map<String, Object> structured(TargetExpression e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", Codes.of(e.kind()));
        if (e instanceof NumericTarget n) {
            Unit unit = n.value().unit();
            if (n instanceof Change c) {
                m.put("direction", Codes.of(c.direction()));
                m.put("value", quantity(c.amount(), unit));
            } else if (n instanceof Range r) {
                m.put("value", quantity(r.low(), unit));
                m.put("high", quantity(r.high(), unit));
            } else if (n instanceof Approximately a) {
                m.put("value", quantity(a.value(), unit));
                putIf(m, "tolerance", a.tolerance() == null ? null : quantity(a.tolerance(), unit));
            } else {
                m.put("value", quantity(n.value(), unit));
            }
            m.put("unit", unit.symbol());
            m.put("accumulation", Codes.of(n.accumulation()));
        } else if (e instanceof Relative r) {
            m.put("comparison", Codes.of(r.comparison()));
            m.put("referenceKind", Codes.of(r.referenceKind()));
            m.put("references", new ArrayList<Object>(r.references()));
            m.put("roughly", r.roughly());
            m.put("accumulation", Codes.of(r.accumulation()));
        } else if (e instanceof TwoTier t) {
            m.put("floor", structured(t.floor()));
            putIf(m, "aspiration", t.aspiration() == null ? null : structured(t.aspiration()));
            m.put("word", t.word());
            putIf(m, "aspirationText", t.aspirationText());
        } else if (e instanceof Delegated d) {
            m.put("authority", d.authority());
            if (d.scheduleProgress()) {
                m.put("scheduleProgress", true);
            }
        } else if (e instanceof Qualitative q) {
            m.put("text", q.text());
        }
        return m;
    }

    /** The number as a string, followed by its unit's symbol unless that is {@code enclosing}. */
    private static String quantity(Quantity q, Unit enclosing) {
        String number = q.value().toPlainString();
        return q.unit().equals(enclosing) ? number : number + q.unit().symbol();
    }

    private static void putIf(Map<String, Object> m, String name, @Nullable Object value) {
        if (value != null) {
            m.put(name, value);
        }
    }

    private static <T> void putList(Map<String, Object> m, String name, List<T> values,
            java.util.function.Function<T, Object> writer) {
        if (!values.isEmpty()) {
            List<Object> out = new ArrayList<>(values.size());
            for (T v : values) {
                out.add(writer.apply(v));
            }
            m.put(name, out);
        }
    }
}
