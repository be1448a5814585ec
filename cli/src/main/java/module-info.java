/**
 * The {@code plan-indicators} command-line tool.
 *
 * <p>Exports nothing: the tool is run, not linked against. Its command classes live in {@code org.planindicators.cli},
 * opened to picocli so that it can instantiate the commands and inject their options reflectively.
 */
module org.planindicators.cli {
    requires org.planindicators.validation; // and with it org.planindicators.core
    requires info.picocli;
    requires java.logging;
    requires tools.jackson.databind;
    requires static org.jspecify;

    opens org.planindicators.cli to info.picocli;
}
