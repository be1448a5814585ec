package org.planindicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.DivisionCode;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.Exact;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * {@link Rational}, {@link Jurisdiction}, {@link DivisionCode}, {@link Quantity}, {@link Exact} and {@link AtLeast}
 * write out {@code equals} and {@code hashCode} (start-up: a record's own are
 * linked at their first call by spinning method-handle classes). They must stay the record's own: the same equality
 * and the same hash values, so that no map or set orders anything differently. Checked against records of the same
 * components, whose methods are the JDK's, on every pair of a table of values.
 */
class RecordMethodsTest {
    /** What {@link Rational} was: the same components, the record's own methods. */
    private record PlainRational(BigInteger numerator, BigInteger denominator) {
        static PlainRational of(Rational r) {
            return new PlainRational(r.numerator(), r.denominator());
        }
    }

    /** What {@link Jurisdiction} was. */
    private record PlainJurisdiction(String name, JurisdictionLevel level, @Nullable DivisionCode code,
            List<ZoneComponent> components) {
        static PlainJurisdiction of(Jurisdiction j) {
            return new PlainJurisdiction(j.name(), j.level(), j.code(), j.components());
        }
    }

    private record PlainDivisionCode(String value) {
    }

    private record PlainQuantity(BigDecimal value, Unit unit) {
    }

    /** What {@link Exact} and {@link AtLeast} were (the same components). */
    private record PlainTarget(Quantity value, Accumulation accumulation) {
    }

    @Test
    void divisionCodesQuantitiesAndTargetsAreEqualAndHashedAsTheRecordsWere() {
        List<DivisionCode> codes = List.of(DivisionCode.parse("510115"), DivisionCode.parse("510115"),
                DivisionCode.parse("510100"), DivisionCode.parse("110105"));
        for (DivisionCode a : codes) {
            assertThat(a.hashCode()).isEqualTo(new PlainDivisionCode(a.value()).hashCode());
            assertThat(a.equals(null)).isFalse();
            assertThat(a.equals(a.value())).isFalse();
            for (DivisionCode b : codes) {
                assertThat(a.equals(b)).as(a + " = " + b)
                        .isEqualTo(new PlainDivisionCode(a.value()).equals(new PlainDivisionCode(b.value())));
            }
        }
        // the scale counts, as in the record's own equals (BigDecimal.equals)
        List<Quantity> quantities = List.of(Quantity.of("6.0", Unit.PERCENT), Quantity.of("6.00", Unit.PERCENT),
                Quantity.of("6.0", Unit.PERCENT), Quantity.of("6.0", Unit.PER_MILLE), Quantity.of("6.0", Unit.NONE),
                Quantity.of("-0.5", Unit.PERCENTAGE_POINT), Quantity.of("120", Unit.NONE));
        for (Quantity a : quantities) {
            assertThat(a.hashCode()).as(a.toString()).isEqualTo(new PlainQuantity(a.value(), a.unit()).hashCode());
            assertThat(a.equals(null)).isFalse();
            for (Quantity b : quantities) {
                assertThat(a.equals(b)).as(a + " = " + b).isEqualTo(
                        new PlainQuantity(a.value(), a.unit()).equals(new PlainQuantity(b.value(), b.unit())));
            }
        }
        assertThat(quantities.get(0)).isEqualTo(quantities.get(2)).isNotEqualTo(quantities.get(1));
        List<Object> targets = new ArrayList<>();
        for (Quantity q : quantities) {
            for (Accumulation acc : Accumulation.values()) {
                targets.add(new Exact(q, acc));
                targets.add(new AtLeast(q, acc));
            }
        }
        for (Object a : targets) {
            assertThat(a.hashCode()).as(a.toString()).isEqualTo(plain(a).hashCode());
            assertThat(a.equals(null)).isFalse();
            for (Object b : targets) {
                boolean sameKind = a.getClass() == b.getClass();
                assertThat(a.equals(b)).as(a + " = " + b).isEqualTo(sameKind && plain(a).equals(plain(b)));
            }
        }
        assertThat(Exact.of(quantities.get(0))).isEqualTo(Exact.of(quantities.get(2)))
                .isNotEqualTo(AtLeast.of(quantities.get(0)));
    }

    private static PlainTarget plain(Object target) {
        return target instanceof Exact e ? new PlainTarget(e.value(), e.accumulation())
                : new PlainTarget(((AtLeast) target).value(), ((AtLeast) target).accumulation());
    }

    @Test
    void rationalsAreEqualAndHashedAsTheRecordWas() {
        List<Rational> values = new ArrayList<>();
        for (long n : new long[] {0, 1, -1, 2, 7, -15, 10_000, Long.MAX_VALUE}) {
            for (long d : new long[] {1, 2, 3, 15, 10_000}) {
                values.add(Rational.of(n, d));
            }
        }
        for (Rational a : values) {
            assertThat(a.hashCode()).as(a.toString()).isEqualTo(PlainRational.of(a).hashCode());
            assertThat(a).isEqualTo(Rational.of(a.numerator().longValueExact(), a.denominator().longValueExact()));
            assertThat(a.equals(null)).isFalse();
            assertThat(a.equals(a.toString())).isFalse();
            for (Rational b : values) {
                assertThat(a.equals(b)).as(a + " = " + b).isEqualTo(PlainRational.of(a).equals(PlainRational.of(b)));
            }
        }
        assertThat(Rational.of(2, 4)).isEqualTo(Rational.of(1, 2)).hasSameHashCodeAs(Rational.of(-3, -6));
    }

    @Test
    void jurisdictionsAreEqualAndHashedAsTheRecordWas() {
        Jurisdiction chengdu = Jurisdiction.division("成都市", "510100");
        List<Jurisdiction> values = List.of(
                Jurisdiction.national("中华人民共和国"),
                Jurisdiction.national("全国"),
                Jurisdiction.division("成都市温江区", "510115"),
                Jurisdiction.division("温江区", "510115"),
                Jurisdiction.division("成都市温江区", "510116"),
                chengdu,
                Jurisdiction.division("成都市", "510100"),
                Jurisdiction.zone("四川天府新区", List.of(new ZoneComponent("成都直管区", chengdu, null))),
                Jurisdiction.zone("四川天府新区", List.of(new ZoneComponent("成都直管区", chengdu, null),
                        new ZoneComponent("眉山片区", Jurisdiction.division("眉山市", "511400"), null))),
                Jurisdiction.zone("天府新区", List.of(new ZoneComponent("成都直管区", chengdu, null))));
        for (Jurisdiction a : values) {
            assertThat(a.hashCode()).as(a.name()).isEqualTo(PlainJurisdiction.of(a).hashCode());
            assertThat(a.equals(null)).isFalse();
            assertThat(a.equals(a.name())).isFalse();
            for (Jurisdiction b : values) {
                assertThat(a.equals(b)).as(a + " = " + b)
                        .isEqualTo(PlainJurisdiction.of(a).equals(PlainJurisdiction.of(b)));
            }
        }
        assertThat(values.get(5)).isEqualTo(values.get(6)).isNotSameAs(values.get(6));
        assertThat(values.get(2)).isNotEqualTo(values.get(3));
    }
}
