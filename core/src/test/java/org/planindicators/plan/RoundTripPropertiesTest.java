package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.planindicators.unit.Quantity;

/**
 * Properties of the text forms ({@code parse(x.toString()).equals(x)}) and of the orders and histories of the model.
 * Kept apart from the example tests so that jqwik and Jupiter report each class once.
 */
class RoundTripPropertiesTest {

    @Property
    void periodToStringParsesBack(@ForAll("periods") Period p) {
        assertThat(Period.parse(p.toString())).isEqualTo(p);
    }

    @Property
    void periodContainsExactlyItsLengthOfYears(@ForAll("periods") Period p) {
        long contained = java.util.stream.IntStream.rangeClosed(p.firstYear() - 1, p.lastYear() + 1)
                .filter(p::contains).count();
        assertThat(contained).isEqualTo(p.length());
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Integer> first = Arbitraries.integers().between(1000, 9999);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 30);
        return Combinators.combine(first, span).as((f, s) -> Period.of(f, Math.min(9999, f + s)));
    }

    @Property
    void observationPeriodToStringParsesBack(@ForAll("observationPeriods") ObservationPeriod p) {
        assertThat(ObservationPeriod.parse(p.toString())).isEqualTo(p);
        assertThat(p.year()).isEqualTo(Integer.parseInt(p.toString().substring(0, 4)));
    }

    @Property
    void observationPeriodOrderIsConsistentWithEquals(@ForAll("observationPeriods") ObservationPeriod a,
            @ForAll("observationPeriods") ObservationPeriod b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.year() != b.year()) {
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(Integer.compare(a.year(), b.year())));
        }
    }

    @Property
    void observationPeriodContainsItselfAndLiesInItsYear(@ForAll("observationPeriods") ObservationPeriod p) {
        assertThat(p.contains(p)).isTrue();
        assertThat(ObservationPeriod.ofYear(p.year()).contains(p)).isTrue();
        assertThat(ObservationPeriod.ofYear(p.year()).compareTo(p)).isLessThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<ObservationPeriod> observationPeriods() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1000, 9999);
        return Arbitraries.oneOf(
                year.map(ObservationPeriod::ofYear),
                year.flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> ObservationPeriod.ofQuarter(y, q))),
                year.flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> ObservationPeriod.ofMonth(y, m))));
    }

    @Property
    void sourceRefToStringParsesBack(@ForAll("sourceRefs") SourceRef ref) {
        assertThat(SourceRef.parse(ref.toString())).isEqualTo(ref);
    }

    @Provide
    Arbitrary<SourceRef> sourceRefs() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab:§ 章.0123_").ofMinLength(1).ofMaxLength(12);
        Arbitrary<Integer> line = Arbitraries.integers().between(1, Integer.MAX_VALUE).injectNull(0.3);
        Arbitrary<String> section = text.injectNull(0.3);
        return Combinators.combine(text, line, section).as(RoundTripPropertiesTest::sourceRefOrNull)
                .filter(r -> r != null);
    }

    private static SourceRef sourceRefOrNull(String document, Integer line, String section) {
        try {
            return new SourceRef(document, line, section);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Property
    void divisionCodeParsesBackAndItsParentIsOneLevelUp(@ForAll @IntRange(min = 110000, max = 829999) int n) {
        DivisionCode code;
        try {
            code = DivisionCode.parse(Integer.toString(n));
        } catch (IllegalArgumentException e) {
            return; // not a valid code: the example tables cover the messages
        }
        assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
        code.parent().ifPresent(parent -> {
            assertThat(code.isWithin(parent)).isTrue();
            assertThat(parent.level().ordinal()).isEqualTo(code.level().ordinal() - 1);
        });
    }

    @Property
    void baselineHistoryKeepsEveryVersionInOrder(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 999) Integer> values) {
        Baseline b = Baseline.of(2020, Quantity.parse("100万标箱"));
        LocalDate date = LocalDate.of(2021, 1, 1);
        for (int v : values) {
            date = date.plusDays(30);
            b = b.revise(2020, Quantity.parse(v + "万标箱"), date, "修订");
        }
        List<Baseline> history = b.history();
        assertThat(history).hasSize(values.size() + 1);
        assertThat(history.get(0)).isEqualTo(b.original()).isEqualTo(Baseline.of(2020, Quantity.parse("100万标箱")));
        assertThat(history.get(history.size() - 1)).isSameAs(b);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).revisedFrom().original()).isEqualTo(history.get(i - 1));
            assertThat(history.get(i).value()).isEqualTo(Quantity.parse(values.get(i - 1) + "万标箱"));
        }
    }
}
