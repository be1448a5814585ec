package org.planindicators.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link SparkObservations#validateObservations} found: the problems and the observations that passed every
 * check, both computed lazily from one pass (the per-partition check and the shuffle of the duplicate check), whose
 * rows are kept ({@code MEMORY_AND_DISK}) until {@link #unpersist()}.
 */
public final class ValidatedObservations {
    private final Dataset<Row> problems;
    private final Dataset<Row> observations;
    private final Dataset<Row> checked;

    ValidatedObservations(Dataset<Row> problems, Dataset<Row> observations, Dataset<Row> checked) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.observations = Objects.requireNonNull(observations, "observations");
        this.checked = Objects.requireNonNull(checked, "checked");
    }

    /**
     * The problems, in the order a file reader lists them (by file: the header's, the rows' by line, then the
     * file's), with the columns of {@link SparkSchemas#PROBLEMS}.
     *
     * @return the problems
     */
    public Dataset<Row> problems() {
        return problems;
    }

    /**
     * The errors among the problems.
     *
     * @return the problems of severity {@code error}
     */
    public Dataset<Row> errors() {
        return problems.filter(col("severity").equalTo("error"));
    }

    /**
     * The observations without errors, duplicates dropped (the first of each key kept), with the columns of {@link
     * SparkSchemas#OBSERVATIONS}: the typed view of the good rows ({@link SparkSchemas#toObservation(Row)}).
     *
     * @return the good observations
     */
    public Dataset<Row> observations() {
        return observations;
    }

    /** Releases the kept rows of the check. */
    public void unpersist() {
        checked.unpersist();
    }
}
