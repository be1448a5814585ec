package org.planindicators.validation.quiet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;

/**
 * A consuming application in a child JVM: reads an indicator table and validates the plan, then reads one whose
 * indicator name is over its limit (which builds the Jakarta validator to report it), printing nothing itself. With the argument {@code info} it first sets Hibernate Validator's version
 * logger to INFO, as an application that wants the line would.
 */
public final class QuietMain {
    /** Held so that a level set on it sticks (java.util.logging keeps loggers weakly). */
    private static final Logger VERSION_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private QuietMain() {
    }

    /**
     * Runs the application.
     *
     * @param args {@code info} to ask for Hibernate Validator's version line
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("info")) {
            VERSION_LOGGER.setLevel(Level.INFO);
        }
        String csv = "指标,单位,属性,2020年,2025年\n地区生产总值增长,%,预期性,3.0,[6.5]\n";
        ImportResult<Plan> read = IndicatorTables.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "quiet.csv", ImportOptions.defaults());
        Plan plan = read.model().orElseThrow();
        if (read.report().hasErrors() || PlanJson.validate(plan, "quiet", ImportOptions.defaults()).hasErrors()) {
            System.exit(3);
        }
        // A sound plan no longer starts Hibernate Validator (DeclaredLimits decides it need not run); a name longer
        // than its 200 characters does, and is reported.
        String tooLong = "指标,单位,属性,2020年,2025年\n" + "长".repeat(201) + ",%,预期性,3.0,[6.5]\n";
        ImportResult<Plan> second = IndicatorTables.read(
                new ByteArrayInputStream(tooLong.getBytes(StandardCharsets.UTF_8)), "long.csv",
                ImportOptions.defaults());
        if (!second.report().hasErrors() && second.model().map(p -> !PlanJson.validate(p, "long",
                ImportOptions.defaults()).hasErrors()).orElse(true)) {
            System.exit(4);
        }
    }
}
