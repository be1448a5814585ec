/**
 * Targets as plans write them: the closed family of {@link org.planindicators.target.TargetExpression} kinds
 * (exact, at least, greater than, at most, less than, range, approximately, change, relative, delegated,
 * qualitative), and the {@link org.planindicators.target.TargetParser} that reads them from table cells and
 * sentences ("6.0%—7.0%", "5.5%以内", "[13.5]", "与经济增长基本同步").
 *
 * <p>Every expression prints as its canonical notation ({@code toString()}), which the parser reads back to an
 * equal expression.
 */
@NullMarked
package org.planindicators.target;

import org.jspecify.annotations.NullMarked;
