/**
 * The plan-indicators core: units and quantities, target expressions and their parser, and the plan model.
 *
 * <p>Only the API packages are exported; {@code org.planindicators.internal} holds the implementation.
 */
module org.planindicators.core {
    requires static transitive org.jspecify;

    exports org.planindicators.unit;
    exports org.planindicators.target;
    exports org.planindicators.plan;

}
