/**
 * Examples of plan-indicators and the {@code plan-indicators} command-line tool.
 *
 * <p>Exports {@code org.planindicators.examples}, the example programs (each with a {@code main} method). The command
 * classes live in {@code org.planindicators.examples.cli}, which is not exported but opened to picocli so that it can
 * instantiate the commands and inject their options reflectively.
 */
module org.planindicators.examples {
    // The examples' public methods take and return plans and reports: readers of the module get both.
    requires transitive org.planindicators.validation; // and with it org.planindicators.core
    requires info.picocli;
    requires java.logging;
    requires tools.jackson.databind;
    requires static org.jspecify;

    exports org.planindicators.examples;

    opens org.planindicators.examples.cli to info.picocli;
}
