package org.planindicators.validation.internal.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.DivisionCode;
import org.planindicators.plan.Period;
import org.planindicators.plan.SourceRef;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitParseException;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.JsonProblem;
import org.planindicators.validation.Location;

/**
 * Reads the values of a plan document's tree, reporting each problem at the value: strings, codes, years, numbers and
 * quantities, units (each text read once per document), periods, dates, division codes, sources, arrays of objects;
 * unknown and missing properties of an object; wrong types; and the rules of the model a value or object breaks.
 * Every reader returns {@code null} (or an empty list) for a value it could not read, its problem reported.
 */
final class JsonValues {
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{4})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern EXPONENT = Pattern.compile("\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)[eE][+-]?[0-9]+.*",
            Pattern.DOTALL);
    private static final Pattern LEADING_PATH = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)"
            + "(?=$|[\\s:\\[])");

    private final String file;
    private final OrderedProblems problems;
    private final UnitRegistry units;
    /** Units read, by text: a plan names a few units (亿元, %, 万人) over and over. Only units that parsed. */
    private final Map<String, Unit> unitsRead = new HashMap<>();
    /** The constants of each enum read, by code (the first of a code, as a scan in declaration order finds). */
    private final Map<Class<?>, Map<String, Enum<?>>> codes = new HashMap<>();

    JsonValues(String file, OrderedProblems problems, UnitRegistry units) {
        this.file = file;
        this.problems = problems;
        this.units = units;
    }

    /** The problems reported. */
    OrderedProblems problems() {
        return problems;
    }

    /** The units known. */
    UnitRegistry units() {
        return units;
    }

    @Nullable Boolean bool(Json.Obj o, String name) {
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

    @Nullable Quantity optionalQuantity(Json.Obj o, String name, Unit unit) {
        Json v = o.get(name);
        return v == null ? null : quantity(v, name, unit);
    }

    /**
     * A quantity: a JSON number, or a string holding a number and optionally a unit. One without a unit of its own
     * is in {@code unit}. The number's scale is kept as written.
     */
    @Nullable Quantity quantity(Json v, String field, Unit unit) {
        if (v instanceof Json.Num n) {
            if (!n.usable()) {
                return null;
            }
            int digits = (int) n.text().chars().filter(Character::isDigit).count();
            if (digits > PlanDecoder.MAX_DIGITS) {
                problems.add(JsonProblem.BAD_NUMBER, at(n), field, n.text(), field, n.text(),
                        "more than " + PlanDecoder.MAX_DIGITS + " digits");
                return null;
            }
            return Quantity.of(new BigDecimal(n.text()), unit);
        }
        if (v instanceof Json.Str s) {
            String text = s.value();
            if ((text.indexOf('e') >= 0 || text.indexOf('E') >= 0) && EXPONENT.matcher(text).matches()) {
                problems.add(JsonProblem.EXPONENT, at(s), field, text, text);
                return null;
            }
            BigDecimal plain = plainNumber(text);
            if (plain != null) {
                return Quantity.of(plain, unit);
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

    /**
     * The number {@code text} writes when it is only ASCII: a sign or none, digits with at most one point, not ending
     * in the point, at most {@link PlanDecoder#MAX_DIGITS} digits — text {@link Quantity#parse(CharSequence,
     * UnitRegistry)} reads as that number with no unit (its normalising leaves such text as it is), told without
     * normalising it; {@code null} for any other text, which is left to that parser.
     */
    static @Nullable BigDecimal plainNumber(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        int dots = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                dots++;
            } else {
                return null;
            }
        }
        if (digits == 0 || dots > 1 || text.charAt(n - 1) == '.' || digits > PlanDecoder.MAX_DIGITS) {
            return null;
        }
        return new BigDecimal(text);
    }

    @Nullable Unit unit(Json v, String field) {
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

    @Nullable Period period(Json.Obj o, String name) {
        return formatted(o, name, PERIOD, "2021-2025 or 2023", Period::parse, "period", "规划期");
    }

    @Nullable LocalDate date(Json.Obj o, String name) {
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

    @Nullable DivisionCode divisionCode(Json.Obj o, String name) {
        return formatted(o, name, DIVISION_CODE, "6 digits (GB/T 2260), such as 510113", DivisionCode::new,
                "division code", "行政区划代码");
    }

    @Nullable SourceRef source(Json.Obj o, String name) {
        return formatted(o, name, null, null, SourceRef::parse, "source", "出处");
    }

    /**
     * A text property in a form of its own: checked against {@code form} (when given; a mismatch is
     * {@link JsonProblem#BAD_VALUE} naming {@code expected}), then built with {@code parse}, whose refusal is
     * {@link JsonProblem#INVALID} naming the value as {@code english}/{@code chinese}.
     */
    <T> @Nullable T formatted(Json.Obj o, String name, java.util.regex.@Nullable Pattern form,
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

    @Nullable Integer year(Json.Obj o, String name) {
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

    @Nullable Integer integer(Json v, String field) {
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

    @Nullable String string(Json.Obj o, String name) {
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

    /** The array {@code name}, or null when it is absent or (reported) not an array. */
    private Json.@Nullable Arr array(Json.Obj o, String name) {
        Json v = o.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Json.Arr a) {
            return a;
        }
        wrongType(v, "array");
        return null;
    }

    List<String> strings(Json.Obj o, String name) {
        Json.Arr a = array(o, name);
        if (a == null) {
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

    Json.@Nullable Obj object(Json.Obj o, String name) {
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
    <T> List<T> list(Json.Obj o, String name, Function<Json.Obj, @Nullable T> reader) {
        Json.Arr a = array(o, name);
        if (a == null) {
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

    <E extends Enum<E>> @Nullable E code(Json.Obj o, String name, Class<E> type) {
        Json v = o.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Json.Str s)) {
            wrongType(v, "string");
            return null;
        }
        Enum<?> e = codes.computeIfAbsent(type, JsonValues::byCode).get(s.value());
        if (e != null) {
            return type.cast(e);
        }
        problems.add(JsonProblem.BAD_CODE, at(v), name, s.value(), name, s.value(),
                String.join(", ", Codes.all(type)));
        return null;
    }

    /** The constants of the enum {@code type} by code, the first of a code kept. */
    static Map<String, Enum<?>> byCode(Class<?> type) {
        Map<String, Enum<?>> m = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            m.putIfAbsent(Codes.of(e), e);
        }
        return m;
    }

    static <T> T orElse(@Nullable T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    // ---------------------------------------------------------------- problems

    /** Reports unknown properties and missing required ones of {@code o}, a {@code kind}. */
    void fields(Json.Obj o, ObjectKind kind) {
        for (int i = 0; i < o.size(); i++) {
            String name = o.name(i);
            if (!kind.known().contains(name)) {
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

    void wrongType(Json v, String expected) {
        String field = DocumentReader.field(v.pointer());
        problems.add(JsonProblem.WRONG_TYPE, at(v), field, v.quote(), field == null ? "(document)" : field,
                expected, v.typeName());
    }

    /** Reports a rule of the model broken by the value {@code v} of property {@code name}. */
    void invalidValue(Json v, String name, String english, String chinese, RuntimeException e) {
        problems.add(JsonProblem.INVALID, at(v), name, v.quote(), english, message(e), chinese);
    }

    /**
     * Reports a rule of the model broken by the object {@code o}: at the property the message names first, when
     * the document has it ("visionYear must be after …" is reported at {@code …/visionYear}), else at the object.
     */
    void invalid(Json.Obj o, ObjectKind kind, RuntimeException e) {
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

    static String message(RuntimeException e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof NullPointerException && m.matches("[A-Za-z_.]+")) {
            return m + " must not be null";
        }
        return m;
    }

    Location at(Json v) {
        return Location.ofPointer(file, v.pointer(), v.line(), v.column());
    }}
