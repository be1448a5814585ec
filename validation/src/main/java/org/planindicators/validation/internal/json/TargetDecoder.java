package org.planindicators.validation.internal.json;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Delegated;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
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
import org.planindicators.validation.JsonProblem;

/**
 * Reads the targets of a plan document: notation ({@code "6.0%—7.0%"}, {@code "[13.5]"}) through the target parser,
 * each text parsed once per document and default unit, and the structured form of each kind of target.
 */
final class TargetDecoder {
    /** A structured target whose kind is not known: any property of any kind may be there. */
    private static final ObjectKind EXPRESSION = new ObjectKind("structured target", "结构化目标", List.of("kind",
            "value", "high", "tolerance", "unit", "accumulation", "direction", "comparison", "referenceKind",
            "references", "roughly", "authority", "scheduleProgress", "text", "floor", "aspiration", "word",
            "aspirationText"), List.of("kind"));
    private static final Map<TargetKind, ObjectKind> EXPRESSIONS = expressionKinds();

    private final JsonValues values;
    private final OrderedProblems problems;
    private final Map<Unit, TargetParser> parsers = new HashMap<>();
    /**
     * Targets parsed, by default unit and text: plans repeat the same notation (8条以上, [13.5], 5%左右) across many
     * indicators, and a result (a record of immutable values) is the same for the same text and unit.
     */
    private final Map<Unit, Map<String, TargetParseResult>> parsed = new HashMap<>();

    TargetDecoder(JsonValues values) {
        this.values = values;
        this.problems = values.problems();
    }

    private static Map<TargetKind, ObjectKind> expressionKinds() {
        Map<TargetKind, ObjectKind> m = new java.util.EnumMap<>(TargetKind.class);
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

    private static ObjectKind expression(TargetKind k, List<String> properties, List<String> required) {
        return new ObjectKind(k.code() + " target", "结构化目标（" + k.code() + "）", properties, required);
    }


    @Nullable TargetExpression targetText(Json.Str s, Unit unit) {
        TargetParser parser = parsers.computeIfAbsent(unit, u -> TargetParser.using(values.units()).withDefaultUnit(u));
        TargetParseResult result = parsed.computeIfAbsent(unit, u -> new HashMap<>())
                .computeIfAbsent(s.value(), parser::parse);
        TargetParseError error = result.error();
        if (error == null && result.targets().size() != 1) {
            error = new TargetParseError(TargetParseErrorCode.SEVERAL_TARGETS, result.input(), 0, result.input());
        }
        if (error != null) {
            problems.add(JsonProblem.BAD_TARGET, values.at(s), "target", s.value(), s.value(), error.code().code(),
                    error.message(Locale.ENGLISH), error.message(Locale.SIMPLIFIED_CHINESE));
            return null;
        }
        return result.targets().get(0).target();
    }

    @Nullable TargetExpression structuredTarget(Json.Obj o, Unit indicatorUnit) {
        TargetKind kind = values.code(o, "kind", TargetKind.class);
        if (kind == null) {
            if (o.get("kind") == null) {
                values.fields(o, EXPRESSION);
            }
            return null;
        }
        ObjectKind k = EXPRESSIONS.get(kind);
        values.fields(o, k);
        Unit unit = indicatorUnit;
        boolean unitFailed = false;
        Json u = o.get("unit");
        if (u != null && k.properties().contains("unit")) {
            Unit parsed = values.unit(u, "unit");
            unitFailed = parsed == null;
            unit = parsed == null ? indicatorUnit : parsed;
        }
        Accumulation accumulation = k.properties().contains("accumulation")
                ? JsonValues.orElse(values.code(o, "accumulation", Accumulation.class), Accumulation.LEVEL)
                : Accumulation.LEVEL;
        Quantity value = k.properties().contains("value") ? values.optionalQuantity(o, "value", unit) : null;
        try {
            TargetExpression result = switch (kind) {
                case EXACT -> value == null ? null : new Exact(value, accumulation);
                case AT_LEAST -> value == null ? null : new AtLeast(value, accumulation);
                case GREATER_THAN -> value == null ? null : new GreaterThan(value, accumulation);
                case AT_MOST -> value == null ? null : new AtMost(value, accumulation);
                case LESS_THAN -> value == null ? null : new LessThan(value, accumulation);
                case RANGE -> {
                    Quantity high = values.optionalQuantity(o, "high", unit);
                    yield value == null || high == null ? null : new Range(value, high, accumulation);
                }
                case APPROXIMATELY -> {
                    Json t = o.get("tolerance");
                    Quantity tolerance = t == null ? null : values.quantity(t, "tolerance", unit);
                    yield value == null || (t != null && tolerance == null) ? null
                            : new Approximately(value, tolerance, accumulation);
                }
                case CHANGE -> {
                    ChangeDirection direction = values.code(o, "direction", ChangeDirection.class);
                    yield value == null || direction == null ? null : new Change(direction, value, accumulation);
                }
                case RELATIVE -> relative(o, accumulation);
                case TWO_TIER -> twoTier(o, indicatorUnit);
                case DELEGATED -> {
                    String authority = values.string(o, "authority");
                    Boolean progress = values.bool(o, "scheduleProgress");
                    yield authority == null || progress == null ? null : new Delegated(authority, progress);
                }
                case QUALITATIVE -> {
                    String text = values.string(o, "text");
                    yield text == null ? null : new Qualitative(text);
                }
            };
            return unitFailed ? null : result;
        } catch (IllegalArgumentException | NullPointerException e) {
            values.invalid(o, k, e);
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
        String word = values.string(o, "word");
        String text = values.string(o, "aspirationText");
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
            values.wrongType(v, "string or object");
            return null;
        }
        if (e == null) {
            return null;
        }
        if (e instanceof NumericTarget n) {
            return n;
        }
        values.wrongType(v, "a numeric target (exact, bound, range, approximately or change)");
        return null;
    }


    private @Nullable Relative relative(Json.Obj o, Accumulation accumulation) {
        RelativeComparison comparison = values.code(o, "comparison", RelativeComparison.class);
        ReferenceKind referenceKind = JsonValues.orElse(values.code(o, "referenceKind", ReferenceKind.class),
                ReferenceKind.INDICATOR);
        List<String> references = values.strings(o, "references");
        Boolean roughly = values.bool(o, "roughly");
        if (comparison == null || roughly == null || !(o.get("references") instanceof Json.Arr)) {
            return null;
        }
        return new Relative(comparison, referenceKind, references, roughly, accumulation);
    }
}
