package org.planindicators.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of conversions, of unit symbols and of quantity text, over generated numbers and units. */
class UnitPropertiesTest {
    private static final UnitRegistry STANDARD = UnitRegistry.standard();

    /** Units whose factors are powers of ten of one another (before any magnitude). */
    private static final List<List<String>> POWER_OF_TEN_GROUPS = List.of(
            List.of("元"), List.of("美元"), List.of("标箱"), List.of("个"), List.of("家"), List.of("人次"),
            List.of("件"), List.of("户"), List.of("项"), List.of("吨标煤"), List.of("千瓦时"), List.of("岁"),
            List.of("人", "名", "位", "名(个)"),
            List.of("米", "公里", "厘米", "毫米", "千米", "km"),
            List.of("平方米", "公顷", "平方公里", "平方千米"),
            List.of("立方米", "升"),
            List.of("吨", "公斤", "千克", "克", "毫克", "微克"),
            List.of("千瓦", "兆瓦"),
            List.of("%", "‰"),
            List.of("个百分点", "百分点"),
            List.of("类"),
            List.of("上年=100"));

    // ---- conversions round-trip exactly --------------------------------------------------------------------

    @Property
    void convertingThereAndBackGivesTheSameAmount(@ForAll("decimals") BigDecimal v,
            @ForAll("powerOfTenPairs") List<Unit> pair) {
        Unit a = pair.get(0);
        Unit b = pair.get(1);
        assertThat(a.isCompatibleWith(b)).isTrue();
        BigDecimal there = a.convert(v, b);
        BigDecimal back = b.convert(there, a);
        assertThat(back.compareTo(v)).as("%s %s → %s %s → %s", v, a, there, b, back).isZero();
        if (v.scale() >= 0) {
            assertThat(there.scale()).isNotNegative();
        }
        assertThat(Quantity.of(v, a).isEquivalentTo(Quantity.of(there, b))).isTrue();
        assertThat(Quantity.of(v, a).compareAmount(Quantity.of(there, b))).isZero();
    }

    @Property
    void conversionPreservesOrder(@ForAll("decimals") BigDecimal x, @ForAll("decimals") BigDecimal y,
            @ForAll("powerOfTenPairs") List<Unit> pair) {
        Unit a = pair.get(0);
        Unit b = pair.get(1);
        assertThat(Integer.signum(a.convert(x, b).compareTo(a.convert(y, b))))
                .isEqualTo(Integer.signum(x.compareTo(y)));
        assertThat(Integer.signum(Quantity.of(x, a).compareAmount(Quantity.of(y, b))))
                .isEqualTo(Integer.signum(x.compareTo(b.convert(y, a))));
    }

    // ---- unit symbols read back --------------------------------------------------------------------------

    @Property
    void aUnitsSymbolReadsBackAsTheUnit(@ForAll("units") Unit u) {
        Unit back = Unit.parse(u.symbol());
        assertThat(back).isEqualTo(u);
        assertThat(back.family()).isEqualTo(u.family());
        assertThat(back.isOrdinal()).isEqualTo(u.isOrdinal());
        assertThat(back.hashCode()).isEqualTo(u.hashCode());
    }

    // ---- quantities read back ------------------------------------------------------------------------------

    @Property
    void aQuantitysTextReadsBackAsTheQuantity(@ForAll("decimals") BigDecimal v, @ForAll("units") Unit u) {
        Quantity q = Quantity.of(v, u);
        Quantity back = Quantity.parse(q.toString());
        assertThat(back).isEqualTo(q);
        assertThat(back.value().scale()).isEqualTo(q.value().scale());
    }

    // ---- generators ----------------------------------------------------------------------------------------

    /** Numbers of up to 20 digits, scale -4 to 15, either sign. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigInteger max = BigInteger.TEN.pow(20).subtract(BigInteger.ONE);
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(max.negate(), max),
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-1000), BigInteger.valueOf(1000)));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-4, 15);
        return Combinators.combine(unscaled, scale).as(BigDecimal::new);
    }

    /** Two compatible units whose factors differ by a power of ten: magnitudes of one base, or compounds. */
    @Provide
    Arbitrary<List<Unit>> powerOfTenPairs() {
        Arbitrary<List<Unit>> simple = Arbitraries.of(POWER_OF_TEN_GROUPS).flatMap(
                g -> Combinators.combine(member(g), member(g)).as(List::of));
        Arbitrary<List<Unit>> compound = Combinators.combine(
                Arbitraries.of(POWER_OF_TEN_GROUPS), Arbitraries.of(POWER_OF_TEN_GROUPS))
                .flatAs((num, den) -> Combinators.combine(member(num), member(withoutDuals(den)), member(num),
                                member(withoutDuals(den)))
                        .as((n1, d1, n2, d2) -> List.of(
                                Unit.parse(n1.symbol() + "/" + d1.symbol()),
                                Unit.parse(n2.symbol() + "/" + d2.symbol()))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, simple), net.jqwik.api.Tuple.of(1, compound));
    }

    /** A denominator is never a dual classifier: 件/名(个) is not read. */
    private static List<String> withoutDuals(List<String> group) {
        List<String> g = group.stream().filter(s -> !s.contains("(")).toList();
        return g.isEmpty() ? group : g;
    }

    /** A unit of the group, with a magnitude where it takes one. */
    private static Arbitrary<Unit> member(List<String> group) {
        return Combinators.combine(Arbitraries.of(group), Arbitraries.of(Magnitude.class))
                .as((s, m) -> withMagnitudeIfAllowed(Unit.parse(s), m));
    }

    /** Any unit the standard registry reads: every symbol with a magnitude where allowed, duals, compounds. */
    @Provide
    Arbitrary<Unit> units() {
        Arbitrary<Unit> simple = simpleUnits();
        List<String> counts = new ArrayList<>();
        for (String s : STANDARD.symbols()) {
            if (Unit.parse(s).family() == UnitFamily.COUNT && Unit.parse(s).symbol().equals(s)) {
                counts.add(s);
            }
        }
        Arbitrary<Unit> dual = Combinators.combine(Arbitraries.of(counts), Arbitraries.of(counts),
                Arbitraries.of(Magnitude.class))
                .as((outer, inner, m) -> Unit.parse(m.prefix() + outer + "(" + inner + ")"));
        Arbitrary<Unit> numerator = Arbitraries.oneOf(simple, dual);
        Arbitrary<Unit> compound = Combinators.combine(numerator, simple)
                .as((n, d) -> Unit.parse(n.symbol() + "/" + d.symbol()));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, simple),
                net.jqwik.api.Tuple.of(1, dual),
                net.jqwik.api.Tuple.of(3, compound),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Unit.NONE)));
    }

    private static Arbitrary<Unit> simpleUnits() {
        return Combinators.combine(Arbitraries.of(List.copyOf(STANDARD.symbols())), Arbitraries.of(Magnitude.class))
                .as((s, m) -> withMagnitudeIfAllowed(Unit.parse(s), m));
    }

    private static Unit withMagnitudeIfAllowed(Unit u, Magnitude m) {
        try {
            return STANDARD.withMagnitude(u, m);
        } catch (IllegalArgumentException e) {
            return u;
        }
    }
}
