/**
 * Units as Chinese plans write them, and quantities: a {@link java.math.BigDecimal} with its scale as written
 * plus a {@link org.planindicators.unit.Unit}.
 *
 * <p>A unit is a magnitude (十 … 万亿) times a base (元, 标箱, 平方公里, 个 …), or a quotient of two such
 * (吨标煤/万元, 件/万人). {@link org.planindicators.unit.UnitRegistry} reads unit text as written and converts
 * between compatible units with exact rational factors.
 */
@NullMarked
package org.planindicators.unit;

import org.jspecify.annotations.NullMarked;
