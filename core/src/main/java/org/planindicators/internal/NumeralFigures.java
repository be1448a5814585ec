package org.planindicators.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.planindicators.target.TargetKind;
import org.planindicators.unit.Magnitude;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitMatch;
import org.planindicators.unit.UnitRegistry;

/**
 * The part of the lexer ({@link FigureLexer}) that reads figures written without digits: ranks (排名第一, 第3名), class
 * numerals (Ⅲ类以上), reach idioms (一刻钟便民生活圈) and a level named by its magnitude alone after a crossing word
 * (跨过万亿大关). Each method starts at a character the lexer's loop found and returns where the loop goes on.
 */
final class NumeralFigures {
    /** Words after which a bare magnitude is a level: 跨过万亿大关, 突破千亿元. */
    private static final String[] CROSSING = {"突破", "超过", "迈上", "跨过", "跨上", "迈过", "跨越", "跃上", "站上",
        "登上"};
    private static final String[] LEVEL_NOUNS = {"新台阶", "台阶", "大关", "关口"};

    private final Scan scan;
    private final String s;
    private final int n;
    private final FigureLexer lexer;
    private final UnitRegistry registry;
    private final Unit defaultUnit;
    private final Unit rank;
    private final Unit classUnit;
    /** Whether the text holds 见 or 圈, without which no reach idiom can follow a Chinese numeral. */
    private final boolean reachWords;

    NumeralFigures(Scan scan, FigureLexer lexer, UnitRegistry registry, Unit defaultUnit, Unit rank, Unit classUnit) {
        this.scan = scan;
        this.s = scan.s;
        this.n = scan.n;
        this.lexer = lexer;
        this.registry = registry;
        this.defaultUnit = defaultUnit;
        this.rank = rank;
        this.classUnit = classUnit;
        this.reachWords = s.indexOf('见') >= 0 || s.indexOf('圈') >= 0;
    }

    /** 排名第一, 第3名: a rank; any other 第N is an ordinal, not a figure. */
    int ordinal(int i) {
        int p = i + 1;
        int e = p;
        BigDecimal value = null;
        if (e < n && CjkText.isDigit(s.charAt(e))) {
            while (e < n && CjkText.isDigit(s.charAt(e))) {
                e++;
            }
            value = new BigDecimal(s.substring(p, e));
        } else {
            while (e < n && Words.CN_DIGITS.indexOf(s.charAt(e)) >= 0) {
                e++;
            }
            if (e > p) {
                value = Words.chineseNumber(s.substring(p, e));
            }
        }
        if (value == null) {
            return i + 1;
        }
        String before = s.substring(0, i);
        boolean suffix = e < n && (s.charAt(e) == '名' || s.charAt(e) == '位');
        boolean rankWord = before.endsWith("排名") || before.endsWith("排") || before.endsWith("居")
                || before.endsWith("位列") || before.endsWith("名列") || before.endsWith("列");
        if (!suffix && !rankWord) {
            return e; // 第3批: an ordinal in a name
        }
        Figure f = new Figure(i, Quantity.of(value, rank));
        f.lowUnitWritten = true;
        f.forced = TargetKind.EXACT;
        f.end = suffix ? e + 1 : e;
        scan.add(f);
        return f.end;
    }

    /** The value of a Roman class numeral at {@code i} followed by 类, or 0. */
    int romanValue(int i) {
        char c = s.charAt(i);
        if (c >= '\u2160' && c <= '\u216B') {
            return i + 1 < n && s.charAt(i + 1) == '类' ? c - '\u2160' + 1 : 0;
        }
        if ((c == 'I' || c == 'V' || c == 'X') && (i == 0 || !CjkText.isAsciiLetter(s.charAt(i - 1)))) {
            int e = i;
            while (e < n && "IVX".indexOf(s.charAt(e)) >= 0) {
                e++;
            }
            if (e < n && s.charAt(e) == '类') {
                return Words.asciiRoman(s.substring(i, e));
            }
        }
        return 0;
    }

    /** Ⅲ类以上, Ⅱ类及以上 (class I to II), 达到Ⅲ类: a class figure; Ⅲ类水体比例: part of a name. */
    int roman(int i) {
        int value = romanValue(i);
        int e = i;
        while (s.charAt(e) != '类') {
            e++;
        }
        int pos = e + 1;
        Figure f = new Figure(i, Quantity.of(BigDecimal.valueOf(value), classUnit));
        f.lowUnitWritten = true;
        int q = lexer.postfixAfter(f, pos);
        if (q < 0) {
            return -q;
        }
        if (f.postfix == null && pos < n && !Words.isBoundary(s.charAt(pos))) {
            return pos;
        }
        f.end = q;
        scan.add(f);
        return q;
    }

    /**
     * 跨过万亿大关, 突破千亿元: a level named by its magnitude alone (one 万亿) after a crossing word, with an optional
     * unit and 大关/台阶; returns where scanning goes on, or {@code i} when there is no such level at {@code i}.
     */
    int magnitudeLevel(int i) {
        if (i > 0 && (CjkText.isDigit(s.charAt(i - 1)) || Words.CN_DIGITS.indexOf(s.charAt(i - 1)) >= 0)) {
            return i;
        }
        boolean crossing = false;
        for (String w : CROSSING) {
            crossing |= i >= w.length() && s.startsWith(w, i - w.length());
        }
        Optional<Magnitude> m = crossing ? Magnitude.matchAt(s, i) : Optional.empty();
        if (!crossing || m.isEmpty() || m.get().exponent() < 4) {
            return i;
        }
        int q = i + m.get().prefix().length();
        Optional<UnitMatch> u = registry.matchAt(s, q);
        Quantity value;
        if (u.isPresent()) {
            Unit unit;
            try {
                unit = registry.withMagnitude(u.get().unit(), m.get());
            } catch (IllegalArgumentException e) {
                return i;
            }
            value = Quantity.of(BigDecimal.ONE, unit);
            q = u.get().end();
        } else {
            value = Quantity.of(BigDecimal.ONE.movePointRight(m.get().exponent()), defaultUnit);
        }
        for (String noun : LEVEL_NOUNS) {
            if (s.startsWith(noun, q)) {
                q += noun.length();
                break;
            }
        }
        if (q < n && !Words.isBoundary(s.charAt(q))) {
            return i;
        }
        Figure f = new Figure(i, value);
        f.lowUnitWritten = u.isPresent();
        f.end = q;
        scan.add(f);
        return q;
    }

    /** 一刻钟便民生活圈, 十五分钟生活圈: a Chinese numeral in a reach idiom. */
    int chineseRadius(int i) {
        if (!reachWords) {
            return i + 1; // no 见 or 圈 in the text: no reach idiom (the usual case, decided without a unit look-up)
        }
        if (i > 0 && Words.CN_DIGITS.indexOf(s.charAt(i - 1)) >= 0) {
            return i + 1;
        }
        int e = i;
        while (e < n && Words.CN_DIGITS.indexOf(s.charAt(e)) >= 0) {
            e++;
        }
        Optional<UnitMatch> u = registry.matchAt(s, e);
        if (u.isEmpty() || !FigureLexer.isReachUnit(u.get().unit()) || !lexer.reachIdiomAt(u.get().end())) {
            return i + 1;
        }
        BigDecimal value = Words.chineseNumber(s.substring(i, e));
        if (value == null) {
            return i + 1;
        }
        Figure f = new Figure(i, Quantity.of(value, u.get().unit()));
        f.lowUnitWritten = true;
        f.forced = TargetKind.AT_MOST;
        f.end = u.get().end();
        scan.add(f);
        return f.end;
    }
}
