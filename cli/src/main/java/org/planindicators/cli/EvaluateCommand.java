package org.planindicators.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationMethod;
import org.planindicators.evaluation.EvaluationOptions;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.ObservationStore;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code plan-indicators evaluate PLAN --observations OBS --year Y}: evaluates every indicator of a plan document or
 * indicator table against its target with the observations given, and prints where each stands (a table, or JSON,
 * {@link EvaluationOutput}). Binding indicators that lag are listed first.
 *
 * <p>The plan and the observations are read as {@code validate} reads them; when one has errors, its report goes to
 * standard error as {@code validate} prints it and nothing is evaluated (exit code 1). Warnings do not stop the
 * evaluation; they go to standard error in the same form. When no indicator could be assessed although observations
 * were read, the output says why ({@link Coverage}): how many name no indicator of the plan, are for another
 * jurisdiction (named, with the hint {@code --jurisdiction}) or lie after the year. Exit code 0 after an evaluation, 1 when a file has errors or cannot be read, 2 on a
 * usage error (an unknown option, a year that is not a year or lies before the plan's base year, a bad tolerance).
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates the indicators of a plan document (.json) or indicator table (.csv) in a year from "
                    + "observations (.csv, .jsonl): achieved, achieved early, ahead, on track, lagging, missed or not "
                    + "assessable, with the actual, expected and target values. Binding indicators that lag are "
                    + "listed first.",
            "Exit code: 0 when evaluated, 1 when a file has errors (its report goes to standard error), 2 on a usage "
                    + "error."},
        usageHelpAutoWidth = true)
final class EvaluateCommand implements Callable<Integer> {
    /** The earliest evaluation year accepted, the earliest year a plan may have. */
    static final int MIN_YEAR = 1949;
    /** The latest evaluation year accepted. */
    static final int MAX_YEAR = 2100;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Mixin
    private ImportOptionsMixin importOptions = new ImportOptionsMixin();

    @Parameters(paramLabel = "PLAN", arity = "1", description = "A plan document (.json) or indicator table (.csv).")
    private Path planFile;

    @Option(names = {"--observations", "-o"}, paramLabel = "OBS", required = true, arity = "1",
            description = "Observations (.csv or .jsonl); repeat the option for several files.")
    private List<Path> observationFiles = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", required = true, converter = YearConverter.class,
            description = "The evaluation year: observations after it are left out.")
    private int year;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text for people, json for programs. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format = OutputFormat.text;

    @Option(names = "--method", paramLabel = "time_progress|open_sdg", converter = MethodConverter.class,
            defaultValue = "time_progress",
            description = "How progress short of the target is judged: time_progress (时序进度, the path from the "
                    + "baseline to the target; also: chinese) or open_sdg (the Open SDG progress rating). "
                    + "Default: ${DEFAULT-VALUE}.")
    private EvaluationMethod method = EvaluationMethod.TIME_PROGRESS;

    @Option(names = "--tolerance", paramLabel = "T", converter = ToleranceConverter.class, defaultValue = "0.05",
            description = "The share of the progress expected by now within which an indicator is on track: 0.05 or "
                    + "5%%. Default: ${DEFAULT-VALUE}.")
    private BigDecimal tolerance = EvaluationOptions.DEFAULT_TOLERANCE;

    @Option(names = "--scheme", paramLabel = "status|review|sdg", converter = SchemeConverter.class,
            defaultValue = "status",
            description = "The classes of the status column and the totals: status (achieved, ahead, on track, "
                    + "lagging …), review (the classes of official mid-term reviews: 提前实现, 快于预期, 基本符合预期, "
                    + "相对滞后, 完成, 未完成) or sdg (the Open SDG five-level rating; implies --method open_sdg). JSON "
                    + "always carries all three. Default: ${DEFAULT-VALUE}.")
    private EvaluationOutput.Scheme scheme = EvaluationOutput.Scheme.STATUS;

    @Option(names = "--review-tolerance", paramLabel = "T", converter = ToleranceConverter.class,
            defaultValue = "0.10",
            description = "With the review classes, the share of the progress expected by now an indicator may fall "
                    + "short of and still be 基本符合预期 (broadly on track) rather than 相对滞后 (lagging): 0.10 or "
                    + "10%%. Default: ${DEFAULT-VALUE}.")
    private BigDecimal reviewTolerance = EvaluationOptions.DEFAULT_REVIEW_TOLERANCE;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2",
            description = "Decimals of the figures printed, rounded half-even. Default: ${DEFAULT-VALUE}.")
    private int scale = 2;

    @Option(names = "--targets", paramLabel = "current|published|both", converter = TargetsConverter.class,
            defaultValue = "current",
            description = "Which targets to evaluate against when a target was revised (调整): current (as revised), "
                    + "published (as first published) or both (the current evaluation, and a table of each revised "
                    + "target with its published and current form, their classes, the revision's date and reason). "
                    + "Default: ${DEFAULT-VALUE}.")
    private EvaluationOutput.Targets targets = EvaluationOutput.Targets.CURRENT;

    @Option(names = "--all", description = "In the text table, a row also for each indicator that is not assessable "
            + "(by default they are counted in one line). JSON always lists every indicator.")
    private boolean all;

    @Option(names = "--explain", description = "After the text table, how each figure was computed: the formula, "
            + "its inputs with their years and statuses, and the evaluator's notes (in English). JSON always "
            + "carries them.")
    private boolean explain;

    @Option(names = "--progress", description = "Progress on standard error while the observations are read (a "
            + "line every million rows and one per file). Shown by default when run in a terminal.")
    private boolean progress;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Locale locale = language.locale();
        if (scale < 0 || scale > 20) {
            throw new ParameterException(spec.commandLine(), "--scale must be from 0 to 20, not " + scale);
        }
        EvaluationMethod used = scheme == EvaluationOutput.Scheme.SDG ? EvaluationMethod.OPEN_SDG : method;
        EvaluationOptions evaluationOptions = EvaluationOptions.defaults().withMethod(used).withTolerance(tolerance)
                .withReviewTolerance(reviewTolerance).withVersion(targets.version());
        Evaluated evaluated = evaluate(spec, planFile, observationFiles, year, evaluationOptions,
                importOptions.options(), locale, showProgress(progress));
        if (evaluated == null) {
            return PlanIndicatorsCommand.EXIT_INPUT_ERROR;
        }
        PlanEvaluation evaluation = evaluated.evaluation();
        PlanEvaluation asPublished = targets != EvaluationOutput.Targets.BOTH ? null
                : new Evaluator(evaluationOptions.withVersion(Indicator.Version.ORIGINAL))
                        .evaluate(evaluation.plan(), evaluated.observations(), year);
        EvaluationOutput output = new EvaluationOutput(evaluation, scale, locale, scheme, targets, asPublished,
                evaluated.warnings());
        out.print(format == OutputFormat.json ? output.json() + "\n" : output.text(all, explain));
        out.flush();
        return PlanIndicatorsCommand.EXIT_OK;
    }

    /**
     * An evaluation and the observations it was made from.
     *
     * @param evaluation the evaluation
     * @param observations the observations read
     * @param warnings what the evaluation could not do and why ({@link Coverage}), in the output's language
     */
    record Evaluated(PlanEvaluation evaluation, List<Observation> observations, List<String> warnings) {
    }

    /**
     * Reads the plan and the observations as {@code validate} does and evaluates the plan in {@code year}; when a
     * file has errors, prints its report to standard error and returns {@code null}. Shared by {@code evaluate} and
     * {@code report}. The observations are streamed into an {@link ObservationStore}: only what the evaluation can
     * use is held; with {@code progress}, a line on standard error every million rows and at the end of each file.
     *
     * @throws ParameterException when {@code year} is before the plan's base year
     */
    static @Nullable Evaluated evaluate(CommandSpec spec, Path planFile, List<Path> observationFiles, int year,
            EvaluationOptions evaluationOptions, ImportOptions options, Locale locale, boolean progress) {
        var err = spec.commandLine().getErr();
        Plan plan = PlanInput.read(planFile, options, locale, err);
        if (plan == null) {
            return null;
        }
        if (year < plan.baseYear()) {
            throw new ParameterException(spec.commandLine(), "--year " + year + " is before the plan's base year "
                    + plan.baseYear() + ": there is no progress to evaluate");
        }
        // Only what the evaluation can use is kept, one observation per key: memory grows with the figures used,
        // not with the rows read (BENCHMARKS.md, "evaluate in bounded memory").
        ObservationStore store = ObservationStore.forPlan(plan);
        Coverage coverage = new Coverage(plan, year, store);
        List<ValidationReport> reports = new ArrayList<>();
        for (Path file : observationFiles) {
            Progress p = progress ? new Progress(err, file, store, coverage) : null;
            reports.add(Observations.read(file, options, plan, p == null ? coverage : p));
            if (p != null) {
                p.finish();
            }
        }
        if (reports.stream().anyMatch(ValidationReport::hasErrors)) {
            ReportOutput.text(err, reports.stream().filter(ValidationReport::hasErrors).toList(), locale);
            err.flush();
            return null;
        }
        // Warnings do not stop the evaluation, but are never dropped: observations for another jurisdiction (O027),
        // a numeric column read as a dimension (O025) … go to standard error as validate prints them.
        List<ValidationReport> warned = reports.stream().filter(r -> !r.problems().isEmpty()).toList();
        if (!warned.isEmpty()) {
            ReportOutput.text(err, warned, locale);
            err.flush();
        }
        List<Observation> observations = store.observations();
        PlanEvaluation evaluation = new Evaluator(evaluationOptions).evaluate(plan, observations, year);
        return new Evaluated(evaluation, observations, coverage.warnings(evaluation, locale));
    }

    /**
     * As {@link #evaluate(CommandSpec, Path, List, int, EvaluationOptions, ImportOptions, Locale, boolean)} without
     * progress.
     */
    static @Nullable Evaluated evaluate(CommandSpec spec, Path planFile, List<Path> observationFiles, int year,
            EvaluationOptions evaluationOptions, ImportOptions options, Locale locale) {
        return evaluate(spec, planFile, observationFiles, year, evaluationOptions, options, locale, false);
    }

    /**
     * Whether progress goes to standard error: asked for with {@code --progress}, or by default when the command
     * runs in a terminal (the JVM has a console), never when it is piped or run by tests.
     */
    static boolean showProgress(boolean asked) {
        return asked || System.console() != null;
    }

    /**
     * Passes observations on to the store and, every {@value #EVERY} rows, writes a line to standard error: rows
     * read from the file, figures kept, seconds since the file was opened; a last line when the file is done.
     */
    static final class Progress implements java.util.function.Consumer<Observation> {
        /** Rows between two progress lines. */
        static final long EVERY = 1_000_000;
        private final java.io.PrintWriter err;
        private final Path file;
        private final ObservationStore store;
        private final java.util.function.Consumer<Observation> next;
        private final long start = System.nanoTime();
        private long rows;

        Progress(java.io.PrintWriter err, Path file, ObservationStore store,
                java.util.function.Consumer<Observation> next) {
            this.err = err;
            this.file = file;
            this.store = store;
            this.next = next;
        }

        @Override
        public void accept(Observation o) {
            next.accept(o);
            if (++rows % EVERY == 0) {
                line("reading");
            }
        }

        void finish() {
            line("read");
        }

        private void line(String verb) {
            err.printf(Locale.ROOT, "%s %s: %,d observations, %,d figures kept for the evaluation, %.1f s%n", verb,
                    file.getFileName(), rows, store.size(), (System.nanoTime() - start) / 1e9);
            err.flush();
        }
    }

    /** Reads current, published or both. */
    static final class TargetsConverter implements ITypeConverter<EvaluationOutput.Targets> {
        @Override
        public EvaluationOutput.Targets convert(String value) {
            for (EvaluationOutput.Targets t : EvaluationOutput.Targets.values()) {
                if (t.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a choice of targets; use current, published or"
                    + " both");
        }
    }

    /** Reads a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}. */
    static final class YearConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String s = value.strip();
            if (s.endsWith("年")) {
                s = s.substring(0, s.length() - 1);
            }
            int y;
            try {
                y = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a year; expected a year such as 2023");
            }
            if (y < MIN_YEAR || y > MAX_YEAR) {
                throw new TypeConversionException("'" + value + "' is not a year from " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return y;
        }
    }

    /** Reads {@code time_progress} (or {@code chinese}) and {@code open_sdg}, in any case. */
    static final class MethodConverter implements ITypeConverter<EvaluationMethod> {
        @Override
        public EvaluationMethod convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
                case "time_progress", "chinese" -> EvaluationMethod.TIME_PROGRESS;
                case "open_sdg" -> EvaluationMethod.OPEN_SDG;
                default -> throw new TypeConversionException("'" + value
                        + "' is not a method; use time_progress (or chinese) or open_sdg");
            };
        }
    }

    /** Reads {@code status}, {@code review} and {@code sdg}, in any case. */
    static final class SchemeConverter implements ITypeConverter<EvaluationOutput.Scheme> {
        @Override
        public EvaluationOutput.Scheme convert(String value) {
            String s = value.strip().toLowerCase(Locale.ROOT);
            for (EvaluationOutput.Scheme scheme : EvaluationOutput.Scheme.values()) {
                if (scheme.code().equals(s)) {
                    return scheme;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a scheme; use status, review or sdg");
        }
    }

    /** Reads a tolerance from 0 to 1, as a fraction ({@code 0.05}) or a percentage ({@code 5%}). */
    static final class ToleranceConverter implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            String s = value.strip();
            boolean percent = s.endsWith("%");
            BigDecimal t;
            try {
                t = new BigDecimal(percent ? s.substring(0, s.length() - 1).strip() : s);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a tolerance; expected a fraction such as "
                        + "0.05 or a percentage such as 5%");
            }
            if (percent) {
                t = t.movePointLeft(2);
            }
            if (t.signum() < 0 || t.compareTo(BigDecimal.ONE) > 0) {
                throw new TypeConversionException("'" + value + "' is not a tolerance from 0 to 1 (0% to 100%)");
            }
            return t;
        }
    }
}
