package org.planindicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.DivisionCode;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.ZoneComponent;

/**
 * {@link Rational} and {@link Jurisdiction} write out {@code equals} and {@code hashCode} (start-up: a record's own are
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
