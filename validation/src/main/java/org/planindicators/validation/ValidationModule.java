package org.planindicators.validation;

/**
 * Names of this module, for diagnostics and for tools that list what is on the class path.
 */
public final class ValidationModule {
    /** The JPMS module name of plan-indicators-validation. */
    public static final String MODULE_NAME = "org.planindicators.validation";

    private ValidationModule() {
    }
}
