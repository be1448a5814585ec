package org.planindicators.validation.internal.json;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps (in order), lists, strings, integers and booleans as pretty-printed JSON: two spaces a
 * level, one member or element a line, {@code "name": value}, and a newline at the end. Strings keep their
 * characters (UTF-8 when encoded); only the quote, the backslash, control characters and unpaired surrogates are
 * escaped.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {
    }

    /** The JSON text of {@code value}, with a trailing newline. */
    static String write(Object value) {
        JsonWriter w = new JsonWriter();
        w.value(value, 0);
        w.out.append('\n');
        return w.out.toString();
    }

    private void value(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1);
                string((String) e.getKey());
                out.append(": ");
                value(e.getValue(), depth + 1);
            }
            out.append('\n');
            indent(depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object e : list) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1);
                value(e, depth + 1);
            }
            out.append('\n');
            indent(depth);
            out.append(']');
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName());
        }
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void string(String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        unicode(c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(i + 1));
                            i++;
                        } else {
                            unicode(c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void unicode(char c) {
        out.append(String.format("\\u%04x", (int) c));
    }
}
