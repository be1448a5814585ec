/**
 * Import and validation of plan documents, indicator tables and observation streams.
 *
 * <p>Exports {@code org.planindicators.validation} and {@code org.planindicators.extract} (drafting a table from a
 * plan's text); the readers and rules live in the unexported
 * {@code org.planindicators.validation.internal}.
 */
module org.planindicators.validation {
    requires transitive org.planindicators.core;
    requires static transitive org.jspecify;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires org.dhatim.fastexcel.reader;
    // Only to quiet Hibernate Validator's version line when it logs through java.util.logging.
    requires java.logging;
    requires java.xml;

    exports org.planindicators.validation;
    exports org.planindicators.extract;
}
