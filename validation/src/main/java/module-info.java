/**
 * Import and validation of plan documents, indicator tables and observation streams.
 *
 * <p>Exports {@code org.planindicators.validation}; the readers and rules live in the unexported
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

    exports org.planindicators.validation;
}
