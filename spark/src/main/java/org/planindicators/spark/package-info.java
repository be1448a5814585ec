/**
 * Validation and evaluation of observation data sets on Apache Spark by the library's own rules: {@link
 * org.planindicators.spark.SparkObservations}.
 */
package org.planindicators.spark;
