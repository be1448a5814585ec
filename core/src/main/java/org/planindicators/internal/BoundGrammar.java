package org.planindicators.internal;

import java.util.Locale;
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
            int clauseStart = scan.clauseStarts.get(f.clause);
            int gapStart = Math.max(clauseStart, prevEnd);
            resolveKind(f, scan.s.substring(Math.min(gapStart, f.start), f.start));
            f.accumulation = ChangeGrammar.accumulation(f, scan.s.substring(clauseStart, f.start));
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

    private static void resolveKind(Figure f, String rawGap) {
        String gap = Words.clean(rawGap);
        TargetKind prefix = null;
        String rest = gap;
        String stripped = Words.stripTrailing(gap, Words.FILLERS);
        outer:
        for (String g : new String[] {gap, stripped}) {
            for (String[] pb : Words.PREFIX_BOUNDS) {
                if (g.endsWith(pb[0])) {
                    prefix = TargetKind.valueOf(pb[1].toUpperCase(Locale.ROOT));
                    rest = g.substring(0, g.length() - pb[0].length());
                    break outer;
                }
            }
        }
        ChangeGrammar.Verb verb = ChangeGrammar.verb(
                prefix == null ? Words.stripTrailing(rest, Words.FILLERS_NO_LEVEL) : rest);
        f.measure = ChangeGrammar.measure(verb, f.low);
        f.subject = Words.trimSubject(Words.stripTrailing(Words.clean(rest), Words.SUBJECT_TAIL));
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
            int from = k == 0 ? scan.clauseStarts.get(a.clause) : Math.max(figures.get(k - 1).end,
                    scan.clauseStarts.get(a.clause));
            String before = Words.clean(scan.s.substring(Math.min(from, a.start), a.start));
            String between = Words.clean(scan.s.substring(a.end, b.start));
            if (a.clause == b.clause && FROM.matcher(before).find() && TO.matcher(between).matches()) {
                a.absorbed = true;
            }
            if (a.streak && a.clause == b.clause) {
                a.absorbed = true; // 连续9年稳定在1050万吨以上: the streak qualifies the figure after it
            }
        }
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
        String between = Words.clean(scan.s.substring(a.end, b.start));
        return a.clause == b.clause && (between.equals("、") || between.equals("和"));
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
