package org.planindicators.validation.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one place where header words are mapped to fields, for observation files (long and wide) and indicator
 * tables, in Chinese and English.
 *
 * <p>Matching rules, in order:
 *
 * <ol>
 *   <li>The header is folded: NFKC (full-width letters, digits and brackets become half-width), lower case, and
 *       every space and punctuation mark dropped ({@code "Indicator Name"}, {@code "indicator_name"} and
 *       {@code "ＩＮＤＩＣＡＴＯＲ　ＮＡＭＥ"} are one key, {@code indicatorname}). A byte-order mark is dropped.
 *   <li>The folded header is looked up among the names of the layout's fields.
 *   <li>Otherwise, when the header ends in a bracket ({@code 数值（亿元）}, {@code value (%)}, {@code 指标[单位]}), the part
 *       before it is looked up, and the bracket's text is returned as the column's unit ({@link Match#unit()}):
 *       the reader takes it when it is a unit it knows. A bracket holding a four-digit year is not split off
 *       (years are the table's business, {@code 基期值(2020年)}).
 * </ol>
 *
 * <p>Some words mean different fields in different layouts: {@code area} is the category of a table row but a
 * dimension of an observation (城镇/农村); {@code type} is a table's attribute (预期性/约束性). Names are therefore kept
 * per {@link Layout}. {@link #names(Field, Layout)} lists them for messages and the format documents.
 */
public final class HeaderVocabulary {
    /** The kinds of files whose headers are matched. */
    public enum Layout {
        /** An indicator table (one indicator a row, with targets). */
        TABLE,
        /** An observation file, long (one observation a row) or wide (one indicator a row, one period a column). */
        OBSERVATIONS
    }

    /** What a column holds. */
    public enum Field {
        /** The indicator's name. */
        INDICATOR("indicator"),
        /** The indicator's code. */
        CODE("code"),
        /** The jurisdiction observed (observations). */
        JURISDICTION("jurisdiction"),
        /** The year, quarter or month (long observations). */
        PERIOD("period"),
        /** The observed number (long observations). */
        VALUE("value"),
        /** The unit. */
        UNIT("unit"),
        /** The status of an observation: preliminary, final … */
        STATUS("status"),
        /** Where an observation was read. */
        SOURCE("source"),
        /** JSON Lines only: an object of dimension names and values. */
        DIMENSIONS("dimensions"),
        /** The category (类别) a table row belongs to; in wide observation files, ignored. */
        CATEGORY("category"),
        /** A row number (序号): ignored. */
        NUMBER("number"),
        /** 预期性/约束性 (tables). */
        ATTRIBUTE("attribute"),
        /** The lead agency (tables). */
        LEAD_AGENCY("lead agency"),
        /** The co-operating agencies (tables). */
        CO_AGENCIES("co-agencies"),
        /** 正向/逆向/区间 (tables). */
        DIRECTION("direction"),
        /** 水平/增长率/降低率/流量 (tables). */
        MEASURE("measure"),
        /** 期末/年均/累计 (tables). */
        ACCUMULATION("accumulation"),
        /** The year of each row's baseline (tables). */
        BASE_YEAR("base year"),
        /** 加总/加权平均(权重)/不可加总: how parts make the whole (tables). */
        AGGREGATION("aggregation"),
        /** The price basis: 现价 (current) or 可比价/不变价 (comparable). */
        PRICE_BASIS("price basis");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The English name, used in messages. */
        public String key() {
            return key;
        }
    }

    /**
     * A header matched to a field.
     *
     * @param field the field
     * @param unit the text of a trailing bracket split off the header ({@code 亿元} of {@code 数值（亿元）}), or null
     */
    public record Match(Field field, @Nullable String unit) {
    }

    private static final Pattern TRAILING_BRACKET =
            Pattern.compile("^(.*?)\\s*[(（\\[【〔]([^()（）\\[\\]【】〔〕]*)[)）\\]】〕]\\s*$", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    /** Both layouts. */
    private static final int BOTH = 3;
    private static final int TABLE = 1;
    private static final int OBS = 2;

    private static final Map<Field, List<String>> TABLE_NAMES = new EnumMap<>(Field.class);
    private static final Map<Field, List<String>> OBS_NAMES = new EnumMap<>(Field.class);
    private static final Map<String, Field> TABLE_KEYS = new HashMap<>();
    private static final Map<String, Field> OBS_KEYS = new HashMap<>();

    static {
        names(Field.INDICATOR, BOTH, "指标", "指标名称", "指标名", "名称", "项目", "项目名称", "指标项", "指标项目", "统计指标",
                "主要指标", "指标内容", "indicator", "indicator name", "name", "item", "series", "series name",
                "variable");
        names(Field.INDICATOR, TABLE, "指标名称单位", "指标单位", "indicator unit");
        names(Field.CODE, BOTH, "代码", "指标代码", "编码", "指标编码", "指标编号", "指标ID", "code", "indicator code",
                "indicator id", "series code");
        names(Field.JURISDICTION, OBS, "地区", "地区名称", "地区代码", "区域", "区域名称", "行政区划", "行政区划名称",
                "行政区划代码", "区划", "区划名称", "区划代码", "行政区", "辖区", "地名", "区县", "县区", "省份", "城市",
                "jurisdiction", "region", "geo", "geography", "ref area", "location", "place", "district", "county",
                "city", "province");
        names(Field.PERIOD, OBS, "年份", "年度", "年", "时间", "日期", "统计年度", "统计时间", "统计期", "统计期间",
                "统计周期", "期别", "期间", "时期", "报告期", "数据期", "所属期", "所属年度", "year", "period", "time",
                "date", "time period", "ref period", "reporting period");
        names(Field.VALUE, OBS, "值", "数值", "指标值", "实际值", "完成值", "实绩", "实绩值", "本年", "本年值", "本年数",
                "本年实际", "本期", "本期值", "本期数", "数据", "观测值", "统计值", "实际数", "完成数", "实际完成",
                "实际完成值", "数", "value", "values", "obs value", "observation value", "observation", "actual",
                "actual value", "figure", "data", "amount");
        names(Field.UNIT, BOTH, "单位", "计量单位", "度量单位", "数据单位", "unit", "units", "unit of measure",
                "unit measure", "uom");
        names(Field.STATUS, OBS, "状态", "数据状态", "核算状态", "统计状态", "数据性质", "status", "obs status",
                "data status", "observation status");
        names(Field.SOURCE, OBS, "来源", "数据来源", "资料来源", "出处", "来源文件", "source", "sources", "data source",
                "reference");
        names(Field.DIMENSIONS, OBS, "dimensions", "维度");
        names(Field.CATEGORY, BOTH, "类别", "领域", "分类", "指标类别", "大类", "方面", "板块", "category", "domain",
                "theme", "group", "pillar");
        names(Field.CATEGORY, TABLE, "area");
        names(Field.NUMBER, BOTH, "序号", "编号", "序", "行号", "no", "number", "#", "seq", "sn", "row number");
        names(Field.ATTRIBUTE, TABLE, "属性", "指标属性", "性质", "指标性质", "指标类型", "类型", "attribute", "type",
                "nature", "indicator type");
        names(Field.LEAD_AGENCY, TABLE, "牵头单位", "牵头部门", "责任单位", "责任部门", "牵头", "主责单位", "主责部门",
                "负责单位", "负责部门", "责任主体", "牵头责任单位", "lead agency", "lead", "responsible agency",
                "responsible", "lead department");
        names(Field.CO_AGENCIES, TABLE, "配合单位", "配合部门", "协同单位", "协办单位", "参与单位", "协助单位", "配合",
                "co-agencies", "co-agency", "cooperating agencies", "supporting agencies");
        names(Field.DIRECTION, TABLE, "方向", "指标方向", "极性", "指标极性", "direction", "polarity");
        names(Field.MEASURE, TABLE, "计量", "计量方式", "度量", "measure");
        names(Field.ACCUMULATION, TABLE, "累计方式", "累积方式", "目标方式", "accumulation");
        names(Field.BASE_YEAR, TABLE, "基期年份", "基期值年份", "基期数据年份", "baseline year", "base year");
        names(Field.AGGREGATION, TABLE, "汇总方式", "汇总", "加总方式", "聚合方式", "aggregation", "roll-up", "rollup");
        names(Field.PRICE_BASIS, BOTH, "价格口径", "价格基础", "计价口径", "价格类型", "现价/可比价", "现价或可比价", "可比价/现价",
                "现价/不变价", "price basis", "prices", "price base");
    }

    /**
     * Words that, after a year, make a table column a year's figures ({@code 2020年}, {@code 2020年实际}).
     */
    public static final List<String> YEAR_VALUE_WORDS = List.of("", "实际", "实际值", "现状", "现状值", "值", "数据", "数值",
            "完成", "完成值", "实际完成", "actual", "value");
    /** Words that make a table column the baseline ({@code 基期值}, {@code 2020年基期}). */
    public static final List<String> BASE_WORDS = List.of("基期", "基期值", "基期数", "基期年", "基数", "基准值", "基准",
            "基期实际", "基期实际值", "base", "baseline", "base value", "baseline value");
    /** Words that make a table column a target ({@code 2025年目标}, {@code 目标值}). */
    public static final List<String> TARGET_WORDS = List.of("目标", "目标值", "预期", "预期值", "预期目标", "规划目标",
            "规划值", "规划目标值", "远景目标", "远景", "目标年", "target", "targets", "target value", "goal");

    private HeaderVocabulary() {
    }

    private static void names(Field field, int layouts, String... names) {
        for (String n : names) {
            String k = key(n);
            if ((layouts & TABLE) != 0) {
                add(TABLE_NAMES, TABLE_KEYS, field, n, k);
            }
            if ((layouts & OBS) != 0) {
                add(OBS_NAMES, OBS_KEYS, field, n, k);
            }
        }
    }

    private static void add(Map<Field, List<String>> names, Map<String, Field> keys, Field field, String name,
            String key) {
        Field before = keys.putIfAbsent(key, field);
        if (before != null && before != field) {
            throw new IllegalStateException("header " + name + " means both " + before + " and " + field);
        }
        names.computeIfAbsent(field, f -> new ArrayList<>()).add(name);
    }

    /**
     * A header as a lookup key: NFKC-folded (full width to half width), lower case, without a byte-order mark,
     * spaces and punctuation.
     *
     * @param header the header as written
     * @return the key
     */
    public static String key(String header) {
        String f = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '#' && f.strip().equals("#")) {
                b.append(c);
            } else if (Character.isLetterOrDigit(c) || c == '%' || c == '‰') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The field {@code header} names in {@code layout}, or {@code null} when it names none (a dimension of an
     * observation file, a year or an unknown column of a table).
     *
     * @param header the header as written
     * @param layout the kind of file
     * @return the match, with the unit of a trailing bracket, or null
     */
    public static @Nullable Match match(String header, Layout layout) {
        Map<String, Field> keys = layout == Layout.TABLE ? TABLE_KEYS : OBS_KEYS;
        Field f = keys.get(key(header));
        if (f != null) {
            return new Match(f, null);
        }
        Matcher m = TRAILING_BRACKET.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC).strip());
        if (m.matches() && !m.group(1).isBlank() && !YEAR.matcher(m.group(2)).find()) {
            f = keys.get(key(m.group(1)));
            if (f != null) {
                String unit = m.group(2).strip();
                return new Match(f, unit.isEmpty() ? null : unit);
            }
        }
        return null;
    }

    /**
     * The names {@code field} is accepted under in {@code layout}, as the format documents write them.
     *
     * @param field the field
     * @param layout the kind of file
     * @return the names, in a stable order; empty when the layout has no such field
     */
    public static List<String> names(Field field, Layout layout) {
        List<String> n = (layout == Layout.TABLE ? TABLE_NAMES : OBS_NAMES).get(field);
        return n == null ? List.of() : Collections.unmodifiableList(n);
    }

    /**
     * The names of {@code field} joined for a message: {@code 指标, 指标名称, …, indicator, name}.
     *
     * @param field the field
     * @param layout the kind of file
     * @return the names joined with ", "
     */
    public static String joined(Field field, Layout layout) {
        return String.join(", ", new LinkedHashSet<>(names(field, layout)));
    }

    /**
     * The headers as a message lists them: each quoted, empty ones as {@code (blank)}.
     *
     * @param headers the headers as written
     * @return the list for a message
     */
    public static String found(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (String h : headers) {
            String s = h.strip();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
                s = s.substring(1).strip();
            }
            out.add(s.isEmpty() ? "(blank)" : "'" + s + "'");
        }
        return String.join(", ", out);
    }

    /**
     * Whether a lone cell below (or above) a table reads as a note, not a row: 注：…, 说明：…, 备注, 资料来源：…,
     * 数据来源：…, a footnote mark (*, [1]), Note:, Source:.
     *
     * @param text the cell
     * @return whether it is a note
     */
    public static boolean isNote(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return t.startsWith("注") || t.startsWith("说明") || t.startsWith("备注") || t.startsWith("资料来源")
                || t.startsWith("数据来源") || t.startsWith("*") || FOOTNOTE.matcher(t).lookingAt()
                || t.regionMatches(true, 0, "note", 0, 4) || t.regionMatches(true, 0, "source:", 0, 7);
    }

    private static final Pattern FOOTNOTE = Pattern.compile("[\\[(]\\d{1,2}[\\])]");

    /**
     * The fields that have names in {@code layout}.
     *
     * @param layout the kind of file
     * @return the fields, in declaration order
     */
    public static Set<Field> fields(Layout layout) {
        return Collections.unmodifiableSet((layout == Layout.TABLE ? TABLE_NAMES : OBS_NAMES).keySet());
    }
}
