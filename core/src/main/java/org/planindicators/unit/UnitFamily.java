package org.planindicators.unit;

/**
 * What kind of thing a unit measures. Units of one family are not always convertible (个 and 家 are both
 * counts, of different things; 元 and 美元 are both currencies): {@link Unit#isCompatibleWith(Unit)} decides.
 */
public enum UnitFamily {
    /** No unit: a bare number. */
    NONE("无单位", "none"),
    /** Money: 元, 美元, 欧元. */
    CURRENCY("货币", "currency"),
    /** Counts with a classifier: 个 家 项 名 人 户 套 所 条 场 次 人次 件 …. */
    COUNT("计数", "count"),
    /** Length: 米, 公里. */
    LENGTH("长度", "length"),
    /** Area: 平方米, 公顷, 平方公里, 亩. */
    AREA("面积", "area"),
    /** Volume: 立方米, 升. */
    VOLUME("体积", "volume"),
    /** Mass: 吨, 千克, 微克. */
    MASS("质量", "mass"),
    /** Energy: 吨标煤, 千瓦时. */
    ENERGY("能源", "energy"),
    /** Power: 瓦, 千瓦. */
    POWER("功率", "power"),
    /** Containers: 标箱 (TEU). */
    CONTAINER("集装箱", "container"),
    /** Ratios: % and ‰. */
    RATIO("比率", "ratio"),
    /** Percentage points (个百分点): the difference of two percentages. */
    PERCENTAGE_POINT("百分点", "percentage point"),
    /** Durations: 年, 个月, 天, 小时, 分钟, 刻钟, 个工作日, 学时. */
    DURATION("时长", "duration"),
    /** Ages: 岁. */
    AGE("年龄", "age"),
    /** Indices with a reference period: 上年=100. */
    INDEX("指数", "index"),
    /** Ordinal classes where a smaller number ranks higher: water quality 类 (Ⅲ类以上 = class I–III). */
    CLASS("类别", "class"),
    /** A quotient of two units: 平方米/人, 吨标煤/万元, 件/万人. */
    COMPOUND("复合单位", "compound");

    private final String chineseName;
    private final String englishName;

    UnitFamily(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the family's name in Chinese} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the family's name in English} */
    public String englishName() {
        return englishName;
    }
}
