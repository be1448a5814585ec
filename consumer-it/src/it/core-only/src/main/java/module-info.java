/** A module-path application of plan-indicators-core alone. */
module org.example.core {
    requires org.planindicators.core;
}
