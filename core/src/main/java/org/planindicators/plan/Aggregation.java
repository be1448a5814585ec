package org.planindicators.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the figures of an indicator's parts make the whole (汇总方式; see {@code docs/evaluation.md}, "Roll-ups", in the
 * project): the districts of a city, the pieces of a zone, the 城镇 and 农村 parts of one figure.
 *
 * <ul>
 * <li>{@linkplain Kind#SUM Sum} (加总): the whole is {@code Σ x_c} — 地区生产总值, 城镇新增就业, 常住人口.</li>
 * <li>{@linkplain Kind#WEIGHTED_MEAN Weighted mean} (加权平均) with a weight indicator of the same plan: the whole is
 * {@code Σ x_c w_c / Σ w_c} — 城镇化率 weighted by 常住人口, 地区生产总值增长 weighted by the previous year's 地区生产总值.</li>
 * <li>{@linkplain Kind#NOT_ADDITIVE Not additive} (不可加总): no whole can be made from the parts — a ranking, an
 * index, a median.</li>
 * </ul>
 *
 * <p>Rules: a weighted mean names its weight indicator (code or name, not blank); the other kinds name none.
 * {@link #toString()} writes {@code sum}, {@code weighted_mean(常住人口)} and {@code not_additive}, and {@link
 * #parse(String)} reads those back, and the Chinese words 加总, 加权平均(常住人口), 不可加总.
 *
 * @param kind sum, weighted mean or not additive
 * @param weight the code or name of the weight indicator of a weighted mean; {@code null} for the other kinds
 */
public record Aggregation(Kind kind, @Nullable String weight) {
    private static final Pattern WEIGHTED = Pattern.compile(
            "(?:weighted_mean|weighted mean|加权平均|加权)\\s*[(（]\\s*(.+?)\\s*[)）]", Pattern.CASE_INSENSITIVE);

    /** The kinds of aggregation. */
    public enum Kind {
        /** 加总: the whole is the sum of the parts. */
        SUM("sum", "加总", "sum"),
        /** 加权平均: the whole is the mean of the parts weighted by another indicator. */
        WEIGHTED_MEAN("weighted_mean", "加权平均", "weighted mean"),
        /** 不可加总: the parts make no whole. */
        NOT_ADDITIVE("not_additive", "不可加总", "not additive");

        private final String code;
        private final String chineseName;
        private final String englishName;

        Kind(String code, String chineseName, String englishName) {
            this.code = code;
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        /** {@return the stable code: {@code sum}, {@code weighted_mean}, {@code not_additive}} */
        public String code() {
            return code;
        }

        /** {@return the name in Chinese: 加总, 加权平均, 不可加总} */
        public String chineseName() {
            return chineseName;
        }

        /** {@return the name in English} */
        public String englishName() {
            return englishName;
        }

        /**
         * The kind with this code.
         *
         * @param code the stable code
         * @return the kind with this code
         * @throws IllegalArgumentException for an unknown code, naming it
         */
        public static Kind ofCode(String code) {
            return Checks.byCode(values(), Kind::code, code, "aggregation");
        }
    }

    /**
     * Checks the rule above.
     *
     * @param kind sum, weighted mean or not additive
     * @param weight the code or name of the weight indicator of a weighted mean; {@code null} for the other kinds
     */
    public Aggregation {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.WEIGHTED_MEAN) {
            weight = Checks.requireNotBlank(weight, "weight").strip();
        } else if (weight != null) {
            throw new IllegalArgumentException("weight must be absent for aggregation " + kind.code() + ": " + weight);
        }
    }

    /** {@return the sum: the whole is {@code Σ x_c}} */
    public static Aggregation sum() {
        return new Aggregation(Kind.SUM, null);
    }

    /**
     * The mean weighted by {@code weight}: {@code weightedMean("常住人口")}.
     *
     * @param weight the code or name of the weight indicator, not blank
     * @return the mean weighted by {@code weight}
     */
    public static Aggregation weightedMean(String weight) {
        return new Aggregation(Kind.WEIGHTED_MEAN, weight);
    }

    /** {@return not additive: the parts make no whole} */
    public static Aggregation notAdditive() {
        return new Aggregation(Kind.NOT_ADDITIVE, null);
    }

    /**
     * Reads an aggregation as {@link #toString()} writes it ({@code sum}, {@code weighted_mean(常住人口)}, {@code
     * not_additive}) or in Chinese (加总, 求和, 加权平均(常住人口), 不可加总, 不可加), surrounding spaces and case ignored,
     * full-width parentheses allowed.
     *
     * @param text the text to read
     * @return the aggregation
     * @throws IllegalArgumentException when the text is none of these, or a weighted mean names no weight
     */
    public static Aggregation parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        Matcher m = WEIGHTED.matcher(s);
        if (m.matches()) {
            return weightedMean(m.group(1));
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "sum", "加总", "求和", "合计" -> {
                return sum();
            }
            case "not_additive", "not additive", "不可加总", "不可加", "不加总" -> {
                return notAdditive();
            }
            case "weighted_mean", "weighted mean", "加权平均", "加权" -> throw new IllegalArgumentException(
                    "a weighted mean must name its weight indicator: weighted_mean(常住人口), not '" + text + "'");
            default -> throw new IllegalArgumentException("not an aggregation: '" + text + "'; expected sum (加总),"
                    + " weighted_mean(WEIGHT) (加权平均(WEIGHT)) or not_additive (不可加总)");
        }
    }

    /** {@return whether parts can be rolled up into a whole: a sum or a weighted mean} */
    public boolean isAdditive() {
        return kind != Kind.NOT_ADDITIVE;
    }

    /** {@code sum}, {@code weighted_mean(常住人口)} or {@code not_additive}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return kind == Kind.WEIGHTED_MEAN ? kind.code() + "(" + weight + ")" : kind.code();
    }
}
