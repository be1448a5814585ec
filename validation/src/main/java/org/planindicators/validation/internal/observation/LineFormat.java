package org.planindicators.validation.internal.observation;

/** A format read line by line: CSV long format or JSON Lines. */
interface LineFormat {
    /**
     * Reads one line, blank or not, reporting its problems and handing a row to the checker.
     *
     * @return false when reading must stop (a CSV header that cannot be used)
     */
    boolean accept(LineSource.Line line);

    /** Reports what only the whole file shows, after its last line. */
    default void finish() {
    }
}
