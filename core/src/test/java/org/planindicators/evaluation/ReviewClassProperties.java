package org.planindicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Laws of the review classes: more progress never gives a worse class, and the status and class agree. */
class ReviewClassProperties {
    /** The classes before the target year, worst first. */
    private static final List<ReviewClass> ORDER = List.of(ReviewClass.LAGGING, ReviewClass.BROADLY_ON_TRACK,
            ReviewClass.AHEAD);

    /** The status the time-progress rules give a progress ratio (tolerance 5%). */
    private static EvaluationStatus status(BigDecimal ratio, EvaluationOptions options) {
        if (ratio.compareTo(BigDecimal.ONE.add(options.tolerance())) > 0) {
            return EvaluationStatus.AHEAD;
        }
        return ratio.compareTo(BigDecimal.ONE.subtract(options.tolerance())) >= 0 ? EvaluationStatus.ON_TRACK
                : EvaluationStatus.LAGGING;
    }

    @Property(tries = 500)
    void moreProgressNeverGivesAWorseClass(@ForAll @BigRange(min = "-1", max = "3") @Scale(4) BigDecimal r1,
            @ForAll @BigRange(min = "-1", max = "3") @Scale(4) BigDecimal r2,
            @ForAll @BigRange(min = "0", max = "0.5") @Scale(2) BigDecimal reviewTolerance) {
        EvaluationOptions options = EvaluationOptions.defaults().withReviewTolerance(reviewTolerance);
        BigDecimal low = r1.min(r2);
        BigDecimal high = r1.max(r2);
        ReviewClass a = ReviewClass.classify(status(low, options), low, options);
        ReviewClass b = ReviewClass.classify(status(high, options), high, options);
        assertThat(ORDER.indexOf(a)).isLessThanOrEqualTo(ORDER.indexOf(b));
    }

    @Property(tries = 500)
    void withTheDefaultsALaggingClassIsALaggingStatusAndAheadIsAhead(
            @ForAll @BigRange(min = "-1", max = "3") @Scale(4) BigDecimal ratio) {
        EvaluationOptions options = EvaluationOptions.defaults();
        EvaluationStatus s = status(ratio, options);
        ReviewClass c = ReviewClass.classify(s, ratio, options);
        if (c == ReviewClass.LAGGING) {
            assertThat(s).isEqualTo(EvaluationStatus.LAGGING);
        }
        assertThat(c == ReviewClass.AHEAD).isEqualTo(s == EvaluationStatus.AHEAD);
    }
}
