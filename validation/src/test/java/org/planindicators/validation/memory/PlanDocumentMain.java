package org.planindicators.validation.memory;

import java.nio.file.Path;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/** Reads a plan document in a child JVM of {@link PlanDocumentMemoryTest}; prints what it read. */
public final class PlanDocumentMain {
    private PlanDocumentMain() {
    }

    /**
     * Reads the plan document {@code args[0]}.
     *
     * @param args the file
     */
    public static void main(String[] args) {
        ImportResult<?> r = PlanJson.read(Path.of(args[0]), ImportOptions.defaults());
        System.out.println("errors=" + r.report().errors());
        System.out.println("indicators=" + r.report().indicators());
        r.report().problems().stream().limit(3).forEach(p -> System.out.println("problem=" + p));
    }
}
