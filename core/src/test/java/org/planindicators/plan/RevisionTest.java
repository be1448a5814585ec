package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.planindicators.target.Exact;
import org.planindicators.target.Range;
import org.planindicators.unit.Quantity;

class RevisionTest {
    private static final LocalDate CENSUS = LocalDate.of(2021, 5, 11);
    private static final LocalDate MID_TERM = LocalDate.of(2022, 8, 12);

    @Test
    void aFirstBaselineIsItsOwnHistory() {
        Baseline b = Baseline.of(2020, Quantity.parse("77.3%"), "2019年数据");
        assertThat(b.isRevised()).isFalse();
        assertThat(b.revisedFrom()).isNull();
        assertThat(b.original()).isSameAs(b);
        assertThat(b.history()).containsExactly(b);
        assertThat(b.note()).isEqualTo("2019年数据");
    }

    @Test
    void revisingABaselineKeepsEveryVersion() {
        Baseline first = Baseline.of(2020, Quantity.parse("77.3%"), "2019年数据");
        Baseline second = first.revise(2020, Quantity.parse("78.1%"), CENSUS, "第七次全国人口普查后修订");
        Baseline third = second.revise(2021, Quantity.parse("78.6%"), MID_TERM, "规划中期调整");

        assertThat(second.isRevised()).isTrue();
        assertThat(second.revisedFrom()).isEqualTo(new Revision<>(first, CENSUS, "第七次全国人口普查后修订"));
        assertThat(second.note()).isNull();
        assertThat(third.year()).isEqualTo(2021);
        assertThat(third.value()).isEqualTo(Quantity.parse("78.6%"));
        assertThat(third.original()).isEqualTo(first);
        assertThat(third.history()).containsExactly(first, second, third);
        assertThat(third.revisedFrom().original()).isEqualTo(second);
        // the earlier versions are unchanged
        assertThat(first.history()).containsExactly(first);
        assertThat(second.history()).containsExactly(first, second);
    }

    @Test
    void revisionsAreDatedInOrder() {
        Baseline second = Baseline.of(2020, Quantity.parse("77.3%"))
                .revise(2020, Quantity.parse("78.1%"), MID_TERM, "中期调整");
        assertThatThrownBy(() -> second.revise(2020, Quantity.parse("78.0%"), CENSUS, "普查"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revisedFrom.date must not be before the previous revision's date: 2021-05-11 < 2022-08-12");
        // the same day is fine
        assertThat(second.revise(2020, Quantity.parse("78.0%"), MID_TERM, "更正").history()).hasSize(3);
    }

    @Test
    void aRevisionNeedsAReason() {
        Baseline b = Baseline.of(2020, Quantity.parse("77.3%"));
        assertThatThrownBy(() -> b.revise(2020, Quantity.parse("78.1%"), CENSUS, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must not be blank: ' '");
        assertThatThrownBy(() -> new Revision<>(b, null, "x"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date");
    }

    @Test
    void baselineChecksItsFields() {
        assertThatThrownBy(() -> Baseline.of(20, Quantity.parse("1%")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be a four-digit year (1000–9999): 20");
        assertThatThrownBy(() -> Baseline.of(2020, Quantity.parse("1%"), ""))
                .hasMessage("note must not be blank: ''");
    }

    @Test
    void revisingATargetKeepsTheYearAndTheOriginal() {
        SourceRef plan = SourceRef.of("003_97555f4808f51832.txt", 63);
        Target first = Target.of(2025, Exact.of(Quantity.parse("120万标箱")), plan);
        Target second = first.revise(Exact.of(Quantity.parse("100万标箱")), MID_TERM, "规划中期调整");
        SourceRef update = SourceRef.of("中期评估报告", 12);
        Target third = second.revise(Range.of(Quantity.parse("100万标箱"), Quantity.parse("110万标箱")),
                MID_TERM.plusMonths(1), "再次调整", update);

        assertThat(second.year()).isEqualTo(2025);
        assertThat(second.source()).isNull();
        assertThat(third.source()).isEqualTo(update);
        assertThat(third.original()).isEqualTo(first);
        assertThat(third.original().source()).isEqualTo(plan);
        assertThat(third.history()).containsExactly(first, second, third);
        assertThat(first.isRevised()).isFalse();
        assertThat(third.isRevised()).isTrue();
    }

    @Test
    void aRevisedTargetIsForTheSameYear() {
        Target first = Target.of(2025, Exact.of(Quantity.parse("120万标箱")));
        assertThatThrownBy(() -> new Target(2027, Exact.of(Quantity.parse("150万标箱")), null,
                new Revision<>(first, MID_TERM, "延期")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revisedFrom.original.year must equal year: 2025 != 2027");
    }

    @Test
    void targetRevisionsAreDatedInOrder() {
        Target second = Target.of(2025, Exact.of(Quantity.parse("120万标箱")))
                .revise(Exact.of(Quantity.parse("100万标箱")), MID_TERM, "中期调整");
        assertThatThrownBy(() -> second.revise(Exact.of(Quantity.parse("90万标箱")), CENSUS, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("revisedFrom.date must not be before the previous revision's date");
    }
}
