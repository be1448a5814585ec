package org.planindicators.cli;

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
 * number of processors by default); the report is the same, in the order the files were given.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks plan documents (.json), indicator tables (.csv) and observations (.csv, .jsonl) and reports "
                    + "every problem with its place in the file. Observations are checked against the plan or "
                    + "table given whose jurisdiction (or else indicators) their rows name.",
            "Exit code: 0 without errors, 1 with errors, 2 on a usage error."},
        usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Mixin
    private ImportOptionsMixin importOptions = new ImportOptionsMixin();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text for people, json for programs. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format = OutputFormat.text;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many files are read at once (each file by one thread; the report is the same "
                    + "whatever N). Default: the number of processors.")
    private Integer threads;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check.")
    private List<Path> files = new ArrayList<>();

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
