/**
 * The plan-indicators core: units and quantities, target expressions and their parser, the plan model, the
 * calculators, and the evaluation of a plan against its targets.
 *
 * <p>Only the API packages are exported; {@code org.planindicators.internal} holds the implementation.
 */
module org.planindicators.core {
    // Nullness annotations in the API's signatures: read by consumers at compile time (the Maven dependency is a
    // regular one, so it is there); not needed at run time. The model's size and year limits are not annotations on
    // the records: plan-indicators-validation declares them (Jakarta Validation, mapped in code), so that core has no
    // dependency a consumer must supply.
    requires static transitive org.jspecify;

    exports org.planindicators.unit;
    exports org.planindicators.target;
    exports org.planindicators.plan;
    exports org.planindicators.calc;
    exports org.planindicators.evaluation;
    // Validators (Hibernate Validator) and data binders read the model's record fields reflectively.
    opens org.planindicators.plan;

}
