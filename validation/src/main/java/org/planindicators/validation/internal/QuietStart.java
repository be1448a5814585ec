package org.planindicators.validation.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the library quiet: Hibernate Validator announces its version ({@code HV000001: Hibernate Validator …}) at
 * INFO when its first validator is built, which would put a line on every consuming application's standard error.
 *
 * <p>When Hibernate Validator logs through {@code java.util.logging} (its default when no other logging framework is
 * on the class path) and nobody has set a level for that one logger, the level is raised to WARNING; a level the
 * application set is left alone. Applications that route Hibernate Validator's logging to SLF4J, Logback or Log4j
 * set {@code org.hibernate.validator.internal.util.Version} to WARN in their own configuration (the README gives the
 * line).
 */
final class QuietStart {
    /** The logger of the version line; held so that its level sticks (java.util.logging keeps loggers weakly). */
    private static final Logger VERSION_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private QuietStart() {
    }

    /** Raises the version logger to WARNING unless the application has given it a level. */
    static synchronized void hibernateValidatorVersionLine() {
        if (VERSION_LOGGER.getLevel() == null) {
            VERSION_LOGGER.setLevel(Level.WARNING);
        }
    }
}
