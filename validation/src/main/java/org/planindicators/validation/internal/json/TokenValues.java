package org.planindicators.validation.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The values of a plan document as {@link OnePassDecoder} reads them from the parser's tokens, each as {@link
 * JsonValues} and {@link TargetDecoder} read it from the tree — strings, integers and years, texts in a form of their
 * own, enum codes, arrays, quantities, units, target notation and structured targets — throwing {@link #GIVE_UP}
 * where those report a problem. Units and target notation are read once per document (one instance per document).
 */
final class TokenValues {
    /** Thrown to give up: no stack trace, one instance. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super("gave up", null, false, false);
        }
    }

    /** Thrown to give up; caught by {@link OnePassDecoder#decode}. */
    static final RuntimeException GIVE_UP = new GiveUp();

    /** The codes of each enum read, as {@link JsonValues#byCode} gives them, as character arrays beside them. */
    private static final Map<Class<?>, CodeTable> CODES = new ConcurrentHashMap<>();

    private final UnitRegistry units;
    private final Map<String, Unit> unitsRead = new HashMap<>();
    /**
     * Target parsers and targets parsed, by default unit: by identity, as units come from {@link #unitsRead} (a
     * unit's hash code is computed afresh each time); equal units of different texts at worst parse a text twice,
     * to the same result.
     */
    private final Map<Unit, TargetParser> parsers = new IdentityHashMap<>();
    private final Map<Unit, Map<String, TargetParseResult>> parsed = new IdentityHashMap<>();
    /** Where the readers of a structured target report; any problem there gives up. */
    private final OrderedProblems scratch = new OrderedProblems("", 1);
    private @Nullable TargetDecoder structured;

    /** The readers of one document, with the units known. */
    TokenValues(UnitRegistry units) {
        this.units = units;
    }

    /** {@code seen} with property {@code bit} marked; gives up when it was already there (a duplicate). */
    static int once(int seen, int bit) {
        if ((seen & 1 << bit) != 0) {
            throw GIVE_UP;
        }
        return seen | 1 << bit;
    }

    static void object(JsonParser p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
    }

    static String string(JsonParser p) {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        return p.getString();
    }

    /**
     * An integer token that is an {@code int}, as {@link JsonValues#integer} reads it (one out of that range: the
     * parser's exception gives up, where that reports a problem).
     */
    static int integer(JsonParser p) {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.isNaN()) {
            throw GIVE_UP;
        }
        return p.getIntValue();
    }

    static int year(JsonParser p) {
        int year = integer(p);
        if (year < 1000 || year > 9999) {
            throw GIVE_UP;
        }
        return year;
    }

    static <T> T formatted(JsonParser p, @Nullable Pattern form, Function<String, T> parse) {
        String text = string(p);
        if (form != null && !form.matcher(text).matches()) {
            throw GIVE_UP;
        }
        return parse.apply(text);
    }

    /** An enum's constant by its code, matched on the parser's characters (no string is made). */
    static <E extends Enum<E>> E code(JsonParser p, Class<E> type) {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        Enum<?> e = CODES.computeIfAbsent(type, CodeTable::of).find(p.getStringCharacters(), p.getStringOffset(),
                p.getStringLength());
        if (e == null) {
            throw GIVE_UP;
        }
        return type.cast(e);
    }

    /** The codes of an enum and their constants, as {@link JsonValues#byCode} maps them. */
    private record CodeTable(char[][] codes, Enum<?>[] constants) {
        static CodeTable of(Class<?> type) {
            Map<String, Enum<?>> byCode = JsonValues.byCode(type);
            char[][] codes = new char[byCode.size()][];
            Enum<?>[] constants = new Enum<?>[byCode.size()];
            int i = 0;
            for (Map.Entry<String, Enum<?>> e : byCode.entrySet()) {
                codes[i] = e.getKey().toCharArray();
                constants[i++] = e.getValue();
            }
            return new CodeTable(codes, constants);
        }

        @Nullable Enum<?> find(char[] text, int offset, int length) {
            for (int i = 0; i < codes.length; i++) {
                if (Arrays.equals(codes[i], 0, codes[i].length, text, offset, offset + length)) {
                    return constants[i];
                }
            }
            return null;
        }
    }

    static List<String> strings(JsonParser p) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw GIVE_UP;
            }
            out.add(p.getString());
        }
        return out;
    }

    /**
     * An array of objects, each read by {@code reader} from its first token to its last. One of one element is a
     * list the model's constructors keep without copying it.
     */
    static <T> List<T> list(JsonParser p, Function<JsonParser, T> reader) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return new ArrayList<>();
        }
        if (t != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        T first = reader.apply(p);
        t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return List.of(first);
        }
        List<T> out = new ArrayList<>();
        out.add(first);
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw GIVE_UP;
            }
            out.add(reader.apply(p));
        }
        return out;
    }

    /** A quantity as {@link JsonValues#quantity} reads it, giving up where that reports a problem. */
    Quantity quantity(JsonParser p, Unit unit) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = p.getString();
            if (p.isNaN() || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                throw GIVE_UP;
            }
            int digits = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                }
            }
            if (digits > PlanDecoder.MAX_DIGITS) {
                throw GIVE_UP;
            }
            return Quantity.of(new BigDecimal(text), unit);
        }
        if (t != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        String text = p.getString();
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            throw GIVE_UP; // exponent notation or a unit with an e: left to the placing readers
        }
        BigDecimal plain = JsonValues.plainNumber(text);
        if (plain != null) {
            return Quantity.of(plain, unit);
        }
        Quantity q = Quantity.parse(text, units); // its refusals give up
        return q.unit().isNone() ? Quantity.of(q.value(), unit) : q;
    }

    Unit unit(JsonParser p) {
        String text = string(p);
        Unit known = unitsRead.get(text);
        if (known != null) {
            return known;
        }
        Unit parsed = units.parse(text); // its refusal gives up
        unitsRead.put(text, parsed);
        return parsed;
    }

    /**
     * A structured target, the parser at its first token: the rarer form, read by {@link TargetDecoder} from a
     * subtree of its own, giving up on any problem it reports.
     */
    TargetExpression structuredTarget(JsonParser p, Unit unit) {
        Json.Obj o = DocumentReader.subtree(p, scratch);
        TargetDecoder decoder = structured;
        if (decoder == null) {
            decoder = new TargetDecoder(new JsonValues("", scratch, units));
            structured = decoder;
        }
        TargetExpression e = decoder.structuredTarget(o, unit);
        if (e == null || !scratch.isEmpty()) {
            throw GIVE_UP;
        }
        return e;
    }

    /** Target notation, as {@link TargetDecoder} reads it: one target, parsed once per text and default unit. */
    TargetExpression targetText(JsonParser p, JsonToken t, Unit unit) {
        if (t != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        String text = p.getString();
        TargetParser parser = parsers.computeIfAbsent(unit, u -> TargetParser.using(units).withDefaultUnit(u));
        TargetParseResult result = parsed.computeIfAbsent(unit, u -> new HashMap<>())
                .computeIfAbsent(text, parser::parse);
        if (result.error() != null || result.targets().size() != 1) {
            throw GIVE_UP;
        }
        return result.targets().get(0).target();
    }
}
