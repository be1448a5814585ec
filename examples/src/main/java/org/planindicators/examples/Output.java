package org.planindicators.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;

/** What the examples share: a UTF-8 standard output, and a report printed one problem a line. */
final class Output {
    private Output() {
    }

    /** Loggers held so that their level sticks (java.util.logging keeps loggers weakly). */
    private static final List<Logger> QUIET_LOGGERS = List.of(Logger.getLogger("org.hibernate.validator"));

    /**
     * Standard output in UTF-8, whatever the platform encoding, so that Chinese prints as Chinese. Hibernate
     * Validator's INFO line on standard error is silenced, as the command line does.
     */
    static PrintStream stdout() {
        QUIET_LOGGERS.forEach(l -> l.setLevel(Level.WARNING));
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /**
     * Prints {@code report}: a summary line, then each problem with its code, severity, place and message in
     * {@code locale}.
     */
    static void printReport(PrintStream out, ValidationReport report, Locale locale) {
        out.println(report.file() + ": " + report.kind().code() + ", " + report.indicators() + " indicators, "
                + report.errors() + " errors, " + report.warnings() + " warnings");
        for (Problem p : report.problems()) {
            out.println("  [" + p.code().code() + " " + p.severity().code() + "] " + p.location() + "  "
                    + p.message(locale));
        }
    }
}
