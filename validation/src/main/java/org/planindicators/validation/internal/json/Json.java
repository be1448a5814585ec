package org.planindicators.validation.internal.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value read from a document, with its JSON pointer and the 1-based line and column where it starts. Numbers
 * keep the text of their token, so that no precision or scale is lost and no number is made before it is checked.
 */
public sealed interface Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Bool, Json.Null {
    /** The JSON pointer (RFC 6901) of this value; {@code ""} for the document. */
    String pointer();

    /** The 1-based line where the value starts. */
    int line();

    /** The 1-based column where the value starts. */
    int column();

    /** The JSON type's name as the problems report it: object, array, string, number, boolean, null. */
    String typeName();

    /** The value as problems quote it: the text of a scalar, {@code {…}} or {@code […]} for containers. */
    String quote();

    /**
     * An object: its members in document order (the first of duplicate names kept).
     *
     * @param pointer the pointer
     * @param line the line
     * @param column the column
     * @param members the members by name, in document order
     */
    record Obj(String pointer, int line, int column, Map<String, Json> members) implements Json {
        /** Copies the members, keeping their order. */
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        /** The member {@code name}, or {@code null} when absent. */
        public @Nullable Json get(String name) {
            return members.get(name);
        }

        @Override
        public String typeName() {
            return "object";
        }

        @Override
        public String quote() {
            return "{…}";
        }
    }

    /**
     * An array.
     *
     * @param pointer the pointer
     * @param line the line
     * @param column the column
     * @param elements the elements in order
     */
    record Arr(String pointer, int line, int column, List<Json> elements) implements Json {
        /** Copies the elements. */
        public Arr {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeName() {
            return "array";
        }

        @Override
        public String quote() {
            return "[…]";
        }
    }

    /**
     * A string.
     *
     * @param pointer the pointer
     * @param line the line
     * @param column the column
     * @param value the string
     */
    record Str(String pointer, int line, int column, String value) implements Json {
        @Override
        public String typeName() {
            return "string";
        }

        @Override
        public String quote() {
            return value;
        }
    }

    /**
     * A number, as the text of its token. {@code usable} is false when the number was refused while reading
     * (exponent notation, NaN, infinity): the problem is already reported.
     *
     * @param pointer the pointer
     * @param line the line
     * @param column the column
     * @param text the token as written: {@code 77.30}
     * @param integral whether the token has neither fraction nor exponent
     * @param usable whether the number may be used
     */
    record Num(String pointer, int line, int column, String text, boolean integral, boolean usable) implements Json {
        @Override
        public String typeName() {
            return integral ? "integer" : "number";
        }

        @Override
        public String quote() {
            return text;
        }
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param pointer the pointer
     * @param line the line
     * @param column the column
     * @param value the value
     */
    record Bool(String pointer, int line, int column, boolean value) implements Json {
        @Override
        public String typeName() {
            return "boolean";
        }

        @Override
        public String quote() {
            return Boolean.toString(value);
        }
    }

    /**
     * {@code null}.
     *
     * @param pointer the pointer
     * @param line the line
     * @param column the column
     */
    record Null(String pointer, int line, int column) implements Json {
        @Override
        public String typeName() {
            return "null";
        }

        @Override
        public String quote() {
            return "null";
        }
    }
}
