package org.planindicators.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * At which prices a money figure is counted (价格口径). Statistical bulletins give the level of a value aggregate at
 * current prices (现价: 地区生产总值717.11亿元) and its growth at comparable prices (可比价, also 不变价, constant
 * prices: 增长2.5%), so that the growth is real, not inflated by prices. The two are different figures: a growth of
 * current-price levels is nominal growth, and a real growth rate applied to a current-price level mixes the two.
 *
 * <p>An {@link Indicator} and an {@link Observation} may carry a price basis; none means not stated (a physical
 * quantity, a share, or a figure whose basis the source does not say).
 */
public enum PriceBasis {
    /** 现价: at the prices of the period itself; nominal. */
    CURRENT("current", "现价", "current prices"),
    /** 可比价 (不变价): at the prices of a base period, so that a growth is real. */
    COMPARABLE("comparable", "可比价", "comparable prices");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PriceBasis(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the stable code: {@code current}, {@code comparable}} */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 现价, 可比价} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English: current prices, comparable prices} */
    public String englishName() {
        return englishName;
    }

    /**
     * The price basis with this code.
     *
     * @param code the stable code
     * @return the price basis with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static PriceBasis ofCode(String code) {
        return Checks.byCode(values(), PriceBasis::code, code, "price basis");
    }

    /**
     * Reads a price basis as tables write it: the codes, 现价 (当年价, 当年价格, 现行价格, nominal), 可比价 (可比价格,
     * 不变价, 不变价格, constant, real); ASCII case and spaces ignored.
     *
     * @param text the text to read
     * @return the price basis, or empty when the text names none
     */
    public static Optional<PriceBasis> lookup(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (s) {
            case "current", "currentprices", "nominal", "现价", "当年价", "当年价格", "现行价格", "按现价计算" ->
                    Optional.of(CURRENT);
            case "comparable", "comparableprices", "constant", "constantprices", "real", "可比价", "可比价格", "不变价",
                    "不变价格", "按可比价格计算", "按不变价格计算" -> Optional.of(COMPARABLE);
            default -> Optional.empty();
        };
    }
}
