package org.planindicators.validation.internal.table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.internal.HeaderVocabulary;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;

/**
 * The vocabulary of indicator tables: the limits, the headers recognised, the empty markers, the words of the
 * attribute, direction, measure and accumulation columns, and how a name carries its unit and a baseline its note.
 */
public final class TableSyntax {
    /** The longest cell read, in characters; a longer one stops reading with {@code T015}. */
    public static final int MAX_CELL_CHARS = 16 * 1024;
    /** The most fields a row may have; the rest are ignored with {@code T021}. */
    public static final int MAX_COLUMNS = 1000;
    /** The most data rows a table may have; reading stops after them with {@code T022}. */
    public static final int MAX_ROWS = 10_000;

    /** The cells that mean "no value". */
    static final Set<String> EMPTY_MARKERS = Set.of("", "—", "——", "－", "-", "--", "–", "―", "/", "／");

    /** The title of the one part a table's plan has. */
    public static final String PART_TITLE = "主要指标";
    /** The title of the goal holding the indicators without a category. */
    public static final String UNCATEGORISED = "未分类";

    /** What a column holds. */
    enum Role {
        CATEGORY, NUMBER, NAME, UNIT, ATTRIBUTE, BASE, BASE_YEAR, PLAIN_YEAR, TARGET, AVERAGE, LEAD, CO, CODE,
        DIRECTION, MEASURE, ACCUMULATION, AGGREGATION, PRICE_BASIS, BLANK, UNKNOWN
    }

    /**
     * A header read: its role, the year it names (if any) and, for the 年均/累计 column, the accumulation its plain
     * figures have.
     */
    record HeaderSense(Role role, @Nullable Integer year, Accumulation accumulation) {
        static HeaderSense of(Role role) {
            return new HeaderSense(role, null, Accumulation.LEVEL);
        }
    }

    private static final Map<String, Role> KEYWORDS = keywords();
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Set<String> PLAIN_YEAR_REST = keys(HeaderVocabulary.YEAR_VALUE_WORDS);
    private static final Set<String> BASE_REST = keys(HeaderVocabulary.BASE_WORDS);
    private static final Set<String> TARGET_REST = keys(HeaderVocabulary.TARGET_WORDS);
    private static final Pattern TRAILING_PARENS =
            Pattern.compile("^(.*?)\\s*[(（]([^()（）]*)[)）]\\s*$", Pattern.DOTALL);
    private static final Pattern NOTE_YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年");
    private static final Pattern AGENCY_SEPARATORS = Pattern.compile("[、;；,，]");

    private TableSyntax() {
    }

    /** The table roles of the vocabulary's fields. */
    private static Map<String, Role> keywords() {
        Map<String, Role> m = new java.util.HashMap<>();
        for (HeaderVocabulary.Field f : HeaderVocabulary.fields(HeaderVocabulary.Layout.TABLE)) {
            Role role = switch (f) {
                case INDICATOR -> Role.NAME;
                case CODE -> Role.CODE;
                case UNIT -> Role.UNIT;
                case CATEGORY -> Role.CATEGORY;
                case NUMBER -> Role.NUMBER;
                case ATTRIBUTE -> Role.ATTRIBUTE;
                case LEAD_AGENCY -> Role.LEAD;
                case CO_AGENCIES -> Role.CO;
                case DIRECTION -> Role.DIRECTION;
                case MEASURE -> Role.MEASURE;
                case ACCUMULATION -> Role.ACCUMULATION;
                case BASE_YEAR -> Role.BASE_YEAR;
                case AGGREGATION -> Role.AGGREGATION;
                case PRICE_BASIS -> Role.PRICE_BASIS;
                default -> throw new IllegalStateException("no table role for " + f);
            };
            for (String name : HeaderVocabulary.names(f, HeaderVocabulary.Layout.TABLE)) {
                m.put(HeaderVocabulary.key(name), role);
            }
        }
        return Map.copyOf(m);
    }

    private static Set<String> keys(List<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(HeaderVocabulary.key(w));
        }
        return Set.copyOf(out);
    }

    /** Full-width characters folded to half-width (NFKC), surrounding spaces removed. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** A header or value as a lookup key: folded, lower case, without spaces and punctuation. */
    static String key(String s) {
        String f = fold(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c) || "()[]【】〔〕/、_-·.:,;'\"*".indexOf(c) >= 0) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Whether {@code cell} means "no value": empty, or a dash or slash alone. */
    public static boolean isEmpty(@Nullable String cell) {
        return cell == null || EMPTY_MARKERS.contains(cell.strip());
    }

    /** What the header {@code text} names. */
    static HeaderSense classify(String text) {
        if (text.strip().equals("#")) {
            return HeaderSense.of(Role.NUMBER);
        }
        String k = HeaderVocabulary.key(text);
        if (k.isEmpty()) {
            return HeaderSense.of(Role.BLANK);
        }
        HeaderVocabulary.Match match = HeaderVocabulary.match(text, HeaderVocabulary.Layout.TABLE);
        if (match != null) {
            return HeaderSense.of(Objects.requireNonNull(KEYWORDS.get(HeaderVocabulary.key(
                    HeaderVocabulary.names(match.field(), HeaderVocabulary.Layout.TABLE).get(0)))));
        }
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(fold(text));
        while (m.find()) {
            years.add(Integer.valueOf(m.group(1)));
        }
        Integer year = years.isEmpty() ? null : years.get(years.size() - 1);
        if (k.contains("年均") || k.contains("average")) {
            return new HeaderSense(Role.AVERAGE, year, Accumulation.ANNUAL_AVERAGE);
        }
        if (k.contains("累计") || k.contains("cumulative")) {
            return new HeaderSense(Role.AVERAGE, year, Accumulation.CUMULATIVE);
        }
        String rest = k.replaceAll("\\d{4}", "").replace("年", "");
        if (year != null && PLAIN_YEAR_REST.contains(rest)) {
            return new HeaderSense(Role.PLAIN_YEAR, year, Accumulation.LEVEL);
        }
        if (BASE_REST.contains(rest)) {
            return new HeaderSense(Role.BASE, year, Accumulation.LEVEL);
        }
        if (TARGET_REST.contains(rest)) {
            return new HeaderSense(Role.TARGET, year, Accumulation.LEVEL);
        }
        return HeaderSense.of(Role.UNKNOWN);
    }

    private static final Pattern FOOTNOTE_MARK = Pattern.compile("^(.*?\\S)\\s*[\\[［](\\d{1,2})[\\]］]\\s*$");

    /** A name without a trailing footnote mark: 每万人口高价值发明专利拥有量[1] → 每万人口高价值发明专利拥有量. */
    static String stripFootnoteMark(String name) {
        Matcher m = FOOTNOTE_MARK.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /** A name and the unit its trailing parenthesis gives: 常住人口城镇化率(%) → 常住人口城镇化率, %. */
    record NamedUnit(String name, @Nullable Unit unit, @Nullable String unitText) {
    }

    /**
     * Splits a trailing "(单位)" or "（单位）" off {@code name} when it holds a unit {@code units} knows; otherwise the
     * name is kept whole.
     */
    static NamedUnit splitUnit(String name, UnitRegistry units) {
        Matcher m = TRAILING_PARENS.matcher(name);
        if (m.matches() && !m.group(1).isBlank() && !m.group(2).isBlank()) {
            Optional<Unit> u = units.find(m.group(2).strip());
            if (u.isPresent() && !u.get().isNone()) {
                return new NamedUnit(m.group(1).strip(), u.get(), m.group(2).strip());
            }
        }
        return new NamedUnit(name.strip(), null, null);
    }

    /** A baseline cell split into its value and its note: "77.3(2019年数据)" → "77.3", "2019年数据". */
    record NotedValue(String value, @Nullable String note) {
    }

    /**
     * Splits a trailing parenthesised note off a baseline cell, or a footnote mark: "60.6*" → "60.6", "*" (national
     * tables star figures explained in a footnote).
     */
    static NotedValue splitNote(String cell) {
        Matcher m = TRAILING_PARENS.matcher(cell);
        if (m.matches() && !m.group(1).isBlank()) {
            String note = m.group(2).strip();
            return new NotedValue(m.group(1).strip(), note.isEmpty() ? null : note);
        }
        String s = cell.strip();
        if (s.length() > 1 && (s.endsWith("*") || s.endsWith("＊"))) {
            return new NotedValue(s.substring(0, s.length() - 1).strip(), "*");
        }
        return new NotedValue(s, null);
    }

    /** The year a baseline note names ("2019年数据" → 2019), or {@code null}. */
    static @Nullable Integer yearOfNote(@Nullable String note) {
        if (note == null) {
            return null;
        }
        Matcher m = NOTE_YEAR.matcher(fold(note));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The co-responsible agencies of a cell, split at 、 ; ， , (empty parts dropped). */
    static List<String> splitAgencies(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : AGENCY_SEPARATORS.split(cell)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The separator the writer joins co-responsible agencies with. */
    static final String AGENCY_JOINER = "、";

    /** The attribute a cell names (预期性, 约束性, 预期, 约束, expected, binding), or empty. */
    static Optional<IndicatorAttribute> attribute(String cell) {
        String k = key(cell);
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            if (k.equals(a.chineseName()) || k.equals(a.code()) || k.equals(a.englishName())
                    || k.equals(a.chineseName().substring(0, a.chineseName().length() - 1))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static final Map<String, Direction> DIRECTIONS = Map.ofEntries(
            Map.entry("正向", Direction.HIGHER_IS_BETTER), Map.entry("越大越好", Direction.HIGHER_IS_BETTER),
            Map.entry("越高越好", Direction.HIGHER_IS_BETTER), Map.entry("higherisbetter", Direction.HIGHER_IS_BETTER),
            Map.entry("higher", Direction.HIGHER_IS_BETTER),
            Map.entry("逆向", Direction.LOWER_IS_BETTER), Map.entry("负向", Direction.LOWER_IS_BETTER),
            Map.entry("越小越好", Direction.LOWER_IS_BETTER), Map.entry("越低越好", Direction.LOWER_IS_BETTER),
            Map.entry("lowerisbetter", Direction.LOWER_IS_BETTER), Map.entry("lower", Direction.LOWER_IS_BETTER),
            Map.entry("区间", Direction.BAND), Map.entry("适度", Direction.BAND), Map.entry("band", Direction.BAND));

    private static final Map<String, Measure> MEASURES = Map.ofEntries(
            Map.entry("水平", Measure.LEVEL), Map.entry("总量", Measure.LEVEL), Map.entry("水平值", Measure.LEVEL),
            Map.entry("level", Measure.LEVEL),
            Map.entry("增长率", Measure.GROWTH_RATE), Map.entry("增速", Measure.GROWTH_RATE),
            Map.entry("growthrate", Measure.GROWTH_RATE), Map.entry("growth", Measure.GROWTH_RATE),
            Map.entry("降低率", Measure.REDUCTION_RATE), Map.entry("下降率", Measure.REDUCTION_RATE),
            Map.entry("降幅", Measure.REDUCTION_RATE), Map.entry("reductionrate", Measure.REDUCTION_RATE),
            Map.entry("reduction", Measure.REDUCTION_RATE),
            Map.entry("流量", Measure.FLOW), Map.entry("年度量", Measure.FLOW), Map.entry("当年新增", Measure.FLOW),
            Map.entry("flow", Measure.FLOW));

    private static final Map<String, Accumulation> ACCUMULATIONS = Map.ofEntries(
            Map.entry("期末", Accumulation.LEVEL), Map.entry("期末值", Accumulation.LEVEL),
            Map.entry("水平", Accumulation.LEVEL), Map.entry("level", Accumulation.LEVEL),
            Map.entry("年均", Accumulation.ANNUAL_AVERAGE), Map.entry("annualaverage", Accumulation.ANNUAL_AVERAGE),
            Map.entry("average", Accumulation.ANNUAL_AVERAGE),
            Map.entry("累计", Accumulation.CUMULATIVE), Map.entry("cumulative", Accumulation.CUMULATIVE));

    /** The direction a cell names (正向, 逆向, 区间, or a code), or empty. */
    static Optional<Direction> direction(String cell) {
        return Optional.ofNullable(DIRECTIONS.get(key(cell)));
    }

    /** The measure a cell names (水平, 增长率, 降低率, 流量, or a code), or empty. */
    static Optional<Measure> measure(String cell) {
        return Optional.ofNullable(MEASURES.get(key(cell)));
    }

    /** The accumulation a cell names (期末, 年均, 累计, or a code), or empty. */
    static Optional<Accumulation> accumulation(String cell) {
        return Optional.ofNullable(ACCUMULATIONS.get(key(cell)));
    }

    /** The values a direction cell may hold, for messages. */
    static final String DIRECTION_VALUES = "正向, 逆向, 区间, higher_is_better, lower_is_better, band";
    /** The values a measure cell may hold, for messages. */
    static final String MEASURE_VALUES = "水平, 增长率, 降低率, 流量, level, growth_rate, reduction_rate, flow";
    /** The values an accumulation cell may hold, for messages. */
    static final String ACCUMULATION_VALUES = "期末, 年均, 累计, level, annual_average, cumulative";
    /** The values an aggregation (汇总方式) cell may hold, for messages. */
    static final String AGGREGATION_VALUES = "加总, 加权平均(权重指标), 不可加总, sum, weighted_mean(WEIGHT), not_additive";

    /** The word the writer uses for {@code d}. */
    static String word(Direction d) {
        return switch (d) {
            case HIGHER_IS_BETTER -> "正向";
            case LOWER_IS_BETTER -> "逆向";
            case BAND -> "区间";
        };
    }

    /** The word the writer uses for {@code m}. */
    static String word(Measure m) {
        return switch (m) {
            case LEVEL -> "水平";
            case GROWTH_RATE -> "增长率";
            case REDUCTION_RATE -> "降低率";
            case FLOW -> "流量";
        };
    }

    /** The word the writer uses for {@code a}. */
    static String word(Accumulation a) {
        return switch (a) {
            case LEVEL -> "期末";
            case ANNUAL_AVERAGE -> "年均";
            case CUMULATIVE -> "累计";
        };
    }
}
