package org.planindicators.validation.internal.observation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV column or a JSON key holds. Names are matched after stripping spaces, ASCII case ignored; any other
 * name is a dimension.
 */
enum Role {
    /** The indicator's name. */
    INDICATOR("indicator", List.of("指标", "指标名称", "indicator")),
    /** The indicator's code; used before the name when both are given. */
    CODE("code", List.of("指标代码", "code", "indicator_code")),
    /** The jurisdiction measured. */
    JURISDICTION("jurisdiction", List.of("地区", "jurisdiction")),
    /** The year, quarter or month. */
    PERIOD("period", List.of("年份", "year", "期间", "period", "年度")),
    /** The number. */
    VALUE("value", List.of("数值", "value", "实际值")),
    /** The unit of the number. */
    UNIT("unit", List.of("单位", "unit", "计量单位")),
    /** The status: preliminary, final … */
    STATUS("status", List.of("状态", "status")),
    /** Where the figure was read. */
    SOURCE("source", List.of("来源", "source", "数据来源")),
    /** JSON Lines only: an object of dimension names and values. */
    DIMENSIONS("dimensions", List.of("dimensions", "维度"));

    private static final Map<String, Role> BY_NAME = new HashMap<>();

    static {
        for (Role r : values()) {
            for (String a : r.aliases) {
                BY_NAME.put(a.toLowerCase(Locale.ROOT), r);
            }
        }
    }

    private final String key;
    private final List<String> aliases;

    Role(String key, List<String> aliases) {
        this.key = key;
        this.aliases = aliases;
    }

    /** The English name, used in messages and in JSON pointers of missing fields. */
    String key() {
        return key;
    }

    /** The role a column or key name stands for, or {@code null} for a dimension. */
    static @Nullable Role of(String name) {
        return BY_NAME.get(normalize(name));
    }

    /** The name stripped of spaces and a byte-order mark, ASCII letters in lower case. */
    static String normalize(String name) {
        String s = name.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
