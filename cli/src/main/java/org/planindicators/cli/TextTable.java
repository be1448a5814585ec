package org.planindicators.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of text for a terminal: columns padded to the widest cell, measured in terminal columns, so that Chinese
 * text lines up. A character counts two columns when Unicode gives it the East Asian Width <em>Wide</em> or
 * <em>Fullwidth</em> (CJK ideographs, kana, Hangul, full-width forms, CJK punctuation such as 、。（）：), zero for a
 * combining mark or a zero-width format character, and one otherwise (East Asian <em>Ambiguous</em> characters
 * such as — and ‰ count one, as most terminals show them outside CJK legacy modes).
 *
 * <p>Columns are separated by two spaces; lines carry no trailing spaces.
 */
final class TextTable {
    /** How a column's cells sit in it. */
    enum Align {
        /** Padded on the right: text. */
        LEFT,
        /** Padded on the left: numbers. */
        RIGHT
    }

    private final List<Align> aligns;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * A table whose columns are aligned as {@code aligns} says, one entry a column.
     *
     * @param aligns the alignment of each column
     */
    TextTable(List<Align> aligns) {
        this.aligns = List.copyOf(aligns);
    }

    /**
     * Adds a row, one cell a column.
     *
     * @param cells the cells, as many as there are columns
     * @return this table
     */
    TextTable row(List<String> cells) {
        if (cells.size() != aligns.size()) {
            throw new IllegalArgumentException("a row needs " + aligns.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * The table as lines, each ending in {@code \n}.
     *
     * @return the rendered table
     */
    String render() {
        int[] widths = new int[aligns.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - width(cell));
                if (c > 0) {
                    line.append("  ");
                }
                line.append(aligns.get(c) == Align.RIGHT ? pad + cell : cell + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The number of terminal columns {@code text} takes: two for each East Asian wide or full-width character, zero
     * for combining marks and zero-width characters, one for the rest.
     *
     * @param text the text
     * @return its width in columns
     */
    static int width(String text) {
        Objects.requireNonNull(text, "text");
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += width(cp);
        }
        return width;
    }

    /**
     * The columns one code point takes: 0, 1 or 2.
     *
     * @param cp the code point
     * @return its width in columns
     */
    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** Whether East Asian Width is W or F (Unicode 15, the ranges that matter for text). */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F           // Hangul Jamo initials
                || cp >= 0x2E80 && cp <= 0x303E       // CJK radicals, Kangxi, ideographic description, CJK punctuation
                || cp >= 0x3041 && cp <= 0x33FF       // kana, bopomofo, Hangul compatibility, kanbun, CJK compatibility
                || cp >= 0x3400 && cp <= 0x4DBF       // CJK extension A
                || cp >= 0x4E00 && cp <= 0x9FFF       // CJK unified ideographs
                || cp >= 0xA000 && cp <= 0xA4CF       // Yi
                || cp >= 0xA960 && cp <= 0xA97F       // Hangul Jamo extended A
                || cp >= 0xAC00 && cp <= 0xD7A3       // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF       // CJK compatibility ideographs
                || cp >= 0xFE10 && cp <= 0xFE19       // vertical forms
                || cp >= 0xFE30 && cp <= 0xFE6F       // CJK compatibility forms, small form variants
                || cp >= 0xFF00 && cp <= 0xFF60       // full-width forms
                || cp >= 0xFFE0 && cp <= 0xFFE6       // full-width signs
                || cp >= 0x1F300 && cp <= 0x1F64F     // pictographs, emoticons
                || cp >= 0x1F900 && cp <= 0x1F9FF     // supplemental symbols and pictographs
                || cp >= 0x20000 && cp <= 0x2FFFD     // CJK extensions B–F, compatibility supplement
                || cp >= 0x30000 && cp <= 0x3FFFD;    // CJK extensions G–H
    }
}
