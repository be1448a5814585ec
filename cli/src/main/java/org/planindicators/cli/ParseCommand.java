package org.planindicators.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan-indicators parse [--lang zh|en] [TEXT...]}: reads targets from each argument, or from each line of
 * standard input when there is none, and prints one JSON object per input, one per line (JSON Lines, UTF-8). The
 * object's form is described in {@link TargetJson} and in {@code examples/CLI.md}.
 *
 * <p>Exit code 0 when every input was read, 1 when any input had an error or reading or writing failed, 2 on a
 * usage error.
 */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the targets in each TEXT, or in each line of standard input when no TEXT is given, and prints "
                    + "one JSON object per input, one per line.",
            "Exit code: 0 when every input was read, 1 when an input had an error, 2 on a usage error."},
        usageHelpAutoWidth = true)
final class ParseCommand implements Callable<Integer> {
    // The fields are injected by picocli.
    @ParentCommand
    private PlanIndicatorsCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Parameters(paramLabel = "TEXT", arity = "0..*",
            description = "Texts to read, such as \"6.0%%—7.0%%\" or \"年均增长不低于10%%\". Use -- before a text "
                    + "that starts with '-'.")
    private List<String> texts = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        boolean allRead = true;
        if (!texts.isEmpty()) {
            for (String text : texts) {
                allRead &= print(out, text, locale);
                if (out.checkError()) {
                    return writeFailure();
                }
            }
            return allRead ? PlanIndicatorsCommand.EXIT_OK : PlanIndicatorsCommand.EXIT_INPUT_ERROR;
        }
        // Lines are cut into one input each at line feeds only, decoded one at a time (a bad byte is blamed on its
        // own line, after every line before it is printed), and kept up to one character past the parser's limit
        // (a longer line is a TP002 error, read past in bounded memory).
        InputLines lines = new InputLines(parent.stdin(), TargetParser.MAX_INPUT_LENGTH + 1);
        try {
            InputLines.Line line;
            while ((line = lines.next()) != null) {
                allRead &= print(out, line.text(), locale);
                if (out.checkError()) {
                    return writeFailure();
                }
            }
        } catch (InputLines.NotUtf8 e) {
            return failure("standard input is not valid UTF-8 (line " + e.line() + ", column " + e.column() + ")");
        } catch (IOException e) {
            // In the system's words, without the exception's class.
            return failure("cannot read standard input: " + (e.getMessage() == null ? "read error"
                    : e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ")));
        } catch (RuntimeException e) {
            return failure("cannot read standard input: " + PlanIndicatorsCommand.oneLine(e));
        }
        return allRead ? PlanIndicatorsCommand.EXIT_OK : PlanIndicatorsCommand.EXIT_INPUT_ERROR;
    }

    /** Reads one input and prints its line; whether it was read without error. */
    private static boolean print(PrintWriter out, String input, Locale locale) {
        ObjectNode node;
        boolean read;
        try {
            TargetParseResult result = TargetParser.standard().parse(input);
            node = TargetJson.result(input, result, locale);
            read = result.error() == null;
        } catch (RuntimeException | StackOverflowError e) {
            node = TargetJson.internalError(input, e, locale);
            read = false;
        }
        out.print(TargetJson.write(node));
        out.print('\n');
        out.flush();
        return read;
    }

    private int writeFailure() {
        return failure("cannot write to standard output");
    }

    private int failure(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.print(spec.root().name() + " " + spec.name() + ": " + message + "\n");
        err.flush();
        return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
    }
}
