package org.planindicators.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a document's text into paragraphs and sentences as the extractor reads them: full-width ASCII folded to
 * half-width, the spaces that PDF extraction puts inside words and numbers removed, lines broken inside a sentence
 * joined again. Every character keeps the 1-based line of the text it came from.
 */
public final class TextNormalizer {
    /** Ends a sentence: the extractor reads each sentence on its own. */
    private static final String SENTENCE_END = "。；;！!？?";
    /** A line that ends so does not continue on the next line. */
    private static final String LINE_END = "。；;！!？?:：”)";
    private static final Pattern LIST_ITEM = Pattern.compile("^\\d{1,3}\\s*[.．、]\\s*\\S.*");

    /** Lines shorter than this are fragments (奋斗, 2万, 主题), not prose. */
    static final int FRAGMENT = 6;
    private static final int FURNITURE_MAX = 30;
    private static final Pattern PROSE_MARKS = Pattern.compile("[，。；,;、]");

    private TextNormalizer() {
    }

    /** A paragraph: its normalised text and, for each character, the line it came from. */
    public record Paragraph(String text, int[] lines) {
        /** {@return the 1-based line of the character at {@code index}} */
        public int lineAt(int index) {
            return lines.length == 0 ? 1 : lines[Math.max(0, Math.min(index, lines.length - 1))];
        }

        /** {@return the sentences of this paragraph, each with its lines} */
        public List<Paragraph> sentences() {
            List<Paragraph> out = new ArrayList<>();
            int start = 0;
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '“') {
                    depth++;
                } else if ((c == ')' || c == '”') && depth > 0) {
                    depth--;
                } else if (depth == 0 && SENTENCE_END.indexOf(c) >= 0) {
                    add(out, start, i + 1);
                    start = i + 1;
                }
            }
            add(out, start, text.length());
            return out;
        }

        private void add(List<Paragraph> out, int start, int end) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                int lead = text.substring(start, end).indexOf(s.charAt(0));
                int[] l = new int[s.length()];
                System.arraycopy(lines, start + lead, l, 0, s.length());
                out.add(new Paragraph(s, l));
            }
        }
    }

    /**
     * Splits {@code text} into paragraphs: non-blank lines, a line that does not end a sentence joined with the next
     * non-blank line unless that one is a heading or a list item.
     *
     * @param text the document
     * @param isHeading tells a heading line (after normalisation) from body text
     * @return the paragraphs in document order
     */
    public static List<Paragraph> paragraphs(String text, java.util.function.Predicate<String> isHeading) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        String[] norm = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            norm[i] = normalize(raw[i]);
        }
        boolean[] furniture = furniture(norm);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        List<Integer> curLines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = norm[i];
            if (line.isEmpty() || furniture[i]) {
                continue;
            }
            boolean standalone = isHeading.test(line) || LIST_ITEM.matcher(line).matches();
            boolean continues = cur.length() > 0 && !standalone && !isHeading.test(cur.toString())
                    && LINE_END.indexOf(cur.charAt(cur.length() - 1)) < 0 && cur.length() >= 20;
            if (!continues) {
                flush(out, cur, curLines);
            }
            for (int k = 0; k < line.length(); k++) {
                curLines.add(i + 1);
            }
            cur.append(line);
        }
        flush(out, cur, curLines);
        return out;
    }

    /**
     * Marks the lines that are page furniture, not prose: a short line without sentence punctuation among fragments
     * (a forum's sidebar: 奋斗 / 3天前 / 签到天数: 808天 / [LV.10]… / 2万 / 主题) — at least three of its four nearest
     * non-blank lines are shorter than {@value #FRAGMENT} characters.
     */
    static boolean[] furniture(String[] lines) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                filled.add(i);
            }
        }
        boolean[] out = new boolean[lines.length];
        for (int k = 0; k < filled.size(); k++) {
            String line = lines[filled.get(k)];
            if (line.length() > FURNITURE_MAX || PROSE_MARKS.matcher(line).find()) {
                continue;
            }
            int fragments = 0;
            for (int d : new int[] {-2, -1, 1, 2}) {
                int j = k + d;
                if (j >= 0 && j < filled.size() && lines[filled.get(j)].length() < FRAGMENT) {
                    fragments++;
                }
            }
            out[filled.get(k)] = fragments >= 3;
        }
        return out;
    }

    private static void flush(List<Paragraph> out, StringBuilder cur, List<Integer> lines) {
        if (cur.length() > 0) {
            out.add(new Paragraph(cur.toString(), lines.stream().mapToInt(Integer::intValue).toArray()));
        }
        cur.setLength(0);
        lines.clear();
    }

    /**
     * Normalises one line: folds full-width ASCII and the ideographic space, removes spaces except between two
     * Latin letters or digits of different words, and strips the line.
     *
     * @param line a line of the document
     * @return the line normalised
     */
    public static String normalize(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            b.append(fold(line.charAt(i)));
        }
        String s = b.toString().strip();
        StringBuilder o = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                char prev = o.length() > 0 ? o.charAt(o.length() - 1) : ' ';
                int j = i;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                char next = j < s.length() ? s.charAt(j) : ' ';
                if (isLatin(prev) && isLatin(next)) {
                    o.append(' ');
                }
                i = j - 1;
                continue;
            }
            o.append(c);
        }
        return o.toString();
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Folds a character: full-width ASCII to half-width, but keeps the Chinese comma-like marks (，、；：) as the
     * parser reads both; the ideographic and no-break spaces to a space.
     *
     * @param c the character
     * @return the folded character
     */
    public static char fold(char c) {
        switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\t' -> {
                return ' ';
            }
            case '（' -> {
                return '(';
            }
            case '）' -> {
                return ')';
            }
            default -> {
                if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A'
                        || c == '\uFF05' || c == '\uFF0E' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF5E') {
                    return (char) (c - 0xFEE0);
                }
                return c;
            }
        }
    }
}
