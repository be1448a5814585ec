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
 * A consuming application in a child JVM: reads an indicator table and validates the plan (which builds the Jakarta
 * validator), printing nothing itself. With the argument {@code info} it first sets Hibernate Validator's version
 * logger to INFO, as an application that wants the line would.
 */
public final class QuietMain {
    private QuietMain() {
    }

    /**
     * Runs the application.
     *
     * @param args {@code info} to ask for Hibernate Validator's version line
     */
    public static void main(String[] args) {
        Logger versionLogger = Logger.getLogger("org.hibernate.validator.internal.util.Version");
        if (args.length > 0 && args[0].equals("info")) {
            versionLogger.setLevel(Level.INFO);
        }
        String csv = "指标,单位,属性,2020年,2025年\n地区生产总值增长,%,预期性,3.0,[6.5]\n";
        ImportResult<Plan> read = IndicatorTables.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "quiet.csv", ImportOptions.defaults());
        // The logger is used after the work, so that the level set above is not lost to garbage collection.
        if (versionLogger.getName().isEmpty()) {
            System.exit(4);
        }
        Plan plan = read.model().orElseThrow();
        if (read.report().hasErrors() || PlanJson.validate(plan, "quiet", ImportOptions.defaults()).hasErrors()) {
            System.exit(3);
        }
    }
}
