package org.planindicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.TargetKind;

/**
 * The words of the target notation and the string helpers the scanner's passes share: bound words, verbs, fillers,
 * clause punctuation, and cleaning of the text before a figure.
 */
final class Words {
    static final String DASHES = "—–-~";
    static final String CLAUSE_BOUNDARIES = ",。;!?\n";
    static final String CN_DIGITS = "零〇一二两三四五六七八九十百";

    /**
     * Words before a number that give it a bound, longest first within each kind. Crossing a level (迈上4万亿元新台阶,
     * 跨过3万亿元台阶) is reaching it: at least, inclusive; 突破 and 超过 are strict.
     */
    static final String[][] PREFIX_BOUNDS = {
        {"大于或等于", "at_least"}, {"大于等于", "at_least"}, {"不低于", "at_least"}, {"不少于", "at_least"},
        {"不小于", "at_least"}, {"至少", "at_least"}, {"≥", "at_least"}, {">=", "at_least"},
        {"迈上", "at_least"}, {"跨上", "at_least"}, {"跨过", "at_least"}, {"迈过", "at_least"}, {"跨越", "at_least"},
        {"跃上", "at_least"}, {"站上", "at_least"}, {"登上", "at_least"},
        {"小于或等于", "at_most"}, {"小于等于", "at_most"}, {"不高于", "at_most"}, {"不超过", "at_most"},
        {"不多于", "at_most"}, {"不大于", "at_most"}, {"控制在", "at_most"}, {"控制到", "at_most"},
        {"至多", "at_most"}, {"最多", "at_most"}, {"≤", "at_most"}, {"<=", "at_most"},
        {"超过", "greater_than"}, {"突破", "greater_than"}, {"高于", "greater_than"}, {"大于", "greater_than"},
        {"多于", "greater_than"}, {"超出", "greater_than"}, {"超", "greater_than"}, {"逾", "greater_than"},
        {">", "greater_than"},
        {"低于", "less_than"}, {"小于", "less_than"}, {"少于", "less_than"}, {"不足", "less_than"},
        {"<", "less_than"},
        {"大约", "approximately"}, {"约为", "approximately"}, {"接近", "approximately"}, {"约", "approximately"},
        {"近", "approximately"},
    };

    static final String[] GROWTH_WORDS = {
        "增长率", "增长", "增速", "增幅", "提高", "提升", "上升", "增加", "扩大", "递增"};
    static final String[] REDUCTION_WORDS = {
        "下降率", "降低率", "下降", "降低", "减少", "减小", "缩小", "降幅", "回落", "压减", "削减"};
    static final String[] LEVEL_VERBS = {"到", "至", "为"};
    static final String[] FILLERS = {"达到", "达", "为", "是", "在", "了", "实现", "保持"};
    static final String[] FILLERS_NO_LEVEL = {"达到", "达", "是", "在", "了", "实现", "保持"};

    /** Words that end the text before a figure but do not name what it measures. */
    static final String[] SUBJECT_TAIL = concat(GROWTH_WORDS, REDUCTION_WORDS, FILLERS, LEVEL_VERBS,
            new String[] {"年均", "平均每年", "累计", "分别", "均", "同比", "比上年", "比上一年度", "较上年", "同口径", "力争",
                "确保", "稳定在", "控制在"});

    /** The prefix bound words as a list to match, and the kind each gives, index for index. */
    static final WordList PREFIX_WORDS;
    static final TargetKind[] PREFIX_KINDS;

    static {
        String[] words = new String[PREFIX_BOUNDS.length];
        PREFIX_KINDS = new TargetKind[PREFIX_BOUNDS.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = PREFIX_BOUNDS[i][0];
            PREFIX_KINDS[i] = TargetKind.valueOf(PREFIX_BOUNDS[i][1].toUpperCase(Locale.ROOT));
        }
        PREFIX_WORDS = new WordList(words);
    }

    static final WordList GROWTH = new WordList(GROWTH_WORDS);
    static final WordList REDUCTION = new WordList(REDUCTION_WORDS);
    static final WordList FILLER = new WordList(FILLERS);
    static final WordList FILLER_NO_LEVEL = new WordList(FILLERS_NO_LEVEL);
    static final WordList TAIL = new WordList(SUBJECT_TAIL);

    /** Punctuation dropped from the start of a subject, and from its end (all but the closing parenthesis). */
    private static final String SUBJECT_LEADING = "、,;:。()";
    private static final String SUBJECT_TRAILING = "、,;:。(";
    private static final WordList SUBJECT_OPENERS = new WordList("确保", "力争", "争取", "其中");
    private static final String DROPPED = "[]“”\"‘’'《》「」 ";

    private Words() {
    }

    private static String[] concat(String[]... arrays) {
        List<String> all = new ArrayList<>();
        for (String[] a : arrays) {
            all.addAll(List.of(a));
        }
        return all.toArray(new String[0]);
    }

    /** Drops {@code words} from the end of {@code text} as long as one matches (the first of the list each time). */
    static String stripTrailing(String text, String[] words) {
        String t = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : words) {
                if (t.endsWith(w)) {
                    t = t.substring(0, t.length() - w.length());
                    changed = true;
                    break;
                }
            }
        }
        return t;
    }

    /** Drops brackets, quotes and spaces, which carry no meaning for qualifier words. */
    static String clean(String text) {
        int i0 = 0;
        while (i0 < text.length() && !isDropped(text.charAt(i0))) {
            i0++;
        }
        if (i0 == text.length()) {
            return text; // nothing to drop, the usual case: no copy
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDropped(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code text[from, end)} holds a character that {@link #clean(String)} drops. */
    static boolean hasDropped(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (isDropped(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDropped(char c) {
        return c == ' ' || c == '[' || c == ']' || c == '"' || c == '\''
                || (c >= '\u2018' && c <= '\u300D' && DROPPED.indexOf(c) >= 0);
    }

    /** The words before a figure without punctuation at either end and without an opening 确保/力争. */
    static String trimSubject(String text) {
        return trimSubject(text, 0, text.length());
    }

    /**
     * {@code text[from, end)} without the punctuation 、,;:。() at its start, 、,;:。( at its end, then without one
     * opening 确保, 力争, 争取 or 其中; one copy at most.
     */
    static String trimSubject(String text, int from, int end) {
        int i = from;
        while (i < end && SUBJECT_LEADING.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int j = end;
        while (j > i && SUBJECT_TRAILING.indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        }
        int k = SUBJECT_OPENERS.startingAt(text, i, j);
        if (k >= 0) {
            i += SUBJECT_OPENERS.length(k);
        }
        return text.substring(i, j);
    }

    static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 12) + "…" + text.substring(text.length() - 8);
    }

    /** Whether {@code c} ends a figure's words: clause punctuation, 、, brackets and quotes. */
    static boolean isBoundary(char c) {
        return CLAUSE_BOUNDARIES.indexOf(c) >= 0 || c == '、' || c == ']' || c == ')' || c == '”'
                || c == '"' || c == '’' || c == '(' || c == '[' || c == '“';
    }

    /** Whether {@code text} is exactly one of the prefix bound words. */
    static boolean isBoundWord(String text) {
        for (String[] pb : PREFIX_BOUNDS) {
            if (text.equals(pb[0])) {
                return true;
            }
        }
        return false;
    }

    /** The value of an ASCII Roman numeral (I, V, X). */
    static int asciiRoman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /** The value of a simple Chinese numeral (一, 十五, 二十, 两, 一百), or null. */
    static @Nullable BigDecimal chineseNumber(String text) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            } else if (c == '〇') {
                d = 0;
            }
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            } else if (c == '百') {
                total += (digit < 0 ? 1 : digit) * 100;
                digit = -1;
            } else {
                return null;
            }
        }
        if (digit > 0) {
            total += digit;
        }
        return total > 0 ? BigDecimal.valueOf(total) : null;
    }
}
