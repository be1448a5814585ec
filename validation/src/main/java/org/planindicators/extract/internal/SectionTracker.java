package org.planindicators.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Follows the headings of a plan or report — 第一篇/第三章/第二节, 一、, (一), and short title lines such as
 * 2022年政府工作回顾 — and tells, for each paragraph, the section it stands in and whether that section looks back
 * (a review of the past year or plan period, whose figures are results) or forward (targets).
 *
 * <p>Not thread-safe: one tracker reads one document from top to bottom.
 */
public final class SectionTracker {
    private static final String NUM = "[一二三四五六七八九十百零〇两\\d]+";
    private static final Pattern PIAN = Pattern.compile("^第" + NUM + "篇\\s*(.*)$");
    private static final Pattern ZHANG = Pattern.compile("^第" + NUM + "章\\s*(.*)$");
    private static final Pattern JIE = Pattern.compile("^第" + NUM + "节\\s*(.*)$");
    private static final Pattern CN_ITEM = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]\\s*(.+)$");
    private static final Pattern PAREN_ITEM = Pattern.compile("^[(（][一二三四五六七八九十]{1,3}[)）]\\s*(.+)$");
    private static final Pattern DASH_TITLE = Pattern.compile("^[—-]{1,2}\\s*(.+)$");
    /** Words of a heading over a review: its figures are results. */
    private static final Pattern REVIEW = Pattern.compile("回顾|过去一年|过去五年|一年来|五年来|工作总结|发展成就|发展基础|发展环境"
            + "|取得的成绩|主要成就|“十[一二三]五”时期|十[一二三]五时期");
    /** Words of a heading over what is to be done: its figures are targets. */
    private static final Pattern AHEAD = Pattern.compile("安排|目标|任务|展望|举措|实事|重点工作|今年|主要工作|指导思想|总体要求"
            + "|发展战略|建设|推进|打造|加快|提升|实施|强化|坚持|构建|深化|完善|健全|促进");

    /** Words of a heading over notes: a glossary's figures are neither targets nor results. */
    private static final Pattern NOTES = Pattern.compile("^(?:名词解释|注释|附注|注解|说明|术语|词语解释|名词注释)$");

    /** Whether a section's figures are targets or results, or are not read (a glossary). */
    public enum Mode { TARGETS, RESULTS, NOTES }

    /** A heading: its depth (0 a title line, 1 篇, 2 章 or 一、, 3 节 or (一)) and its title. */
    public record Heading(int level, String title) {
    }

    private final String[] titles = new String[4];
    private final Mode[] modes = new Mode[4];
    private final Mode initial;

    /**
     * A tracker at the top of a document.
     *
     * @param initial the mode before any heading says otherwise
     */
    public SectionTracker(Mode initial) {
        this.initial = initial;
    }

    /**
     * The heading {@code line} is, or null for body text.
     *
     * @param line a normalised paragraph
     * @return the heading, or null
     */
    public static @Nullable Heading heading(String line) {
        if (line.length() > 60 || line.endsWith("。") || line.endsWith(";") || line.endsWith("；")) {
            return null;
        }
        Matcher m;
        if ((m = PIAN.matcher(line)).matches()) {
            return new Heading(1, m.group(1));
        }
        if ((m = ZHANG.matcher(line)).matches()) {
            return new Heading(2, m.group(1));
        }
        if ((m = JIE.matcher(line)).matches()) {
            return new Heading(3, m.group(1));
        }
        if (line.length() <= 40 && !line.contains("。")) {
            if ((m = CN_ITEM.matcher(line)).matches()) {
                return new Heading(2, m.group(1));
            }
            if ((m = PAREN_ITEM.matcher(line)).matches()) {
                return new Heading(3, m.group(1));
            }
        }
        if (line.length() <= 30 && !line.matches(".*[,，:：。].*") && !line.matches("^\\d{1,3}\\s*[.．、].*")) {
            Matcher d = DASH_TITLE.matcher(line);
            return new Heading(0, d.matches() ? d.group(1) : line);
        }
        return null;
    }

    /**
     * Enters the section of {@code h}.
     *
     * @param h the heading met
     */
    public void enter(Heading h) {
        Mode parent = h.level() == 0 ? initial : mode(h.level() - 1);
        Mode own = NOTES.matcher(h.title().replaceAll("[:：\\s]", "")).matches() ? Mode.NOTES
                : REVIEW.matcher(h.title()).find() ? Mode.RESULTS
                : h.level() == 0 && AHEAD.matcher(h.title()).find() ? Mode.TARGETS : null;
        if (h.level() == 0 && own == null) {
            // A title line that says nothing of time (a forum's menu, a document title) keeps the mode.
            own = mode(3);
            if (titles[0] == null && titles[1] == null && titles[2] == null) {
                own = initial;
            }
        }
        titles[h.level()] = h.title();
        modes[h.level()] = own != null ? own : parent;
        for (int i = h.level() + 1; i < 4; i++) {
            titles[i] = null;
            modes[i] = null;
        }
    }

    /** {@return the mode of the section the reader is in} */
    public Mode mode() {
        return mode(3);
    }

    private Mode mode(int level) {
        for (int i = level; i >= 0; i--) {
            if (modes[i] != null) {
                return modes[i];
            }
        }
        return initial;
    }

    /** {@return the title of the innermost section, or the empty string before the first heading} */
    public String section() {
        for (int i = 3; i >= 0; i--) {
            if (titles[i] != null && !titles[i].isBlank()) {
                return titles[i];
            }
        }
        return "";
    }

    /** {@return the title of the outermost section (a title line, 篇 or 章), or the empty string} */
    public String top() {
        for (int i = 0; i < 4; i++) {
            if (titles[i] != null && !titles[i].isBlank()) {
                return titles[i];
            }
        }
        return "";
    }
}
