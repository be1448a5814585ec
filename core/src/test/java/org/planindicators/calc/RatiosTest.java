package org.planindicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Percentage points, shares, structures, per-people figures, contributions, pulls, elasticities. */
class RatiosTest {
    private static final MathContext MC = MathContext.DECIMAL64;

    private static Quantity q(String text) {
        return Quantity.parse(text);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from    | to     | points
            60.6%     | 65%    | 4.4个百分点 | 14th plan urbanisation rate, not +7.3%
            5.5%      | 5.0%   | -0.5个百分点
            68.5%     | 68.5%  | 0.0个百分点
            5‰        | 1%     | 0.5个百分点 | per mille converted to %
            """)
    void percentagePoints(String from, String to, String points) {
        Quantity d = Ratios.points(q(from), q(to));
        assertThat(d.unit()).isEqualTo(Unit.PERCENTAGE_POINT);
        assertThat(d.value()).isEqualByComparingTo(q(points).value());
    }

    @Test
    void pointsAreNotRelativeGrowth() {
        assertThat(Ratios.points(q("60.6%"), q("65%"))).isEqualTo(q("4.4个百分点"));
        assertThat(Growth.yearOnYear(q("60.6%"), q("65%"), MC).value().setScale(1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("7.3");
    }

    @ParameterizedTest(name = "[{index}] {0} of {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # part         | whole        | share
            582.25亿元     | 850亿元      | 68.5% | Qingbaijiang service sector target, seed 003 line 181
            5822500万元    | 850亿元      | 68.5% | units converted, 万元 ÷ 亿元
            0亿元          | 850亿元      | 0%
            """)
    void shareOfAWhole(String part, String whole, String share) {
        assertThat(Ratios.share(q(part), q(whole), MC)).isEqualTo(q(share));
    }

    @Test
    void structureSumsToOneHundred() {
        // Qingbaijiang's three sectors in 2025: 2.5:29:68.5 (seed 003 line 67).
        List<BigDecimal> ratio = Apportionment.parseRatio("2.5:29:68.5");
        assertThat(ratio).containsExactly(new BigDecimal("2.5"), new BigDecimal("29"), new BigDecimal("68.5"));
        assertThat(ratio.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        List<Quantity> shares = Ratios.structure(List.of(q("2.5亿元"), q("29亿元"), q("68.5亿元")), 1);
        assertThat(shares).containsExactly(q("2.5%"), q("29.0%"), q("68.5%"));
        // Three equal sectors: the rounded shares still add up to 100%.
        List<Quantity> thirds = Ratios.structure(List.of(q("1亿元"), q("1亿元"), q("1亿元")), 1);
        assertThat(thirds).containsExactly(q("33.4%"), q("33.3%"), q("33.3%"));
    }

    @ParameterizedTest(name = "[{index}] {0} per {2} among {1} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # count    | population  | per    | result
            500件      | 50万人      | 万人   | 10件/万人 | Wenjiang patents target, seed 004 line 123
            500件      | 500000人    | 万人   | 10件/万人
            1500人     | 50万人      | 千人   | 3人/千人 | Qingbaijiang doctors per 1000 people, seed 003 line 347
            3件        | 4人         | 人     | 0.75件/人
            """)
    void perPeople(String count, String population, String per, String result) {
        Quantity r = Ratios.perPeople(q(count), q(population), Unit.parse(per), MC);
        assertThat(r.unit()).isEqualTo(q(result).unit());
        assertThat(r.value()).isEqualByComparingTo(q(result).value());
    }

    @Test
    void contributionAndPull() {
        Quantity c = Ratios.contribution(q("400亿元"), q("430亿元"), q("696.22亿元"), q("717.11亿元"), MC);
        assertThat(c.unit()).isEqualTo(Unit.PERCENT);
        assertThat(c.value().setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("143.6");
        assertThat(Ratios.pull(q("60%"), q("3.0%"), MC)).isEqualTo(q("1.8个百分点"));
        // The pull equals Δpart / whole before: 30 / 696.22 = 4.31 points.
        Quantity pull = Ratios.pull(c, Growth.yearOnYear(q("696.22亿元"), q("717.11亿元"), MC), MC);
        BigDecimal direct = new BigDecimal("3000").divide(new BigDecimal("696.22"), MC);
        assertThat(pull.value().subtract(direct).abs()).isLessThan(new BigDecimal("1E-12"));
    }

    @Test
    void elasticity() {
        assertThat(Ratios.elasticity(q("4.5%"), q("3.0%"), MC)).isEqualTo(Quantity.of(new BigDecimal("1.5"),
                Unit.NONE));
        assertThat(Ratios.elasticity(q("-1%"), q("2%"), MC).value()).isEqualByComparingTo("-0.5");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            share of a zero whole        | whole          | 0亿元
            share across units           | part           | 5人
            points of yuan               | from           | 5亿元
            zero population              | population     | 0万人
            population not in people     | population     | 50亿元
            count without a unit         | count          | 500
            zero driver                  | driverGrowth   | 0%
            whole did not change         | wholeAfter     | 700亿元
            """)
    void refusesBadArguments(String description, String argument, String value) {
        assertThatThrownBy(() -> call(description))
                .isInstanceOf(CalculationException.class)
                .hasMessageContaining(argument)
                .hasMessageContaining(value)
                .satisfies(e -> assertThat(((CalculationException) e).argument()).isEqualTo(argument));
    }

    private static void call(String description) {
        switch (description) {
            case "share of a zero whole" -> Ratios.share(q("5亿元"), q("0亿元"), MC);
            case "share across units" -> Ratios.share(q("5人"), q("850亿元"), MC);
            case "points of yuan" -> Ratios.points(q("5亿元"), q("6%"));
            case "zero population" -> Ratios.perPeople(q("5件"), q("0万人"), Unit.parse("万人"), MC);
            case "population not in people" -> Ratios.perPeople(q("5件"), q("50亿元"), Unit.parse("万人"), MC);
            case "count without a unit" -> Ratios.perPeople(q("500"), q("50万人"), Unit.parse("万人"), MC);
            case "zero driver" -> Ratios.elasticity(q("4%"), q("0%"), MC);
            case "whole did not change" -> Ratios.contribution(q("1亿元"), q("2亿元"), q("700亿元"), q("700亿元"), MC);
            default -> throw new AssertionError(description);
        }
    }
}
