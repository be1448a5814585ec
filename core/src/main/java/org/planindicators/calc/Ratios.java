package org.planindicators.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * Ratios of plan figures: percentage points, shares of a whole and structures, figures per N people, the
 * contribution of a part to growth and its pull (拉动), and the elasticity of one growth to another. The formulas are
 * listed in the project's guide, {@code docs/formulas.md}.
 *
 * <p>Units travel with the numbers: a difference of two percentages is in 个百分点, a share in %, a figure per N
 * people in a quotient unit (件/万人), an elasticity a bare number. A part and its whole must be in compatible units
 * (亿元 ÷ 万元 is converted; 亿元 ÷ 人 is refused). Methods that divide round once to the {@link MathContext} given.
 *
 * <p>The command line's {@code plan-indicators calc} verbs {@code points}, {@code share} and {@code per} are {@link
 * #points(Quantity, Quantity)}, {@link #share(Quantity, Quantity, MathContext)} and {@link #perPeople(Quantity,
 * Quantity, Unit, MathContext)}.
 */
public final class Ratios {
    private Ratios() {
    }

    /**
     * The difference of two percentages in percentage points (个百分点), {@code to − from}, exactly: the national
     * urbanisation rate from 60.6% (2020) to 65% (2025) is +4.4个百分点 — not +7.3%, which is its relative growth.
     * Command line: {@code calc points FROM TO}.
     *
     * @param from the earlier percentage, in % or ‰
     * @param to the later percentage, in % or ‰
     * @return {@code to − from} in 个百分点 (of %)
     * @throws CalculationException when either is not a percentage
     */
    public static Quantity points(Quantity from, Quantity to) {
        BigDecimal a = Args.percentValue("from", from);
        BigDecimal b = Args.percentValue("to", to);
        return Quantity.of(b.subtract(a), Unit.PERCENTAGE_POINT);
    }

    /**
     * The share of a part in a whole, {@code part / whole} in %: Qingbaijiang's target of a service sector worth
     * 68.5% of GDP in 2025 (its 14th five-year plan) is met by 582.25亿元 of services in a GDP of 850亿元. The units
     * must match, 亿元 ÷ 亿元 = %. Command line: {@code calc share PART WHOLE}.
     *
     * @param part the part
     * @param whole the whole, in a compatible unit, not zero
     * @param context precision and rounding of the result
     * @return the share, in %
     * @throws CalculationException when {@code whole} is zero or the units do not match
     */
    public static Quantity share(Quantity part, Quantity whole, MathContext context) {
        Objects.requireNonNull(whole, "whole");
        Quantity p = Args.sameUnit("part", whole, "whole", part);
        Args.requireNonZero("whole", whole.value(), whole.toString(), "for a share");
        MathContext w = DecimalMath.working(context);
        return Args.percent(p.value().divide(whole.value(), w), context);
    }

    /**
     * The structure of a whole split into parts, each part's share in %, rounded to {@code scale} decimals by the
     * largest remainder so that the shares add up to exactly 100%: Qingbaijiang's three sectors in the ratio
     * 2.5:29:68.5 are 2.5%, 29%, 68.5%; three equal parts at scale 1 are 33.4%, 33.3%, 33.3%.
     *
     * @param parts the parts, at least one, in compatible units, none negative, not all zero
     * @param scale the decimals of each share, not negative
     * @return the shares in %, in the order of {@code parts}, summing to 100 at {@code scale}
     * @throws CalculationException when a unit does not match, a part is negative or all are zero
     * @see Apportionment#split(BigDecimal, List, int)
     */
    public static List<Quantity> structure(List<Quantity> parts, int scale) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new CalculationException("parts", "[]", "parts must hold at least one part for a structure");
        }
        Quantity first = Objects.requireNonNull(parts.get(0), "parts[0]");
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            weights.add(Args.sameUnit("parts[" + i + "]", first, "parts[0]", parts.get(i)).value());
        }
        List<BigDecimal> shares = Apportionment.split(Args.hundred(), weights, scale);
        List<Quantity> out = new ArrayList<>();
        for (BigDecimal s : shares) {
            out.add(Quantity.of(s, Unit.PERCENT));
        }
        return List.copyOf(out);
    }

    /**
     * A count per N people, {@code count / population × N}, in the quotient unit of the count's unit over {@code
     * per}: Wenjiang's target of 10件 high-value invention patents per 10 000 people (每万人高价值发明专利拥有量,
     * in its 2023 government work report) is 500件 held by a population of 50万人, 10件/万人. The population is
     * converted into {@code per} first (50万人 = 50 × 万人). Command line: {@code calc per COUNT POPULATION PER}.
     *
     * @param count the count, with a unit (件, 人, 个)
     * @param population the population, in a unit compatible with {@code per} (人, 万人), not zero
     * @param per the number of people the result is per: {@code Unit.parse("万人")}, {@code Unit.parse("千人")}
     * @param context precision and rounding of the result
     * @return the count per {@code per}, in the unit {@code count.unit/per} (件/万人)
     * @throws CalculationException when {@code population} is zero or not in people, or {@code count} has no unit
     */
    public static Quantity perPeople(Quantity count, Quantity population, Unit per, MathContext context) {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(per, "per");
        if (count.unit().isNone()) {
            throw new CalculationException("count", count.toString(), "count must have a unit (件, 人, 个) for a "
                    + "figure per people, got " + Args.describe(count));
        }
        if (!population.unit().isCompatibleWith(per)) {
            throw new CalculationException("population", population.toString(), "population must be in a unit "
                    + "compatible with per (" + per.symbol() + "), got " + Args.describe(population));
        }
        MathContext w = DecimalMath.working(context);
        BigDecimal people = population.to(per, w).value();
        Args.requireNonZero("population", people, population.toString(), "for a figure per people");
        Unit unit;
        try {
            unit = Unit.parse(count.unit().symbol() + "/" + per.symbol());
        } catch (IllegalArgumentException e) {
            throw new CalculationException("per", per.symbol(), "cannot form the unit " + count.unit().symbol() + "/"
                    + per.symbol() + ": " + e.getMessage());
        }
        BigDecimal value = count.value().divide(people, w);
        return Quantity.of(DecimalMath.normalize(DecimalMath.round(value, context, "a figure per people")), unit);
    }

    /**
     * The contribution of a part to the growth of a whole, {@code Δpart / Δwhole} in %: if the service sector of a
     * district grows from 400 to 430亿元 while its GDP grows from 696.22 to 717.11亿元 (Wenjiang 2021–2022),
     * services contribute 143.6% of the growth. The units of the four values must match.
     *
     * @param partBefore the part in the earlier year
     * @param partAfter the part in the later year
     * @param wholeBefore the whole in the earlier year
     * @param wholeAfter the whole in the later year, not equal to {@code wholeBefore}
     * @param context precision and rounding of the result
     * @return the contribution, in %
     * @throws CalculationException when the whole did not change or a unit does not match
     */
    public static Quantity contribution(Quantity partBefore, Quantity partAfter, Quantity wholeBefore,
            Quantity wholeAfter, MathContext context) {
        Objects.requireNonNull(wholeBefore, "wholeBefore");
        BigDecimal pb = Args.sameUnit("partBefore", wholeBefore, "wholeBefore", partBefore).value();
        BigDecimal pa = Args.sameUnit("partAfter", wholeBefore, "wholeBefore", partAfter).value();
        BigDecimal wa = Args.sameUnit("wholeAfter", wholeBefore, "wholeBefore", wholeAfter).value();
        BigDecimal deltaWhole = wa.subtract(wholeBefore.value());
        if (deltaWhole.signum() == 0) {
            throw new CalculationException("wholeAfter", wholeAfter.toString(), "wholeAfter must differ from "
                    + "wholeBefore (" + wholeBefore + ") for a contribution to growth: division by zero");
        }
        MathContext w = DecimalMath.working(context);
        return Args.percent(pa.subtract(pb).divide(deltaWhole, w), context);
    }

    /**
     * The pull (拉动) of a part on the growth of the whole, {@code contribution × whole's growth}, in 个百分点 (it
     * equals {@code Δpart / whole_before}): a contribution of 60% to GDP growth of 3.0% (Wenjiang 2022) pulls
     * growth up by 1.8个百分点.
     *
     * @param contribution the part's contribution to the growth, in %
     * @param wholeGrowth the growth of the whole, in %
     * @param context precision and rounding of the result
     * @return the pull, in 个百分点
     * @throws CalculationException when an argument is not a rate
     */
    public static Quantity pull(Quantity contribution, Quantity wholeGrowth, MathContext context) {
        BigDecimal c = Args.fraction("contribution", contribution);
        BigDecimal g = Args.fraction("wholeGrowth", wholeGrowth);
        MathContext w = DecimalMath.working(context);
        BigDecimal points = c.multiply(g, w).movePointRight(2);
        return Quantity.of(DecimalMath.normalize(DecimalMath.round(points, context, "a pull")),
                Unit.PERCENTAGE_POINT);
    }

    /**
     * The elasticity of one growth to another, {@code g_response / g_driver}, a bare number: residents' income
     * "in step with economic growth" (与经济增长基本同步, a target of Wenjiang's 2023 government work report) has an
     * elasticity near 1; income growth of 4.5% against GDP growth of 3.0% (Wenjiang 2022) is 1.5.
     *
     * @param responseGrowth the growth that responds, in %
     * @param driverGrowth the growth that drives it, in %, not zero
     * @param context precision and rounding of the result
     * @return the elasticity, a bare number
     * @throws CalculationException when {@code driverGrowth} is zero or an argument is not a rate
     */
    public static Quantity elasticity(Quantity responseGrowth, Quantity driverGrowth, MathContext context) {
        BigDecimal r = Args.fraction("responseGrowth", responseGrowth);
        BigDecimal d = Args.fraction("driverGrowth", driverGrowth);
        Args.requireNonZero("driverGrowth", d, driverGrowth.toString(), "for an elasticity");
        MathContext w = DecimalMath.working(context);
        return Quantity.of(DecimalMath.normalize(DecimalMath.round(r.divide(d, w), context, "an elasticity")),
                Unit.NONE);
    }
}
