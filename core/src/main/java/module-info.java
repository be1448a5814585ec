/**
 * The plan-indicators core: units and quantities, target expressions and their parser, the plan model, the
 * calculators, and the evaluation of a plan against its targets.
 *
 * <p>Only the API packages are exported; {@code org.planindicators.internal} holds the implementation.
 */
module org.planindicators.core {
    requires static transitive org.jspecify;
    // Constraint annotations on the model (part of its signatures, hence transitive); only needed at run time by code
    // that validates (plan-indicators-validation).
    requires static transitive jakarta.validation;

    exports org.planindicators.unit;
    exports org.planindicators.target;
    exports org.planindicators.plan;
    exports org.planindicators.calc;
    exports org.planindicators.evaluation;
    // Validators (Hibernate Validator) and data binders read the model's record fields reflectively.
    opens org.planindicators.plan;

}
