package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Registries a program extends with its own units, and the magnitudes a unit takes. */
class UnitRegistryTest {
    private static final UnitRegistry STANDARD = UnitRegistry.standard();

    @Test
    void aNewClassifierIsACountOfItsOwnKind() {
        UnitRegistry r = STANDARD.withUnit("匹", UnitFamily.COUNT);
        Unit pi = r.parse("匹");
        assertThat(pi.symbol()).isEqualTo("匹");
        assertThat(pi.family()).isEqualTo(UnitFamily.COUNT);
        assertThat(pi.isOrdinal()).isFalse();
        assertThat(pi.isCompatibleWith(STANDARD.parse("个"))).isFalse();
        assertThat(pi.isCompatibleWith(STANDARD.parse("头"))).isFalse();
        Unit wanPi = r.parse("万 匹");
        assertThat(wanPi.symbol()).isEqualTo("万匹");
        assertThat(wanPi.family()).isEqualTo(UnitFamily.COUNT);
        assertThat(pi.convert(new BigDecimal("30000"), wanPi)).isEqualByComparingTo("3");
        assertThat(r.parse("匹/万人").family()).isEqualTo(UnitFamily.COMPOUND);
        assertThat(r.parse("匹(个)").symbol()).isEqualTo("匹(个)");
    }

    @Test
    void aClassifierTheStandardRegistryKnowsIsNotRegisteredAgain() {
        // 艘 (ships) is one of the standard classifiers already.
        assertThat(STANDARD.parse("艘").family()).isEqualTo(UnitFamily.COUNT);
        assertThatThrownBy(() -> STANDARD.withUnit("艘", UnitFamily.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'艘'");
    }

    @Test
    void aUnitDefinedByAFactorConvertsExactly() {
        UnitRegistry r = STANDARD.withUnit("市斤", new BigDecimal("0.5"), Unit.parse("公斤"));
        Unit jin = r.parse("市斤");
        Unit kg = Unit.parse("公斤");
        assertThat(jin.symbol()).isEqualTo("市斤");
        assertThat(jin.family()).isEqualTo(UnitFamily.MASS);
        assertThat(jin.isCompatibleWith(kg)).isTrue();
        assertThat(jin.convert(BigDecimal.ONE, kg)).isEqualTo(new BigDecimal("0.5"));
        assertThat(jin.convert(new BigDecimal("3"), kg)).isEqualTo(new BigDecimal("1.5"));
        assertThat(kg.convert(BigDecimal.ONE, jin)).isEqualTo(new BigDecimal("2"));
        assertThat(jin.convert(new BigDecimal("2000"), Unit.parse("吨"))).isEqualTo(BigDecimal.ONE);
        Unit wanJin = r.parse("万市斤");
        assertThat(wanJin.symbol()).isEqualTo("万市斤");
        assertThat(wanJin.convert(BigDecimal.ONE, Unit.parse("吨"))).isEqualTo(new BigDecimal("5"));
        assertThat(Quantity.parse("3市斤", r).isEquivalentTo(Quantity.parse("1.5公斤"))).isTrue();
    }

    @Test
    void aUnitDefinedByAFractionConvertsExactly() {
        UnitRegistry r = STANDARD.withUnit("市亩", 1, 15, Unit.parse("公顷"));
        Unit shimu = r.parse("市亩");
        assertThat(shimu.isCompatibleWith(Unit.parse("亩"))).isTrue();
        assertThat(shimu.convert(BigDecimal.TEN, Unit.parse("亩"))).isEqualTo(BigDecimal.TEN);
        assertThat(shimu.convert(new BigDecimal("15"), Unit.parse("公顷"))).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void aUnitDefinedOnAMagnitudeOrACompound() {
        UnitRegistry r = STANDARD.withUnit("百万美金", BigDecimal.ONE, Unit.parse("百万美元"))
                .withUnit("人均平方米", BigDecimal.ONE, Unit.parse("平方米/人"));
        assertThat(r.parse("百万美金").convert(BigDecimal.ONE, Unit.parse("万美元"))).isEqualTo(new BigDecimal("100"));
        Unit perCapita = r.parse("人均平方米");
        assertThat(perCapita.family()).isEqualTo(UnitFamily.COMPOUND);
        assertThat(perCapita.isCompatibleWith(Unit.parse("平方米/人"))).isTrue();
        assertThat(r.find("万人均平方米")).isEmpty();
    }

    @Test
    void anAliasReadsAsItsUnitAndPrintsTheUnitsSymbol() {
        UnitRegistry r = STANDARD.withAlias("平米", Unit.parse("平方米"));
        assertThat(r.parse("平米")).isEqualTo(Unit.parse("平方米"));
        assertThat(r.parse("平米").symbol()).isEqualTo("平方米");
        assertThat(r.parse("万平米")).isEqualTo(Unit.parse("万平方米"));
        assertThat(r.parse("平米/人")).isEqualTo(Unit.parse("平方米/人"));
        assertThat(Quantity.parse("17平米", r).toString()).isEqualTo("17平方米");
    }

    @Test
    void anAliasOfAUnitThatTakesNoMagnitudeTakesNone() {
        UnitRegistry r = STANDARD.withAlias("万方", Unit.parse("万立方米")).withAlias("pp", Unit.PERCENTAGE_POINT);
        assertThat(r.parse("万方")).isEqualTo(Unit.parse("万立方米"));
        assertThat(r.find("亿万方")).isEmpty();
        assertThat(r.parse("pp")).isSameAs(Unit.PERCENTAGE_POINT);
        assertThat(r.find("万pp")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"元", "个", "亩", "%", "个百分点", "百分点", "千米", "类", "上年=100", "TEU"})
    void aKnownSymbolIsRefusedNamingIt(String symbol) {
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, UnitFamily.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, BigDecimal.ONE, Unit.parse("元")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
        assertThatThrownBy(() -> STANDARD.withAlias(symbol, Unit.parse("元")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
    }

    /**
     * Regression: a symbol the registry reads as a magnitude and a base was accepted, and then shadowed it:
     * after withUnit("万元", CURRENCY), "万元" read as a new currency that no longer converted to 元.
     */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # symbol   | what it reads as now
            万元       | 万元
            亿美元     | 亿美元
            万人       | 万人
            千克       | 千克
            万千米     | 万公里
            百平方公里 | 百平方公里
            名(个)     | 名(个)
            万名(个)   | 万名(个)
            """)
    void symbolTheRegistryAlreadyReadsIsRefused(String symbol, String readAs) {
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, UnitFamily.CURRENCY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'")
                .hasMessageContaining("'" + readAs + "'");
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, 1, 3, Unit.parse("元")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
        assertThatThrownBy(() -> STANDARD.withAlias(symbol, Unit.parse("公斤")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
        UnitRegistry pi = STANDARD.withUnit("匹", UnitFamily.COUNT);
        assertThatThrownBy(() -> pi.withUnit("万匹", UnitFamily.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'万匹'");
        assertThat(Unit.parse(symbol).symbol()).isEqualTo(readAs);
    }

    @Test
    void registeringTwiceIsRefused() {
        UnitRegistry r = STANDARD.withUnit("匹", UnitFamily.COUNT);
        assertThatThrownBy(() -> r.withUnit("匹", UnitFamily.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'匹'");
        assertThatThrownBy(() -> r.withAlias("匹", Unit.parse("个")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'匹'");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "艘1"
            "2号"
            "元/人"
            "/"
            "平 米"
            " 匹"
            "匹\t"
            "匹\u3000"
            """)
    void aSymbolWithDigitsSlashesOrSpacesIsRefusedNamingIt(String written) {
        String symbol = written.replace("\\t", "\t");
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, UnitFamily.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, 1, 2, Unit.parse("个")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
        assertThatThrownBy(() -> STANDARD.withAlias(symbol, Unit.parse("个")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + symbol + "'");
    }

    /**
     * Regression: full-width digits, '／' and no-break spaces passed the check, and full-width symbols were
     * registered although parse, which folds its input to half-width first, could never read them.
     */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # symbol       | named in the message (the escapes are read by javac)
            "艘１"         | '艘１'
            "２号"         | '２号'
            "元／人"       | '元／人'
            "平\u00A0米"   | '平\u00A0米'
            "平\u2007米"   | '平\u2007米'
            "ｔ"           | 't'
            "（匹）"       | '(匹)'
            "〔匹〕"       | '[匹]'
            """)
    void fullWidthOrNoBreakCharactersInANewSymbolAreRefused(String symbol, String name) {
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, UnitFamily.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
        assertThatThrownBy(() -> STANDARD.withAlias(symbol, Unit.parse("个")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
    }

    @Test
    void halfWidthSymbolsOtherThanDigitsAndSpacesAreAccepted() {
        UnitRegistry r = STANDARD.withUnit("t", BigDecimal.ONE, Unit.parse("吨"))
                .withUnit("(匹)", UnitFamily.COUNT)
                .withAlias("m³", Unit.parse("立方米"));
        assertThat(r.parse("ｔ")).isEqualTo(r.parse("t"));
        assertThat(r.parse("万t").convert(BigDecimal.ONE, Unit.parse("吨"))).isEqualTo(new BigDecimal("10000"));
        assertThat(r.parse("（匹）").symbol()).isEqualTo("(匹)");
        assertThat(r.parse("m³")).isEqualTo(Unit.parse("立方米"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void aBlankSymbolIsRefused(String symbol) {
        assertThatThrownBy(() -> STANDARD.withUnit(symbol, UnitFamily.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    /**
     * Regression: withUnit("档", NONE) or a multiple of Unit.NONE gave a unit with a symbol for which isNone() was
     * true, described as "a bare number" in messages and refused as a denominator.
     */
    @Test
    void aUnitOfFamilyNoneIsRefused() {
        assertThatThrownBy(() -> STANDARD.withUnit("档", UnitFamily.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'档'");
        assertThatThrownBy(() -> STANDARD.withUnit("档", BigDecimal.ONE, Unit.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'档'");
        assertThatThrownBy(() -> STANDARD.withUnit("档", 1, 2, Unit.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'档'");
        Unit times = STANDARD.withUnit("档", UnitFamily.RATIO).parse("档");
        assertThat(times.isNone()).isFalse();
    }

    @Test
    void aFactorMustBePositive() {
        Unit kg = Unit.parse("公斤");
        assertThatThrownBy(() -> STANDARD.withUnit("市斤", BigDecimal.ZERO, kg))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> STANDARD.withUnit("市斤", new BigDecimal("-0.5"), kg))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> STANDARD.withUnit("市斤", 0, 2, kg))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> STANDARD.withUnit("市斤", 1, -2, kg))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void theStandardRegistryIsUnchangedByExtensions() {
        Set<String> before = Set.copyOf(STANDARD.symbols());
        UnitRegistry extended = STANDARD.withUnit("匹", UnitFamily.COUNT)
                .withUnit("市斤", new BigDecimal("0.5"), Unit.parse("公斤"))
                .withAlias("平米", Unit.parse("平方米"));
        assertThat(extended.symbols()).contains("匹", "市斤", "平米").containsAll(before);
        assertThat(UnitRegistry.standard()).isSameAs(STANDARD);
        assertThat(STANDARD.symbols()).isEqualTo(before).doesNotContain("匹", "市斤", "平米");
        assertThat(STANDARD.find("匹")).isEmpty();
        assertThat(STANDARD.find("市斤")).isEmpty();
        assertThat(STANDARD.find("平米")).isEmpty();
        assertThat(Unit.parse("万元").symbol()).isEqualTo("万元");
    }

    @Test
    void extensionsDoNotSeeEachOther() {
        UnitRegistry a = STANDARD.withUnit("匹", UnitFamily.COUNT);
        UnitRegistry b = STANDARD.withUnit("只羊", UnitFamily.COUNT);
        assertThat(a.find("只羊")).isEmpty();
        assertThat(b.find("匹")).isEmpty();
        // The same symbol registered in two registries gives two units that do not convert into each other.
        UnitRegistry c = STANDARD.withUnit("匹", UnitFamily.LENGTH);
        assertThat(c.parse("匹").family()).isEqualTo(UnitFamily.LENGTH);
    }

    @Test
    void symbolsCannotBeModified() {
        assertThatThrownBy(() -> STANDARD.symbols().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> STANDARD.symbols().remove("元")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> STANDARD.withUnit(null, UnitFamily.COUNT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> STANDARD.withUnit("匹", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> STANDARD.withUnit("匹", BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> STANDARD.withAlias("匹", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> STANDARD.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "[{index}] {1} × {0} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            元       | TEN_THOUSAND     | 万元
            元       | HUNDRED_MILLION  | 亿元
            元       | TRILLION         | 万亿元
            元       | BILLION          | 十亿元
            标箱     | TEN_THOUSAND     | 万标箱
            人次     | TEN_THOUSAND     | 万人次
            平方米   | TEN_THOUSAND     | 万平方米
            亩       | TEN_THOUSAND     | 万亩
            人       | THOUSAND         | 千人
            平方公里 | HUNDRED          | 百平方公里
            公里     | TEN_THOUSAND     | 万公里
            克       | THOUSAND         | 千克
            元       | ONE              | 元
            %        | ONE              | %
            """)
    void aMagnitudeBeforeAUnit(String unit, Magnitude magnitude, String symbol) {
        Unit u = STANDARD.withMagnitude(Unit.parse(unit), magnitude);
        assertThat(u.symbol()).isEqualTo(symbol);
        assertThat(u).isEqualTo(Unit.parse(symbol));
        assertThat(u.family()).isEqualTo(Unit.parse(unit).family());
        assertThat(u.convert(BigDecimal.ONE, Unit.parse(unit)))
                .isEqualTo(BigDecimal.TEN.pow(magnitude.exponent()));
    }

    /** Regression: 千 × 米 gave a unit printed "千米", which reads back as 公里 and so was not equal to it. */
    @Test
    void magnitudeThatSpellsAnAliasGivesTheAliasedUnit() {
        Unit kilometre = STANDARD.withMagnitude(Unit.parse("米"), Magnitude.THOUSAND);
        assertThat(kilometre).isEqualTo(Unit.parse("千米")).isEqualTo(Unit.parse("公里"));
        assertThat(kilometre.symbol()).isEqualTo("公里");
        assertThat(Unit.parse(kilometre.symbol())).isEqualTo(kilometre);
        assertThat(Quantity.parse(Quantity.of("0", kilometre).toString())).isEqualTo(Quantity.of("0", kilometre));
        assertThat(STANDARD.withMagnitude(Unit.parse("米"), Magnitude.TEN_THOUSAND).symbol()).isEqualTo("万米");
    }

    /**
     * Regression: only the longest magnitude prefix was tried, so with a unit 万方 the text 十万方 was read as
     * 十万 + 方 (unknown) and refused, and withMagnitude(万方, 十) gave a unit whose symbol did not read back.
     */
    @Test
    void magnitudeBeforeABaseThatStartsWithAMagnitudeIsRead() {
        UnitRegistry r = STANDARD.withUnit("万方", BigDecimal.ONE, Unit.parse("万立方米"))
                .withUnit("亿次元", UnitFamily.COUNT);
        Unit wanFang = r.parse("万方");
        Unit shiWanFang = r.parse("十万方");
        assertThat(shiWanFang.symbol()).isEqualTo("十万方");
        assertThat(shiWanFang.convert(BigDecimal.ONE, Unit.parse("立方米"))).isEqualTo(new BigDecimal("100000"));
        assertThat(r.withMagnitude(wanFang, Magnitude.TEN)).isEqualTo(shiWanFang);
        assertThat(r.parse("千万方").convert(BigDecimal.ONE, Unit.parse("立方米")))
                .isEqualTo(new BigDecimal("10000000"));
        assertThat(r.parse("万亿次元").convert(BigDecimal.ONE, r.parse("亿次元"))).isEqualTo(new BigDecimal("10000"));
        assertThat(r.parse("百亿次元").convert(BigDecimal.ONE, r.parse("亿次元"))).isEqualTo(new BigDecimal("100"));
        // The standard readings are unchanged: the longest prefix still wins a tie.
        assertThat(r.parse("十万元").convert(BigDecimal.ONE, Unit.parse("元"))).isEqualTo(new BigDecimal("100000"));
        assertThat(r.parse("万亿元").symbol()).isEqualTo("万亿元");
        for (String s : r.symbols()) {
            Unit base = r.parse(s);
            for (Magnitude m : Magnitude.values()) {
                try {
                    Unit u = r.withMagnitude(base, m);
                    assertThat(r.parse(u.symbol())).as("%s × %s", m, s).isEqualTo(u);
                } catch (IllegalArgumentException e) {
                    // takes no magnitude
                }
            }
        }
    }

    @Test
    void magnitudeThatSpellsAnotherUnitIsRefused() {
        UnitRegistry r = STANDARD.withUnit("瓦", UnitFamily.LENGTH);
        assertThatThrownBy(() -> r.withMagnitude(r.parse("瓦"), Magnitude.THOUSAND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'千瓦'");
        UnitRegistry watt = STANDARD.withUnit("瓦", 1, 1000, Unit.parse("千瓦"));
        assertThat(watt.withMagnitude(watt.parse("瓦"), Magnitude.THOUSAND)).isEqualTo(Unit.parse("千瓦"));
    }

    /** Every symbol of the standard registry, with every magnitude it takes, reads back from its symbol. */
    @Test
    void everyStandardSymbolWithEveryMagnitudeReadsBack() {
        int checked = 0;
        for (String s : STANDARD.symbols()) {
            Unit base = STANDARD.parse(s);
            for (Magnitude m : Magnitude.values()) {
                Unit u;
                try {
                    u = STANDARD.withMagnitude(base, m);
                } catch (IllegalArgumentException e) {
                    assertThat(m).isNotEqualTo(Magnitude.ONE);
                    continue;
                }
                assertThat(STANDARD.parse(u.symbol())).as("%s × %s", m, s).isEqualTo(u);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"%", "‰", "个百分点", "类", "上年=100", "平方米/人", "万元", "名(个)"})
    void someUnitsTakeNoMagnitude(String unit) {
        assertThatThrownBy(() -> STANDARD.withMagnitude(Unit.parse(unit), Magnitude.TEN_THOUSAND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + Unit.parse(unit).symbol() + "'");
        assertThat(STANDARD.withMagnitude(Unit.parse(unit), Magnitude.ONE)).isEqualTo(Unit.parse(unit));
    }

    @Test
    void aUnitOfAnotherRegistryTakesNoMagnitude() {
        Unit pi = STANDARD.withUnit("匹", UnitFamily.COUNT).parse("匹");
        assertThatThrownBy(() -> STANDARD.withMagnitude(pi, Magnitude.TEN_THOUSAND))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
