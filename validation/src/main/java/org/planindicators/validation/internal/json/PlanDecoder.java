package org.planindicators.validation.internal.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Delegated;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetKind;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.target.TwoTier;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitParseException;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.JsonProblem;
import org.planindicators.validation.Location;


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

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{4})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern EXPONENT = Pattern.compile("\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)[eE][+-]?[0-9]+.*",
            Pattern.DOTALL);
    private static final Pattern LEADING_PATH = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)"
            + "(?=$|[\\s:\\[])");

    /** A kind of object of the format: its names for problems, its properties, the required ones. */
    private record Kind(String english, String chinese, List<String> properties, List<String> required) {
    }

    private static final Kind PLAN = new Kind("plan", "规划", List.of("formatVersion", "title", "jurisdiction", "kind",
            "status", "period", "baseYear", "visionYear", "parts"),
            List.of("formatVersion", "title", "jurisdiction", "kind", "status", "period", "baseYear"));
    private static final Kind JURISDICTION = new Kind("jurisdiction", "辖区",
            List.of("name", "level", "code", "components"), List.of("name", "level"));
    private static final Kind COMPONENT = new Kind("zone component", "片区", List.of("name", "parent", "area", "share"),
            List.of("name", "parent"));
    private static final Kind PART = new Kind("part", "篇章", List.of("level", "title", "children", "goals"),
            List.of("level", "title"));
    private static final Kind GOAL = new Kind("goal", "目标", List.of("id", "title", "description", "horizonYear",
            "indicators"), List.of("id", "title"));
    private static final Kind INDICATOR = new Kind("indicator", "指标", List.of("code", "name", "category", "unit",
            "attribute", "direction", "measure", "accumulation", "baseline", "targets", "leadAgency", "coAgencies",
            "source", "aggregation", "priceBasis"), List.of("name"));
    private static final Kind BASELINE = new Kind("baseline", "基期值", List.of("year", "value", "note",
            "revisedFrom"), List.of("year", "value"));
    private static final Kind TARGET = new Kind("target", "目标值", List.of("year", "target", "source", "revisedFrom"),
            List.of("year", "target"));
    private static final Kind REVISION = new Kind("revision", "修订", List.of("original", "date", "reason"),
            List.of("original", "date", "reason"));
    /** A structured target whose kind is not known: any property of any kind may be there. */
    private static final Kind EXPRESSION = new Kind("structured target", "结构化目标", List.of("kind", "value", "high",
            "tolerance", "unit", "accumulation", "direction", "comparison", "referenceKind", "references", "roughly",
            "authority", "scheduleProgress", "text", "floor", "aspiration", "word", "aspirationText"),
            List.of("kind"));
    private static final Map<TargetKind, Kind> EXPRESSIONS = expressionKinds();

    private final String file;
    private final OrderedProblems problems;
    private final UnitRegistry units;
    private final Map<Unit, TargetParser> parsers = new HashMap<>();
    /**
     * Targets parsed, by default unit and text: plans repeat the same notation (8条以上, [13.5], 5%左右) across many
     * indicators, and a result (a record of immutable values) is the same for the same text and unit.
     */
    private final Map<Unit, Map<String, TargetParseResult>> parsed = new HashMap<>();
    /** Units read, by text: a plan names a few units (亿元, %, 万人) over and over. Only units that parsed. */
    private final Map<String, Unit> unitsRead = new HashMap<>();
    private int indicators;

    private PlanDecoder(String file, OrderedProblems problems, UnitRegistry units) {
        this.file = file;
        this.problems = problems;
        this.units = units;
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

    private static Map<TargetKind, Kind> expressionKinds() {
        Map<TargetKind, Kind> m = new java.util.EnumMap<>(TargetKind.class);
        List<String> bound = List.of("kind", "value", "unit", "accumulation");
        for (TargetKind k : List.of(TargetKind.EXACT, TargetKind.AT_LEAST, TargetKind.GREATER_THAN,
                TargetKind.AT_MOST, TargetKind.LESS_THAN)) {
            m.put(k, expression(k, bound, List.of("kind", "value")));
        }
        m.put(TargetKind.RANGE, expression(TargetKind.RANGE, List.of("kind", "value", "high", "unit", "accumulation"),
                List.of("kind", "value", "high")));
        m.put(TargetKind.APPROXIMATELY, expression(TargetKind.APPROXIMATELY,
                List.of("kind", "value", "tolerance", "unit", "accumulation"), List.of("kind", "value")));
        m.put(TargetKind.CHANGE, expression(TargetKind.CHANGE,
                List.of("kind", "direction", "value", "unit", "accumulation"), List.of("kind", "direction", "value")));
        m.put(TargetKind.RELATIVE, expression(TargetKind.RELATIVE,
                List.of("kind", "comparison", "referenceKind", "references", "roughly", "accumulation"),
                List.of("kind", "comparison", "references")));
        m.put(TargetKind.TWO_TIER, expression(TargetKind.TWO_TIER,
                List.of("kind", "floor", "aspiration", "word", "aspirationText"), List.of("kind", "floor", "word")));
        m.put(TargetKind.DELEGATED, expression(TargetKind.DELEGATED, List.of("kind", "authority", "scheduleProgress"),
                List.of("kind", "authority")));
        m.put(TargetKind.QUALITATIVE, expression(TargetKind.QUALITATIVE, List.of("kind", "text"),
                List.of("kind", "text")));
        return m;
    }

    private static Kind expression(TargetKind k, List<String> properties, List<String> required) {
        return new Kind(k.code() + " target", "结构化目标（" + k.code() + "）", properties, required);
    }

    // ---------------------------------------------------------------- the plan and its tree

    private @Nullable Plan plan(Json.Obj o) {
        fields(o, PLAN);
        Json version = o.get("formatVersion");
        if (version != null) {
            Integer v = integer(version, "formatVersion");
            if (v != null && v != FORMAT_VERSION) {
                problems.add(JsonProblem.UNSUPPORTED_VERSION, at(version), "formatVersion", version.quote(),
                        version.quote(), FORMAT_VERSION);
            }
        }
        String title = string(o, "title");
        Json.Obj j = object(o, "jurisdiction");
        Jurisdiction jurisdiction = j == null ? null : jurisdiction(j);
        PlanKind kind = code(o, "kind", PlanKind.class);
        PlanStatus status = code(o, "status", PlanStatus.class);
        Period period = period(o, "period");
        Integer baseYear = year(o, "baseYear");
        Integer visionYear = year(o, "visionYear");
        List<PlanPart> parts = list(o, "parts", this::part);
        if (title == null || jurisdiction == null || kind == null || status == null || period == null
                || baseYear == null) {
            return null;
        }
        try {
            return new Plan(title, jurisdiction, kind, status, period, baseYear, visionYear, parts);
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, PLAN, e);
            return null;
        }
    }

    private @Nullable Jurisdiction jurisdiction(Json.Obj o) {
        fields(o, JURISDICTION);
        String name = string(o, "name");
        JurisdictionLevel level = code(o, "level", JurisdictionLevel.class);
        DivisionCode code = divisionCode(o, "code");
        List<ZoneComponent> components = list(o, "components", this::component);
        boolean codeFailed = o.get("code") != null && code == null;
        if (name == null || level == null || codeFailed) {
            return null;
        }
        try {
            return new Jurisdiction(name, level, code, components);
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, JURISDICTION, e);
            return null;
        }
    }

    private @Nullable ZoneComponent component(Json.Obj o) {
        fields(o, COMPONENT);
        String name = string(o, "name");
        Json.Obj p = object(o, "parent");
        Jurisdiction parent = p == null ? null : jurisdiction(p);
        Json a = o.get("area");
        Quantity area = a == null ? null : quantity(a, "area", Unit.NONE);
        List<java.math.BigDecimal> share = formatted(o, "share", null, null,
                org.planindicators.calc.Apportionment::parseRatio, "ratio", "分计比例");
        if (name == null || parent == null || (a != null && area == null) || (o.get("share") != null
                && share == null)) {
            return null;
        }
        try {
            return new ZoneComponent(name, parent, area, share == null ? List.of() : share);
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, COMPONENT, e);
            return null;
        }
    }

    private @Nullable PlanPart part(Json.Obj o) {
        fields(o, PART);
        PartLevel level = code(o, "level", PartLevel.class);
        String title = string(o, "title");
        List<PlanPart> children = list(o, "children", this::part);
        List<Goal> goals = list(o, "goals", this::goal);
        if (level == null || title == null) {
            return null;
        }
        try {
            return new PlanPart(level, title, children, goals);
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, PART, e);
            return null;
        }
    }

    private @Nullable Goal goal(Json.Obj o) {
        fields(o, GOAL);
        String id = string(o, "id");
        String title = string(o, "title");
        String description = string(o, "description");
        Integer horizonYear = year(o, "horizonYear");
        List<Indicator> list = list(o, "indicators", this::indicator);
        if (id == null || title == null) {
            return null;
        }
        try {
            return new Goal(id, title, description, horizonYear, list);
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, GOAL, e);
            return null;
        }
    }

    private @Nullable Indicator indicator(Json.Obj o) {
        fields(o, INDICATOR);
        String code = string(o, "code");
        String name = string(o, "name");
        String category = string(o, "category");
        Unit unit = Unit.NONE;
        boolean unitFailed = false;
        Json u = o.get("unit");
        if (u != null) {
            Unit parsed = unit(u, "unit");
            unitFailed = parsed == null;
            unit = parsed == null ? Unit.NONE : parsed;
        }
        IndicatorAttribute attribute = orElse(code(o, "attribute", IndicatorAttribute.class),
                IndicatorAttribute.EXPECTED);
        Direction direction = orElse(code(o, "direction", Direction.class), Direction.HIGHER_IS_BETTER);
        Measure measure = orElse(code(o, "measure", Measure.class), Measure.LEVEL);
        Accumulation accumulation = orElse(code(o, "accumulation", Accumulation.class), Accumulation.LEVEL);
        Unit indicatorUnit = unit;
        Json.Obj b = object(o, "baseline");
        Baseline baseline = b == null ? null : baseline(b, indicatorUnit);
        List<Target> targets = list(o, "targets", t -> target(t, indicatorUnit));
        String leadAgency = string(o, "leadAgency");
        List<String> coAgencies = strings(o, "coAgencies");
        SourceRef source = source(o, "source");
        Aggregation aggregation = formatted(o, "aggregation", null, null, Aggregation::parse, "aggregation",
                "汇总方式");
        PriceBasis priceBasis = code(o, "priceBasis", PriceBasis.class);
        if (name == null || unitFailed || (o.get("aggregation") != null && aggregation == null)) {
            return null;
        }
        try {
            Indicator i = new Indicator(code, name, category, unit, attribute, direction, measure, accumulation,
                    baseline, targets, leadAgency, coAgencies, source, aggregation, priceBasis);
            indicators++;
            return i;
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, INDICATOR, e);
            return null;
        }
    }

    private @Nullable Baseline baseline(Json.Obj o, Unit unit) {
        fields(o, BASELINE);
        Integer year = year(o, "year");
        Json v = o.get("value");
        Quantity value = v == null ? null : quantity(v, "value", unit);
        String note = string(o, "note");
        Json.Obj r = object(o, "revisedFrom");
        Revision<Baseline> revisedFrom = r == null ? null : revision(r, x -> baseline(x, unit));
        if (year == null || value == null || (r != null && revisedFrom == null)) {
            return null;
        }
        try {
            return new Baseline(year, value, note, revisedFrom);
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, BASELINE, e);
            return null;
        }
    }

    private @Nullable Target target(Json.Obj o, Unit unit) {
        fields(o, TARGET);
        Integer year = year(o, "year");
        TargetExpression expression = null;
        Json e = o.get("target");
        if (e instanceof Json.Str s) {
            expression = targetText(s, unit);
        } else if (e instanceof Json.Obj structured) {
            expression = structuredTarget(structured, unit);
        } else if (e != null) {
            wrongType(e, "string or object");
        }
        SourceRef source = source(o, "source");
        Json.Obj r = object(o, "revisedFrom");
        Revision<Target> revisedFrom = r == null ? null : revision(r, x -> target(x, unit));
        if (year == null || expression == null || (r != null && revisedFrom == null)) {
            return null;
        }
        try {
            return new Target(year, expression, source, revisedFrom);
        } catch (IllegalArgumentException | NullPointerException ex) {
            invalid(o, TARGET, ex);
            return null;
        }
    }

    private <T> @Nullable Revision<T> revision(Json.Obj o, Function<Json.Obj, @Nullable T> readOriginal) {
        fields(o, REVISION);
        Json.Obj orig = object(o, "original");
        T original = orig == null ? null : readOriginal.apply(orig);
        LocalDate date = date(o, "date");
        String reason = string(o, "reason");
        if (original == null || date == null || reason == null) {
            return null;
        }
        try {
            return new Revision<>(original, date, reason);
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, REVISION, e);
            return null;
        }
    }

    // ---------------------------------------------------------------- targets

    private @Nullable TargetExpression targetText(Json.Str s, Unit unit) {
        TargetParser parser = parsers.computeIfAbsent(unit, u -> TargetParser.using(units).withDefaultUnit(u));
        TargetParseResult result = parsed.computeIfAbsent(unit, u -> new HashMap<>())
                .computeIfAbsent(s.value(), parser::parse);
        TargetParseError error = result.error();
        if (error == null && result.targets().size() != 1) {
            error = new TargetParseError(TargetParseErrorCode.SEVERAL_TARGETS, result.input(), 0, result.input());
        }
        if (error != null) {
            problems.add(JsonProblem.BAD_TARGET, at(s), "target", s.value(), s.value(), error.code().code(),
                    error.message(Locale.ENGLISH), error.message(Locale.SIMPLIFIED_CHINESE));
            return null;
        }
        return result.targets().get(0).target();
    }

    private @Nullable TargetExpression structuredTarget(Json.Obj o, Unit indicatorUnit) {
        TargetKind kind = code(o, "kind", TargetKind.class);
        if (kind == null) {
            if (o.get("kind") == null) {
                fields(o, EXPRESSION);
            }
            return null;
        }
        Kind k = EXPRESSIONS.get(kind);
        fields(o, k);
        Unit unit = indicatorUnit;
        boolean unitFailed = false;
        Json u = o.get("unit");
        if (u != null && k.properties().contains("unit")) {
            Unit parsed = unit(u, "unit");
            unitFailed = parsed == null;
            unit = parsed == null ? indicatorUnit : parsed;
        }
        Accumulation accumulation = k.properties().contains("accumulation")
                ? orElse(code(o, "accumulation", Accumulation.class), Accumulation.LEVEL)
                : Accumulation.LEVEL;
        Quantity value = k.properties().contains("value") ? optionalQuantity(o, "value", unit) : null;
        try {
            TargetExpression result = switch (kind) {
                case EXACT -> value == null ? null : new Exact(value, accumulation);
                case AT_LEAST -> value == null ? null : new AtLeast(value, accumulation);
                case GREATER_THAN -> value == null ? null : new GreaterThan(value, accumulation);
                case AT_MOST -> value == null ? null : new AtMost(value, accumulation);
                case LESS_THAN -> value == null ? null : new LessThan(value, accumulation);
                case RANGE -> {
                    Quantity high = optionalQuantity(o, "high", unit);
                    yield value == null || high == null ? null : new Range(value, high, accumulation);
                }
                case APPROXIMATELY -> {
                    Json t = o.get("tolerance");
                    Quantity tolerance = t == null ? null : quantity(t, "tolerance", unit);
                    yield value == null || (t != null && tolerance == null) ? null
                            : new Approximately(value, tolerance, accumulation);
                }
                case CHANGE -> {
                    ChangeDirection direction = code(o, "direction", ChangeDirection.class);
                    yield value == null || direction == null ? null : new Change(direction, value, accumulation);
                }
                case RELATIVE -> relative(o, accumulation);
                case TWO_TIER -> twoTier(o, indicatorUnit);
                case DELEGATED -> {
                    String authority = string(o, "authority");
                    Boolean progress = bool(o, "scheduleProgress");
                    yield authority == null || progress == null ? null : new Delegated(authority, progress);
                }
                case QUALITATIVE -> {
                    String text = string(o, "text");
                    yield text == null ? null : new Qualitative(text);
                }
            };
            return unitFailed ? null : result;
        } catch (IllegalArgumentException | NullPointerException e) {
            invalid(o, k, e);
            return null;
        }
    }

    /**
     * A two-tier target: its floor and aspiration are each a numeric target, written as notation or structured; an
     * aspiration written without an accumulation of its own takes the floor's (年均7%以上 with 8%).
     */
    private @Nullable TwoTier twoTier(Json.Obj o, Unit indicatorUnit) {
        Json f = o.get("floor");
        Json a = o.get("aspiration");
        NumericTarget floor = f == null ? null : tier(f, indicatorUnit);
        NumericTarget aspiration = a == null ? null : tier(a, indicatorUnit);
        String word = string(o, "word");
        String text = string(o, "aspirationText");
        if (floor == null || word == null || (a != null && aspiration == null)
                || (o.get("aspirationText") != null && text == null)) {
            return null;
        }
        if (aspiration != null && aspiration.accumulation() == Accumulation.LEVEL) {
            aspiration = aspiration.withAccumulation(floor.accumulation());
        }
        return new TwoTier(floor, aspiration, word, text);
    }

    /** One tier of a two-tier target: a numeric target as notation or structured. */
    private @Nullable NumericTarget tier(Json v, Unit unit) {
        TargetExpression e;
        if (v instanceof Json.Str s) {
            e = targetText(s, unit);
        } else if (v instanceof Json.Obj structured) {
            e = structuredTarget(structured, unit);
        } else {
            wrongType(v, "string or object");
            return null;
        }
        if (e == null) {
            return null;
        }
        if (e instanceof NumericTarget n) {
            return n;
        }
        wrongType(v, "a numeric target (exact, bound, range, approximately or change)");
        return null;
    }

    private @Nullable Boolean bool(Json.Obj o, String name) {
        Json r = o.get(name);
        if (r == null) {
            return Boolean.FALSE;
        }
        if (r instanceof Json.Bool b) {
            return b.value();
        }
        wrongType(r, "boolean");
        return null;
    }

    private @Nullable Relative relative(Json.Obj o, Accumulation accumulation) {
        RelativeComparison comparison = code(o, "comparison", RelativeComparison.class);
        ReferenceKind referenceKind = orElse(code(o, "referenceKind", ReferenceKind.class), ReferenceKind.INDICATOR);
        List<String> references = strings(o, "references");
        Boolean roughly = bool(o, "roughly");
        if (comparison == null || roughly == null || !(o.get("references") instanceof Json.Arr)) {
            return null;
        }
        return new Relative(comparison, referenceKind, references, roughly, accumulation);
    }

    // ---------------------------------------------------------------- values

    private @Nullable Quantity optionalQuantity(Json.Obj o, String name, Unit unit) {
        Json v = o.get(name);
        return v == null ? null : quantity(v, name, unit);
    }

    /**
     * A quantity: a JSON number, or a string holding a number and optionally a unit. One without a unit of its own
     * is in {@code unit}. The number's scale is kept as written.
     */
    private @Nullable Quantity quantity(Json v, String field, Unit unit) {
        if (v instanceof Json.Num n) {
            if (!n.usable()) {
                return null;
            }
            int digits = (int) n.text().chars().filter(Character::isDigit).count();
            if (digits > MAX_DIGITS) {
                problems.add(JsonProblem.BAD_NUMBER, at(n), field, n.text(), field, n.text(),
                        "more than " + MAX_DIGITS + " digits");
                return null;
            }
            return Quantity.of(new BigDecimal(n.text()), unit);
        }
        if (v instanceof Json.Str s) {
            String text = s.value();
            if (EXPONENT.matcher(text).matches()) {
                problems.add(JsonProblem.EXPONENT, at(s), field, text, text);
                return null;
            }
            try {
                Quantity q = Quantity.parse(text, units);
                return q.unit().isNone() ? Quantity.of(q.value(), unit) : q;
            } catch (UnitParseException e) {
                problems.add(JsonProblem.UNKNOWN_UNIT, at(s), field, text, e.input(), e.getMessage());
                return null;
            } catch (IllegalArgumentException e) {
                problems.add(JsonProblem.BAD_NUMBER, at(s), field, text, field, text, e.getMessage());
                return null;
            }
        }
        wrongType(v, "number or string");
        return null;
    }

    private @Nullable Unit unit(Json v, String field) {
        if (!(v instanceof Json.Str s)) {
            wrongType(v, "string");
            return null;
        }
        Unit known = unitsRead.get(s.value());
        if (known != null) {
            return known;
        }
        try {
            Unit parsed = units.parse(s.value());
            unitsRead.put(s.value(), parsed);
            return parsed;
        } catch (IllegalArgumentException e) {
            problems.add(JsonProblem.UNKNOWN_UNIT, at(s), field, s.value(), s.value(), e.getMessage());
            return null;
        }
    }

    private @Nullable Period period(Json.Obj o, String name) {
        return formatted(o, name, PERIOD, "2021-2025 or 2023", Period::parse, "period", "规划期");
    }

    private @Nullable LocalDate date(Json.Obj o, String name) {
        String text = string(o, name);
        if (text == null) {
            return null;
        }
        Json v = Objects.requireNonNull(o.get(name));
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(JsonProblem.BAD_VALUE, at(v), name, text, name, text, "a date YYYY-MM-DD, such as 2022-06-30");
        return null;
    }

    private @Nullable DivisionCode divisionCode(Json.Obj o, String name) {
        return formatted(o, name, DIVISION_CODE, "6 digits (GB/T 2260), such as 510113", DivisionCode::new,
                "division code", "行政区划代码");
    }

    private @Nullable SourceRef source(Json.Obj o, String name) {
        return formatted(o, name, null, null, SourceRef::parse, "source", "出处");
    }

    /**
     * A text property in a form of its own: checked against {@code form} (when given; a mismatch is
     * {@link JsonProblem#BAD_VALUE} naming {@code expected}), then built with {@code parse}, whose refusal is
     * {@link JsonProblem#INVALID} naming the value as {@code english}/{@code chinese}.
     */
    private <T> @Nullable T formatted(Json.Obj o, String name, java.util.regex.@Nullable Pattern form,
            @Nullable String expected, java.util.function.Function<String, T> parse, String english, String chinese) {
        String text = string(o, name);
        if (text == null) {
            return null;
        }
        Json v = Objects.requireNonNull(o.get(name));
        if (form != null && !form.matcher(text).matches()) {
            problems.add(JsonProblem.BAD_VALUE, at(v), name, text, name, text, expected);
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            invalidValue(v, name, english, chinese, e);
            return null;
        }
    }

    private @Nullable Integer year(Json.Obj o, String name) {
        Json v = o.get(name);
        if (v == null) {
            return null;
        }
        Integer year = integer(v, name);
        if (year == null) {
            return null;
        }
        if (year < 1000 || year > 9999) {
            problems.add(JsonProblem.BAD_VALUE, at(v), name, v.quote(), name, v.quote(),
                    "a four-digit year (1000–9999)");
            return null;
        }
        return year;
    }

    private @Nullable Integer integer(Json v, String field) {
        if (v instanceof Json.Num n && n.integral()) {
            try {
                return Integer.valueOf(n.text());
            } catch (NumberFormatException e) {
                problems.add(JsonProblem.BAD_NUMBER, at(n), field, n.text(), field, n.text(), "out of range");
                return null;
            }
        }
        if (v instanceof Json.Num n && !n.usable()) {
            return null;
        }
        wrongType(v, "integer");
        return null;
    }

    private @Nullable String string(Json.Obj o, String name) {
        Json v = o.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Json.Str s) {
            return s.value();
        }
        wrongType(v, "string");
        return null;
    }

    private List<String> strings(Json.Obj o, String name) {
        Json v = o.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof Json.Arr a)) {
            wrongType(v, "array");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Json e : a.elements()) {
            if (e instanceof Json.Str s) {
                out.add(s.value());
            } else {
                wrongType(e, "string");
            }
        }
        return out;
    }

    private Json.@Nullable Obj object(Json.Obj o, String name) {
        Json v = o.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Json.Obj obj) {
            return obj;
        }
        wrongType(v, "object");
        return null;
    }

    /** The elements of the array {@code name} read by {@code reader}, those that could not be read left out. */
    private <T> List<T> list(Json.Obj o, String name, Function<Json.Obj, @Nullable T> reader) {
        Json v = o.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof Json.Arr a)) {
            wrongType(v, "array");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Json e : a.elements()) {
            if (e instanceof Json.Obj element) {
                T t = reader.apply(element);
                if (t != null) {
                    out.add(t);
                }
            } else {
                wrongType(e, "object");
            }
        }
        return out;
    }

    private <E extends Enum<E>> @Nullable E code(Json.Obj o, String name, Class<E> type) {
        Json v = o.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Json.Str s)) {
            wrongType(v, "string");
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (Codes.of(e).equals(s.value())) {
                return e;
            }
        }
        problems.add(JsonProblem.BAD_CODE, at(v), name, s.value(), name, s.value(),
                String.join(", ", Codes.all(type)));
        return null;
    }

    private static <T> T orElse(@Nullable T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    // ---------------------------------------------------------------- problems

    /** Reports unknown properties and missing required ones of {@code o}, a {@code kind}. */
    private void fields(Json.Obj o, Kind kind) {
        for (int i = 0; i < o.size(); i++) {
            String name = o.name(i);
            if (!kind.properties().contains(name)) {
                Json value = o.value(i);
                problems.add(JsonProblem.UNKNOWN_FIELD, at(value), name, value.quote(), name, kind.english(),
                        String.join(", ", kind.properties()), kind.chinese());
            }
        }
        for (String r : kind.required()) {
            if (o.get(r) == null) {
                problems.add(JsonProblem.MISSING_FIELD, at(o), r, null, r, kind.english(), kind.chinese());
            }
        }
    }

    private void wrongType(Json v, String expected) {
        String field = DocumentReader.field(v.pointer());
        problems.add(JsonProblem.WRONG_TYPE, at(v), field, v.quote(), field == null ? "(document)" : field,
                expected, v.typeName());
    }

    /** Reports a rule of the model broken by the value {@code v} of property {@code name}. */
    private void invalidValue(Json v, String name, String english, String chinese, RuntimeException e) {
        problems.add(JsonProblem.INVALID, at(v), name, v.quote(), english, message(e), chinese);
    }

    /**
     * Reports a rule of the model broken by the object {@code o}: at the property the message names first, when
     * the document has it ("visionYear must be after …" is reported at {@code …/visionYear}), else at the object.
     */
    private void invalid(Json.Obj o, Kind kind, RuntimeException e) {
        String message = message(e);
        Json place = o;
        Matcher m = LEADING_PATH.matcher(message);
        if (m.find()) {
            String path = m.group(1);
            if (kind.english().endsWith(" target") && (path.equals("low") || path.equals("amount"))) {
                path = "value";
            }
            Json found = Pointers.nearest(o, Pointers.ofPath(path));
            if (found != o) {
                place = found;
            }
        }
        String field = place == o ? null : DocumentReader.field(place.pointer());
        String value = place instanceof Json.Obj || place instanceof Json.Arr ? null : place.quote();
        problems.add(JsonProblem.INVALID, at(place), field, value, kind.english(), message, kind.chinese());
    }

    private static String message(RuntimeException e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof NullPointerException && m.matches("[A-Za-z_.]+")) {
            return m + " must not be null";
        }
        return m;
    }

    private Location at(Json v) {
        return Location.ofPointer(file, v.pointer(), v.line(), v.column());
    }
}
