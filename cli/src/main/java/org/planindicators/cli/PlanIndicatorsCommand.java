package org.planindicators.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command {@code plan-indicators}. It does nothing by itself: each task is a sub-command in its own
 * class ({@link ParseCommand}, …), listed in {@code subcommands} below.
 *
 * <p>Sub-commands reach what they share through {@code @ParentCommand}: standard input, injected through the
 * constructor so that tests can run commands in-process. Standard output and error are picocli's
 * {@link CommandLine#getOut()} and {@link CommandLine#getErr()}; {@link #commandLine(InputStream, OutputStream,
 * OutputStream)} sets them to UTF-8 writers whatever the platform encoding.
 *
 * <p>Exit codes: 0 success, 1 when an input could not be read or on an I/O failure, 2 on a usage error.
 */
@Command(name = PlanIndicatorsCommand.NAME,
        mixinStandardHelpOptions = true,
        version = PlanIndicatorsCommand.VERSION,
        description = {"Reads, checks and evaluates the indicators of development plans.",
            "Sub-commands: parse (targets in text), validate (plan, table and observation files), convert (plan "
                    + "document <-> indicator table), evaluate (a plan's indicators against their targets in a "
                    + "year), calc (one-off figures: growth rates, levels, shares, apportionment), extract (a draft "
                    + "indicator table from a plan's text)."},
        subcommands = {ParseCommand.class, ValidateCommand.class, ConvertCommand.class, EvaluateCommand.class,
            ReportCommand.class, CalcCommand.class, ExtractCommand.class, CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true)
public final class PlanIndicatorsCommand implements Runnable {
    /** The command's name. */
    static final String NAME = "plan-indicators";

    /** The version printed by {@code --version}. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    /** The exit code of a run in which every input was read. */
    public static final int EXIT_OK = CommandLine.ExitCode.OK;
    /** The exit code when an input had an error, or reading or writing failed. */
    public static final int EXIT_INPUT_ERROR = CommandLine.ExitCode.SOFTWARE;
    /** The exit code of a usage error: an unknown option or sub-command, a bad option value. */
    public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    /** A command that reads the process's standard input. */
    public PlanIndicatorsCommand() {
        this(System.in);
    }

    /**
     * A command that reads {@code stdin} where it would read standard input.
     *
     * @param stdin what the commands read as standard input
     */
    public PlanIndicatorsCommand(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** What the sub-commands read as standard input. */
    InputStream stdin() {
        return stdin;
    }

    /** Without a sub-command: a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required sub-command");
    }

    /**
     * The command line as {@link #main(String[])} runs it: reading {@code stdin}, writing UTF-8 to {@code stdout}
     * and {@code stderr} (auto-flushed), and turning an unexpected exception into one line on {@code stderr} and
     * exit code 1 instead of a stack trace.
     *
     * @param stdin what the commands read as standard input
     * @param stdout where standard output goes
     * @param stderr where standard error goes
     * @return the command line as {@link #main(String[])} runs it: reading {@code stdin}, writing UTF-8 to {@code
     *     stdout} and {@code stderr} (auto-flushed), and turning an unexpected exception into one line on {@code
     *     stderr} and exit code 1 instead of a stack trace
     */
    public static CommandLine commandLine(InputStream stdin, OutputStream stdout, OutputStream stderr) {
        return configure(new CommandLine(new PlanIndicatorsCommand(stdin)), stdout, stderr);
    }

    /**
     * The sub-commands by name, each made by its constructor: what {@link #commandLine(InputStream, OutputStream,
     * OutputStream, String...)} builds alone when the arguments start with one of them ({@code LeanCommandLineTest}
     * keeps this in step with the {@code subcommands} of the annotation).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = Map.of(
            "parse", ParseCommand::new,
            "validate", ValidateCommand::model,
            "convert", ConvertCommand::new,
            "evaluate", EvaluateCommand::new,
            "report", ReportCommand::new,
            "extract", ExtractCommand::new,
            "calc", CalcCommand::new);

    /**
     * The command line for {@code args}, as {@link #run(InputStream, OutputStream, OutputStream, String...)} runs
     * it. When the first argument names a sub-command, only that sub-command's model is built, under a top-level
     * command of the same name, version and standard input: picocli builds a command's model by reflection over
     * its annotations, and building all seven (calc alone has nine calculations) is a good part of a small run's
     * start-up. {@code validate}'s model is not found by reflection at all but built by picocli's programmatic API
     * ({@link ValidateCommand#model()}). The sub-command parses, helps and fails exactly as under the whole tree
     * ({@code LeanCommandLineTest}, {@code ProgrammaticModelTest}).
     * Any other first argument ({@code help}, {@code --help}, {@code -V}, none, an unknown name) gets the whole tree.
     *
     * @param stdin what the commands read as standard input
     * @param stdout where standard output goes
     * @param stderr where standard error goes
     * @param args the command-line arguments
     * @return the command line to execute {@code args} with
     */
    public static CommandLine commandLine(InputStream stdin, OutputStream stdout, OutputStream stderr,
            String... args) {
        Supplier<Object> sub = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (sub == null) {
            return commandLine(stdin, stdout, stderr);
        }
        CommandSpec top = CommandSpec.wrapWithoutInspection(new PlanIndicatorsCommand(stdin));
        top.name(NAME);
        top.version(VERSION);
        CommandLine cl = new CommandLine(top);
        cl.addSubcommand(args[0], sub.get());
        return configure(cl, stdout, stderr);
    }

    private static CommandLine configure(CommandLine cl, OutputStream stdout, OutputStream stderr) {
        cl.setOut(utf8Writer(stdout));
        cl.setErr(utf8Writer(stderr));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        if (cl.getSubcommands().containsKey("calc")) {
            CalcCommand.configure(cl.getSubcommands().get("calc"));
        }
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.print(commandLine.getCommandName() + ": " + oneLine(ex) + "\n");
            err.flush();
            return EXIT_INPUT_ERROR;
        });
        return cl;
    }

    /**
     * Runs the command line on {@code args} with the given streams and returns the exit code, every output
     * flushed.
     *
     * @param stdin what the commands read as standard input
     * @param stdout where standard output goes
     * @param stderr where standard error goes
     * @param args the command-line arguments
     * @return the exit code
     */
    public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, String... args) {
        CommandLine cl = commandLine(stdin, stdout, stderr, args);
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /**
     * Runs {@code plan-indicators} and exits with its exit code. Standard output is written to its file descriptor
     * directly, not through {@link System#out}, which would hide write failures such as a closed pipe.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator's version line (INFO, through java.util.logging) is silenced by the validation module
        // when, and only if, a validator is first built; setting up java.util.logging here would cost every run the
        // start of its LogManager (a service lookup and a properties file), about 35 ms of a small validate.
        if (System.getProperty(CONVERTERS_EXCLUDES) == null) {
            System.setProperty(CONVERTERS_EXCLUDES, UNUSED_CONVERTERS);
        }
        System.exit(run(System.in, new FileOutputStream(FileDescriptor.out), System.err, args));
    }

    /** The system property by which picocli leaves out some of its built-in type converters. */
    static final String CONVERTERS_EXCLUDES = "picocli.converters.excludes";

    /**
     * The built-in converters {@link #main(String[])} tells picocli to leave out: those of {@code java.sql} and
     * {@code java.time}, which no option of the tool has ({@code ConverterExclusionTest}). picocli registers them for
     * every command line it builds, each by {@code Class.forName} and a reflective method lookup, which loads and
     * initialises those classes (and {@code java.time}'s formatters) in every run: about 10 ms of the main thread's
     * CPU time in a small {@code validate} (BENCHMARKS.md, "Start-up").
     */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    /** An exception as one line: its class and message, line breaks removed. */
    static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        String text = message == null || message.isBlank()
                ? ex.getClass().getSimpleName()
                : ex.getClass().getSimpleName() + ": " + message;
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static PrintWriter utf8Writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }
}
