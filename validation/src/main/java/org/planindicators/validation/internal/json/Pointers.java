package org.planindicators.validation.internal.json;

import java.util.Objects;
import org.planindicators.validation.Location;
import org.planindicators.validation.internal.PlanChecks;

/**
 * JSON pointers (RFC 6901) and their mapping to the model's property paths. JSON property names equal the model's
 * component names, so {@code parts[0].goals[1].indicators[2].name} is {@code /parts/0/goals/1/indicators/2/name};
 * the one exception is a target's expression, written as {@code target} (and inside a structured target, a range's
 * {@code low} and a change's {@code amount}, written as {@code value}).
 */
public final class Pointers {
    private Pointers() {
    }

    /**
     * {@code parent} followed by the reference token {@code name}, escaped ({@code ~} as {@code ~0}, {@code /} as
     * {@code ~1}).
     */
    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} followed by the array index {@code index}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer of the value holding {@code pointer}; {@code ""} (the document) for a top-level pointer. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The last reference token of {@code pointer}, unescaped; {@code ""} for the document. */
    public static String lastToken(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }

    /**
     * The pointer of a model property path in Jakarta Validation's form: {@code parts[0].goals[1]} → {@code
     * /parts/0/goals/1}; {@code ""} → {@code ""}. Container-element nodes ({@code <list element>}) are dropped,
     * {@code expression} becomes {@code target}, and under a target {@code low} and {@code amount} become {@code
     * value}.
     */
    public static String ofPath(String path) {
        Objects.requireNonNull(path, "path");
        StringBuilder out = new StringBuilder();
        String previous = "";
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    close = n;
                }
                String key = path.substring(i + 1, close);
                out.append('/').append(key.replace("~", "~0").replace("/", "~1"));
                previous = key;
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            String name = path.substring(i, end);
            i = end;
            if (name.startsWith("<")) {
                continue;
            }
            if (name.equals("expression")) {
                name = "target";
            } else if (previous.equals("target") && (name.equals("low") || name.equals("amount"))) {
                name = "value";
            }
            out.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            previous = name;
        }
        return out.toString();
    }

    /**
     * The value at {@code pointer} under {@code from} (a pointer relative to it: {@code ""} is {@code from} itself,
     * {@code /targets/0} its member {@code targets}' first element), or else the nearest ancestor of that place the
     * document has; {@code from} when it has none below it. Array indexes are read as RFC 6901 writes them (no
     * leading zeros).
     */
    public static Json nearest(Json from, String pointer) {
        Objects.requireNonNull(from, "from");
        Json at = from;
        int i = 0;
        int n = pointer.length();
        if (n > 0 && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("not a JSON pointer: " + pointer);
        }
        while (i < n) {
            int end = pointer.indexOf('/', i + 1);
            if (end < 0) {
                end = n;
            }
            String token = pointer.substring(i + 1, end);
            Json next = null;
            if (at instanceof Json.Obj o) {
                next = o.get(token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~"));
            } else if (at instanceof Json.Arr a) {
                int index = arrayIndex(token);
                next = index >= 0 && index < a.elements().size() ? a.elements().get(index) : null;
            }
            if (next == null) {
                return at;
            }
            at = next;
            i = end;
        }
        return at;
    }

    /** The array index {@code token} writes, or -1 when it writes none (not digits, a leading zero, too long). */
    private static int arrayIndex(String token) {
        int n = token.length();
        if (n == 0 || n > 9 || (n > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * A locator for {@link PlanChecks} over the values of the document {@code root} read from {@code file}: a model
     * path is placed at its node, or at the nearest ancestor the document has.
     */
    public static PlanChecks.Locator locator(String file, Json.Obj root) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        return path -> {
            Json j = nearest(root, ofPath(path));
            return Location.ofPointer(file, j.pointer(), j.line(), j.column());
        };
    }
}
