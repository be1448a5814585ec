/**
 * Calculators for plan figures: growth rates year on year and on average (水平法 and 累计法), levels
 * implied by growth targets, growth still needed, chained and cumulative rates, indices, real and nominal growth,
 * percentage points, shares, figures per N people, contributions to growth and their pull, elasticities, and the
 * apportionment of a total between partners by a ratio.
 *
 * <p>Numbers go in and come out as {@link java.math.BigDecimal} or {@link org.planindicators.unit.Quantity}, and
 * every calculation that rounds takes a {@link java.math.MathContext}: there is no global setting. The exact ones
 * (percentage points, index ↔ growth, apportionment at a scale) take none. Intermediate
 * steps carry {@value org.planindicators.calc.DecimalMath#GUARD_DIGITS} guard digits beyond the context's precision
 * and the result is rounded once, to the context. Rates travel in % ({@link org.planindicators.unit.Unit#PERCENT}),
 * differences of percentages in 个百分点, shares in %, figures per N people in a quotient unit such as 件/万人.
 *
 * <p>{@link org.planindicators.calc.DecimalMath} supplies correctly rounded integer roots and powers, so core needs
 * no arithmetic library. Bad arguments (division by zero, a root of a negative number, a growth rate from a base
 * that is not positive, units that do not match) raise a {@link org.planindicators.calc.CalculationException}
 * naming the argument and its value.
 *
 * <p>Every formula, with its arguments and rounding, and the table of the command line's {@code plan-indicators calc}
 * verbs and the methods they run, are in the project's guide, {@code docs/formulas.md}.
 */
@NullMarked
package org.planindicators.calc;

import org.jspecify.annotations.NullMarked;
