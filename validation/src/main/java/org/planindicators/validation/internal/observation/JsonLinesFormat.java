package org.planindicators.validation.internal.observation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.internal.Reasons;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * JSON Lines: one JSON object a line, with the keys the CSV header has (indicator, code, jurisdiction, year or
 * period, value, unit, status, source, or their Chinese names), dimensions in a {@code dimensions} object or as any
 * other key. Each line is read on its own, so a malformed line is reported and the next one read: a flat object of
 * strings, numbers and nulls without a problem by {@link JsonLineBytes} from its UTF-8 bytes (or by {@link
 * JsonLineFields} from its text), without a parser; any other line by Jackson's streaming parser, made for that
 * line, which reads or reports it as before. Numbers are taken from the token's text, never through {@code double}.
 */
final class JsonLinesFormat implements LineFormat {
    private static final String SCALAR = "string or number";

    private final String file;
    private final ProblemCollector collector;
    private final RowChecker checker;
    /** The problems of the line being read, kept back until it is known to be well-formed JSON. */
    private final List<Problem> pending = new ArrayList<>();
    /** The role and JSON pointer of each key seen (Jackson gives the same key as the same string, line after line). */
    private final SmallCache<Key> keys = new SmallCache<>(1024);
    /** The fast path's tokens of the line being read. */
    private final JsonLineFields fields = new JsonLineFields();
    /** The fast path of the lines kept as UTF-8 bytes: the same tokens, into {@link #fields}. */
    private final JsonLineBytes bytes = new JsonLineBytes(fields);
    /** The key of each member of the fast path's line before, and what it stands for. */
    private String[] lastNames = new String[0];
    private Key[] lastKeys = new Key[0];
    /** The record of the lines the fast path reads; a missing field is placed at the closing brace. */
    private final RawRecord fastRow = new RawRecord(0, this::missingOfFastRow);
    private int fastClose;
    /** Whether lines go to Jackson only (for the differential tests). */
    private final boolean parserOnly;

    /** What a top-level key stands for. */
    private record Key(@Nullable Role role, String pointer) {
        static Key of(String name) {
            return new Key(Role.of(name), "/" + escape(name));
        }
    }

    JsonLinesFormat(String file, ProblemCollector problems, RowChecker checker) {
        this(file, problems, checker, false);
    }

    /** A reader as the other constructor; when {@code parserOnly}, every line is read by Jackson's parser. */
    JsonLinesFormat(String file, ProblemCollector problems, RowChecker checker, boolean parserOnly) {
        this.file = file;
        this.collector = problems;
        this.checker = checker;
        this.parserOnly = parserOnly;
    }

    @Override
    public boolean accept(LineSource.Line line) {
        if (line.isBlank()) {
            return true;
        }
        int n = line.number();
        pending.clear();
        if (line.overflow()) {
            // Placed where the line passes the limit: the character after the last one kept.
            collector.add(ObservationProblem.TOO_LONG, new Location(file, n, line.text().length() + 1,
                    pointerAtEnd(line.text())), null, null, line.length(), Parsers.MAX_LINE_CHARS);
            checker.countRejected();
            return true;
        }
        if (!parserOnly && read(line) && fast(n)) {
            return true;
        }
        // A field that is missing is placed at the end of the object, where it would have to be added.
        int[] end = {1};
        RawRecord record = new RawRecord(n, role -> new Location(file, n, end[0], "/" + role.key()));
        JsonParser p = null;
        try {
            p = Parsers.json(line.text());
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                malformed(n, p.currentTokenLocation(), "", "expected an object {…}, found " + describe(t));
                return true;
            }
            boolean[] seen = new boolean[Role.values().length];
            Set<String> dimensions = new HashSet<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                Key k = keys.get(key, Key::of);
                Role role = k.role();
                String pointer = k.pointer();
                if (role == Role.DIMENSIONS) {
                    if (seen[role.ordinal()]) {
                        duplicate(record, n, p, key, pointer);
                        p.skipChildren();
                        continue;
                    }
                    seen[role.ordinal()] = true;
                    dimensionsObject(record, p, value, key, pointer, dimensions);
                    continue;
                }
                String text = scalar(record, p, value, key, pointer, role);
                if (role != null) {
                    if (seen[role.ordinal()]) {
                        duplicate(record, n, p, key, pointer);
                        continue;
                    }
                    seen[role.ordinal()] = true;
                }
                if (text == null) {
                    continue;
                }
                RawField field = field(record, p, key, text, pointer, role);
                if (field == null) {
                    continue;
                }
                if (role != null) {
                    record.put(role, field);
                } else {
                    addDimension(record, p, field, dimensions);
                }
            }
            Integer close = column(p.currentTokenLocation());
            end[0] = close == null ? 1 : close;
            if (p.nextToken() != null) {
                malformed(n, p.currentTokenLocation(), "", "more than one JSON value on the line");
                return true;
            }
        } catch (JacksonException e) {
            String pointer = p == null ? "" : p.streamReadContext().pathAsPointer().toString();
            TokenStreamLocation where = e.getLocation();
            if ((where == null || where.getColumnNr() < 1) && p != null) {
                where = p.currentLocation();
            }
            boolean number = p != null && (p.currentToken() == JsonToken.VALUE_NUMBER_INT
                    || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT || Reasons.startsNumber(line.text(), where));
            malformed(n, where, pointer, Reasons.json(e, number));
            return true;
        } finally {
            if (p != null) {
                p.close();
            }
        }
        for (Problem problem : pending) {
            collector.add(problem);
        }
        checker.check(record);
        return true;
    }

    /**
     * Reads the line by the fast path: from its UTF-8 bytes when it has them ({@link JsonLineBytes}), else, or when
     * they are refused, from its text ({@link JsonLineFields}); false when neither takes it.
     */
    private boolean read(LineSource.Line line) {
        byte[] utf8 = line.utf8();
        return utf8 != null && bytes.read(utf8, line.utf8From(), line.utf8To()) || fields.read(line.text());
    }

    /**
     * Checks the line the fast path read, when it has no problem of its own: no {@code dimensions} object, no field
     * twice, no dimension without a name, no field too long. False, with nothing reported or checked, when it has
     * one: the parser then reads the line again and reports it as it always has.
     */
    private boolean fast(int n) {
        int count = fields.count();
        fastClose = fields.closeColumn();
        RawRecord record = fastRow; // checked at once and kept by no one: one record, emptied line after line
        record.reset(n);
        int seen = 0;
        if (lastKeys.length < count) {
            lastNames = java.util.Arrays.copyOf(lastNames, count);
            lastKeys = java.util.Arrays.copyOf(lastKeys, count);
        }
        for (int i = 0; i < count; i++) {
            String name = fields.name(i);
            Key k;
            if (lastNames[i] == name) {
                k = lastKeys[i];
            } else {
                k = keys.get(name, Key::of);
                lastNames[i] = name;
                lastKeys[i] = k;
            }
            Role role = k.role();
            if (role == Role.DIMENSIONS) {
                return false;
            }
            if (role != null) {
                int bit = 1 << role.ordinal();
                if ((seen & bit) != 0) {
                    return false;
                }
                seen |= bit;
            }
            String text = fields.text(i);
            if (text == null) {
                continue;
            }
            String s = Spaces.strip(text);
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > Parsers.MAX_FIELD_CHARS) {
                return false;
            }
            if (role != null) {
                record.put(role, name, s, n, fields.column(i), k.pointer()); // a RawField only for a problem
                continue;
            }
            String dimension = Spaces.strip(name);
            if (dimension.isEmpty()) {
                return false;
            }
            for (RawField d : record.dimensions()) {
                if (d.name().equals(dimension)) {
                    return false;
                }
            }
            record.addDimension(new RawField(dimension, s, n, fields.column(i), k.pointer()));
        }
        checker.check(record);
        return true;
    }

    private Location missingOfFastRow(Role role) {
        return new Location(file, fastRow.line(), fastClose, "/" + role.key());
    }

    /** The members of a {@code dimensions} object, each a dimension. */
    private void dimensionsObject(RawRecord record, JsonParser p, JsonToken value, String key, String pointer,
            Set<String> dimensions) {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            wrongType(record, p, key, pointer, value, "object");
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            String ptr = pointer + "/" + escape(name);
            String text = scalar(record, p, t, name, ptr, null);
            if (text != null) {
                RawField field = field(record, p, name, text, ptr, null);
                if (field != null) {
                    addDimension(record, p, field, dimensions);
                }
            }
        }
    }

    /** The text of a string or number, {@code null} for null or after reporting any other type. */
    private @Nullable String scalar(RawRecord record, JsonParser p, @Nullable JsonToken t, String key,
            String pointer, @Nullable Role role) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getString();
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(record, p, key, pointer, t, SCALAR);
            p.skipChildren();
            if (role != null) {
                record.markReported(role);
            }
        }
        return null;
    }

    /** The field, or {@code null} when blank, or too long (reported). */
    private @Nullable RawField field(RawRecord record, JsonParser p, String key, String text, String pointer,
            @Nullable Role role) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        RawField field = new RawField(key, s, record.line(), column(p.currentTokenLocation()), pointer);
        if (s.length() > Parsers.MAX_FIELD_CHARS) {
            report(ObservationProblem.TOO_LONG, field.location(file), key, s, s.length(), Parsers.MAX_FIELD_CHARS);
            record.markBroken();
            if (role != null) {
                record.markReported(role);
            }
            return null;
        }
        return field;
    }

    private void addDimension(RawRecord record, JsonParser p, RawField field, Set<String> dimensions) {
        String name = field.name().strip();
        if (name.isEmpty()) {
            report(ObservationProblem.UNNAMED_FIELD, field.location(file), field.name(), field.text(), field.text());
            record.markBroken();
        } else if (!dimensions.add(name)) {
            report(ObservationProblem.DUPLICATE_FIELD, field.location(file), name, field.text(), name);
            record.markBroken();
        } else {
            record.addDimension(new RawField(name, field.text(), field.line(), field.column(), field.pointer()));
        }
    }

    private void duplicate(RawRecord record, int n, JsonParser p, String key, String pointer) {
        report(ObservationProblem.DUPLICATE_FIELD, new Location(file, n, column(p.currentTokenLocation()), pointer),
                key, null, key);
        record.markBroken();
    }

    private void wrongType(RawRecord record, JsonParser p, String key, String pointer, @Nullable JsonToken t,
            String expected) {
        report(ObservationProblem.WRONG_TYPE, new Location(file, record.line(), column(p.currentTokenLocation()),
                pointer), key, null, key, describe(t), expected);
        record.markBroken();
    }

    private void malformed(int n, @Nullable TokenStreamLocation where, String pointer, String reason) {
        pending.clear();
        collector.add(ObservationProblem.MALFORMED_JSON_LINE, new Location(file, n, column(where), pointer), null, null,
                reason);
        checker.countRejected();
    }

    /** Keeps a problem of the line until the line is known to be well-formed. */
    private void report(ObservationProblem code, Location where, @Nullable String field, @Nullable String value,
            Object... arguments) {
        pending.add(Problem.of(code, where, field, value, arguments));
    }

    /** The JSON pointer of the member being read where {@code prefix} (a cut line) ends. */
    private static String pointerAtEnd(String prefix) {
        JsonParser p = null;
        try {
            p = Parsers.json(prefix);
            while (p.nextToken() != null) {
                // read on to the cut
            }
            return p.streamReadContext().pathAsPointer().toString();
        } catch (JacksonException e) {
            return p == null ? "" : p.streamReadContext().pathAsPointer().toString();
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    private static @Nullable Integer column(@Nullable TokenStreamLocation where) {
        return where == null || where.getColumnNr() < 1 ? 1 : where.getColumnNr();
    }

    private static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /** Escapes a key for a JSON pointer (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }
}
