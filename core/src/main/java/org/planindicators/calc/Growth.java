package org.planindicators.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;

/**
 * Growth rates: year on year, average annual by the level method (水平法) and the sum method (累计法), levels implied
 * by a rate, growth still needed, projections, chained and cumulative rates, indices (上年=100), and real against
 * nominal growth. The formulas, their arguments and rounding are listed in the project's guide, {@code
 * docs/formulas.md}.
 *
 * <p>Methods on {@link Quantity} take and give rates in % (‰ is read too) and levels in their own unit; the
 * {@link BigDecimal} overloads take and give rates as plain fractions (0.065 for 6.5%). Every method that divides or
 * takes a root rounds its result once to the {@link MathContext} given, which must have a precision; intermediate
 * steps carry {@value DecimalMath#GUARD_DIGITS} guard digits. The index conversions are exact and take none. Results
 * carry no trailing zeros.
 *
 * <p>The command line's {@code plan-indicators calc} verbs run five of these: {@code cagr} is {@link
 * #averageAnnual(Quantity, Quantity, int, MathContext)}, {@code yoy} {@link #yearOnYear(Quantity, Quantity,
 * MathContext)}, {@code required} {@link #requiredAnnual(Quantity, Quantity, int, MathContext)}, {@code project}
 * {@link #level(Quantity, Quantity, int, MathContext)} (not {@link #project(Quantity, Quantity, int, int,
 * MathContext)}, which continues an observed trend), and {@code cumulative} {@link
 * #annualFromCumulativeReduction(Quantity, int, MathContext)} ({@code --growth}: {@link
 * #annualFromCumulativeGrowth(Quantity, int, MathContext)}).
 */
public final class Growth {
    private static final Unit INDEX = Unit.parse("上年=100");

    private Growth() {
    }

    /**
     * Year-on-year growth, {@code g = v_t / v_{t−1} − 1}: Wenjiang's GDP of 717.11亿元 in 2022 against 696.22亿元 in
     * 2021 is 3.0% (2023年成都市温江区政府工作报告: "全年地区生产总值717.11亿元，增长3.0%"). Command line: {@code calc
     * yoy PREVIOUS CURRENT}.
     *
     * @param previous the value a year before, positive
     * @param current the value now, in a compatible unit
     * @param context precision and rounding of the result
     * @return the growth in %
     * @throws CalculationException when {@code previous} is not positive, or the units do not match
     */
    public static Quantity yearOnYear(Quantity previous, Quantity current, MathContext context) {
        Args.requirePositive("previous", previous, "for a growth rate");
        Quantity now = Args.sameUnit("current", previous, "previous", current);
        return Args.percent(yearOnYearFraction(previous.value(), now.value(), context), context);
    }

    /**
     * Year-on-year growth as a fraction, {@code g = v_t / v_{t−1} − 1}: 696.22 → 717.11 gives 0.030006….
     *
     * @param previous the value a year before, positive
     * @param current the value now
     * @param context precision and rounding of the result
     * @return year-on-year growth as a fraction, {@code g = v_t / v_{t−1} − 1}: 696.22 → 717.11 gives 0.030006…
     * @throws CalculationException when {@code previous} is not positive
     */
    public static BigDecimal yearOnYear(BigDecimal previous, BigDecimal current, MathContext context) {
        return DecimalMath.normalize(DecimalMath.round(yearOnYearFraction(previous, current, context), context,
                "a growth rate"));
    }

    private static BigDecimal yearOnYearFraction(BigDecimal previous, BigDecimal current, MathContext context) {
        Objects.requireNonNull(current, "current");
        Args.requirePositive("previous", previous, "for a growth rate");
        MathContext w = DecimalMath.working(context);
        return current.divide(previous, w).subtract(BigDecimal.ONE, w);
    }

    /**
     * The level a year before, implied by the level now and the growth, {@code v_{t−1} = v_t / (1 + g)}: Wenjiang's
     * 2022 GDP, 717.11亿元 up 3.0%, implies 696.22亿元 in 2021 (696.2233… at full precision).
     *
     * @param current the level now
     * @param growth the growth over the year, in %, above −100%
     * @param context precision and rounding of the result
     * @return the previous level, in the unit of {@code current}
     * @throws CalculationException when {@code growth} is not a rate or not above −100%
     */
    public static Quantity previousLevel(Quantity current, Quantity growth, MathContext context) {
        Objects.requireNonNull(current, "current");
        BigDecimal g = Args.fraction("growth", growth);
        MathContext w = DecimalMath.working(context);
        BigDecimal factor = Args.requireFactor("growth", g, BigDecimal.ONE.add(g));
        return level(current.value().divide(factor, w), current.unit(), context);
    }

    /**
     * Average annual growth by the level method (水平法, the statistics bureau's), {@code g = (v_n / v_0)^(1/n) − 1}:
     * the 13th five-year plan's GDP from 67.7万亿元 (2015) to 92.75万亿元 (2020) is 6.5% a year. Command line: {@code
     * calc cagr FROM TO YEARS}.
     *
     * @param start the value in the base year, positive
     * @param end the value {@code years} later, in a compatible unit, not negative
     * @param years the number of years between them, at least 1
     * @param context precision and rounding of the result
     * @return the average annual growth in %
     * @throws CalculationException when {@code start} is not positive, {@code end} is negative, {@code years} is
     *     below 1, or the units do not match
     */
    public static Quantity averageAnnual(Quantity start, Quantity end, int years, MathContext context) {
        Args.requirePositive("start", start, "for an average growth rate");
        Quantity last = Args.sameUnit("end", start, "start", end);
        return Args.percent(averageAnnualFraction(start.value(), last.value(), years, context), context);
    }

    /**
     * Average annual growth by the level method as a fraction, {@code g = (v_n / v_0)^(1/n) − 1}: 67.7 → 92.75 in
     * five years gives 0.06500….
     *
     * @param start the value in the base year, positive
     * @param end the value {@code years} later, not negative
     * @param years the number of years between them, at least 1
     * @param context precision and rounding of the result
     * @return average annual growth by the level method as a fraction, {@code g = (v_n / v_0)^(1/n) − 1}: 67.7 → 92.75
     *     in five years gives 0.06500…
     * @throws CalculationException when {@code start} is not positive, {@code end} negative or {@code years} below 1
     */
    public static BigDecimal averageAnnual(BigDecimal start, BigDecimal end, int years, MathContext context) {
        return fractionResult(averageAnnualFraction(start, end, years, context), context);
    }

    private static BigDecimal averageAnnualFraction(BigDecimal start, BigDecimal end, int years,
            MathContext context) {
        Objects.requireNonNull(end, "end");
        Args.requirePositive("start", start, "for an average growth rate");
        Args.requireYears("years", years);
        if (end.signum() < 0) {
            throw new CalculationException("end", end.toPlainString(), "end must not be negative for an average "
                    + "growth rate (the root of degree " + years + " of a negative ratio): " + end.toPlainString());
        }
        MathContext w = DecimalMath.working(context);
        return DecimalMath.root(end.divide(start, w), years, w).subtract(BigDecimal.ONE, w);
    }

    /**
     * Average annual growth by the sum method (累计法, used for investment): the rate {@code r} such that {@code
     * Σ_{i=1..n} v_0 (1 + r)^i = Σ_{i=1..n} v_i}, the yearly values that would have grown steadily from the base to
     * the same total. Wenjiang's fixed-asset investment grew 5.2% in 2022: with 2021 = 100 and
     * 2022 = 105.2 the rate is 5.2%; with a further 110.0 in 2023 it is 4.9839…% (the level method gives 4.8809…%).
     *
     * <p>Solved by Newton's method from above, where it converges monotonically (the sum is convex and increasing in
     * {@code 1 + r}), to the working precision.
     *
     * @param base the value in the base year, positive
     * @param values the values of the following years, in order, at least one, in a compatible unit
     * @param context precision and rounding of the result
     * @return the average annual growth in %
     * @throws CalculationException when {@code base} is not positive, {@code values} is empty or sums to zero or
     *     less, or a unit does not match
     */
    public static Quantity averageAnnualCumulative(Quantity base, List<Quantity> values, MathContext context) {
        Args.requirePositive("base", base, "for the sum method (累计法)");
        Objects.requireNonNull(values, "values");
        List<BigDecimal> numbers = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            numbers.add(Args.sameUnit("values[" + i + "]", base, "base", values.get(i)).value());
        }
        return Args.percent(sumMethodFraction(base.value(), numbers, context), context);
    }

    /**
     * Average annual growth by the sum method (累计法) as a fraction: base 100, values 105.2 and 110.0 give 0.049839….
     *
     * @param base the value in the base year, positive
     * @param values the values of the following years, in order, at least one, in a compatible unit
     * @param context precision and rounding of the result
     * @return average annual growth by the sum method (累计法) as a fraction: base 100, values 105.2 and 110.0 give
     *     0.049839…
     * @throws CalculationException when {@code base} is not positive, or {@code values} is empty or sums to zero or
     *     less
     */
    public static BigDecimal averageAnnualCumulative(BigDecimal base, List<BigDecimal> values, MathContext context) {
        return fractionResult(sumMethodFraction(base, List.copyOf(Objects.requireNonNull(values, "values")),
                context), context);
    }

    private static BigDecimal sumMethodFraction(BigDecimal base, List<BigDecimal> values, MathContext context) {
        Args.requirePositive("base", base, "for the sum method (累计法)");
        if (values.isEmpty()) {
            throw new CalculationException("values", "[]", "values must hold at least one year for the sum method: []");
        }
        MathContext w = DecimalMath.working(context);
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        if (total.signum() <= 0) {
            throw new CalculationException("values", values.toString(), "values must sum to more than zero for the"
                    + " sum method: " + total.toPlainString());
        }
        int n = values.size();
        BigDecimal ratio = total.divide(base, w);
        // F(x) = Σ_{i=1..n} x^i − S/v0 is increasing and convex for x > 0; F(max(1, S/v0)) ≥ 0, so Newton from
        // there decreases monotonically to the root x = 1 + r.
        BigDecimal x = ratio.max(BigDecimal.ONE);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(w.getPrecision() - 1);
        for (int step = 0; step < 10_000; step++) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal derivative = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal inner = sum.add(BigDecimal.ONE);
                derivative = derivative.multiply(x, w).add(inner, w);
                sum = inner.multiply(x, w);
            }
            BigDecimal f = sum.subtract(ratio, w);
            if (f.signum() == 0) {
                break;
            }
            BigDecimal change = f.divide(derivative, w);
            x = x.subtract(change, w);
            if (change.abs().compareTo(x.abs().multiply(tolerance)) <= 0) {
                break;
            }
        }
        return x.subtract(BigDecimal.ONE, w);
    }

    /**
     * The level implied by a growth rate, {@code v_n = v_0 (1 + g)^n}; also a projection of a level at a given rate:
     * the 13th five-year plan's GDP of 67.7万亿元 growing 6.5% a year for five years gives 92.75万亿元, the plan's
     * "&gt;92.7"; Wenjiang's 717.11亿元 of 2022 at the 2023 target's low end of 6.0% gives 760.14亿元. Command line:
     * {@code calc project START RATE YEARS} (the verb is this method, not {@link #project(Quantity, Quantity, int,
     * int, MathContext)}).
     *
     * @param start the level in the base year
     * @param rate the yearly growth, in %, not below −100%
     * @param years the number of years, not negative
     * @param context precision and rounding of the result
     * @return the level after {@code years}, in the unit of {@code start}
     * @throws CalculationException when {@code rate} is not a rate or is below −100%, or {@code years} is negative
     */
    public static Quantity level(Quantity start, Quantity rate, int years, MathContext context) {
        Objects.requireNonNull(start, "start");
        BigDecimal v = levelValue(start.value(), Args.fraction("rate", rate), years, context);
        return level(v, start.unit(), context);
    }

    /**
     * The level implied by a growth rate given as a fraction, {@code v_n = v_0 (1 + g)^n}: 67.7, 0.065, 5 gives
     * 92.7548….
     *
     * @param start the level in the base year
     * @param rate the yearly growth as a fraction (0.065 for 6.5%), not below −1
     * @param years the number of years, not negative
     * @param context precision and rounding of the result
     * @return the level implied by a growth rate given as a fraction, {@code v_n = v_0 (1 + g)^n}: 67.7, 0.065, 5
     *     gives 92.7548…
     * @throws CalculationException when {@code rate} is below −1, or {@code years} is negative
     */
    public static BigDecimal level(BigDecimal start, BigDecimal rate, int years, MathContext context) {
        return DecimalMath.normalize(DecimalMath.round(levelValue(start, rate, years, context), context, "a level"));
    }

    private static BigDecimal levelValue(BigDecimal start, BigDecimal rate, int years, MathContext context) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rate, "rate");
        if (years < 0) {
            throw new CalculationException("years", Integer.toString(years), "years must not be negative: " + years);
        }
        MathContext w = DecimalMath.working(context);
        BigDecimal factor = Args.requireFactorNotNegative("rate", rate, BigDecimal.ONE.add(rate));
        return start.multiply(DecimalMath.pow(factor, years, w), w);
    }

    /**
     * The growth still needed in each remaining year to reach a target, {@code g = (target / current)^(1/m) − 1}
     * for {@code m} remaining years: Qingbaijiang's GDP target of 850亿元 for 2025 (its 14th five-year plan), from a
     * level of 700亿元 three years before, needs 6.69% a year (6.6859…%). Command line: {@code calc required CURRENT
     * TARGET YEARS}.
     *
     * @param current the level now, positive
     * @param target the level to reach, in a compatible unit, not negative
     * @param remainingYears the years left, at least 1
     * @param context precision and rounding of the result
     * @return the yearly growth needed, in %
     * @throws CalculationException when {@code current} is not positive, {@code target} negative, {@code
     *     remainingYears} below 1, or the units do not match
     */
    public static Quantity requiredAnnual(Quantity current, Quantity target, int remainingYears,
            MathContext context) {
        Args.requirePositive("current", current, "for the growth still needed");
        Quantity goal = Args.sameUnit("target", current, "current", target);
        return Args.percent(requiredFraction(current.value(), goal.value(), remainingYears, context), context);
    }

    /**
     * The growth still needed in each remaining year as a fraction, {@code (target / current)^(1/m) − 1}.
     *
     * @param current the level now, positive
     * @param target the level to reach, not negative
     * @param remainingYears the years left, at least 1
     * @param context precision and rounding of the result
     * @return the growth still needed in each remaining year as a fraction, {@code (target / current)^(1/m) − 1}
     * @throws CalculationException when {@code current} is not positive, {@code target} negative or {@code
     *     remainingYears} below 1
     */
    public static BigDecimal requiredAnnual(BigDecimal current, BigDecimal target, int remainingYears,
            MathContext context) {
        return fractionResult(requiredFraction(current, target, remainingYears, context), context);
    }

    private static BigDecimal requiredFraction(BigDecimal current, BigDecimal target, int remainingYears,
            MathContext context) {
        Objects.requireNonNull(target, "target");
        Args.requirePositive("current", current, "for the growth still needed");
        Args.requireYears("remainingYears", remainingYears);
        if (target.signum() < 0) {
            throw new CalculationException("target", target.toPlainString(), "target must not be negative for the "
                    + "growth still needed: " + target.toPlainString());
        }
        MathContext w = DecimalMath.working(context);
        return DecimalMath.root(target.divide(current, w), remainingYears, w).subtract(BigDecimal.ONE, w);
    }

    /**
     * Projects the trend observed so far, {@code v_{t+k} = v_t (v_t / v_s)^(k / (t − s))}: the average growth from
     * {@code first} to {@code latest} continued for {@code yearsAhead} more years (a rational power, root then
     * power). Wenjiang's GDP, 696.22亿元 in 2021 and 717.11亿元 in 2022, projected three years ahead gives
     * 783.62亿元 for 2025. The command line's {@code calc project} is not this method but {@link #level(Quantity,
     * Quantity, int, MathContext)}.
     *
     * @param first the earlier value, positive
     * @param latest the later value, in a compatible unit, not negative
     * @param elapsedYears the years between them, at least 1
     * @param yearsAhead the years to project, not negative
     * @param context precision and rounding of the result
     * @return the projected value, in the unit of {@code latest}
     * @throws CalculationException when {@code first} is not positive, {@code latest} negative, the years out of
     *     range, or the units do not match
     */
    public static Quantity project(Quantity first, Quantity latest, int elapsedYears, int yearsAhead,
            MathContext context) {
        Objects.requireNonNull(latest, "latest");
        Quantity start = Args.sameUnit("first", latest, "latest", first);
        Args.requirePositive("first", start, "for a projection");
        Args.requireYears("elapsedYears", elapsedYears);
        if (yearsAhead < 0) {
            throw new CalculationException("yearsAhead", Integer.toString(yearsAhead), "yearsAhead must not be "
                    + "negative: " + yearsAhead);
        }
        if (latest.value().signum() < 0) {
            throw new CalculationException("latest", latest.toString(), "latest must not be negative for a "
                    + "projection: " + latest);
        }
        MathContext w = DecimalMath.working(context);
        BigDecimal ratio = latest.value().divide(start.value(), w);
        BigDecimal projected = latest.value().multiply(DecimalMath.pow(ratio, yearsAhead, elapsedYears, w), w);
        return level(projected, latest.unit(), context);
    }

    /**
     * Chains yearly rates into the growth over all the years, {@code ∏(1 + g_i) − 1}: 6.5% a year for five years is
     * 37.01% over the 13th plan. No rates chain to 0%.
     *
     * @param rates the yearly rates, in %, none below −100%
     * @param context precision and rounding of the result
     * @return the growth over all the years, in %
     * @throws CalculationException when a rate is not a rate or is below −100%
     */
    public static Quantity chain(List<Quantity> rates, MathContext context) {
        Objects.requireNonNull(rates, "rates");
        MathContext w = DecimalMath.working(context);
        BigDecimal product = BigDecimal.ONE;
        for (int i = 0; i < rates.size(); i++) {
            String name = "rates[" + i + "]";
            BigDecimal g = Args.fraction(name, rates.get(i));
            product = product.multiply(Args.requireFactorNotNegative(name, g, BigDecimal.ONE.add(g)), w);
        }
        return Args.percent(product.subtract(BigDecimal.ONE, w), context);
    }

    /**
     * The yearly rate equivalent to a cumulative growth over {@code n} years, from {@code 1 + C = (1 + r)^n}:
     * {@code r = (1 + C)^(1/n) − 1}. The 13th plan's GDP growing 37.01% over five years is 6.5% a year. Command
     * line: {@code calc cumulative TOTAL YEARS --growth}.
     *
     * @param cumulative the growth over all the years, in %, not below −100%
     * @param years the number of years, at least 1
     * @param context precision and rounding of the result
     * @return the equivalent yearly growth, in %
     * @throws CalculationException when the arguments are out of range
     */
    public static Quantity annualFromCumulativeGrowth(Quantity cumulative, int years, MathContext context) {
        BigDecimal c = Args.fraction("cumulative", cumulative);
        Args.requireYears("years", years);
        BigDecimal factor = BigDecimal.ONE.add(c);
        if (factor.signum() < 0) {
            throw new CalculationException("cumulative", cumulative.toString(), "cumulative must not be below "
                    + "-100%: " + cumulative);
        }
        MathContext w = DecimalMath.working(context);
        return Args.percent(DecimalMath.root(factor, years, w).subtract(BigDecimal.ONE, w), context);
    }

    /**
     * The yearly rate equivalent to a cumulative reduction over {@code n} years, from {@code 1 − C = (1 − r)^n}:
     * {@code r = 1 − (1 − C)^(1/n)}. The 14th plan's energy intensity target [13.5] over five years is 2.86% a year
     * (2.8589…%). Command line: {@code calc cumulative TOTAL YEARS}.
     *
     * @param cumulative the reduction over all the years, in %, written positive, not above 100%
     * @param years the number of years, at least 1
     * @param context precision and rounding of the result
     * @return the equivalent yearly reduction, in %, written positive
     * @throws CalculationException when the arguments are out of range
     */
    public static Quantity annualFromCumulativeReduction(Quantity cumulative, int years, MathContext context) {
        BigDecimal c = Args.fraction("cumulative", cumulative);
        Args.requireYears("years", years);
        BigDecimal remaining = BigDecimal.ONE.subtract(c);
        if (remaining.signum() < 0) {
            throw new CalculationException("cumulative", cumulative.toString(), "cumulative must not be above "
                    + "100% for a reduction: " + cumulative);
        }
        MathContext w = DecimalMath.working(context);
        return Args.percent(BigDecimal.ONE.subtract(DecimalMath.root(remaining, years, w), w), context);
    }

    /**
     * The cumulative growth of a yearly rate over {@code n} years, {@code C = (1 + r)^n − 1}: 6.5% a year for five
     * years is 37.01% (13th plan).
     *
     * @param rate the yearly growth, in %, not below −100%
     * @param years the number of years, not negative
     * @param context precision and rounding of the result
     * @return the growth over all the years, in %
     * @throws CalculationException when the arguments are out of range
     */
    public static Quantity cumulativeFromAnnualGrowth(Quantity rate, int years, MathContext context) {
        BigDecimal g = Args.fraction("rate", rate);
        MathContext w = DecimalMath.working(context);
        return Args.percent(levelValue(BigDecimal.ONE, g, years, context).subtract(BigDecimal.ONE, w), context);
    }

    /**
     * The cumulative reduction of a yearly reduction over {@code n} years, {@code C = 1 − (1 − r)^n}: 2.8589% a
     * year for five years is the 14th plan's [13.5].
     *
     * @param rate the yearly reduction, in %, written positive, not above 100%
     * @param years the number of years, not negative
     * @param context precision and rounding of the result
     * @return the reduction over all the years, in %, written positive
     * @throws CalculationException when the arguments are out of range
     */
    public static Quantity cumulativeFromAnnualReduction(Quantity rate, int years, MathContext context) {
        BigDecimal r = Args.fraction("rate", rate);
        MathContext w = DecimalMath.working(context);
        BigDecimal remaining = levelValue(BigDecimal.ONE, r.negate(), years, context);
        return Args.percent(BigDecimal.ONE.subtract(remaining, w), context);
    }

    /**
     * The growth an index with the previous year at 100 (上年=100) stands for, {@code g = index / 100 − 1}, exactly:
     * an index of 103.0 is growth of 3.0%, Wenjiang's GDP in 2022.
     *
     * @param index the index, in 上年=100 or as a bare number
     * @return the growth, in %
     * @throws CalculationException when {@code index} is in another unit
     */
    public static Quantity growthFromIndex(Quantity index) {
        Objects.requireNonNull(index, "index");
        if (!index.unit().isNone() && index.unit().family() != UnitFamily.INDEX) {
            throw new CalculationException("index", index.toString(), "index must be in 上年=100 or a bare number, "
                    + "got " + Args.describe(index));
        }
        return Quantity.of(index.value().subtract(Args.hundred()), Unit.PERCENT);
    }

    /**
     * The index with the previous year at 100 (上年=100) for a growth, {@code index = 100 (1 + g)}, exactly: 3.0% is
     * 103.0.
     *
     * @param growth the growth, in %
     * @return the index, in 上年=100
     * @throws CalculationException when {@code growth} is not a rate
     */
    public static Quantity indexFromGrowth(Quantity growth) {
        BigDecimal g = Args.fraction("growth", growth);
        return Quantity.of(g.add(BigDecimal.ONE).movePointRight(2), INDEX);
    }

    /**
     * Real growth from nominal growth and the growth of prices (the deflator), {@code (1 + n) / (1 + p) − 1}. Plans
     * state GDP growth in real terms (at comparable prices): if prices rose 2.0% in 2022, Wenjiang's nominal GDP
     * growth of 5.06% is the real 3.0% its 2023 government work report gives.
     *
     * @param nominalGrowth the growth at current prices, in %
     * @param priceGrowth the growth of the deflator, in %, above −100%
     * @param context precision and rounding of the result
     * @return the real growth, in %
     * @throws CalculationException when an argument is not a rate or a factor is not positive
     */
    public static Quantity realGrowth(Quantity nominalGrowth, Quantity priceGrowth, MathContext context) {
        BigDecimal n = Args.fraction("nominalGrowth", nominalGrowth);
        BigDecimal p = Args.fraction("priceGrowth", priceGrowth);
        MathContext w = DecimalMath.working(context);
        BigDecimal priceFactor = Args.requireFactor("priceGrowth", p, BigDecimal.ONE.add(p));
        return Args.percent(BigDecimal.ONE.add(n).divide(priceFactor, w).subtract(BigDecimal.ONE, w), context);
    }

    /**
     * Nominal growth from real growth and the growth of prices, {@code (1 + r)(1 + p) − 1}: Wenjiang's real 3.0% in
     * 2022 with prices up 2.0% is 5.06% at current prices.
     *
     * @param realGrowth the growth at comparable prices, in %
     * @param priceGrowth the growth of the deflator, in %
     * @param context precision and rounding of the result
     * @return the nominal growth, in %
     * @throws CalculationException when an argument is not a rate
     */
    public static Quantity nominalGrowth(Quantity realGrowth, Quantity priceGrowth, MathContext context) {
        BigDecimal r = Args.fraction("realGrowth", realGrowth);
        BigDecimal p = Args.fraction("priceGrowth", priceGrowth);
        MathContext w = DecimalMath.working(context);
        return Args.percent(BigDecimal.ONE.add(r).multiply(BigDecimal.ONE.add(p), w).subtract(BigDecimal.ONE, w),
                context);
    }

    /**
     * A value at current prices expressed at the base year's prices, {@code real = nominal × 100 / deflator}:
     * 717.11亿元 with a deflator of 102.0 (base year = 100) is 703.05亿元 at base-year prices.
     *
     * @param nominal the value at current prices
     * @param deflator the price index, base year = 100, positive, as a bare number or an index
     * @param context precision and rounding of the result
     * @return the value at base-year prices, in the unit of {@code nominal}
     * @throws CalculationException when {@code deflator} is not positive or is in another unit
     */
    public static Quantity deflate(Quantity nominal, Quantity deflator, MathContext context) {
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(deflator, "deflator");
        if (!deflator.unit().isNone() && deflator.unit().family() != UnitFamily.INDEX) {
            throw new CalculationException("deflator", deflator.toString(), "deflator must be an index (base year "
                    + "= 100) or a bare number, got " + Args.describe(deflator));
        }
        Args.requirePositive("deflator", deflator.value(), "to deflate");
        MathContext w = DecimalMath.working(context);
        BigDecimal real = nominal.value().multiply(Args.hundred()).divide(deflator.value(), w);
        return level(real, nominal.unit(), context);
    }

    private static Quantity level(BigDecimal value, Unit unit, MathContext context) {
        return Quantity.of(DecimalMath.normalize(DecimalMath.round(value, context, "a level")), unit);
    }

    private static BigDecimal fractionResult(BigDecimal fraction, MathContext context) {
        return DecimalMath.normalize(DecimalMath.round(fraction, context, "a growth rate"));
    }
}
