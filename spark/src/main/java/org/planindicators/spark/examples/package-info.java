/**
 * Programs that run the Spark module on generated national data: {@link
 * org.planindicators.spark.examples.NationalDataset} (generate, validate and evaluate, Parquet in and out) and {@link
 * org.planindicators.spark.examples.ValidateCsv} (the Spark side of the comparison with the command line).
 */
package org.planindicators.spark.examples;
