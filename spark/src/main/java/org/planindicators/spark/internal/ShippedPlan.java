package org.planindicators.spark.internal;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * A plan on its way to the executors: as its JSON document ({@link PlanJson}), read back once per executor JVM.
 * The model's records are not {@link Serializable}; the document is the plan's exchange format and reads back to the
 * same plan.
 */
public final class ShippedPlan implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Plan> READ = new ConcurrentHashMap<>();

    private final @Nullable String json;

    private ShippedPlan(@Nullable String json) {
        this.json = json;
    }

    /** The plan, or none, to ship. */
    public static ShippedPlan of(@Nullable Plan plan) {
        return new ShippedPlan(plan == null ? null : PlanJson.toJson(plan));
    }

    /** The plan, read once per JVM; {@code null} when none was shipped. */
    public @Nullable Plan plan() {
        if (json == null) {
            return null;
        }
        return READ.computeIfAbsent(json, j -> {
            ImportResult<Plan> r = PlanJson.fromJson(j, "plan.json", ImportOptions.defaults());
            if (r.value() == null) {
                throw new IllegalStateException("the plan did not read back from its JSON document: "
                        + r.report().problems());
            }
            return r.value();
        });
    }
}
