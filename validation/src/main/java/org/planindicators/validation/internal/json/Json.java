package org.planindicators.validation.internal.json;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value read from a document, with the 1-based line and column where it starts and its place in the document:
 * the container holding it and its name or index there. Its JSON pointer (RFC 6901) is made from that chain only
 * when asked for (a problem is reported, a value is looked up), not for every value read. Numbers keep the text of
 * their token, so that no precision or scale is lost and no number is made before it is checked.
 *
 * <p>Values are built by {@link DocumentReader} and not changed once it has read them: a container is made when its
 * first token is read, so that its members can point to it, and filled while its members are read.
 */
public abstract sealed class Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Bool, Json.Null {
    private final @Nullable Json parent;
    private final @Nullable String name;
    private final int index;
    private final int line;
    private final int column;
    private @Nullable String pointer;

    /**
     * A value at {@code line}, {@code column}: the document ({@code parent} null), a member {@code name} of the
     * object {@code parent}, or the element {@code index} of the array {@code parent}.
     */
    Json(@Nullable Json parent, @Nullable String name, int index, int line, int column) {
        if (parent != null && (parent instanceof Obj) != (name != null)) {
            throw new IllegalArgumentException("a member has a name, an element an index");
        }
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.line = line;
        this.column = column;
        if (parent == null) {
            this.pointer = "";
        }
    }

    /** The JSON pointer (RFC 6901) of this value; {@code ""} for the document. Made on first use. */
    public final String pointer() {
        String p = pointer;
        if (p == null) {
            Json up = Objects.requireNonNull(parent);
            p = name != null ? Pointers.child(up.pointer(), name) : Pointers.child(up.pointer(), index);
            pointer = p;
        }
        return p;
    }

    /** The container holding this value; {@code null} for the document. */
    public final @Nullable Json parent() {
        return parent;
    }

    /** The 1-based line where the value starts. */
    public final int line() {
        return line;
    }

    /** The 1-based column where the value starts. */
    public final int column() {
        return column;
    }

    /** The JSON type's name as the problems report it: object, array, string, number, boolean, null. */
    public abstract String typeName();

    /** The value as problems quote it: the text of a scalar, {@code {…}} or {@code […]} for containers. */
    public abstract String quote();

    @Override
    public final String toString() {
        return typeName() + " " + quote() + " at " + pointer() + " (" + line + ":" + column + ")";
    }

    /**
     * An object: its members in document order (the first of duplicate names kept). Looked up by a scan of its
     * names while it is small (the objects of a plan have at most 15 members), through a map once it is larger.
     */
    public static final class Obj extends Json {
        private static final int SCAN = 16;
        private String[] names = new String[8];
        private Json[] values = new Json[8];
        private int size;
        private @Nullable Map<String, Json> byName;

        Obj(@Nullable Json parent, @Nullable String name, int index, int line, int column) {
            super(parent, name, index, line, column);
        }

        /** Adds the member {@code name}, unless the object has one of that name; whether it was added. */
        boolean add(String name, Json value) {
            if (value.parent() != this) {
                throw new IllegalArgumentException("a member of another value");
            }
            if (get(name) != null) {
                return false;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            if (byName != null) {
                byName.put(name, value);
            } else if (size > SCAN) {
                byName = new HashMap<>(size * 2);
                for (int i = 0; i < size; i++) {
                    byName.put(names[i], values[i]);
                }
            }
            return true;
        }

        /** The member {@code name}, or {@code null} when absent. */
        public @Nullable Json get(String name) {
            if (byName != null) {
                return byName.get(name);
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        /** The number of members. */
        public int size() {
            return size;
        }

        /** The name of member {@code i}, in document order. */
        public String name(int i) {
            Objects.checkIndex(i, size);
            return names[i];
        }

        /** The value of member {@code i}, in document order. */
        public Json value(int i) {
            Objects.checkIndex(i, size);
            return values[i];
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

    /** An array. */
    public static final class Arr extends Json {
        private Json[] elements = new Json[4];
        private int size;
        private final List<Json> view = new AbstractList<>() {
            @Override
            public Json get(int i) {
                Objects.checkIndex(i, size);
                return elements[i];
            }

            @Override
            public int size() {
                return size;
            }
        };

        Arr(@Nullable Json parent, @Nullable String name, int index, int line, int column) {
            super(parent, name, index, line, column);
        }

        /** Appends {@code element}, whose index must be the next one. */
        void add(Json element) {
            if (element.parent() != this || element.index != size) {
                throw new IllegalArgumentException("not the next element of this array");
            }
            if (size == elements.length) {
                elements = Arrays.copyOf(elements, size * 2);
            }
            elements[size++] = element;
        }

        /** The elements in order (a view that cannot be changed). */
        public List<Json> elements() {
            return view;
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

    /** A string. */
    public static final class Str extends Json {
        private final String value;

        Str(@Nullable Json parent, @Nullable String name, int index, int line, int column, String value) {
            super(parent, name, index, line, column);
            this.value = Objects.requireNonNull(value, "value");
        }

        /** The string. */
        public String value() {
            return value;
        }

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
     */
    public static final class Num extends Json {
        private final String text;
        private final boolean integral;
        private final boolean usable;

        Num(@Nullable Json parent, @Nullable String name, int index, int line, int column, String text,
                boolean integral, boolean usable) {
            super(parent, name, index, line, column);
            this.text = Objects.requireNonNull(text, "text");
            this.integral = integral;
            this.usable = usable;
        }

        /** The token as written: {@code 77.30}. */
        public String text() {
            return text;
        }

        /** Whether the token has neither fraction nor exponent. */
        public boolean integral() {
            return integral;
        }

        /** Whether the number may be used. */
        public boolean usable() {
            return usable;
        }

        @Override
        public String typeName() {
            return integral ? "integer" : "number";
        }

        @Override
        public String quote() {
            return text;
        }
    }

    /** {@code true} or {@code false}. */
    public static final class Bool extends Json {
        private final boolean value;

        Bool(@Nullable Json parent, @Nullable String name, int index, int line, int column, boolean value) {
            super(parent, name, index, line, column);
            this.value = value;
        }

        /** The value. */
        public boolean value() {
            return value;
        }

        @Override
        public String typeName() {
            return "boolean";
        }

        @Override
        public String quote() {
            return Boolean.toString(value);
        }
    }

    /** {@code null}. */
    public static final class Null extends Json {
        Null(@Nullable Json parent, @Nullable String name, int index, int line, int column) {
            super(parent, name, index, line, column);
        }

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
