package org.planindicators.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.planindicators.internal.CjkText;
import org.planindicators.internal.Excerpt;
import org.planindicators.internal.Rational;

/**
 * The units a program knows, and the reader of unit text.
 *
 * <p>A registry is immutable: {@link #standard()} holds the units Chinese plans use (listed with their factors in
 * {@code docs/units.md} in the project), and
 * {@link #withUnit(String, UnitFamily)}, {@link #withUnit(String, BigDecimal, Unit)} and
 * {@link #withAlias(String, Unit)} return a new registry with one more unit, so no program changes another's
 * units. Unit text is read as written: full-width characters, spaces from PDF extraction ("万 标箱", "平方米 /
 * 人"), a magnitude before the base (万亿元), a quotient (吨标煤/万元, 公里/百平方公里) and dual classifiers
 * (名(个), 套(间)).
 */
public final class UnitRegistry {
    private static final UnitRegistry STANDARD = buildStandard();

    /** A unit this registry knows by a symbol or alias, and whether a magnitude may stand before it. */
    private record Entry(Unit unit, boolean prefixable) {
    }

    /** The magnitudes, once: {@code Magnitude.values()} copies its array on every call. */
    private static final Magnitude[] MAGNITUDES = Magnitude.values();
    /** Buckets of symbols by first character: a power of two. */
    private static final int FIRST_BUCKETS = 256;

    private final Map<String, Entry> entries;
    /** The characters some symbol or alias starts with: no other can start a unit. */
    private final BitSet firstChars = new BitSet();
    /**
     * The symbols and aliases by their first character (a trie's first level, hashed into {@link #FIRST_BUCKETS}
     * buckets), longest first within a bucket, with their entries index for index: the first whose text is written
     * at a position is the longest unit there, found without copying the text.
     */
    private final String[][] symbolsByFirst = new String[FIRST_BUCKETS][];
    private final Entry[][] entriesByFirst = new Entry[FIRST_BUCKETS][];

    /** Units with a magnitude made by {@link #withMagnitude}, by the base's symbol and the magnitude's ordinal. */
    private final ConcurrentHashMap<String, Unit[]> scaled = new ConcurrentHashMap<>();

    private UnitRegistry(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        for (String symbol : entries.keySet()) {
            if (!symbol.isEmpty()) {
                firstChars.set(symbol.charAt(0));
            }
        }
        List<List<String>> buckets = new ArrayList<>();
        for (int b = 0; b < FIRST_BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        for (String symbol : entries.keySet()) {
            if (!symbol.isEmpty()) {
                buckets.get(firstBucket(symbol.charAt(0))).add(symbol);
            }
        }
        for (int b = 0; b < FIRST_BUCKETS; b++) {
            List<String> symbols = buckets.get(b);
            symbols.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            symbolsByFirst[b] = symbols.toArray(String[]::new);
            entriesByFirst[b] = new Entry[symbols.size()];
            for (int k = 0; k < symbols.size(); k++) {
                entriesByFirst[b][k] = entries.get(symbols.get(k));
            }
        }
    }

    private static int firstBucket(char c) {
        return (c ^ (c >>> 8)) & (FIRST_BUCKETS - 1);
    }

    /** {@return the units of Chinese plans: currencies, classifiers, length, area, volume, mass, TEU, %, points …} */
    public static UnitRegistry standard() {
        return STANDARD;
    }

    /**
     * A new registry that also knows {@code symbol} as a unit of its own dimension (a new classifier such as
     * "匹", or a unit not convertible to any other).
     *
     * @param symbol the new unit as written
     * @param family the family the new unit belongs to (a count, a dimension of its own)
     * @return a new registry that also knows {@code symbol} as a unit of its own dimension (a new classifier such as
     *     "匹", or a unit not convertible to any other)
     * @throws IllegalArgumentException when the symbol is blank, has digits, '/' or spaces (full-width ones
     *     too), is not written half-width ("ｔ" rather than "t"), or is known or read already ("万元" is 万 × 元);
     *     or the family is {@link UnitFamily#NONE}
     */
    public UnitRegistry withUnit(String symbol, UnitFamily family) {
        checkNewSymbol(symbol);
        Objects.requireNonNull(family, "family");
        if (family == UnitFamily.NONE) {
            throw new IllegalArgumentException("a unit of family NONE would be taken for a bare number: '" + symbol
                    + "'; give it a family such as RATIO or COUNT");
        }
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(symbol, new Entry(new Unit(symbol, family, "user:" + symbol, Rational.ONE, false), true));
        return new UnitRegistry(copy);
    }

    /**
     * A new registry that also knows {@code symbol} as {@code factor} times {@code reference}: {@code
     * withUnit("市斤", new BigDecimal("0.5"), Unit.parse("千克"))}.
     *
     * @param symbol the new unit as written
     * @param factor how many of {@code reference} one of the new unit is
     * @param reference the unit it is a multiple of
     * @return a new registry that also knows {@code symbol} as {@code factor} times {@code reference}: {@code
     *     withUnit("市斤", new BigDecimal("0.5"), Unit.parse("千克"))}
     * @throws IllegalArgumentException when the symbol is unusable or known or read already, the factor is not
     *     positive, or the reference is {@link Unit#NONE}
     */
    public UnitRegistry withUnit(String symbol, BigDecimal factor, Unit reference) {
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("factor must be positive: " + factor);
        }
        return withUnit(symbol, Rational.of(factor), reference);
    }

    /**
     * A new registry that also knows {@code symbol} as {@code numerator/denominator} times {@code reference}:
     * {@code withUnit("亩", 1, 15, Unit.parse("公顷"))}.
     *
     * @param symbol the new unit as written
     * @param numerator the numerator of the factor, positive
     * @param denominator the denominator of the factor, positive
     * @param reference the unit it is a multiple of
     * @return a new registry that also knows {@code symbol} as {@code numerator/denominator} times {@code reference}:
     *     {@code withUnit("亩", 1, 15, Unit.parse("公顷"))}
     * @throws IllegalArgumentException when the symbol is unusable or known or read already, the factor is not
     *     positive, or the reference is {@link Unit#NONE}
     */
    public UnitRegistry withUnit(String symbol, long numerator, long denominator, Unit reference) {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("factor must be positive: " + numerator + "/" + denominator);
        }
        return withUnit(symbol, Rational.of(numerator, denominator), reference);
    }

    private UnitRegistry withUnit(String symbol, Rational factor, Unit reference) {
        checkNewSymbol(symbol);
        Objects.requireNonNull(reference, "reference");
        if (reference.isNone()) {
            throw new IllegalArgumentException("a unit cannot be a multiple of a bare number: '" + symbol + "'");
        }
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        Unit unit = new Unit(symbol, reference.family(), reference.dimension(), reference.factor().multiply(factor),
                reference.isOrdinal());
        copy.put(symbol, new Entry(unit, reference.family() != UnitFamily.COMPOUND));
        return new UnitRegistry(copy);
    }

    /**
     * A new registry that reads {@code alias} as {@code unit} ("千米" as 公里). Printing still gives the unit's
     * own symbol.
     *
     * @param alias another way of writing {@code unit}
     * @param unit the unit
     * @return a new registry that reads {@code alias} as {@code unit} ("千米" as 公里)
     * @throws IllegalArgumentException when the alias is unusable or known or read already
     */
    public UnitRegistry withAlias(String alias, Unit unit) {
        checkNewSymbol(alias);
        Objects.requireNonNull(unit, "unit");
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(alias, new Entry(unit, isPrefixable(unit)));
        return new UnitRegistry(copy);
    }

    private void checkNewSymbol(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        if (symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        for (int i = 0; i < symbol.length(); i++) {
            // Checked as parse reads it: full-width digits, '／' and the no-break space count too.
            char c = CjkText.fold(symbol.charAt(i));
            if (CjkText.isDigit(c) || c == '/' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new IllegalArgumentException(
                        "symbol must not contain digits, '/' or spaces: '" + symbol + "'");
            }
        }
        String normalized = CjkText.normalize(symbol).text();
        if (!normalized.equals(symbol)) {
            // parse normalises its input first, so a full-width symbol would never be read.
            throw new IllegalArgumentException("symbol must be written half-width, as '" + normalized
                    + "', not '" + symbol + "'");
        }
        if (entries.containsKey(symbol)) {
            throw new IllegalArgumentException("symbol is already known: '" + symbol + "'");
        }
        Optional<Unit> read = find(symbol);
        if (read.isPresent()) {
            // A magnitude and a base (万元), or a dual classifier: the new unit would change what the text means.
            throw new IllegalArgumentException("symbol is already read as the unit '" + read.get().symbol()
                    + "': '" + symbol + "'");
        }
    }

    /** {@return the symbols and aliases this registry reads without a magnitude prefix} */
    public Set<String> symbols() {
        return entries.keySet();
    }

    /**
     * Reads unit text as written. The empty (or blank) text is {@link Unit#NONE}.
     *
     * @param text the text to read
     * @return the unit
     * @throws UnitParseException when the text is not a unit this registry knows
     */
    public Unit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = text.toString();
        CjkText normalized = CjkText.normalize(input);
        String s = normalized.text();
        if (s.isEmpty()) {
            return Unit.NONE;
        }
        Optional<UnitMatch> m = matchAt(s, 0);
        if (m.isPresent() && m.get().end() == s.length()) {
            return m.get().unit();
        }
        int at = m.map(UnitMatch::end).orElse(0);
        throw new UnitParseException(input, normalized.originOf(at, input.length()),
                "unknown unit '" + Excerpt.of(input) + "'" + (at > 0 ? ": cannot read '" + Excerpt.of(s.substring(at))
                        + "'" : "")
                        + "; expected a unit such as 亿元, 万标箱, %, 个百分点, 平方米/人",
                "无法识别的单位“" + Excerpt.of(input) + "”" + (at > 0 ? "：“" + Excerpt.of(s.substring(at)) + "”无法识别"
                        : "")
                        + "；应为如 亿元、万标箱、%、个百分点、平方米/人 的单位");
    }

    /**
     * Reads unit text, or empty when it is not a unit this registry knows.
     *
     * @param text the text to read
     * @return the unit, or empty
     */
    public Optional<Unit> find(CharSequence text) {
        try {
            return Optional.of(parse(text));
        } catch (UnitParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The longest unit written at {@code from} in already-normalised text (no spaces, half-width), as the target
     * parser needs it after a number: "万标箱以上" gives 万标箱, "吨标煤/万元、" gives 吨标煤/万元, "名(个)以上" gives
     * 名(个). Empty when no unit starts there.
     *
     * @param text the text to read
     * @param from the index in {@code text} to match at
     * @return the longest unit written at {@code from} in already-normalised text (no spaces, half-width), as the
     *     target parser needs it after a number: "万标箱以上" gives 万标箱, "吨标煤/万元、" gives 吨标煤/万元, "名(个)以上" gives 名(个)
     */
    public Optional<UnitMatch> matchAt(CharSequence text, int from) {
        Optional<UnitMatch> first = matchSimple(text, from);
        if (first.isEmpty()) {
            return first;
        }
        Unit unit = first.get().unit();
        int end = first.get().end();
        // Dual classifier: 名(个), 套(间).
        if (unit.family() == UnitFamily.COUNT && end < text.length() && text.charAt(end) == '(') {
            Optional<UnitMatch> inner = matchBase(text, end + 1);
            if (inner.isPresent() && inner.get().unit().family() == UnitFamily.COUNT
                    && inner.get().end() < text.length() && text.charAt(inner.get().end()) == ')') {
                unit = new Unit(unit.symbol() + "(" + inner.get().unit().symbol() + ")", UnitFamily.COUNT,
                        unit.dimension(), unit.factor(), false);
                end = inner.get().end() + 1;
            }
        }
        // Quotient: 平方米/人, 吨标煤/万元, 公里/百平方公里; written out with 每: 微克每立方米 is 微克/立方米.
        boolean slash = end < text.length() && text.charAt(end) == '/';
        boolean per = !slash && end < text.length() && text.charAt(end) == '每';
        if (slash || per) {
            Optional<UnitMatch> den = matchSimple(text, end + 1);
            if (den.isPresent() && !den.get().unit().isNone()) {
                Unit d = den.get().unit();
                unit = new Unit(unit.symbol() + "/" + d.symbol(), UnitFamily.COMPOUND,
                        unit.dimension() + "/" + d.dimension(), unit.factor().divide(d.factor()), false);
                end = den.get().end();
            }
        }
        return Optional.of(new UnitMatch(unit, end));
    }

    /**
     * A base with an optional magnitude before it: the longer reading wins, an exact symbol on a tie, the longer
     * prefix between two magnitudes (every prefix is tried, so 十 × 万方 is read when 万方 is a unit).
     */
    private Optional<UnitMatch> matchSimple(CharSequence text, int from) {
        Optional<UnitMatch> best = matchBase(text, from);
        Magnitude bestMagnitude = Magnitude.ONE;
        if (from >= text.length() || !Magnitude.isPrefixStart(text.charAt(from))) {
            return best; // no magnitude starts here
        }
        for (Magnitude m : MAGNITUDES) {
            String p = m.prefix();
            if (m == Magnitude.ONE || !Magnitude.startsAt(text, from, p)) {
                continue;
            }
            Optional<UnitMatch> base = matchBase(text, from + p.length());
            if (base.isEmpty() || !isPrefixable(base.get().unit())) {
                continue;
            }
            int end = base.get().end();
            boolean better = best.isEmpty() || end > best.get().end()
                    || (end == best.get().end() && bestMagnitude != Magnitude.ONE
                            && p.length() > bestMagnitude.prefix().length());
            if (better) {
                best = Optional.of(new UnitMatch(withMagnitude(base.get().unit(), m), end));
                bestMagnitude = m;
            }
        }
        return best;
    }

    private Optional<UnitMatch> matchBase(CharSequence text, int from) {
        if (from >= text.length() || !firstChars.get(text.charAt(from))) {
            return Optional.empty();
        }
        int bucket = firstBucket(text.charAt(from));
        String[] symbols = symbolsByFirst[bucket];
        int room = text.length() - from;
        for (int k = 0; k < symbols.length; k++) {
            String sym = symbols[k];
            int len = sym.length();
            if (len <= room && startsWith(text, from, sym)) {
                return Optional.of(new UnitMatch(entriesByFirst[bucket][k].unit(), from + len));
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(CharSequence text, int from, String word) {
        if (text instanceof String str) {
            return str.regionMatches(from, word, 0, word.length());
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean isPrefixable(Unit unit) {
        Entry e = entries.get(unit.symbol());
        return e != null && e.prefixable() && e.unit().equals(unit);
    }

    /**
     * {@code unit} with a magnitude before it: 万 × 标箱 = 万标箱 (10⁴ TEU). When the prefixed text is itself a
     * symbol or alias of this registry for the same amount, that unit is returned, so that the result reads back
     * from its symbol: 千 × 米 gives 公里, since "千米" reads as 公里.
     *
     * @param unit the unit
     * @param magnitude the magnitude: 万, 亿
     * @return {@code unit} with a magnitude before it: 万 × 标箱 = 万标箱 (10⁴ TEU)
     * @throws IllegalArgumentException when the unit takes no magnitude (%, 个百分点, 类, 上年=100, compounds), or
     *     the prefixed text is a symbol of this registry for another unit
     */
    public Unit withMagnitude(Unit unit, Magnitude magnitude) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(magnitude, "magnitude");
        if (magnitude == Magnitude.ONE) {
            return unit;
        }
        if (!isPrefixable(unit)) {
            throw new IllegalArgumentException("unit '" + unit.symbol() + "' takes no magnitude prefix");
        }
        // The result depends only on this registry, the base's symbol (the base is this registry's unit of that
        // symbol) and the magnitude: kept once made. Units are immutable, so sharing them through a race is safe.
        Unit[] made = scaled.get(unit.symbol());
        if (made == null) {
            made = scaled.computeIfAbsent(unit.symbol(), k -> new Unit[MAGNITUDES.length]);
        }
        Unit u = made[magnitude.ordinal()];
        if (u == null) {
            u = scale(unit, magnitude);
            made[magnitude.ordinal()] = u;
        }
        return u;
    }

    /** {@code unit}, a prefixable unit of this registry, with a magnitude before it; see {@link #withMagnitude}. */
    private Unit scale(Unit unit, Magnitude magnitude) {
        String symbol = magnitude.prefix() + unit.symbol();
        Rational factor = unit.factor().multiply(Rational.powerOfTen(magnitude.exponent()));
        Entry known = entries.get(symbol);
        if (known != null) {
            // The text reads as the known symbol, not as a magnitude and a base (a tie goes to the symbol).
            Unit k = known.unit();
            if (k.dimension().equals(unit.dimension()) && k.factor().equals(factor)) {
                return k;
            }
            throw new IllegalArgumentException("'" + symbol + "' is the unit '" + k.symbol() + "', not "
                    + magnitude.prefix() + " × " + unit.symbol());
        }
        return new Unit(symbol, unit.family(), unit.dimension(), factor, unit.isOrdinal());
    }

    private static UnitRegistry buildStandard() {
        Map<String, Entry> m = new LinkedHashMap<>();
        // Currencies: one dimension each, no exchange rates.
        for (String[] c : new String[][] {{"元", "CNY"}, {"美元", "USD"}, {"欧元", "EUR"}, {"港元", "HKD"},
                {"日元", "JPY"}}) {
            base(m, c[0], UnitFamily.CURRENCY, "currency:" + c[1], Rational.ONE);
        }
        // Classifiers: each counts its own kind of thing, except that 人, 名 and 位 all count persons.
        for (String c : new String[] {"个", "家", "项", "户", "套", "所", "条", "场", "次", "人次", "件", "处", "座",
                "栋", "辆", "份", "支", "班次", "场次", "批次", "批", "台", "张", "间", "床", "张床", "只", "头",
                "株", "棵", "本", "册", "部", "艘", "架", "列", "对", "宗", "例", "起", "种", "门", "块", "片",
                "篇", "首", "届", "网点"}) {
            base(m, c, UnitFamily.COUNT, "count:" + c, Rational.ONE);
        }
        for (String c : new String[] {"人", "名", "位"}) {
            base(m, c, UnitFamily.COUNT, "count:person", Rational.ONE);
        }
        // Length, area, volume, mass (SI bases: metre, square metre, cubic metre, tonne).
        base(m, "米", UnitFamily.LENGTH, "length", Rational.ONE);
        base(m, "公里", UnitFamily.LENGTH, "length", Rational.of(1000, 1));
        base(m, "厘米", UnitFamily.LENGTH, "length", Rational.of(1, 100));
        base(m, "毫米", UnitFamily.LENGTH, "length", Rational.of(1, 1000));
        base(m, "平方米", UnitFamily.AREA, "area", Rational.ONE);
        base(m, "平方公里", UnitFamily.AREA, "area", Rational.of(1_000_000, 1));
        base(m, "公顷", UnitFamily.AREA, "area", Rational.of(10_000, 1));
        base(m, "亩", UnitFamily.AREA, "area", Rational.of(10_000, 15));
        base(m, "立方米", UnitFamily.VOLUME, "volume", Rational.ONE);
        base(m, "升", UnitFamily.VOLUME, "volume", Rational.of(1, 1000));
        base(m, "吨", UnitFamily.MASS, "mass", Rational.ONE);
        base(m, "公斤", UnitFamily.MASS, "mass", Rational.of(1, 1000));
        base(m, "斤", UnitFamily.MASS, "mass", Rational.of(1, 2000)); // 市斤: exactly 0.5 公斤
        base(m, "克", UnitFamily.MASS, "mass", Rational.of(1, 1_000_000));
        base(m, "毫克", UnitFamily.MASS, "mass", Rational.powerOfTen(-9));
        base(m, "微克", UnitFamily.MASS, "mass", Rational.powerOfTen(-12));
        base(m, "吨标煤", UnitFamily.ENERGY, "energy:tce", Rational.ONE);
        base(m, "千瓦时", UnitFamily.ENERGY, "energy:electric", Rational.ONE);
        base(m, "千瓦", UnitFamily.POWER, "power", Rational.ONE);
        base(m, "兆瓦", UnitFamily.POWER, "power", Rational.of(1000, 1));
        base(m, "标箱", UnitFamily.CONTAINER, "container:teu", Rational.ONE);
        // Durations: calendar (年, 个月), clock (天 … 分钟), and units that convert to nothing else.
        base(m, "年", UnitFamily.DURATION, "duration:year", Rational.ONE);
        base(m, "个月", UnitFamily.DURATION, "duration:year", Rational.of(1, 12));
        base(m, "天", UnitFamily.DURATION, "duration:day", Rational.ONE);
        base(m, "周", UnitFamily.DURATION, "duration:day", Rational.of(7, 1));
        base(m, "小时", UnitFamily.DURATION, "duration:day", Rational.of(1, 24));
        base(m, "分钟", UnitFamily.DURATION, "duration:day", Rational.of(1, 1440));
        base(m, "刻钟", UnitFamily.DURATION, "duration:day", Rational.of(1, 96));
        base(m, "个工作日", UnitFamily.DURATION, "duration:workday", Rational.ONE);
        base(m, "学时", UnitFamily.DURATION, "duration:study-hour", Rational.ONE);
        base(m, "课时", UnitFamily.DURATION, "duration:lesson", Rational.ONE);
        base(m, "岁", UnitFamily.AGE, "age", Rational.ONE);
        // Units that take no magnitude.
        fixed(m, Unit.PERCENT);
        fixed(m, Unit.PER_MILLE);
        fixed(m, Unit.PERCENTAGE_POINT);
        fixed(m, Unit.RATIO_TO_ONE);
        fixed(m, new Unit("倍", UnitFamily.RATIO, "ratio", Rational.ONE, false)); // 增长3倍: 300%
        fixed(m, new Unit("上年=100", UnitFamily.INDEX, "index:previous-year", Rational.ONE, false));
        fixed(m, new Unit("类", UnitFamily.CLASS, "class", Rational.ONE, true));
        // Aliases: other ways plans and spreadsheets write the same units.
        alias(m, "百分点", "个百分点");
        alias(m, "工作日", "个工作日");
        alias(m, "千米", "公里");
        alias(m, "平方千米", "平方公里");
        alias(m, "吨标准煤", "吨标煤");
        alias(m, "TEU", "标箱");
        alias(m, "km", "公里");
        alias(m, "m", "米");
        alias(m, "m²", "平方米");
        alias(m, "m2", "平方米");
        alias(m, "\u33A1", "平方米");
        alias(m, "km²", "平方公里");
        alias(m, "km2", "平方公里");
        alias(m, "kg", "公斤");
        alias(m, "kWh", "千瓦时");
        alias(m, "(上年=100)", "上年=100");
        return new UnitRegistry(m);
    }

    private static void base(Map<String, Entry> m, String symbol, UnitFamily family, String dimension,
            Rational factor) {
        m.put(symbol, new Entry(new Unit(symbol, family, dimension, factor, false), true));
    }

    private static void fixed(Map<String, Entry> m, Unit unit) {
        m.put(unit.symbol(), new Entry(unit, false));
    }

    private static void alias(Map<String, Entry> m, String alias, String symbol) {
        Entry target = m.get(symbol);
        m.put(alias, new Entry(target.unit(), target.prefixable()));
    }
}
