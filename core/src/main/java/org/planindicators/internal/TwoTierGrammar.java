package org.planindicators.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.TwoTier;

/**
 * The grammar of two-tier targets: a figure, a separator (，、；), optionally 在实际工作中/根据实际情况/并, an
 * aspiration word (力争, 争取, 努力, 努力争取, 力求), and either
 *
 * <ul>
 *   <li>a second figure with nothing but a verb or a bound word before it (增长7%以上、力争达到8%; 7%以上，力争突破8%),
 *       in a compatible unit: the aspiration; or</li>
 *   <li>words beginning with 更 up to the next punctuation (4.5%左右、力争更好结果; 在实际工作中努力争取更好结果):
 *       a figure-less aspiration.</li>
 * </ul>
 *
 * <p>The aspiration takes the floor's accumulation (年均7%以上，力争8%). When the floor is a rate read from a verb (增长7%
 * 以上) and the aspiration repeats the verb (力争增长8%), the aspiration is the rate itself: an exact 8%, like the floor's
 * bound on the rate. A 力争 clause that follows no figure (力争增长4%左右) is an ordinary single target.
 */
final class TwoTierGrammar {
    private static final List<String> OPENERS = List.of("在实际工作中", "根据实际情况", "并", "同时");
    private static final List<String> ACHIEVE = List.of("实现", "取得", "达到", "获得");
    private static final String SEPARATORS = ",、;";

    private TwoTierGrammar() {
    }

    /** Finds each figure's aspiration, marking aspiration figures absorbed and figure-less aspirations consumed. */
    static void pair(Scan scan) {
        var figures = scan.figures;
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (f.absorbed) {
                continue;
            }
            Figure next = k + 1 < figures.size() ? figures.get(k + 1) : null;
            int limit = next != null ? next.start : scan.n;
            if (f.end >= limit || SEPARATORS.indexOf(scan.s.charAt(f.end)) < 0) {
                continue; // no separator right after the figure: no aspiration (and nothing copied)
            }
            String rest = scan.s.substring(f.end, limit);
            int p = 0;
            while (p < rest.length() && SEPARATORS.indexOf(rest.charAt(p)) >= 0) {
                p++;
            }
            String r = stripOpeners(rest.substring(p));
            String word = wordAt(r);
            if (word == null) {
                continue;
            }
            String after = r.substring(word.length());
            if (next != null && ChangeGrammar.onlyQualifiers(Words.clean(after))
                    && next.low.unit().isCompatibleWith(f.low.unit()) && next.depth == f.depth) {
                f.aspiration = next;
                f.aspirationWord = word;
                f.aspirationEnd = next.end;
                next.absorbed = true;
                k++;
                continue;
            }
            String text = after;
            for (String a : ACHIEVE) {
                if (text.startsWith(a)) {
                    text = text.substring(a.length());
                    break;
                }
            }
            int e = 0;
            while (e < text.length() && !Words.isBoundary(text.charAt(e))) {
                e++;
            }
            String words = text.substring(0, e);
            boolean figureLess = words.startsWith("更") && words.length() >= 2 && words.length() <= 10
                    && words.chars().noneMatch(Character::isDigit);
            if (figureLess) {
                f.aspirationWord = word;
                f.aspirationText = words;
                f.aspirationEnd = f.end + rest.length() - text.length() + e;
                scan.consumed.add(new int[] {f.end, f.aspirationEnd});
            }
        }
    }

    private static String stripOpeners(String text) {
        String t = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String o : OPENERS) {
                if (t.startsWith(o)) {
                    t = t.substring(o.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    private static @Nullable String wordAt(String text) {
        for (String w : TwoTier.WORDS) {
            if (text.startsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /** The two-tier target of a figure with an aspiration; {@code floor} is the figure's own target. */
    static TwoTier build(Figure f, NumericTarget floor) {
        String word = Objects.requireNonNull(f.aspirationWord);
        if (f.aspiration == null) {
            return TwoTier.ofWords(floor, word, Objects.requireNonNull(f.aspirationText));
        }
        NumericTarget aspiration = BoundGrammar.build(f.aspiration);
        if (aspiration instanceof Change c && !(floor instanceof Change) && sameRate(f.measure, c.direction())) {
            aspiration = new Exact(c.amount(), c.accumulation());
        }
        return TwoTier.of(floor, word, aspiration.withAccumulation(floor.accumulation()));
    }

    private static boolean sameRate(Measure m, ChangeDirection d) {
        return (m == Measure.GROWTH_RATE && d == ChangeDirection.INCREASE)
                || (m == Measure.REDUCTION_RATE && d == ChangeDirection.DECREASE);
    }
}
