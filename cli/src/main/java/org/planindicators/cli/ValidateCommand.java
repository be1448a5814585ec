package org.planindicators.cli;

import static org.planindicators.cli.ProgrammaticModel.bound;
import static org.planindicators.cli.ProgrammaticModel.option;
import static org.planindicators.cli.ProgrammaticModel.positional;
import static org.planindicators.cli.ProgrammaticModel.standardHelpOptions;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.PlanFiles;
import org.planindicators.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan-indicators validate FILE...}: checks plan documents (JSON), indicator tables (CSV) and observation
 * files (CSV, JSON Lines), each observation file against the plan or table it belongs to (see {@link PlanFiles}),
 * and reports every problem.
 *
 * <p>Exit code 0 when no file has an error, 1 when one has, 2 on a usage error. A file that takes more than a
 * second gets a progress line on standard error. Several files are read at once, up to {@code --threads} (the
 * number of processors by default), and threads left over check a large observation file in parts; the report is
 * the same, in the order the files were given.
 */
@Command(name = ValidateCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {ValidateCommand.DESCRIPTION, ValidateCommand.EXIT_CODES},
        usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {
    static final String NAME = "validate";
    static final String DESCRIPTION = "Checks plan documents (.json), indicator tables (.csv) and observations (.csv, "
            + ".jsonl) and reports every problem with its place in the file. Observations are checked against the "
            + "plan or table given whose jurisdiction (or else indicators) their rows name.";
    static final String EXIT_CODES = "Exit code: 0 without errors, 1 with errors, 2 on a usage error.";
    private static final String FORMAT = "--format";
    private static final String FORMAT_LABEL = "text|json";
    private static final String FORMAT_DEFAULT = "text";
    private static final String FORMAT_DESCRIPTION = "Output: text for people, json for programs. Default: "
            + "${DEFAULT-VALUE}.";
    private static final String THREADS = "--threads";
    private static final String THREADS_LABEL = "N";
    private static final String THREADS_DESCRIPTION = "How many threads read files at once; threads left over check a "
            + "large observation file in parts. The report is the same whatever N. Default: the number of processors.";
    private static final String FILE_LABEL = "FILE";
    private static final String FILE_ARITY = "1..*";
    private static final String FILE_DESCRIPTION = "Files to check.";

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Mixin
    private ImportOptionsMixin importOptions = new ImportOptionsMixin();

    @Option(names = FORMAT, paramLabel = FORMAT_LABEL, defaultValue = FORMAT_DEFAULT, description = FORMAT_DESCRIPTION)
    private OutputFormat format = OutputFormat.text;

    @Option(names = THREADS, paramLabel = THREADS_LABEL, description = THREADS_DESCRIPTION)
    private Integer threads;

    @Parameters(paramLabel = FILE_LABEL, arity = FILE_ARITY, description = FILE_DESCRIPTION)
    private List<Path> files = new ArrayList<>();

    /**
     * A new command, to be given to picocli, which finds its model by reflection over the annotations of this
     * class (the whole command tree does so).
     */
    ValidateCommand() {
    }

    /**
     * A new command with its model: the model picocli would find by reflection over the annotations of this class,
     * built by picocli's programmatic API instead, so that a run of {@code validate} reads no annotation and makes no
     * annotation proxy at start-up ({@link PlanIndicatorsCommand#commandLine(java.io.InputStream,
     * java.io.OutputStream, java.io.OutputStream, String...)}). The options write the command's fields, as the
     * annotated ones do; {@code LeanCommandLineTest} compares the two models attribute by attribute and runs both on
     * every option.
     *
     * @return the model, whose user object is the new command
     */
    static CommandSpec model() {
        ValidateCommand command = new ValidateCommand();
        CommandSpec model = CommandSpec.wrapWithoutInspection(command);
        command.spec = model;
        model.name(NAME);
        model.usageMessage().description(DESCRIPTION, EXIT_CODES).autoWidth(true);
        model.addMixin("language", command.language.model());
        model.addMixin("importOptions", command.importOptions.model(model));
        model.addOption(bound(option(FORMAT), () -> command.format, v -> command.format = v)
                .paramLabel(FORMAT_LABEL).defaultValue(FORMAT_DEFAULT).description(FORMAT_DESCRIPTION)
                .type(OutputFormat.class).build());
        model.addOption(bound(option(THREADS), () -> command.threads, v -> command.threads = v)
                .paramLabel(THREADS_LABEL).description(THREADS_DESCRIPTION).type(Integer.class).build());
        model.addPositional(bound(positional(), () -> command.files, v -> command.files = v)
                .paramLabel(FILE_LABEL).arity(FILE_ARITY).required(true).description(FILE_DESCRIPTION)
                .type(List.class).auxiliaryTypes(Path.class).build());
        standardHelpOptions(model);
        return model;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = language.locale();
        List<ValidationReport> reports;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        try {
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            if (n < 1) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--threads': " + n + " (expected 1 or more)");
            }
            reports = PlanFiles.validate(files, importOptions.options(), new Progress(err, timer, locale), n);
        } finally {
            timer.shutdownNow();
        }
        if (format == OutputFormat.json) {
            out.print(ReportOutput.json(reports, locale) + "\n");
        } else {
            ReportOutput.text(out, reports, locale);
        }
        out.flush();
        boolean errors = reports.stream().anyMatch(ValidationReport::hasErrors);
        return errors ? PlanIndicatorsCommand.EXIT_INPUT_ERROR : PlanIndicatorsCommand.EXIT_OK;
    }

    /**
     * Prints a line on standard error for a file still being read after a second, and when it is done. Files may be
     * read on several threads at once, so the state is kept a file.
     */
    private static final class Progress implements PlanFiles.Listener {
        /** A file being read: when it started, its announcement, and whether that was printed. */
        private record Running(long start, ScheduledFuture<?> pending, AtomicBoolean announced) {
        }

        private final PrintWriter err;
        private final ScheduledExecutorService timer;
        private final boolean zh;
        private final Map<Path, Running> running = new ConcurrentHashMap<>();

        Progress(PrintWriter err, ScheduledExecutorService timer, Locale locale) {
            this.err = err;
            this.timer = timer;
            this.zh = "zh".equals(locale.getLanguage());
        }

        @Override
        public void started(Path file, FileKind kind) {
            AtomicBoolean announced = new AtomicBoolean();
            ScheduledFuture<?> pending = timer.schedule(() -> {
                announced.set(true);
                synchronized (err) {
                    err.print((zh ? "正在检查 " : "validating ") + file + " (" + kind.code() + ") …\n");
                    err.flush();
                }
            }, 1, TimeUnit.SECONDS);
            running.put(file, new Running(System.nanoTime(), pending, announced));
        }

        @Override
        public void finished(Path file, ValidationReport report) {
            Running r = running.remove(file);
            if (r == null) {
                return;
            }
            r.pending().cancel(false);
            if (r.announced().get()) {
                double seconds = (System.nanoTime() - r.start()) / 1e9;
                synchronized (err) {
                    err.print(String.format(Locale.ROOT, zh ? "已检查 %s：%.1f 秒，%d 个观测值%n"
                            : "validated %s in %.1f s, %d observations%n", file, seconds, report.observations()));
                    err.flush();
                }
            }
        }
    }
}
