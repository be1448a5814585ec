package org.planindicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Delegated;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetKind;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Magnitude;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;
import org.planindicators.unit.UnitMatch;
import org.planindicators.unit.UnitRegistry;

/**
 * The engine behind {@link TargetParser}: a hand-written scanner over normalised text.
 *
 * <p>It works in three passes. The first finds figures (a number, its unit, what is written right after it:
 * 以上, 左右, a range's upper bound) and skips numbers that are not figures: dates (2025年, 6月), numbers inside
 * names (PM2.5, 5G, 3级标准队伍), ordinals (第3批) and thresholds inside names (30亿元以上项目, 3岁以下婴幼儿). The
 * second gives each figure its kind from the words before it (不低于, 突破, 控制在, 增长, 下降到 …), shares a
 * qualifier across a bare list (不低于93%、98%; 1.5万人次、4000万元以上) and finds its accumulation (brackets, 累计,
 * 年均增长). The third reads clauses without figures as delegated (完成成都市下达目标) or relative (与经济增长基本同步)
 * targets; a text with no target at all is qualitative.
 */
public final class TargetScanner {
    private static final String DASHES = "—–-~";
    private static final String CLAUSE_BOUNDARIES = ",。;!?\n";
    private static final String CN_DIGITS = "零〇一二两三四五六七八九十百";

    /** Words before a number that give it a bound, longest first within each kind. */
    private static final String[][] PREFIX_BOUNDS = {
        {"大于或等于", "at_least"}, {"大于等于", "at_least"}, {"不低于", "at_least"}, {"不少于", "at_least"},
        {"不小于", "at_least"}, {"至少", "at_least"}, {"≥", "at_least"}, {">=", "at_least"},
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

    private static final String[] GROWTH_WORDS = {
        "增长率", "增长", "增速", "增幅", "提高", "提升", "上升", "增加", "扩大", "递增"};
    private static final String[] REDUCTION_WORDS = {
        "下降率", "降低率", "下降", "降低", "减少", "减小", "缩小", "降幅", "回落", "压减", "削减"};
    private static final String[] LEVEL_VERBS = {"到", "至", "为"};
    private static final String[] FILLERS = {"达到", "达", "为", "是", "在", "了", "实现", "保持"};

    private static final Pattern DELEGATED = Pattern.compile(
            "(?:完成|达到|落实|执行)(.*?)(?:分解下达|下达|确定|要求)(?:的)?(?:目标|任务|指标)?(?:任务)?$");
    private static final Pattern IN_STEP = Pattern.compile("^(.*?)(?:与|和|同)(.+?)(基本)?(?:保持)?(基本)?同步$");
    private static final Pattern COMPARED = Pattern.compile(
            "^(.*?)(不低于|不高于|高于|快于|超过|优于|领先于|低于|慢于)(.+)$");
    // Compiled once: String.replaceAll, matches and split compile their pattern on every call, which was a fifth
    // of the parser's time (BENCHMARKS.md).
    private static final Pattern AUTHORITY_AFFIXES = Pattern.compile("^(确保|的)+|的$");
    private static final Pattern TRAILING_MODAL = Pattern.compile("(确保|要|应)$");
    private static final Pattern LEADING_ENSURE = Pattern.compile("^确保");
    private static final Pattern REFERENCE_SEPARATORS = Pattern.compile("[、和及]");
    private static final Pattern AVERAGE_SUFFIX = Pattern.compile("(的)?(平均水平|平均值|平均|水平)$");
    private static final Pattern ENDS_WITH_AVERAGE = Pattern.compile(".*(平均水平|平均值|平均)$");
    private static final Pattern REGION_WORD = Pattern.compile("(国家|省|市|区|县|西部|东部|中部|东北|同类地区|同类城市)");
    private static final Pattern DATE_WORDS = Pattern.compile("\\d{4}年|\\d{1,2}月|\\d{1,2}日|[-—至到底末]");
    private static final Pattern SUBJECT_PUNCTUATION = Pattern.compile("^[、,;:。()]+|[、,;:。(]+$");
    private static final Pattern SUBJECT_OPENERS = Pattern.compile("^(确保|力争|争取|其中)");

    private final UnitRegistry registry;
    private final Unit defaultUnit;
    private final Unit piece;
    private final Unit rank;
    private final Unit classUnit;

    /** A scanner reading units from {@code registry} and giving unit-less figures {@code defaultUnit}. */
    public TargetScanner(UnitRegistry registry, Unit defaultUnit) {
        this.registry = registry;
        this.defaultUnit = defaultUnit;
        this.piece = UnitRegistry.standard().parse("个");
        this.rank = UnitRegistry.standard().parse("名");
        this.classUnit = UnitRegistry.standard().parse("类");
    }

    /** Reads {@code input}; never throws for bad input. */
    public TargetParseResult parse(String input) {
        if (input.length() > TargetParser.MAX_INPUT_LENGTH) {
            return TargetParseResult.failure(new TargetParseError(TargetParseErrorCode.INPUT_TOO_LONG, input,
                    TargetParser.MAX_INPUT_LENGTH, String.valueOf(TargetParser.MAX_INPUT_LENGTH)));
        }
        CjkText norm = CjkText.normalize(input);
        if (norm.text().isEmpty()) {
            return TargetParseResult.failure(new TargetParseError(TargetParseErrorCode.EMPTY_INPUT, input, 0, ""));
        }
        try {
            return new Run(input, norm).execute();
        } catch (Failure f) {
            return TargetParseResult.failure(f.error);
        }
    }

    /** Ends a run with an error; carries no stack trace. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient TargetParseError error;

        Failure(TargetParseError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** A target read from words, with the words before it that name what it measures. */
    private record Worded(TargetExpression target, String subject) {
    }

    /** A number as written. */
    private record Num(int start, int end, BigDecimal value, boolean integer, int intDigits) {
    }

    /** A figure found in the text, filled in over the passes. */
    private static final class Figure {
        int start;
        int end;
        int clause;
        int depth;
        Quantity low;
        @Nullable Quantity high;
        @Nullable Quantity tolerance;
        @Nullable TargetKind postfix;
        @Nullable TargetKind forced;
        boolean above;
        boolean lowUnitWritten;
        // resolved in the second pass
        @Nullable TargetKind own;
        TargetKind kind = TargetKind.EXACT;
        @Nullable ChangeDirection change;
        Measure measure = Measure.LEVEL;
        Accumulation accumulation = Accumulation.LEVEL;
        String subject = "";
        @Nullable Integer year;

        Figure(int start, Quantity low) {
            this.start = start;
            this.low = low;
        }
    }

    private final class Run {
        private final String input;
        private final CjkText norm;
        private final String s;
        private final int n;
        private final List<Figure> figures = new ArrayList<>();
        private final List<int[]> years = new ArrayList<>(); // {position, year}
        private final List<Integer> clauseStarts = new ArrayList<>();
        private int depth;
        private int clause;

        Run(String input, CjkText norm) {
            this.input = input;
            this.norm = norm;
            this.s = norm.text();
            this.n = s.length();
        }

        TargetParseResult execute() {
            checkBrackets();
            scan();
            List<ParsedTarget> out = new ArrayList<>();
            resolve();
            for (Figure f : figures) {
                out.add(new ParsedTarget(build(f), f.subject, origin(f.start), origin(f.end), f.year, f.measure));
            }
            readClausesWithoutFigures(out);
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            if (out.isEmpty()) {
                out.add(wholeTextTarget());
            }
            return TargetParseResult.of(input, out);
        }

        // ---------------------------------------------------------------- pass 1: figures

        private void scan() {
            clauseStarts.add(0);
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '[') {
                    depth++;
                    i++;
                } else if (c == ']') {
                    depth--;
                    i++;
                } else if (CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
                    clause++;
                    clauseStarts.add(i + 1);
                    i++;
                } else if (c == '第') {
                    i = ordinal(i);
                } else if (CjkText.isDigit(c) || (isSign(c) && i + 1 < n && CjkText.isDigit(s.charAt(i + 1))
                        && signContext(i))) {
                    i = figure(i);
                } else if (romanValue(i) > 0) {
                    i = roman(i);
                } else if (CN_DIGITS.indexOf(c) >= 0) {
                    i = chineseRadius(i);
                } else {
                    i++;
                }
            }
        }

        private boolean isSign(char c) {
            return c == '-' || c == '+';
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
            Num num = number(i);
            int b = num.end();
            // Numbers inside names: PM2.5, G318, 5G, 3D.
            if (i > 0 && (CjkText.isAsciiLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) {
                return skipAlnum(b);
            }
            // Dates: 2025年, 2022—2027年, 2023-06-30, 6月, 15日.
            int date = dateEnd(num);
            if (date >= 0) {
                return date;
            }
            // Structures: 2.5:29:68.5.
            if (b + 1 < n && s.charAt(b) == ':' && CjkText.isDigit(s.charAt(b + 1))) {
                return ratio(num);
            }
            Figure f = new Figure(num.start(), Quantity.of(num.value(), defaultUnit));
            int pos = unitAfter(num, f, true);
            if (pos < 0) {
                return -pos;
            }
            pos = rangeAfter(f, pos);
            if (pos < 0) {
                return -pos;
            }
            pos = postfixAfter(f, pos);
            if (pos < 0) {
                return -pos;
            }
            f.end = pos;
            add(f);
            return pos;
        }

        private void add(Figure f) {
            f.clause = clause;
            f.depth = depth;
            figures.add(f);
        }

        /** Reads a number at {@code i}: sign, digits with ASCII thousands separators, fraction. */
        private Num number(int i) {
            int j = i;
            StringBuilder text = new StringBuilder();
            if (isSign(s.charAt(j))) {
                if (s.charAt(j) == '-') {
                    text.append('-');
                }
                j++;
            }
            int intDigits = 0;
            while (j < n) {
                char c = s.charAt(j);
                if (CjkText.isDigit(c)) {
                    text.append(c);
                    intDigits++;
                    j++;
                } else if (c == ',' && isGroupSeparator(j, intDigits)) {
                    j++;
                } else {
                    break;
                }
            }
            boolean integer = true;
            if (j + 1 < n && s.charAt(j) == '.' && CjkText.isDigit(s.charAt(j + 1))) {
                integer = false;
                text.append('.');
                j++;
                while (j < n && CjkText.isDigit(s.charAt(j))) {
                    text.append(s.charAt(j));
                    j++;
                }
                if (j + 1 < n && s.charAt(j) == '.' && CjkText.isDigit(s.charAt(j + 1))) {
                    int k = j + 1;
                    while (k < n && (CjkText.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
                        k++;
                    }
                    throw fail(TargetParseErrorCode.MALFORMED_NUMBER, i, s.substring(i, k));
                }
            }
            if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                int k = j + 1;
                if (k < n && isSign(s.charAt(k))) {
                    k++;
                }
                if (k < n && CjkText.isDigit(s.charAt(k))) {
                    while (k < n && CjkText.isDigit(s.charAt(k))) {
                        k++;
                    }
                    throw fail(TargetParseErrorCode.SCIENTIFIC_NOTATION, i, s.substring(i, k));
                }
            }
            int digits = text.length() - (text.indexOf("-") >= 0 ? 1 : 0) - (integer ? 0 : 1);
            if (digits > Quantity.MAX_DIGITS) {
                throw fail(TargetParseErrorCode.NUMBER_TOO_LONG, i, abbreviate(s.substring(i, j)));
            }
            return new Num(i, j, new BigDecimal(text.toString()), integer, intDigits);
        }

        /** A comma that the user wrote as an ASCII thousands separator: 1,234.5. */
        private boolean isGroupSeparator(int j, int digitsSoFar) {
            if (digitsSoFar == 0 || input.charAt(norm.originOf(j, input.length())) != ',') {
                return false;
            }
            for (int k = 1; k <= 3; k++) {
                if (j + k >= n || !CjkText.isDigit(s.charAt(j + k))) {
                    return false;
                }
            }
            return j + 4 >= n || !CjkText.isDigit(s.charAt(j + 4));
        }

        private int skipAlnum(int from) {
            int j = from;
            while (j < n && (CjkText.isDigit(s.charAt(j)) || CjkText.isAsciiLetter(s.charAt(j))
                    || s.charAt(j) == '.')) {
                j++;
            }
            return Math.max(j, from);
        }

        /** Where a date written at {@code num} ends, or -1 when it is not a date. */
        private int dateEnd(Num num) {
            int b = num.end();
            boolean yearLike = num.integer() && num.intDigits() == 4 && num.value().signum() > 0
                    && num.value().intValue() >= 1900 && num.value().intValue() <= 2100;
            if (yearLike && b < n && s.charAt(b) == '年') {
                years.add(new int[] {num.start(), num.value().intValue()});
                return b + 1;
            }
            if (yearLike && b + 5 < n && (DASHES.indexOf(s.charAt(b)) >= 0 || s.charAt(b) == '至')) {
                int k = b + 1;
                int d = 0;
                while (k < n && CjkText.isDigit(s.charAt(k))) {
                    k++;
                    d++;
                }
                if (d == 4 && k < n && s.charAt(k) == '年') {
                    years.add(new int[] {num.start(), Integer.parseInt(s.substring(k - 4, k))});
                    return k + 1;
                }
                if (d >= 1 && d <= 2 && s.charAt(b) != '至') {
                    return skipAlnum(k) == k ? skipDate(k) : k;
                }
            }
            if (yearLike && b + 1 < n && (s.charAt(b) == '.' || s.charAt(b) == '/')
                    && CjkText.isDigit(s.charAt(b + 1))) {
                return skipDate(b + 1);
            }
            if (num.integer() && b < n && (s.charAt(b) == '月' || s.charAt(b) == '日' || s.charAt(b) == '号')) {
                return b + 1;
            }
            return -1;
        }

        private int skipDate(int from) {
            int j = from;
            while (j < n && (CjkText.isDigit(s.charAt(j)) || "-./".indexOf(s.charAt(j)) >= 0)) {
                j++;
            }
            return j;
        }

        /** Reads a structure such as 2.5:29:68.5 into one exact figure per part, in % when the parts sum to 100. */
        private int ratio(Num first) {
            List<Num> parts = new ArrayList<>();
            parts.add(first);
            int j = first.end();
            while (j + 1 < n && s.charAt(j) == ':' && CjkText.isDigit(s.charAt(j + 1))) {
                Num next = number(j + 1);
                parts.add(next);
                j = next.end();
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Num p : parts) {
                sum = sum.add(p.value());
            }
            Unit unit = sum.compareTo(BigDecimal.valueOf(100)) == 0 ? Unit.PERCENT : defaultUnit;
            for (Num p : parts) {
                Figure f = new Figure(p.start(), Quantity.of(p.value(), unit));
                f.end = p.end();
                f.forced = TargetKind.EXACT;
                add(f);
            }
            return j;
        }

        /**
         * Reads the unit after a number into {@code f.low}. Returns the position after it, or minus the position to
         * go on from when the number turns out not to be a figure.
         */
        private int unitAfter(Num num, Figure f, boolean mayBeName) {
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
                return -skipAlnum(p); // 5G, 3D
            }
            if (mayBeName && p < n && CjkText.isIdeograph(s.charAt(p)) && !startsQualifier(p)) {
                int e = p;
                while (e < n && CjkText.isIdeograph(s.charAt(e))) {
                    e++;
                }
                boolean atEnd = e == n || isBoundary(s.charAt(e));
                if (atEnd && e - p <= 3 && !f.above) {
                    throw fail(TargetParseErrorCode.UNKNOWN_UNIT, p, s.substring(p, e));
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

        private boolean isBoundary(char c) {
            return CLAUSE_BOUNDARIES.indexOf(c) >= 0 || c == '、' || c == ']' || c == ')' || c == '”'
                    || c == '"' || c == '’' || c == '(' || c == '[' || c == '“';
        }

        /** Reads a range's upper bound after the lower one: 6.0%—7.0%, 6~7%, 6%至6.5%. */
        private int rangeAfter(Figure f, int pos) {
            if (pos >= n) {
                return pos;
            }
            char c = s.charAt(pos);
            boolean dash = DASHES.indexOf(c) >= 0;
            if (!dash && c != '至' && c != '到') {
                return pos;
            }
            int p = pos + 1;
            while (dash && p < n && s.charAt(p) == c && c == '—') {
                p++; // ——
            }
            boolean digitFollows = p < n && (CjkText.isDigit(s.charAt(p))
                    || (isSign(s.charAt(p)) && p + 1 < n && CjkText.isDigit(s.charAt(p + 1))));
            if (!digitFollows) {
                if (dash && (p >= n || isBoundary(s.charAt(p)))) {
                    throw fail(TargetParseErrorCode.INCOMPLETE_RANGE, f.start, s.substring(f.start, p));
                }
                if (!dash && (p >= n || isBoundary(s.charAt(p)))) {
                    throw fail(TargetParseErrorCode.INCOMPLETE_RANGE, f.start, s.substring(f.start, p));
                }
                return pos;
            }
            Num hn = number(p);
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
                throw fail(TargetParseErrorCode.RANGE_UNITS, f.start, text);
            }
            if (low.compareAmount(high) > 0) {
                throw fail(TargetParseErrorCode.RANGE_REVERSED, f.start, text);
            }
            f.low = low;
            f.high = high;
            return end;
        }

        /** Reads 以上, 以内, 以下, 左右(±…) after a figure, and the reach idioms (15分钟生活圈, 300米见绿). */
        private int postfixAfter(Figure f, int pos) {
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
            Num t = number(p);
            Figure tf = new Figure(t.start(), Quantity.of(t.value(), f.low.unit()));
            int e = unitAfter(t, tf, false);
            if (e < 0 || e >= n || s.charAt(e) != ')') {
                return q;
            }
            if (!tf.low.unit().isCompatibleWith(f.low.unit())) {
                throw fail(TargetParseErrorCode.RANGE_UNITS, q, s.substring(q, e + 1));
            }
            f.tolerance = tf.low;
            return e + 1;
        }

        private boolean isReachUnit(Unit u) {
            String sym = u.symbol();
            return sym.equals("分钟") || sym.equals("刻钟") || sym.equals("小时") || sym.equals("米")
                    || sym.equals("公里");
        }

        /** 15分钟生活圈, 一刻钟便民生活圈, 300米见绿: a distance or time that bounds a reach. */
        private boolean reachIdiomAt(int q) {
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

        /** 排名第一, 第3名: a rank; any other 第N is an ordinal, not a figure. */
        private int ordinal(int i) {
            int p = i + 1;
            int e = p;
            BigDecimal value = null;
            if (e < n && CjkText.isDigit(s.charAt(e))) {
                while (e < n && CjkText.isDigit(s.charAt(e))) {
                    e++;
                }
                value = new BigDecimal(s.substring(p, e));
            } else {
                while (e < n && CN_DIGITS.indexOf(s.charAt(e)) >= 0) {
                    e++;
                }
                if (e > p) {
                    value = chineseNumber(s.substring(p, e));
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
            add(f);
            return f.end;
        }

        /** The value of a Roman class numeral at {@code i} followed by 类, or 0. */
        private int romanValue(int i) {
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
                    return asciiRoman(s.substring(i, e));
                }
            }
            return 0;
        }

        /** Ⅲ类以上 (class I to III), 达到Ⅲ类: a class figure; Ⅲ类水体比例: part of a name. */
        private int roman(int i) {
            int value = romanValue(i);
            int e = i;
            while (s.charAt(e) != '类') {
                e++;
            }
            int pos = e + 1;
            Figure f = new Figure(i, Quantity.of(BigDecimal.valueOf(value), classUnit));
            f.lowUnitWritten = true;
            int q = postfixAfter(f, pos);
            if (q < 0) {
                return -q;
            }
            if (f.postfix == null && pos < n && !isBoundary(s.charAt(pos))) {
                return pos;
            }
            f.end = q;
            add(f);
            return q;
        }

        /** 一刻钟便民生活圈, 十五分钟生活圈: a Chinese numeral in a reach idiom. */
        private int chineseRadius(int i) {
            if (i > 0 && CN_DIGITS.indexOf(s.charAt(i - 1)) >= 0) {
                return i + 1;
            }
            int e = i;
            while (e < n && CN_DIGITS.indexOf(s.charAt(e)) >= 0) {
                e++;
            }
            Optional<UnitMatch> u = registry.matchAt(s, e);
            if (u.isEmpty() || !isReachUnit(u.get().unit()) || !reachIdiomAt(u.get().end())) {
                return i + 1;
            }
            BigDecimal value = chineseNumber(s.substring(i, e));
            if (value == null) {
                return i + 1;
            }
            Figure f = new Figure(i, Quantity.of(value, u.get().unit()));
            f.lowUnitWritten = true;
            f.forced = TargetKind.AT_MOST;
            f.end = u.get().end();
            add(f);
            return f.end;
        }

        // ---------------------------------------------------------------- pass 2: kinds

        private void resolve() {
            int prevEnd = 0;
            for (Figure f : figures) {
                int clauseStart = clauseStarts.get(f.clause);
                int gapStart = Math.max(clauseStart, prevEnd);
                String gap = s.substring(Math.min(gapStart, f.start), f.start);
                resolveKind(f, gap);
                f.accumulation = accumulation(f, s.substring(clauseStart, f.start));
                f.year = yearBefore(f.start);
                prevEnd = f.end;
            }
            shareAcrossLists();
            for (Figure f : figures) {
                if (f.high != null) {
                    f.kind = TargetKind.RANGE;
                }
            }
        }

        private void resolveKind(Figure f, String rawGap) {
            String gap = clean(rawGap);
            TargetKind prefix = null;
            String rest = gap;
            String stripped = stripFillers(gap);
            outer:
            for (String g : new String[] {gap, stripped}) {
                for (String[] pb : PREFIX_BOUNDS) {
                    if (g.endsWith(pb[0])) {
                        prefix = TargetKind.valueOf(pb[1].toUpperCase(Locale.ROOT));
                        rest = g.substring(0, g.length() - pb[0].length());
                        break outer;
                    }
                }
            }
            ChangeDirection verb = null;
            boolean levelVerb = false;
            String r = prefix == null ? stripTrailing(rest, FILLERS_NO_LEVEL) : rest;
            for (String lv : LEVEL_VERBS) {
                if (r.endsWith(lv) && verbAtEnd(r.substring(0, r.length() - lv.length())) != null) {
                    levelVerb = true;
                    r = r.substring(0, r.length() - lv.length());
                    break;
                }
            }
            verb = verbAtEnd(r);
            boolean ratio = f.low.unit().family() == UnitFamily.RATIO || f.low.unit().isNone();
            if (verb != null && ratio && !levelVerb) {
                f.measure = verb == ChangeDirection.INCREASE ? Measure.GROWTH_RATE : Measure.REDUCTION_RATE;
            }
            f.subject = trimSubject(stripTrailing(clean(rest), SUBJECT_TAIL));
            if (f.forced != null) {
                f.own = f.forced;
            } else if (f.postfix != null) {
                f.own = f.postfix;
            } else if (prefix != null) {
                f.own = prefix;
            } else if (f.above) {
                f.own = TargetKind.AT_LEAST;
            } else if (verb != null && !levelVerb
                    && (f.low.unit().family() != UnitFamily.COUNT || r.endsWith("增加") || r.endsWith("减少"))) {
                f.own = TargetKind.CHANGE;
                f.change = verb;
            } else if (levelVerb || verb != null) {
                // 品质提升1200个: a count after 提升/提高 is an amount, a level target; 增加/减少 are changes.
                f.own = TargetKind.EXACT;
            }
            f.kind = f.own != null ? f.own : TargetKind.EXACT;
        }

        /** 不低于93%、98%: a qualifier before the first or after the last of a bare list applies to all. */
        private void shareAcrossLists() {
            for (int k = 1; k < figures.size(); k++) {
                Figure a = figures.get(k - 1);
                Figure b = figures.get(k);
                if (bareList(a, b) && b.own == null && a.own != null && a.postfix == null && a.high == null) {
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
                if (bareList(a, b) && b.postfix != null && a.own == null && a.high == null) {
                    a.kind = b.postfix;
                    a.own = b.postfix;
                    a.postfix = b.postfix;
                }
            }
        }

        private boolean bareList(Figure a, Figure b) {
            return a.clause == b.clause && clean(s.substring(a.end, b.start)).equals("、");
        }

        private @Nullable ChangeDirection verbAtEnd(String text) {
            for (String w : GROWTH_WORDS) {
                if (text.endsWith(w)) {
                    return ChangeDirection.INCREASE;
                }
            }
            for (String w : REDUCTION_WORDS) {
                if (text.endsWith(w)) {
                    return ChangeDirection.DECREASE;
                }
            }
            return null;
        }

        private String stripFillers(String text) {
            return stripTrailing(text, FILLERS);
        }

        private Accumulation accumulation(Figure f, String clauseBefore) {
            if (f.depth > 0) {
                return Accumulation.CUMULATIVE;
            }
            String text = clean(clauseBefore);
            int annual = -1;
            for (String word : new String[] {"年均", "平均每年"}) {
                int at = text.lastIndexOf(word);
                if (at >= 0 && onlyQualifiers(text.substring(at + word.length()))) {
                    annual = Math.max(annual, at);
                }
            }
            int cumulative = text.lastIndexOf("累计");
            if (annual < 0 && cumulative < 0) {
                return Accumulation.LEVEL;
            }
            return annual > cumulative ? Accumulation.ANNUAL_AVERAGE : Accumulation.CUMULATIVE;
        }

        /** Whether {@code text} holds nothing but a rate word and qualifier words (年均增长不低于 …). */
        private boolean onlyQualifiers(String text) {
            String t = text;
            for (String[] words : new String[][] {GROWTH_WORDS, REDUCTION_WORDS}) {
                for (String w : words) {
                    if (t.startsWith(w)) {
                        t = t.substring(w.length());
                        break;
                    }
                }
            }
            t = stripFillers(t);
            if (t.isEmpty()) {
                return true;
            }
            for (String[] pb : PREFIX_BOUNDS) {
                if (t.equals(pb[0])) {
                    return true;
                }
            }
            for (String lv : LEVEL_VERBS) {
                if (t.equals(lv)) {
                    return true;
                }
            }
            return false;
        }

        private @Nullable Integer yearBefore(int pos) {
            Integer y = null;
            for (int[] yr : years) {
                if (yr[0] < pos) {
                    y = yr[1];
                }
            }
            return y;
        }

        private TargetExpression build(Figure f) {
            Accumulation a = f.accumulation;
            Quantity v = f.low;
            return switch (f.kind) {
                case RANGE -> new Range(v, f.high, a);
                case AT_LEAST -> new AtLeast(v, a);
                case GREATER_THAN -> new GreaterThan(v, a);
                case AT_MOST -> new AtMost(v, a);
                case LESS_THAN -> new LessThan(v, a);
                case APPROXIMATELY -> new Approximately(v, f.tolerance, a);
                case CHANGE -> v.value().signum() < 0
                        ? new Change(f.change == ChangeDirection.INCREASE ? ChangeDirection.DECREASE
                                : ChangeDirection.INCREASE, Quantity.of(v.value().negate(), v.unit()), a)
                        : new Change(f.change, v, a);
                default -> new Exact(v, a);
            };
        }

        // ---------------------------------------------------------------- pass 3: clauses without figures

        private void readClausesWithoutFigures(List<ParsedTarget> out) {
            for (int c = 0; c < clauseStarts.size(); c++) {
                final int cl = c;
                if (figures.stream().anyMatch(f -> f.clause == cl)) {
                    continue;
                }
                int start = clauseStarts.get(c);
                int end = c + 1 < clauseStarts.size() ? clauseStarts.get(c + 1) - 1 : n;
                String raw = s.substring(start, end);
                String text = clean(raw);
                if (text.isEmpty()) {
                    continue;
                }
                boolean bracketed = raw.startsWith("[") && raw.endsWith("]");
                Worded w = delegatedOrRelative(text, bracketed);
                if (w != null) {
                    out.add(new ParsedTarget(w.target(), w.subject(), origin(start), origin(end), yearBefore(end),
                            Measure.LEVEL));
                }
            }
        }

        /** A delegated or relative target read from a clause without figures, or null. */
        private @Nullable Worded delegatedOrRelative(String text, boolean bracketed) {
            Matcher d = DELEGATED.matcher(text);
            if (d.find()) {
                String authority = AUTHORITY_AFFIXES.matcher(d.group(1)).replaceAll("");
                return new Worded(new Delegated(authority.isBlank() ? "上级" : authority),
                        trimSubject(TRAILING_MODAL.matcher(text.substring(0, d.start())).replaceAll("")));
            }
            Accumulation acc = bracketed ? Accumulation.CUMULATIVE : Accumulation.LEVEL;
            String body = text;
            if (body.startsWith("年均")) {
                acc = Accumulation.ANNUAL_AVERAGE;
                body = body.substring(2);
            }
            Matcher m = IN_STEP.matcher(body);
            if (m.matches()) {
                boolean roughly = m.group(3) != null || m.group(4) != null;
                List<String> refs = references(m.group(2));
                boolean region = isRegion(m.group(2), refs);
                return new Worded(new Relative(RelativeComparison.IN_STEP,
                        region ? ReferenceKind.REGION : ReferenceKind.INDICATOR,
                        region ? refs : List.of(stripAverage(m.group(2))), roughly, acc),
                        trimSubject(LEADING_ENSURE.matcher(m.group(1)).replaceAll("")));
            }
            Matcher c = COMPARED.matcher(body);
            if (c.matches() && !c.group(3).isBlank()) {
                RelativeComparison cmp = switch (c.group(2)) {
                    case "不低于" -> RelativeComparison.NOT_LOWER;
                    case "不高于" -> RelativeComparison.NOT_HIGHER;
                    case "低于", "慢于" -> RelativeComparison.LOWER;
                    default -> RelativeComparison.HIGHER;
                };
                String refText = c.group(3);
                if (c.group(1).endsWith("年均")) {
                    acc = Accumulation.ANNUAL_AVERAGE;
                }
                List<String> refs = references(refText);
                boolean region = isRegion(refText, refs);
                return new Worded(new Relative(cmp, region ? ReferenceKind.REGION : ReferenceKind.INDICATOR,
                        region ? refs : List.of(stripAverage(refText)), false, acc),
                        trimSubject(LEADING_ENSURE.matcher(c.group(1)).replaceAll("")));
            }
            return null;
        }

        private List<String> references(String text) {
            String t = stripAverage(text);
            List<String> refs = new ArrayList<>();
            for (String part : REFERENCE_SEPARATORS.split(t)) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    refs.add(p);
                }
            }
            return refs.isEmpty() ? List.of(t) : refs;
        }

        private String stripAverage(String text) {
            return AVERAGE_SUFFIX.matcher(text).replaceAll("");
        }

        private boolean isRegion(String text, List<String> refs) {
            if (ENDS_WITH_AVERAGE.matcher(text).matches()) {
                return true;
            }
            for (String r : refs) {
                if (!(r.startsWith("全") || REGION_WORD.matcher(r).matches())) {
                    return false;
                }
            }
            return true;
        }

        private ParsedTarget wholeTextTarget() {
            String text = clean(s);
            boolean ideographs = text.chars().anyMatch(ch -> CjkText.isIdeograph((char) ch));
            String withoutQualifiers = text;
            for (String[] pb : PREFIX_BOUNDS) {
                withoutQualifiers = withoutQualifiers.replace(pb[0], "");
            }
            for (String w : new String[] {"以上", "以下", "以内", "左右", "及"}) {
                withoutQualifiers = withoutQualifiers.replace(w, "");
            }
            boolean onlyQualifiers = !withoutQualifiers.equals(text)
                    && withoutQualifiers.chars().noneMatch(ch -> CjkText.isIdeograph((char) ch)
                            || CjkText.isAsciiLetter((char) ch));
            if (onlyQualifiers) {
                throw fail(TargetParseErrorCode.NO_VALUE, 0, input);
            }
            boolean onlyDates = DATE_WORDS.matcher(text).replaceAll("").isEmpty();
            if (!ideographs || onlyDates) {
                throw fail(TargetParseErrorCode.NO_TARGET, 0, input);
            }
            return new ParsedTarget(new Qualitative(s), "", 0, input.length(), yearBefore(n), Measure.LEVEL);
        }

        // ---------------------------------------------------------------- helpers

        private void checkBrackets() {
            int d = 0;
            int lastOpen = -1;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == '[') {
                    d++;
                    lastOpen = i;
                } else if (c == ']') {
                    d--;
                    if (d < 0) {
                        throw fail(TargetParseErrorCode.UNBALANCED_BRACKET, i, s);
                    }
                }
            }
            if (d > 0) {
                throw fail(TargetParseErrorCode.UNBALANCED_BRACKET, lastOpen, s);
            }
        }

        private int origin(int index) {
            return Math.min(norm.originOf(index, input.length()), input.length());
        }

        private Failure fail(TargetParseErrorCode code, int index, String fragment) {
            return new Failure(new TargetParseError(code, input, origin(index), fragment));
        }
    }

    /** Words that end the text before a figure but do not name what it measures. */
    private static final String[] SUBJECT_TAIL = concat(GROWTH_WORDS, REDUCTION_WORDS, FILLERS, LEVEL_VERBS,
            new String[] {"年均", "平均每年", "累计", "分别", "均", "同比", "比上年", "比上一年度", "较上年", "同口径", "力争",
                "确保", "稳定在", "控制在"});

    private static String[] concat(String[]... arrays) {
        List<String> all = new ArrayList<>();
        for (String[] a : arrays) {
            all.addAll(List.of(a));
        }
        return all.toArray(new String[0]);
    }

    private static final String[] FILLERS_NO_LEVEL = {"达到", "达", "是", "在", "了", "实现", "保持"};

    private static String stripTrailing(String text, String[] words) {
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
    private static String clean(String text) {
        int i0 = 0;
        while (i0 < text.length() && "[]“”\"‘’'《》「」 ".indexOf(text.charAt(i0)) < 0) {
            i0++;
        }
        if (i0 == text.length()) {
            return text; // nothing to drop, the usual case: no copy
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("[]“”\"‘’'《》「」 ".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String trimSubject(String text) {
        return SUBJECT_OPENERS.matcher(SUBJECT_PUNCTUATION.matcher(text).replaceAll("")).replaceAll("");
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 12) + "…" + text.substring(text.length() - 8);
    }

    private static int asciiRoman(String r) {
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
