package org.planindicators.internal;

import java.util.regex.Pattern;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Range;
import org.planindicators.target.TargetKind;
import org.planindicators.unit.Quantity;

/**
 * The grammar of levels, bounds and ranges: gives each figure its kind from the words before it (不低于, 突破, 控制在,
 * 迈上 …), from what the lexer read after it (以上, 以内, 左右, a range's upper bound) and from its verb (see
 * {@link ChangeGrammar}); shares a qualifier across a bare list (不低于93%、98%; 1.5万人次、4000万元以上; 分别增长6%和7%);
 * builds the
 * numeric target.
 *
 * <p>Precedence, first that applies: a kind the lexer forced (ranks, reach idioms, structures), the word after the
 * figure, the bound word before it, 余/多 after the number (820余万次: at least), a change verb, a level verb; else
 * an exact level.
 */
final class BoundGrammar {
    private BoundGrammar() {
    }

    /** Resolves every figure's kind, measure, subject, accumulation and year. */
    static void resolve(Scan scan) {
        int prevEnd = 0;
        for (Figure f : scan.figures) {
            int clauseStart = scan.clauseStart(f.clause);
            int gapStart = Math.max(clauseStart, prevEnd);
            resolveKind(f, scan.s, Math.min(gapStart, f.start), f.start);
            f.accumulation = ChangeGrammar.accumulation(f, scan.s, clauseStart, f.start);
            f.year = scan.yearBefore(f.start);
            prevEnd = f.end;
        }
        shareAcrossLists(scan);
        dropBaselines(scan);
        for (Figure f : scan.figures) {
            if (f.high != null) {
                f.kind = TargetKind.RANGE;
            }
        }
    }

    /**
     * Reads the words before a figure, {@code text[from, to)} (the gap since the clause start or the previous figure):
     * a bound word at their end, or after a filler (达到, 为 …); the verb before that; and the subject, what is left
     * without rate words, fillers and qualifiers at its end. Works on the range, copying only the subject (and the gap
     * when it holds quotes, brackets or spaces to clean away).
     */
    private static void resolveKind(Figure f, String text, int from, int to) {
        String g = text;
        int a = from;
        int b = to;
        if (Words.hasDropped(text, from, to)) {
            g = Words.clean(text.substring(from, to));
            a = 0;
            b = g.length();
        }
        TargetKind prefix = null;
        int restEnd = b;
        int k = Words.PREFIX_WORDS.endingAt(g, a, b);
        if (k >= 0) {
            prefix = Words.PREFIX_KINDS[k];
            restEnd = b - Words.PREFIX_WORDS.length(k);
        } else {
            int stripped = Words.FILLER.stripTrailing(g, a, b);
            k = Words.PREFIX_WORDS.endingAt(g, a, stripped);
            if (k >= 0) {
                prefix = Words.PREFIX_KINDS[k];
                restEnd = stripped - Words.PREFIX_WORDS.length(k);
            }
        }
        ChangeGrammar.Verb verb = ChangeGrammar.verb(g, a,
                prefix == null ? Words.FILLER_NO_LEVEL.stripTrailing(g, a, restEnd) : restEnd);
        f.measure = ChangeGrammar.measure(verb, f.low);
        f.subject = Words.trimSubject(g, a, Words.TAIL.stripTrailing(g, a, restEnd));
        TargetKind byVerb = ChangeGrammar.kind(verb, f.low);
        if (f.forced != null) {
            f.own = f.forced;
        } else if (f.postfix != null) {
            f.own = f.postfix;
        } else if (prefix != null) {
            f.own = prefix;
        } else if (f.above) {
            f.own = TargetKind.AT_LEAST;
        } else {
            f.own = byVerb;
        }
        if (f.own == TargetKind.CHANGE) {
            f.change = verb.direction();
        }
        f.kind = f.own != null ? f.own : TargetKind.EXACT;
    }

    /**
     * 由40%提高到42%, 从483公斤增至500公斤: the figure after 由/从 is the starting value, not a target; the target is the
     * figure the verb reaches. The starting figure is dropped (marked absorbed). So is a streak (连续9年) followed by a
     * figure in its clause: 连续9年稳定在1050万吨以上 has one target; 连续8年下降 keeps its 8年.
     */
    private static void dropBaselines(Scan scan) {
        var figures = scan.figures;
        for (int k = 0; k + 1 < figures.size(); k++) {
            Figure a = figures.get(k);
            Figure b = figures.get(k + 1);
            int from = k == 0 ? scan.clauseStart(a.clause) : Math.max(figures.get(k - 1).end,
                    scan.clauseStart(a.clause));
            from = Math.min(from, a.start);
            // FROM needs 由 or 从 in the words before the figure: look for one before copying them.
            if (a.clause == b.clause && holdsFromWord(scan.s, from, a.start)) {
                String before = Words.clean(scan.s.substring(from, a.start));
                String between = Words.clean(scan.s.substring(a.end, b.start));
                if (FROM.matcher(before).find() && TO.matcher(between).matches()) {
                    a.absorbed = true;
                }
            }
            if (a.streak && a.clause == b.clause) {
                a.absorbed = true; // 连续9年稳定在1050万吨以上: the streak qualifies the figure after it
            }
        }
    }

    private static boolean holdsFromWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '由' || c == '从') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FROM = Pattern.compile("(由|从)(\\d{4}年(末|底)?)?(的)?$");
    private static final Pattern TO = Pattern.compile(
            "(增至|增加到|增长到|提高到|提升到|上升到|扩大到|下降到|降至|降低到|减少到|缩小到|到|至)(目前|现在|当前)?(的)?");

    /** 不低于93%、98%: a qualifier before the first or after the last of a bare list applies to all. */
    private static void shareAcrossLists(Scan scan) {
        var figures = scan.figures;
        for (int k = 1; k < figures.size(); k++) {
            Figure a = figures.get(k - 1);
            Figure b = figures.get(k);
            if (bareList(scan, a, b) && b.own == null && a.own != null && a.postfix == null && a.high == null) {
                b.kind = a.kind;
                b.change = a.change;
                b.measure = a.measure;
                b.accumulation = a.accumulation;
                b.own = a.own;
            }
        }
        for (int k = figures.size() - 1; k > 0; k--) {
            Figure a = figures.get(k - 1);
            Figure b = figures.get(k);
            if (bareList(scan, a, b) && b.postfix != null && a.own == null && a.high == null) {
                a.kind = b.postfix;
                a.own = b.postfix;
                a.postfix = b.postfix;
            }
        }
    }

    /** Two figures of one list: only 、 or 和 between them (分别增长6%和7%). */
    private static boolean bareList(Scan scan, Figure a, Figure b) {
        if (a.clause != b.clause) {
            return false;
        }
        String s = scan.s;
        if (b.start - a.end == 1) {
            char c = s.charAt(a.end);
            return c == '、' || c == '和';
        }
        if (!Words.hasDropped(s, a.end, b.start)) {
            return false; // nothing to clean away: not a single character
        }
        String between = Words.clean(s.substring(a.end, b.start));
        return between.equals("、") || between.equals("和");
    }

    /** The numeric target of a resolved figure. */
    static NumericTarget build(Figure f) {
        Accumulation a = f.accumulation;
        Quantity v = f.low;
        return switch (f.kind) {
            case RANGE -> new Range(v, f.high, a);
            case AT_LEAST -> new AtLeast(v, a);
            case GREATER_THAN -> new GreaterThan(v, a);
            case AT_MOST -> new AtMost(v, a);
            case LESS_THAN -> new LessThan(v, a);
            case APPROXIMATELY -> new Approximately(v, f.tolerance, a);
            case CHANGE -> ChangeGrammar.change(f.change, v, a);
            default -> new Exact(v, a);
        };
    }
}
