/**
 * Examples of plan-indicators: small programs, each with a {@code main} method, that build, import and evaluate
 * plans.
 *
 * <p>Exports {@code org.planindicators.examples}.
 */
module org.planindicators.examples {
    // The examples' public methods take and return plans and reports: readers of the module get both.
    requires transitive org.planindicators.validation; // and with it org.planindicators.core
    requires java.logging;
    requires static org.jspecify;

    exports org.planindicators.examples;
}
