/**
 * Monitoring a plan against its targets: for a {@link org.planindicators.plan.Plan}, its
 * {@link org.planindicators.plan.Observation observations} and an evaluation year, every indicator gets an {@link
 * org.planindicators.evaluation.EvaluationStatus} (achieved, achieved early, ahead, on track, lagging, missed, not
 * assessable), the class an official mid-term review would give it ({@link
 * org.planindicators.evaluation.ReviewClass}: 提前实现, 快于预期, 基本符合预期, 相对滞后, 完成, 未完成) and the figures behind it — time progress (时序进度), the expected value on the path from baseline to
 * target, the actual, the progress ratio, the growth still needed — each with an {@link
 * org.planindicators.evaluation.Explanation} of its inputs, formula, years and the weakest status of the
 * observations it rests on.
 *
 * <p>{@link org.planindicators.evaluation.Evaluator} does the work; {@link
 * org.planindicators.evaluation.EvaluationOptions} chooses the method (time progress, or the Open SDG progress
 * rating), the tolerance between ahead, on track and lagging, the review tolerance between 基本符合预期 and 相对滞后,
 * the shape of the expected path and the precision.
 * {@link org.planindicators.evaluation.PlanEvaluation} counts the statuses and lists binding (约束性) indicators that
 * lag first.
 */
@NullMarked
package org.planindicators.evaluation;

import org.jspecify.annotations.NullMarked;
