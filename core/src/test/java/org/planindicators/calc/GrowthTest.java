package org.planindicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Growth formulas (docs/formulas.md) with real published figures. */
class GrowthTest {
    private static final MathContext MC = MathContext.DECIMAL64;

    private static Quantity q(String text) {
        return Quantity.parse(text);
    }

    /** The value at {@code scale} decimals, half up, as plans print figures. */
    private static BigDecimal printed(Quantity quantity, int scale) {
        return quantity.value().setScale(scale, RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} for {2} years = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # start       | rate  | years | level at 2 decimals   source
            67.7万亿元    | 6.5%  | 5     | 92.75万亿元 | 13th plan GDP
            717.11亿元    | 6.0%  | 1     | 760.14亿元 | Wenjiang 2022 GDP at the low end of the 2023 target
            717.11亿元    | 7.0%  | 1     | 767.31亿元 | … and at its high end
            100亿元       | -3%   | 2     | 94.09亿元
            850亿元       | 0%    | 0     | 850.00亿元
            """)
    void levelImpliedByAGrowthRate(String start, String rate, int years, String expected) {
        Quantity level = Growth.level(q(start), q(rate), years, MC);
        assertThat(level.unit()).isEqualTo(q(expected).unit());
        assertThat(printed(level, 2)).isEqualTo(q(expected).value());
    }

    @Test
    void thirteenthPlanGdpIsTheTargetOfMoreThan92Point7() {
        Quantity level = Growth.level(q("67.7万亿元"), q("6.5%"), 5, MC);
        assertThat(level.value()).isEqualByComparingTo("92.75486711323781");
        assertThat(level.compareAmount(q("92.7万亿元"))).isPositive();
        // Back again: 67.7 → 92.75 over five years is 6.5% a year.
        assertThat(printed(Growth.averageAnnual(q("67.7万亿元"), level, 5, MC), 10))
                .isEqualByComparingTo("6.5");
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # previous    | current      | growth at 2 decimals
            696.22亿元    | 717.11亿元   | 3.00% | Wenjiang GDP 2021 → 2022, seed 004 line 67
            60.6%         | 65%          | 7.26% | relative growth of the urbanisation rate, not its 4.4 points
            100           | 95           | -5.00%
            5亿元         | 60000万元    | 20.00% | units converted
            """)
    void yearOnYear(String previous, String current, String growth) {
        Quantity g = Growth.yearOnYear(q(previous), q(current), MC);
        assertThat(g.unit()).isEqualTo(Unit.PERCENT);
        assertThat(printed(g, 2)).isEqualTo(q(growth).value());
    }

    @Test
    void wenjiangGdpOf2021ImpliedBy2022() {
        Quantity previous = Growth.previousLevel(q("717.11亿元"), q("3.0%"), MC);
        assertThat(previous.unit()).isEqualTo(Unit.parse("亿元"));
        assertThat(printed(previous, 2)).isEqualByComparingTo("696.22");
        assertThat(previous.value()).isEqualByComparingTo("696.2233009708738");
    }

    @ParameterizedTest(name = "[{index}] [{0}] over {1} years = {2} a year")
    @CsvSource(delimiter = '|', textBlock = """
            # cumulative reduction | years | yearly at 2 decimals
            13.5%                  | 5     | 2.86% | 14th plan energy intensity
            18%                    | 5     | 3.89% | 14th plan carbon intensity [18]
            0%                     | 5     | 0.00%
            100%                   | 5     | 100.00%
            """)
    void cumulativeReductionToYearlyRate(String cumulative, int years, String yearly) {
        Quantity r = Growth.annualFromCumulativeReduction(q(cumulative), years, MC);
        assertThat(printed(r, 2)).isEqualTo(q(yearly).value());
        Quantity back = Growth.cumulativeFromAnnualReduction(r, years, MC);
        assertThat(back.value().subtract(q(cumulative).value()).abs()).isLessThan(new BigDecimal("1E-12"));
    }

    @Test
    void cumulativeGrowthAndChainedRatesAgree() {
        List<Quantity> fiveYears = Collections.nCopies(5, q("6.5%"));
        Quantity chained = Growth.chain(fiveYears, MC);
        assertThat(printed(chained, 2)).isEqualByComparingTo("37.01");
        assertThat(Growth.cumulativeFromAnnualGrowth(q("6.5%"), 5, MC)).isEqualTo(chained);
        assertThat(printed(Growth.annualFromCumulativeGrowth(chained, 5, MC), 12)).isEqualByComparingTo("6.5");
        assertThat(Growth.chain(List.of(), MC)).isEqualTo(q("0%"));
        // Wenjiang GDP up 3.0% in 2022 then 6.0% in 2023: 9.18% over the two years.
        assertThat(Growth.chain(List.of(q("3.0%"), q("6.0%")), MC)).isEqualTo(q("9.18%"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} in {2} years needs {3} a year")
    @CsvSource(delimiter = '|', textBlock = """
            # current     | target        | years | yearly at 2 decimals
            700亿元       | 850亿元       | 3     | 6.69% | Qingbaijiang GDP target 850亿元, seed 003 line 67
            67.7万亿元    | 92.75万亿元   | 5     | 6.50%
            120万标箱     | 120万标箱     | 2     | 0.00%
            100           | 81            | 2     | -10.00%
            """)
    void growthStillNeeded(String current, String target, int years, String yearly) {
        Quantity g = Growth.requiredAnnual(q(current), q(target), years, MC);
        assertThat(printed(g, 2)).isEqualTo(q(yearly).value());
    }

    @Test
    void sumMethodForInvestment() {
        // Wenjiang fixed-asset investment up 5.2% in 2022 (seed 004 line 67): one year, both methods agree.
        assertThat(Growth.averageAnnualCumulative(q("100亿元"), List.of(q("105.2亿元")), MC)).isEqualTo(q("5.2%"));
        // A steady 10% path is found exactly by both methods.
        assertThat(Growth.averageAnnualCumulative(q("100亿元"), List.of(q("110亿元"), q("121亿元")), MC))
                .isEqualTo(q("10%"));
        BigDecimal sum = Growth.averageAnnualCumulative(new BigDecimal("100"),
                List.of(new BigDecimal("105.2"), new BigDecimal("110.0")), MC);
        BigDecimal level = Growth.averageAnnual(new BigDecimal("100"), new BigDecimal("110.0"), 2, MC);
        assertThat(sum.setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("0.049839");
        assertThat(level.setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("0.048809");
        // The solved rate reproduces the sum of the years: 100·1.0498 + 100·1.0498² = 215.2.
        BigDecimal x = BigDecimal.ONE.add(sum);
        BigDecimal total = new BigDecimal("100").multiply(x.add(x.pow(2)));
        assertThat(total.subtract(new BigDecimal("215.2")).abs()).isLessThan(new BigDecimal("1E-12"));
    }

    @Test
    void projectionOfTheTrend() {
        Quantity projected = Growth.project(q("696.22亿元"), q("717.11亿元"), 1, 3, MC);
        assertThat(printed(projected, 2)).isEqualByComparingTo("783.62");
        // Half a year ahead is a rational power, root then power.
        Quantity half = Growth.project(q("100"), q("121"), 2, 1, MC);
        assertThat(half.value()).isEqualByComparingTo("133.1");
        assertThat(Growth.project(q("100"), q("121"), 2, 0, MC).value()).isEqualByComparingTo("121");
    }

    @ParameterizedTest(name = "[{index}] index {0} ↔ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            103.0上年=100 | 3.0%
            97.5上年=100  | -2.5%
            100           | 0
            """)
    void indexAndGrowth(String index, String growth) {
        Quantity g = Growth.growthFromIndex(q(index));
        assertThat(g.unit()).isEqualTo(Unit.PERCENT);
        assertThat(g.value()).isEqualByComparingTo(q(growth).value());
        assertThat(Growth.indexFromGrowth(Quantity.of(q(growth).value(), Unit.PERCENT)).value())
                .isEqualByComparingTo(q(index).value());
        assertThat(Growth.indexFromGrowth(q("3.0%"))).isEqualTo(q("103.0上年=100"));
    }

    @Test
    void realAndNominal() {
        assertThat(Growth.nominalGrowth(q("3.0%"), q("2.0%"), MC)).isEqualTo(q("5.06%"));
        assertThat(Growth.realGrowth(q("5.06%"), q("2.0%"), MC)).isEqualTo(q("3%"));
        assertThat(printed(Growth.deflate(q("717.11亿元"), q("102.0"), MC), 2)).isEqualByComparingTo("703.05");
        assertThat(Growth.deflate(q("717.11亿元"), q("102.0"), MC).unit()).isEqualTo(Unit.parse("亿元"));
    }

    @Test
    void fractionOverloadsMatchTheQuantityOnes() {
        assertThat(Growth.yearOnYear(new BigDecimal("696.22"), new BigDecimal("717.11"), MC).movePointRight(2))
                .isEqualByComparingTo(Growth.yearOnYear(q("696.22亿元"), q("717.11亿元"), MC).value());
        assertThat(Growth.level(new BigDecimal("67.7"), new BigDecimal("0.065"), 5, MC))
                .isEqualByComparingTo("92.75486711323781");
        assertThat(Growth.requiredAnnual(new BigDecimal("700"), new BigDecimal("850"), 3, MC).movePointRight(2))
                .isEqualByComparingTo(Growth.requiredAnnual(q("700亿元"), q("850亿元"), 3, MC).value());
    }

    @Test
    void theResultIsRoundedOnceToTheContext() {
        MathContext three = new MathContext(3, RoundingMode.HALF_EVEN);
        assertThat(Growth.level(q("67.7万亿元"), q("6.5%"), 5, three)).isEqualTo(q("92.8万亿元"));
        assertThat(Growth.annualFromCumulativeReduction(q("13.5%"), 5, three)).isEqualTo(q("2.86%"));
        MathContext down = new MathContext(3, RoundingMode.DOWN);
        assertThat(Growth.level(q("67.7万亿元"), q("6.5%"), 5, down)).isEqualTo(q("92.7万亿元"));
    }

    // ---- errors name the argument and its value ---------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            yoy from zero                  | previous       | 0亿元
            yoy from a negative            | previous       | -5亿元
            yoy across units               | current        | 5人
            average from zero              | start          | 0
            average to a negative          | end            | -1
            average over no years          | years          | 0
            rate not in %                  | rate           | 6.5
            rate below -100%               | rate           | -120%
            required from zero             | current        | 0
            reduction above 100%           | cumulative     | 120%
            index in yuan                  | index          | 103亿元
            no precision                   | context        | UNLIMITED
            sum method with no years       | values         | []
            """)
    void refusesBadArguments(String description, String argument, String value) {
        assertThatThrownBy(() -> call(description))
                .isInstanceOf(CalculationException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(argument)
                .satisfies(e -> assertThat(((CalculationException) e).argument()).isEqualTo(argument))
                .satisfies(e -> assertThat(e.getMessage()).contains(value));
    }

    private static void call(String description) {
        switch (description) {
            case "yoy from zero" -> Growth.yearOnYear(q("0亿元"), q("5亿元"), MC);
            case "yoy from a negative" -> Growth.yearOnYear(q("-5亿元"), q("5亿元"), MC);
            case "yoy across units" -> Growth.yearOnYear(q("5亿元"), q("5人"), MC);
            case "average from zero" -> Growth.averageAnnual(BigDecimal.ZERO, BigDecimal.TEN, 5, MC);
            case "average to a negative" -> Growth.averageAnnual(BigDecimal.TEN, BigDecimal.ONE.negate(), 5, MC);
            case "average over no years" -> Growth.averageAnnual(BigDecimal.ONE, BigDecimal.TEN, 0, MC);
            case "rate not in %" -> Growth.level(q("67.7万亿元"), q("6.5"), 5, MC);
            case "rate below -100%" -> Growth.level(q("67.7万亿元"), q("-120%"), 5, MC);
            case "required from zero" -> Growth.requiredAnnual(q("0"), q("10"), 5, MC);
            case "reduction above 100%" -> Growth.annualFromCumulativeReduction(q("120%"), 5, MC);
            case "index in yuan" -> Growth.growthFromIndex(q("103亿元"));
            case "no precision" -> Growth.level(q("1"), q("1%"), 1, MathContext.UNLIMITED);
            case "sum method with no years" -> Growth.averageAnnualCumulative(q("1"), List.of(), MC);
            default -> throw new AssertionError(description);
        }
    }
}
