/** A module-path application of plan-indicators-validation: it declares nothing else. */
module org.example.consumer {
    requires org.planindicators.validation;
}
