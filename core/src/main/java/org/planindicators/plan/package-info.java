/**
 * The plan model: a {@link org.planindicators.plan.Plan} of a {@link org.planindicators.plan.Jurisdiction}, its tree
 * of {@link org.planindicators.plan.PlanPart parts} (篇/章/节) holding {@link org.planindicators.plan.Goal goals},
 * each measured by {@link org.planindicators.plan.Indicator indicators} with a {@link
 * org.planindicators.plan.Baseline baseline} and {@link org.planindicators.plan.Target targets}, and the {@link
 * org.planindicators.plan.Observation observations} (实际值) that monitoring compares with them (see {@code
 * docs/concepts.md} in the project).
 *
 * <p>Every type is immutable and checks its invariants when it is made: a bad value fails at once with an {@link
 * IllegalArgumentException} whose message names the field and the value. Collections are copied on the way in.
 *
 * <p>Figures change after they are published (a census, a plan's mid-term update): a {@link
 * org.planindicators.plan.Baseline} or {@link org.planindicators.plan.Target} that was revised keeps the version
 * it replaced in a {@link org.planindicators.plan.Revision}, so progress can be shown against either.
 */
@NullMarked
package org.planindicators.plan;

import org.jspecify.annotations.NullMarked;
