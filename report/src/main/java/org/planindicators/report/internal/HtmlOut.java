package org.planindicators.report.internal;

/**
 * A small HTML (and inline SVG) writer that escapes every piece of text it is given: {@code & < > " '} become
 * character references in text and in attribute values, and characters that HTML does not allow (control
 * characters other than tab, line feed and carriage return; noncharacters; lone surrogates) are dropped. Markup comes
 * only from {@link #raw(String)}, which callers give constant strings; names, sources, notes and figures go through
 * {@link #text(String)} and {@link #attr(String, String)}, so a name {@code <script>} is shown, never run.
 */
public final class HtmlOut {
    private final StringBuilder sb;

    /**
     * A writer into {@code sb}.
     *
     * @param sb where the markup goes
     */
    public HtmlOut(StringBuilder sb) {
        this.sb = sb;
    }

    /** {@return the markup written so far} */
    @Override
    public String toString() {
        return sb.toString();
    }

    /**
     * Writes trusted markup as is: constant strings only.
     *
     * @param markup the markup
     * @return this writer
     */
    public HtmlOut raw(String markup) {
        sb.append(markup);
        return this;
    }

    /**
     * Writes {@code text} escaped.
     *
     * @param text the text
     * @return this writer
     */
    public HtmlOut text(String text) {
        escape(text, sb);
        return this;
    }

    /**
     * Opens {@code tag} with attributes given as name, value pairs (a {@code null} value leaves the attribute out).
     *
     * @param tag the element's name, a constant
     * @param attributes names (constants) and values (escaped)
     * @return this writer
     */
    public HtmlOut open(String tag, String... attributes) {
        start(tag, attributes);
        sb.append('>');
        return this;
    }

    /**
     * Writes an empty element ({@code <circle …/>}, {@code <path …/>}) with attributes as {@link #open}.
     *
     * @param tag the element's name, a constant
     * @param attributes names (constants) and values (escaped)
     * @return this writer
     */
    public HtmlOut empty(String tag, String... attributes) {
        start(tag, attributes);
        sb.append("/>");
        return this;
    }

    /**
     * Closes {@code tag}.
     *
     * @param tag the element's name, a constant
     * @return this writer
     */
    public HtmlOut close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /**
     * An element holding only {@code text}: {@code <td class="x">text</td>}.
     *
     * @param tag the element's name, a constant
     * @param text the text, escaped
     * @param attributes names (constants) and values (escaped)
     * @return this writer
     */
    public HtmlOut element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    private void start(String tag, String... attributes) {
        sb.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
    }

    private void attr(String name, String value) {
        if (value == null) {
            return;
        }
        sb.append(' ').append(name).append("=\"");
        escape(value, sb);
        sb.append('"');
    }

    /**
     * Appends {@code text} to {@code out} with {@code & < > " '} as character references and the characters HTML
     * does not allow dropped.
     *
     * @param text the text
     * @param out where it goes
     */
    public static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int cp = text.codePointAt(i);
                        if ((cp & 0xFFFE) != 0xFFFE) {
                            out.append(c).append(text.charAt(i + 1));
                        }
                        i++;
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * {@code text} escaped.
     *
     * @param text the text
     * @return {@code text} escaped
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escape(text, sb);
        return sb.toString();
    }

    /** Whether a character (not half of a surrogate pair) may appear in an HTML or XML document. */
    static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c != 0xFFFE && c != 0xFFFF && !(c >= 0xFDD0 && c <= 0xFDEF);
    }

    /**
     * {@code text} with the characters an HTML or XML document does not allow dropped (for the workbook, whose
     * library escapes markup itself).
     *
     * @param text the text
     * @return {@code text} without the characters an HTML or XML document does not allow
     */
    public static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
