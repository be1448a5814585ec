package org.planindicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.planindicators.plan.Indicator;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * The choices an evaluation makes; {@link #defaults()} gives the usual ones.
 *
 * <p><b>Tolerance.</b> With the time-progress method, the progress ratio {@code (actual − baseline) / (expected −
 * baseline)} is on track within {@code tolerance} of 100%, ahead above {@code 1 + tolerance}, lagging below {@code 1 −
 * tolerance}. The default, {@link #DEFAULT_TOLERANCE} = 5% of the progress needed by now, matches the 5% that
 * {@link org.planindicators.target.Approximately} allows a target written 左右 and the 95% from which Open SDG rates
 * an indicator on track, and leaves room for the rounding of published figures (one decimal of a growth rate is often
 * a few per cent of a year's progress) without calling an indicator that is visibly behind "on track".
 *
 * @param method time progress (the default) or the Open SDG rating
 * @param tolerance the share of the needed progress that separates ahead, on track and lagging; from 0 to 1
 * @param pathShape the shape of the expected path; {@link PathShape#AUTO} by default
 * @param inStepTolerance how far below its reference a target 与…基本同步 ("roughly in step") may be and still be
 *     met, in 个百分点; default 0.5个百分点 (a strict 同步 allows none)
 * @param mathContext precision and rounding of every figure, with a positive precision; default {@link
 *     MathContext#DECIMAL64}
 * @param version whether baselines and targets are taken as first published or as revised; default current
 * @param reviewTolerance the share of the expected progress an indicator may fall short of and still be 基本符合预期 in
 *     the {@link ReviewClass review classes}; from 0 to 1, default {@link #DEFAULT_REVIEW_TOLERANCE} 10%
 */
public record EvaluationOptions(EvaluationMethod method, BigDecimal tolerance, PathShape pathShape,
        Quantity inStepTolerance, MathContext mathContext, Indicator.Version version, BigDecimal reviewTolerance) {
    /** The default tolerance: 5% of the progress needed by now. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    /**
     * The default review tolerance: an indicator short of the progress expected by now by no more than 10% of it is
     * 基本符合预期 ("broadly on track") in the {@link ReviewClass review classes}, by more 相对滞后. Wider than the status
     * tolerance because 基本 ("broadly") allows a visible shortfall: published figures carry one decimal, so one year's
     * progress of a growth rate is often only a few tenths of a point, and a shortfall of a tenth of the expected
     * progress is within what a review calls broadly on track.
     */
    public static final BigDecimal DEFAULT_REVIEW_TOLERANCE = new BigDecimal("0.10");

    /** The default tolerance of a target "roughly in step" (基本同步): 0.5个百分点. */
    public static final Quantity DEFAULT_IN_STEP_TOLERANCE = Quantity.of(new BigDecimal("0.5"),
            Unit.PERCENTAGE_POINT);

    /**
     * Checks the fields: a tolerance from 0 to 1, an in-step tolerance in points not negative, a precision.
     *
     * @param method time progress (the default) or the Open SDG rating
     * @param tolerance the share of the needed progress that separates ahead, on track and lagging; from 0 to 1
     * @param pathShape the shape of the expected path; {@link PathShape#AUTO} by default
     * @param inStepTolerance how far below its reference a target 与…基本同步 ("roughly in step") may be and still be met,
     *     in 个百分点; default 0.5个百分点 (a strict 同步 allows none)
     * @param mathContext precision and rounding of every figure, with a positive precision; default {@link
     *     MathContext#DECIMAL64}
     * @param version whether baselines and targets are taken as first published or as revised; default current
     * @param reviewTolerance the share of the expected progress an indicator may fall short of and still be 基本符合预期
     *     in the {@link ReviewClass review classes}; from 0 to 1, default 10%
     */
    public EvaluationOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(pathShape, "pathShape");
        Objects.requireNonNull(inStepTolerance, "inStepTolerance");
        Objects.requireNonNull(mathContext, "mathContext");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reviewTolerance, "reviewTolerance");
        if (reviewTolerance.signum() < 0 || reviewTolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("reviewTolerance must be from 0 to 1: "
                    + reviewTolerance.toPlainString());
        }
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("tolerance must be from 0 to 1: " + tolerance.toPlainString());
        }
        if (!inStepTolerance.unit().equals(Unit.PERCENTAGE_POINT)) {
            throw new IllegalArgumentException("inStepTolerance must be in 个百分点: " + inStepTolerance);
        }
        if (inStepTolerance.value().signum() < 0) {
            throw new IllegalArgumentException("inStepTolerance must not be negative: " + inStepTolerance);
        }
        if (mathContext.getPrecision() == 0) {
            throw new IllegalArgumentException("mathContext must have a precision: " + mathContext);
        }
    }

    /**
     * The usual choices: time progress, tolerance 5%, automatic path shape, 基本同步 within 0.5个百分点, 16 digits
     * ({@link MathContext#DECIMAL64}), current baselines and targets, review tolerance 10%.
     *
     * @return the usual choices: time progress, tolerance 5%, automatic path shape, 基本同步 within 0.5个百分点, 16 digits
     *     ({@link MathContext#DECIMAL64}), current baselines and targets
     */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(EvaluationMethod.TIME_PROGRESS, DEFAULT_TOLERANCE, PathShape.AUTO,
                DEFAULT_IN_STEP_TOLERANCE, MathContext.DECIMAL64, Indicator.Version.CURRENT, DEFAULT_REVIEW_TOLERANCE);
    }

    /**
     * These options with {@code method}.
     *
     * @param method time progress (the default) or the Open SDG rating
     * @return these options with {@code method}
     */
    public EvaluationOptions withMethod(EvaluationMethod method) {
        return new EvaluationOptions(method, tolerance, pathShape, inStepTolerance, mathContext, version,
                reviewTolerance);
    }

    /**
     * These options with {@code tolerance} (0.05 for 5%).
     *
     * @param tolerance the share of the needed progress that separates ahead, on track and lagging; from 0 to 1
     * @return these options with {@code tolerance} (0.05 for 5%)
     */
    public EvaluationOptions withTolerance(BigDecimal tolerance) {
        return new EvaluationOptions(method, tolerance, pathShape, inStepTolerance, mathContext, version,
                reviewTolerance);
    }

    /**
     * These options with {@code pathShape}.
     *
     * @param pathShape the shape of the expected path; {@link PathShape#AUTO} by default
     * @return these options with {@code pathShape}
     */
    public EvaluationOptions withPathShape(PathShape pathShape) {
        return new EvaluationOptions(method, tolerance, pathShape, inStepTolerance, mathContext, version,
                reviewTolerance);
    }

    /**
     * These options with {@code inStepTolerance}, in 个百分点.
     *
     * @param inStepTolerance how far below its reference a target 与…基本同步 ("roughly in step") may be and still be met,
     *     in 个百分点; default 0.5个百分点 (a strict 同步 allows none)
     * @return these options with {@code inStepTolerance}, in 个百分点
     */
    public EvaluationOptions withInStepTolerance(Quantity inStepTolerance) {
        return new EvaluationOptions(method, tolerance, pathShape, inStepTolerance, mathContext, version,
                reviewTolerance);
    }

    /**
     * These options with {@code mathContext}.
     *
     * @param mathContext precision and rounding of every figure, with a positive precision; default {@link
     *     MathContext#DECIMAL64}
     * @return these options with {@code mathContext}
     */
    public EvaluationOptions withMathContext(MathContext mathContext) {
        return new EvaluationOptions(method, tolerance, pathShape, inStepTolerance, mathContext, version,
                reviewTolerance);
    }

    /**
     * These options with {@code version}.
     *
     * @param version whether baselines and targets are taken as first published or as revised; default current
     * @return these options with {@code version}
     */
    public EvaluationOptions withVersion(Indicator.Version version) {
        return new EvaluationOptions(method, tolerance, pathShape, inStepTolerance, mathContext, version,
                reviewTolerance);
    }

    /**
     * These options with {@code reviewTolerance} (0.10 for 10%).
     *
     * @param reviewTolerance the share of the expected progress an indicator may fall short of and still be 基本符合预期;
     *     from 0 to 1
     * @return these options with {@code reviewTolerance}
     */
    public EvaluationOptions withReviewTolerance(BigDecimal reviewTolerance) {
        return new EvaluationOptions(method, tolerance, pathShape, inStepTolerance, mathContext, version,
                reviewTolerance);
    }
}
