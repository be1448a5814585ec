package org.planindicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planindicators.target.TargetKind;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.unit.Magnitude;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;
import org.planindicators.unit.UnitMatch;
import org.planindicators.unit.UnitRegistry;

/**
 * The scanner's first pass: finds figures (a number, its unit, what is written right after it: 以上, 左右, a range's
 * upper bound) and skips numbers that are not figures: dates (2025年, 6月), numbers inside names (PM2.5, PM_2.5, 5G,
 * 3级标准队伍), ordinals (第3批) and thresholds inside names (30亿元以上项目, 3岁以下婴幼儿, 规模以上). Figures written
 * without digits (ranks, class numerals, reach idioms, a magnitude alone) are read by {@link NumeralFigures}.
 *
 * <p>One pass over the text, left to right: most ideographs are skipped by one look-up in a bit table; the words
 * after a number are matched in place, without copying the text.
 */
final class FigureLexer {
    /** One bit for each ideograph of U+4E00–U+9FFF, set for those {@link #scan()} acts on. */
    private static final long[] ACTIVE_IDEOGRAPHS = new long[('\u9FFF' - '\u4E00' + 64) / 64];

    static {
        for (char c : "第万亿千百十零一二两三四五六七八九".toCharArray()) {
            int k = c - '\u4E00';
            ACTIVE_IDEOGRAPHS[k >>> 6] |= 1L << k;
        }
    }

    private final Scan scan;
    private final String s;
    private final int n;
    private final NumberReader numbers;
    private final UnitRegistry registry;
    private final Unit defaultUnit;
    private final Unit piece;
    private final NumeralFigures numerals;

    FigureLexer(Scan scan, UnitRegistry registry, Unit defaultUnit, Unit piece, Unit rank, Unit classUnit) {
        this.scan = scan;
        this.s = scan.s;
        this.n = scan.n;
        this.numbers = new NumberReader(scan);
        this.registry = registry;
        this.defaultUnit = defaultUnit;
        this.piece = piece;
        this.numerals = new NumeralFigures(scan, this, registry, defaultUnit, rank, classUnit);
    }

    /** Reads the whole text, recording clause starts, bracket depth, figures and years in the scan. */
    void scan() {
        scan.startClause(0);
        int i = 0;
        int next;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF' && !startsFigureOrOrdinal(c)) {
                i++; // most ideographs: words, not figures
            } else if (c == '[') {
                scan.depth++;
                i++;
            } else if (c == ']') {
                scan.depth--;
                i++;
            } else if (Words.CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
                scan.clause++;
                scan.startClause(i + 1);
                i++;
            } else if (c == '第') {
                i = numerals.ordinal(i);
            } else if (CjkText.isDigit(c) || (NumberReader.isSign(c) && i + 1 < n
                    && CjkText.isDigit(s.charAt(i + 1)) && signContext(i))) {
                i = figure(i);
            } else if (numerals.romanValue(i) > 0) {
                i = numerals.roman(i);
            } else if ("万亿千百十".indexOf(c) >= 0 && (next = numerals.magnitudeLevel(i)) > i) {
                i = next;
            } else if (Words.CN_DIGITS.indexOf(c) >= 0) {
                i = numerals.chineseRadius(i);
            } else {
                i++;
            }
        }
    }

    /** The ideographs the loop of {@link #scan()} acts on: 第, magnitudes and Chinese digits. */
    private static boolean startsFigureOrOrdinal(char c) {
        int k = c - '\u4E00';
        return (ACTIVE_IDEOGRAPHS[k >>> 6] & (1L << k)) != 0;
    }

    private boolean signContext(int i) {
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        return !CjkText.isDigit(p) && !CjkText.isAsciiLetter(p) && p != ')' && p != '%';
    }

    /** Reads a figure starting at {@code i} (a digit or a sign); returns where scanning goes on. */
    private int figure(int i) {
        Figure.Num num = numbers.number(i);
        int b = num.end();
        // Numbers inside names: PM2.5, PM_2.5, G318, 5G, 3D.
        if (i > 0 && (CjkText.isAsciiLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '.' || s.charAt(i - 1) == '_')) {
            return numbers.skipAlnum(b);
        }
        // Dates: 2025年, 2022—2027年, 2023-06-30, 6月, 15日.
        int date = numbers.dateEnd(num);
        if (date >= 0) {
            return date;
        }
        // Structures: 2.5:29:68.5. A ratio to one, 2.1:1, is one figure in the unit :1.
        if (b + 1 < n && s.charAt(b) == ':' && CjkText.isDigit(s.charAt(b + 1)) && !ratioToOne(b)) {
            return ratio(num);
        }
        Figure f = new Figure(num.start(), Quantity.of(num.value(), defaultUnit));
        int pos = unitAfter(num, f, true);
        if (pos < 0) {
            return -pos;
        }
        f.streak = f.low.unit().family() == UnitFamily.DURATION && i >= 2 && s.startsWith("连续", i - 2);
        pos = rangeAfter(f, pos);
        if (pos < 0) {
            return -pos;
        }
        pos = postfixAfter(f, pos);
        if (pos < 0) {
            return -pos;
        }
        f.end = pos;
        scan.add(f);
        return pos;
    }

    /** Whether {@code :1} at {@code b} ends the number: 2.1:1, not 1:10 or 2.5:1:3. */
    private boolean ratioToOne(int b) {
        int e = b + 2;
        return s.startsWith(":1", b) && (e >= n || (!CjkText.isDigit(s.charAt(e)) && s.charAt(e) != '.'
                && s.charAt(e) != ':'));
    }

    /** Reads a structure such as 2.5:29:68.5 into one exact figure per part, in % when the parts sum to 100. */
    private int ratio(Figure.Num first) {
        List<Figure.Num> parts = new ArrayList<>();
        parts.add(first);
        int j = first.end();
        while (j + 1 < n && s.charAt(j) == ':' && CjkText.isDigit(s.charAt(j + 1))) {
            Figure.Num next = numbers.number(j + 1);
            parts.add(next);
            j = next.end();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Figure.Num p : parts) {
            sum = sum.add(p.value());
        }
        Unit unit = sum.compareTo(BigDecimal.valueOf(100)) == 0 ? Unit.PERCENT : defaultUnit;
        for (Figure.Num p : parts) {
            Figure f = new Figure(p.start(), Quantity.of(p.value(), unit));
            f.end = p.end();
            f.forced = TargetKind.EXACT;
            scan.add(f);
        }
        return j;
    }

    /**
     * Reads the unit after a number into {@code f.low}. Returns the position after it, or minus the position to
     * go on from when the number turns out not to be a figure.
     */
    private int unitAfter(Figure.Num num, Figure f, boolean mayBeName) {
        int p = num.end();
        Unit unit = null;
        int pos = p;
        if (p < n && (s.charAt(p) == '余' || s.charAt(p) == '多')) {
            f.above = true;
            p++;
            pos = p;
        }
        Optional<Magnitude> m = Magnitude.matchAt(s, p);
        if (m.isPresent()) {
            int q = p + m.get().prefix().length();
            if (q < n && (s.charAt(q) == '余' || s.charAt(q) == '多')) {
                Optional<UnitMatch> u = registry.matchAt(s, q + 1);
                if (u.isPresent()) {
                    try {
                        unit = registry.withMagnitude(u.get().unit(), m.get());
                        pos = u.get().end();
                        f.above = true;
                    } catch (IllegalArgumentException e) {
                        unit = null;
                    }
                }
            }
        }
        if (unit == null) {
            Optional<UnitMatch> u = registry.matchAt(s, p);
            if (u.isPresent()) {
                unit = u.get().unit();
                pos = u.get().end();
            }
        }
        if (unit != null && pos < n && CjkText.isAsciiLetter(s.charAt(pos))
                && CjkText.isAsciiLetter(s.charAt(pos - 1))) {
            unit = null; // "5km" is a unit, "5kmh" is a name
            pos = p;
        }
        if (unit == null && p < n && s.charAt(p) == '大' && num.integer() && p + 1 < n
                && CjkText.isIdeograph(s.charAt(p + 1))) {
            unit = piece; // 8大产业旗舰联盟: eight (things)
            pos = p + 1;
        }
        if (unit != null) {
            f.low = Quantity.of(num.value(), unit);
            f.lowUnitWritten = true;
            return pos;
        }
        if (p < n && CjkText.isAsciiLetter(s.charAt(p))) {
            return -numbers.skipAlnum(p); // 5G, 3D
        }
        if (mayBeName && p < n && CjkText.isIdeograph(s.charAt(p)) && !startsQualifier(p)) {
            int e = p;
            while (e < n && CjkText.isIdeograph(s.charAt(e))) {
                e++;
            }
            boolean atEnd = e == n || Words.isBoundary(s.charAt(e));
            if (atEnd && e - p <= 3 && !f.above) {
                throw scan.fail(TargetParseErrorCode.UNKNOWN_UNIT, p, s.substring(p, e));
            }
            return -p; // 3级标准队伍: a number inside a name
        }
        return pos;
    }

    private boolean startsQualifier(int p) {
        return s.startsWith("以上", p) || s.startsWith("以下", p) || s.startsWith("以内", p)
                || s.startsWith("之内", p) || s.startsWith("及以上", p) || s.startsWith("及以下", p)
                || s.startsWith("左右", p) || s.startsWith("至", p) || s.startsWith("到", p)
                || s.startsWith("见", p);
    }

    /** Reads a range's upper bound after the lower one: 6.0%—7.0%, 6~7%, 6%至6.5%. */
    private int rangeAfter(Figure f, int pos) {
        if (pos >= n) {
            return pos;
        }
        char c = s.charAt(pos);
        boolean dash = Words.DASHES.indexOf(c) >= 0;
        if (!dash && c != '至' && c != '到') {
            return pos;
        }
        int p = pos + 1;
        while (dash && p < n && s.charAt(p) == c && c == '—') {
            p++; // ——
        }
        boolean digitFollows = p < n && (CjkText.isDigit(s.charAt(p))
                || (NumberReader.isSign(s.charAt(p)) && p + 1 < n && CjkText.isDigit(s.charAt(p + 1))));
        if (!digitFollows) {
            if (p >= n || Words.isBoundary(s.charAt(p))) {
                throw scan.fail(TargetParseErrorCode.INCOMPLETE_RANGE, f.start, s.substring(f.start, p));
            }
            return pos;
        }
        Figure.Num hn = numbers.number(p);
        if (hn.end() < n && (s.charAt(hn.end()) == '月' || s.charAt(hn.end()) == '日')) {
            return -(hn.end() + 1); // 1-6月: a span of months
        }
        Figure h = new Figure(hn.start(), Quantity.of(hn.value(), defaultUnit));
        int end = unitAfter(hn, h, false);
        if (end < 0) {
            return pos;
        }
        Quantity low = f.low;
        Quantity high = h.low;
        if (!f.lowUnitWritten && h.lowUnitWritten) {
            low = Quantity.of(low.value(), high.unit());
        } else if (f.lowUnitWritten && !h.lowUnitWritten) {
            high = Quantity.of(high.value(), low.unit());
        }
        String text = s.substring(f.start, end);
        if (!low.unit().isCompatibleWith(high.unit())) {
            throw scan.fail(TargetParseErrorCode.RANGE_UNITS, f.start, text);
        }
        if (low.compareAmount(high) > 0) {
            throw scan.fail(TargetParseErrorCode.RANGE_REVERSED, f.start, text);
        }
        f.low = low;
        f.high = high;
        return end;
    }

    /** Reads 以上, 以内, 以下, 左右(±…) after a figure, and the reach idioms (15分钟生活圈, 300米见绿). */
    int postfixAfter(Figure f, int pos) {
        int q = pos;
        TargetKind kind = null;
        boolean threshold = false;
        if (s.startsWith("及以上", q) || s.startsWith("以上", q)) {
            kind = TargetKind.AT_LEAST;
            q += s.startsWith("及", q) ? 3 : 2;
            threshold = true;
        } else if (s.startsWith("及以下", q) || s.startsWith("以下", q)) {
            kind = TargetKind.AT_MOST;
            q += s.startsWith("及", q) ? 3 : 2;
            threshold = true;
        } else if (s.startsWith("以内", q) || s.startsWith("之内", q)) {
            kind = TargetKind.AT_MOST;
            q += 2;
        } else if (s.startsWith("左右", q)) {
            kind = TargetKind.APPROXIMATELY;
            q += 2;
            q = toleranceAfter(f, q);
        }
        if (threshold && f.high == null && q < n && CjkText.isIdeograph(s.charAt(q))) {
            return -q; // 30亿元以上项目, 3岁以下婴幼儿: a threshold inside a name
        }
        if (kind == null && f.high == null && isReachUnit(f.low.unit()) && reachIdiomAt(q)) {
            f.forced = TargetKind.AT_MOST;
        }
        f.postfix = kind;
        return q;
    }

    private int toleranceAfter(Figure f, int q) {
        if (!s.startsWith("(±", q)) {
            return q;
        }
        int p = q + 2;
        if (p >= n || !CjkText.isDigit(s.charAt(p))) {
            return q;
        }
        Figure.Num t = numbers.number(p);
        Figure tf = new Figure(t.start(), Quantity.of(t.value(), f.low.unit()));
        int e = unitAfter(t, tf, false);
        if (e < 0 || e >= n || s.charAt(e) != ')') {
            return q;
        }
        if (!tf.low.unit().isCompatibleWith(f.low.unit())) {
            throw scan.fail(TargetParseErrorCode.RANGE_UNITS, q, s.substring(q, e + 1));
        }
        f.tolerance = tf.low;
        return e + 1;
    }

    static boolean isReachUnit(Unit u) {
        String sym = u.symbol();
        return sym.equals("分钟") || sym.equals("刻钟") || sym.equals("小时") || sym.equals("米")
                || sym.equals("公里");
    }

    /** 15分钟生活圈, 一刻钟便民生活圈, 300米见绿: a distance or time that bounds a reach. */
    boolean reachIdiomAt(int q) {
        if (q < n && s.charAt(q) == '见') {
            return true;
        }
        for (int k = q; k < n && k < q + 12 && CjkText.isIdeograph(s.charAt(k)); k++) {
            if (s.charAt(k) == '圈') {
                return true;
            }
        }
        return false;
    }
}
