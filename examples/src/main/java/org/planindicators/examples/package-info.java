/**
 * Three small programs that show the library at work, each run with one command (see README.md, "Examples"):
 * {@link org.planindicators.examples.BuildPlanExample} builds a plan in code and validates it, {@link
 * org.planindicators.examples.ImportTableExample} imports an indicator table and converts it to a plan document,
 * {@link org.planindicators.examples.EvaluatePlanExample} computes growth rates and evaluates a plan against
 * observations.
 *
 * <p>Each has a {@code main} method that prints to standard output in UTF-8, and a {@code run} method that takes the
 * arguments and a {@link java.io.PrintStream}, which the tests call to check the output.
 */
@NullMarked
package org.planindicators.examples;

import org.jspecify.annotations.NullMarked;
