package org.planindicators.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetKind;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.UnitFamily;

/**
 * The grammar of changes and rates: the verb before a figure (增长, 下降, 提高 … and the level verbs 到/至/为 that turn
 * 提高到 into a level), whether the figure is a growth or reduction rate, whether it is a change from the previous
 * value (增长3.0%, 减少3个), and its accumulation (brackets, 累计, 年均增长).
 */
final class ChangeGrammar {
    private ChangeGrammar() {
    }

    /**
     * What the words before a figure say about change.
     *
     * @param direction the verb's direction, or null without a verb
     * @param levelVerb whether the verb is followed by 到/至/为: a level is reached (提高到60%)
     * @param countVerb whether the words up to and including the verb end in 增加 or 减少, the verbs that change a count
     */
    record Verb(@Nullable ChangeDirection direction, boolean levelVerb, boolean countVerb) {
    }

    /** Reads the verb at the end of {@code text} (the words before a figure, without its bound word). */
    static Verb verb(String text) {
        return verb(text, 0, text.length());
    }

    /** Reads the verb at the end of {@code text[from, end)}, without copying it. */
    static Verb verb(String text, int from, int end) {
        int r = end;
        boolean levelVerb = false;
        for (String lv : Words.LEVEL_VERBS) {
            int len = lv.length();
            if (r - from >= len && text.regionMatches(r - len, lv, 0, len)
                    && verbAtEnd(text, from, r - len) != null) {
                levelVerb = true;
                r -= len;
                break;
            }
        }
        boolean countVerb = r - from >= 2 && (text.regionMatches(r - 2, "增加", 0, 2)
                || text.regionMatches(r - 2, "减少", 0, 2));
        return new Verb(verbAtEnd(text, from, r), levelVerb, countVerb);
    }

    /** The direction of a growth or reduction word at the end of {@code text}, or null. */
    static @Nullable ChangeDirection verbAtEnd(String text) {
        return verbAtEnd(text, 0, text.length());
    }

    /** The direction of a growth or reduction word at the end of {@code text[from, end)}, or null. */
    static @Nullable ChangeDirection verbAtEnd(String text, int from, int end) {
        if (Words.GROWTH.endingAt(text, from, end) >= 0) {
            return ChangeDirection.INCREASE;
        }
        if (Words.REDUCTION.endingAt(text, from, end) >= 0) {
            return ChangeDirection.DECREASE;
        }
        return null;
    }

    /** The measure a verb gives a figure in % or without a unit: 增长7% is a growth rate, 提高到60% a level. */
    static Measure measure(Verb v, Quantity value) {
        boolean ratio = value.unit().family() == UnitFamily.RATIO || value.unit().isNone();
        if (v.direction() != null && ratio && !v.levelVerb()) {
            return v.direction() == ChangeDirection.INCREASE ? Measure.GROWTH_RATE : Measure.REDUCTION_RATE;
        }
        return Measure.LEVEL;
    }

    /**
     * The kind a verb alone gives a figure: a change for 增长3%, 下降7%, 增加3个 (a count changes only with 增加/减少:
     * 品质提升1200个 is an amount, a level); a level for 提高到60%; null without a verb.
     */
    static @Nullable TargetKind kind(Verb v, Quantity value) {
        if (v.direction() != null && !v.levelVerb() && (value.unit().family() != UnitFamily.COUNT
                || v.countVerb())) {
            return TargetKind.CHANGE;
        }
        if (v.levelVerb() || v.direction() != null) {
            return TargetKind.EXACT;
        }
        return null;
    }

    /** A change target, written with a negative amount as the opposite direction (增长-2% is a fall of 2%). */
    static Change change(@Nullable ChangeDirection direction, Quantity v, Accumulation a) {
        ChangeDirection d = direction == null ? ChangeDirection.INCREASE : direction;
        if (v.value().signum() < 0) {
            return new Change(d == ChangeDirection.INCREASE ? ChangeDirection.DECREASE : ChangeDirection.INCREASE,
                    Quantity.of(v.value().negate(), v.unit()), a);
        }
        return new Change(d, v, a);
    }

    /**
     * A span of a year to date just before 累计: 1-6月, 1—9月份, 上半年, 前三季度, 一季度, 前5个月, 今年以来. Such a 累计
     * figure is a year-to-date figure (累计增长: the growth of January to that month over the same months a year
     * earlier), not a total over the plan.
     */
    private static final Pattern YEAR_TO_DATE = Pattern.compile(
            "(?:\\d{1,2}\\s*[-—–~至到]\\s*\\d{1,2}月份?|上半年|前三季度|[一二三1-3]季度|前[一二三四五六七八九十两\\d]+个?月"
                    + "|年初以来|今年以来|1-\\d季度)\\s*$");

    /**
     * A figure's accumulation: cumulative in brackets or after 累计, an annual average after 年均/平均每年. 累计 after a
     * span of a year to date (1-6月累计增长5.8%) is a year-to-date growth, compared as a year's: a level.
     */
    static Accumulation accumulation(Figure f, String text, int from, int to) {
        if (f.depth > 0) {
            return Accumulation.CUMULATIVE;
        }
        // 年均, 平均每年 and 累计 all hold 均 or 累: without either, the words say nothing of accumulation.
        boolean marked = false;
        for (int i = from; i < to && !marked; i++) {
            char c = text.charAt(i);
            marked = c == '均' || c == '累';
        }
        return marked ? accumulation(text.substring(from, to)) : Accumulation.LEVEL;
    }

    private static Accumulation accumulation(String clauseBefore) {
        String text = Words.clean(clauseBefore);
        int annual = -1;
        for (String word : new String[] {"年均", "平均每年"}) {
            int at = text.lastIndexOf(word);
            if (at >= 0 && onlyQualifiers(text.substring(at + word.length()))) {
                annual = Math.max(annual, at);
            }
        }
        int cumulative = text.lastIndexOf("累计");
        if (cumulative >= 0 && YEAR_TO_DATE.matcher(text.substring(0, cumulative)).find()) {
            cumulative = -1; // 1-6月累计增长5.8%: the growth of a year to date over the same months, not a plan's total
        }
        if (annual < 0 && cumulative < 0) {
            return Accumulation.LEVEL;
        }
        return annual > cumulative ? Accumulation.ANNUAL_AVERAGE : Accumulation.CUMULATIVE;
    }

    /** Whether {@code text} holds nothing but a rate word and qualifier words (年均增长不低于 …, 力争达到 …). */
    static boolean onlyQualifiers(String text) {
        String t = text;
        for (String[] words : new String[][] {Words.GROWTH_WORDS, Words.REDUCTION_WORDS}) {
            for (String w : words) {
                if (t.startsWith(w)) {
                    t = t.substring(w.length());
                    break;
                }
            }
        }
        if (Words.isBoundWord(t) || t.equals("稳定在") || t.equals("维持在")) {
            return true; // 控制在, 稳定在, 维持在: words that end in a filler but only say where the level stays
        }
        t = Words.stripTrailing(t, Words.FILLERS);
        if (t.isEmpty() || Words.isBoundWord(t)) {
            return true;
        }
        for (String lv : Words.LEVEL_VERBS) {
            if (t.equals(lv)) {
                return true;
            }
        }
        return false;
    }
}
