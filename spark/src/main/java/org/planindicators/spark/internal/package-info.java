/** The per-partition checks and per-group evaluations behind {@link org.planindicators.spark.SparkObservations}. */
package org.planindicators.spark.internal;
