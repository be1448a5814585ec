package org.planindicators.validation.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Why reading failed, in the words of a file format, never of the library that read it: no exception class names
 * ({@code NoSuchFileException}), no parser settings ({@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, {@code
 * StreamReadConstraints.getMaxNestingDepth()}), no source references. The reasons are in English; problem messages
 * put them after a sentence in the reader's language.
 */
public final class Reasons {
    /** A backquoted reference to a Jackson setting or method, with the words around it that point at it. */
    private static final Pattern SETTING = Pattern.compile(
            "\\s*(?:[,;:]\\s*)?(?:\\(?\\s*(?:from|as per|enable|disable|use)\\s+)?`[A-Za-z_.]+(?:\\(\\))?`"
                    + "(?:\\s+to allow\\)?| disabled\\)?|\\))?");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\s*(?:start marker )?at \\[Source:.*$",
            Pattern.DOTALL);
    private static final Pattern LIMIT = Pattern.compile(
            "(Document nesting depth|Number value length|String value length|Name length|Document length|Token count)"
                    + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);

    private Reasons() {
    }

    /**
     * Whether the character of {@code text} at {@code where} starts a number (Jackson calls an overlong number a
     * "String value").
     *
     * @param text the text parsed
     * @param where a place in it, or {@code null}
     * @return whether a number starts there
     */
    public static boolean startsNumber(String text, @Nullable TokenStreamLocation where) {
        if (where == null || where.getCharOffset() < 0 || where.getCharOffset() >= text.length()) {
            return false;
        }
        char c = text.charAt((int) where.getCharOffset());
        return c == '-' || (c >= '0' && c <= '9');
    }

    /**
     * Why a file could not be read: "no such file", "it is a directory", "permission denied", else the system's
     * message without the exception's class.
     *
     * @param e what reading threw
     * @return the reason, in words
     */
    public static String io(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (m == null || m.isBlank()) {
            return "the file cannot be read";
        }
        if (m.toLowerCase(Locale.ROOT).contains("is a directory")) {
            return "it is a directory, not a file";
        }
        return m;
    }

    /**
     * What is wrong with a JSON or CSV text, from the parser's exception: its first sentence, without references to
     * its settings and sources; a read limit in words ("a number of 1000000 characters, more than the limit of 64").
     *
     * @param e what the parser threw
     * @param numberAtFault whether the value at fault is a number (Jackson calls a number's text a "String value")
     * @return the reason, in words
     */
    public static String json(JacksonException e, boolean numberAtFault) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return "not well-formed";
        }
        var limit = LIMIT.matcher(m);
        if (e instanceof StreamConstraintsException && limit.matches()) {
            String what = switch (limit.group(1)) {
                case "Document nesting depth" -> "objects and arrays nested " + limit.group(2)
                        + " deep, more than the limit of " + limit.group(3);
                case "Number value length" -> "a number of " + limit.group(2) + " characters, more than the limit of "
                        + limit.group(3);
                case "String value length" -> (numberAtFault ? "a number of " : "a string of ") + limit.group(2)
                        + " characters, more than the limit of " + limit.group(3);
                case "Name length" -> "a property name of " + limit.group(2) + " characters, more than the limit of "
                        + limit.group(3);
                case "Token count" -> "more than " + limit.group(3) + " values";
                default -> "more than " + limit.group(3) + " characters";
            };
            return what;
        }
        if (m.startsWith("Non-standard token")) {
            return m.replaceFirst("Non-standard token ('[^']*').*", "$1 is not a JSON number (NaN and infinities are"
                    + " not allowed)");
        }
        String s = SOURCE.matcher(m).replaceAll("");
        s = SETTING.matcher(s).replaceAll("");
        s = s.replace("\r", " ").replace("\n", " ").strip();
        if (s.length() > 300) {
            s = s.substring(0, 300) + "…";
        }
        return s.isEmpty() ? "not well-formed" : s;
    }
}
