package org.planindicators.spark;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The observations to evaluate have errors: nothing is evaluated, as the command line's {@code evaluate} evaluates
 * nothing then. The message lists the first errors, each as {@code file:line:column [code] message}; {@link
 * SparkObservations#validateObservations} lists them all.
 */
public final class ObservationErrorsException extends IllegalArgumentException {
    /** The version of the serialised form. */
    private static final long serialVersionUID = 1L;
    /** How many errors the message shows. */
    public static final int SHOWN = 20;

    /** The first errors, as text. */
    private final List<String> errors;

    ObservationErrorsException(List<Row> problems) {
        this(problems.stream().map(ObservationErrorsException::line).toArray(String[]::new));
    }

    private ObservationErrorsException(String[] errors) {
        super("the observations have errors; nothing was evaluated:\n  " + String.join("\n  ", errors));
        this.errors = List.of(errors);
    }

    /**
     * The first errors, as text.
     *
     * @return up to {@value #SHOWN} errors, {@code file:line:column [code] message}
     */
    public List<String> errors() {
        return errors;
    }

    private static String line(Row r) {
        StringBuilder sb = new StringBuilder(String.valueOf(r.<String>getAs("file")));
        Object line = r.getAs("line");
        Object column = r.getAs("column");
        if (line != null) {
            sb.append(':').append(line);
            if (column != null) {
                sb.append(':').append(column);
            }
        }
        return sb.append(" [").append(r.<String>getAs("code")).append("] ").append(r.<String>getAs("message"))
                .toString();
    }
}
