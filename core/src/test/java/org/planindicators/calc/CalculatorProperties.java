package org.planindicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Growth rates and apportionment over generated figures. */
class CalculatorProperties {
    private static final MathContext MC = MathContext.DECIMAL128;
    /** Differences allowed after a chain of 34-digit operations, in %: far below any printed digit. */
    private static final BigDecimal CLOSE = new BigDecimal("1E-25");

    private static Quantity percent(BigDecimal value) {
        return Quantity.of(value, Unit.PERCENT);
    }

    /** The yearly rates of a geometric path, chained, give the path's average annual growth (CAGR) back. */
    @Property(tries = 300)
    void chainingTheYearlyRatesOfAGeometricPathGivesItsCagr(
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal start,
            @ForAll @BigRange(min = "-50", max = "100") @Scale(3) BigDecimal rate,
            @ForAll @IntRange(min = 1, max = 15) int years) {
        Assume.that(start.signum() > 0);
        Quantity v0 = Quantity.of(start, Unit.parse("亿元"));
        List<Quantity> path = new ArrayList<>();
        path.add(v0);
        List<Quantity> yearly = new ArrayList<>();
        for (int i = 1; i <= years; i++) {
            Quantity v = Growth.level(v0, percent(rate), i, MC);
            yearly.add(Growth.yearOnYear(path.get(i - 1), v, MC));
            path.add(v);
        }
        Quantity chained = Growth.chain(yearly, MC);
        Quantity cagr = Growth.annualFromCumulativeGrowth(chained, years, MC);
        assertThat(cagr.value().subtract(rate).abs()).as("CAGR from %s", yearly).isLessThan(CLOSE);
        Quantity levelMethod = Growth.averageAnnual(v0, path.get(years), years, MC);
        assertThat(levelMethod.value().subtract(rate).abs()).isLessThan(CLOSE);
        // A steady path has the same rate by the sum method (累计法).
        Quantity sumMethod = Growth.averageAnnualCumulative(v0, path.subList(1, path.size()), MC);
        assertThat(sumMethod.value().subtract(rate).abs()).isLessThan(CLOSE);
    }

    /** The growth still needed, applied for the remaining years, reaches the target. */
    @Property(tries = 300)
    void requiredGrowthReachesTheTarget(
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal current,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal target,
            @ForAll @IntRange(min = 1, max = 20) int remaining) {
        Assume.that(current.signum() > 0);
        Quantity now = Quantity.of(current, Unit.parse("万标箱"));
        Quantity goal = Quantity.of(target, Unit.parse("万标箱"));
        Quantity g = Growth.requiredAnnual(now, goal, remaining, MC);
        Quantity reached = Growth.level(now, g, remaining, MC);
        BigDecimal tolerance = target.max(BigDecimal.ONE).multiply(new BigDecimal("1E-28"));
        assertThat(reached.value().subtract(target).abs()).as("%s at %s for %d years", now, g, remaining)
                .isLessThanOrEqualTo(tolerance);
    }

    /** A cumulative reduction and its yearly equivalent convert into each other. */
    @Property(tries = 200)
    void cumulativeAndYearlyReductionRoundTrip(@ForAll @BigRange(min = "0", max = "99.9") @Scale(2) BigDecimal c,
            @ForAll @IntRange(min = 1, max = 15) int years) {
        Quantity yearly = Growth.annualFromCumulativeReduction(percent(c), years, MC);
        Quantity back = Growth.cumulativeFromAnnualReduction(yearly, years, MC);
        assertThat(back.value().subtract(c).abs()).isLessThan(CLOSE);
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000"))
                .ofScale(3);
        return weight.list().ofMinSize(1).ofMaxSize(12)
                .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
    }

    /** Apportioned parts add up to the total, each within one unit of the scale of its exact quota. */
    @Property(tries = 500)
    void apportionedPartsSumToTheTotal(@ForAll("weights") List<BigDecimal> weights,
            @ForAll @IntRange(min = 0, max = 6) int scale,
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") BigDecimal raw) {
        BigInteger units = raw.toBigInteger();
        BigDecimal total = new BigDecimal(units, scale);
        List<BigDecimal> parts = Apportionment.split(total, weights, scale);
        assertThat(parts).hasSameSizeAs(weights);
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal quota = total.multiply(weights.get(i)).divide(sum, MC);
            assertThat(parts.get(i).scale()).isEqualTo(scale);
            assertThat(parts.get(i).subtract(quota).abs()).as("part %d of %s by %s", i, total, weights)
                    .isLessThan(unit);
            if (weights.get(i).signum() == 0) {
                assertThat(parts.get(i).signum()).isZero();
            }
        }
    }

    /** Splitting is deterministic and symmetric: a negative total gives the negated parts of its magnitude. */
    @Property(tries = 200)
    void apportionmentIsSymmetric(@ForAll("weights") List<BigDecimal> weights,
            @ForAll @IntRange(min = 0, max = 4) int scale, @ForAll @IntRange(min = 0, max = 100000) int units) {
        BigDecimal total = BigDecimal.valueOf(units, scale);
        List<BigDecimal> plus = Apportionment.split(total, weights, scale);
        List<BigDecimal> minus = Apportionment.split(total.negate(), weights, scale);
        assertThat(minus).containsExactlyElementsOf(plus.stream().map(BigDecimal::negate).toList());
        assertThat(Apportionment.split(total, weights, scale)).isEqualTo(plus);
    }
}
