/**
 * Import and validation of plan files, indicator tables and observation streams.
 */
module org.planindicators.validation {
    requires transitive org.planindicators.core;
    requires static org.jspecify;

    exports org.planindicators.validation;
}
