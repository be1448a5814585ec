package org.planindicators.plan;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a figure was read: a document, and optionally a line in it and a section heading.
 *
 * <p>{@link #toString()} writes {@code 003_97555f4808f51832.txt:45 §第三章} (document, {@code :line} when known,
 * {@code  §section} when known), which {@link #parse(CharSequence)} reads back. So that it does, the document must
 * not contain {@code " §"} nor end in a colon and digits (spaces between allowed), and no field has spaces at its ends.
 *
 * @param document the file name or title: "003_97555f4808f51832.txt", "2023年成都市温江区政府工作报告"
 * @param line the 1-based line in the document; {@code null} when not known
 * @param section the heading the figure sits under: "第三章"; {@code null} when not known
 */
public record SourceRef(String document, @Nullable Integer line, @Nullable String section) {
    private static final String SECTION_MARK = " §";
    private static final Pattern LINE_SUFFIX = Pattern.compile("(.*):\\s*(\\d+)", Pattern.DOTALL);

    /**
     * Checks the fields: see the class description.
     *
     * @param document the file name or title: "003_97555f4808f51832.txt", "2023年成都市温江区政府工作报告"
     * @param line the 1-based line in the document; {@code null} when not known
     * @param section the heading the figure sits under: "第三章"; {@code null} when not known
     */
    public SourceRef {
        Checks.requireNotBlank(document, "document");
        requireStripped(document, "document");
        if (document.contains(SECTION_MARK)) {
            throw new IllegalArgumentException("document must not contain \" §\": '" + document + "'");
        }
        if (LINE_SUFFIX.matcher(document).matches()) {
            throw new IllegalArgumentException("document must not end in ':' and digits (give them as line): '"
                    + document + "'");
        }
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        Checks.requireNotBlankIfPresent(section, "section");
        if (section != null) {
            requireStripped(section, "section");
        }
    }

    private static void requireStripped(String value, String name) {
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(name + " must not begin or end with spaces: '" + value + "'");
        }
    }

    /**
     * The whole of {@code document}.
     *
     * @param document the file name or title: "003_97555f4808f51832.txt", "2023年成都市温江区政府工作报告"
     * @return the whole of {@code document}
     */
    public static SourceRef of(String document) {
        return new SourceRef(document, null, null);
    }

    /**
     * Line {@code line} of {@code document}.
     *
     * @param document the file name or title: "003_97555f4808f51832.txt", "2023年成都市温江区政府工作报告"
     * @param line the 1-based line in the document; {@code null} when not known
     * @return line {@code line} of {@code document}
     */
    public static SourceRef of(String document, int line) {
        return new SourceRef(document, line, null);
    }

    /**
     * Line {@code line} of {@code document}, under heading {@code section}.
     *
     * @param document the file name or title: "003_97555f4808f51832.txt", "2023年成都市温江区政府工作报告"
     * @param line the 1-based line in the document; {@code null} when not known
     * @param section the heading the figure sits under: "第三章"; {@code null} when not known
     * @return line {@code line} of {@code document}, under heading {@code section}
     */
    public static SourceRef of(String document, int line, String section) {
        return new SourceRef(document, line, Objects.requireNonNull(section, "section"));
    }

    /**
     * Reads a reference as {@link #toString()} writes it: {@code 003_97555f4808f51832.txt:45 §第三章}, {@code
     * 003_97555f4808f51832.txt:45}, {@code 规划纲要 §第三章}, {@code 规划纲要}. Spaces at the ends of each part are
     * dropped.
     *
     * @param text the text to read
     * @return the reference
     * @throws IllegalArgumentException when a part is empty or the line is not a number from 1
     */
    public static SourceRef parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        String section = null;
        int mark = s.indexOf(SECTION_MARK);
        if (mark >= 0) {
            section = s.substring(mark + SECTION_MARK.length()).strip();
            s = s.substring(0, mark);
            if (section.isEmpty()) {
                throw new IllegalArgumentException("not a source reference: '" + text + "'; the section after §"
                        + " is empty");
            }
        }
        s = s.strip();
        Integer line = null;
        Matcher m = LINE_SUFFIX.matcher(s);
        if (m.matches()) {
            try {
                line = Integer.valueOf(m.group(2));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a source reference: '" + text + "'; line " + m.group(2)
                        + " is too large", e);
            }
            s = m.group(1).strip();
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("not a source reference: '" + text + "'; the document is empty");
        }
        return new SourceRef(s, line, section);
    }

    /** {@code document}, then {@code :line} and {@code  §section} when known. */
    @Override
    public String toString() {
        return document + (line == null ? "" : ":" + line) + (section == null ? "" : SECTION_MARK + section);
    }
}
