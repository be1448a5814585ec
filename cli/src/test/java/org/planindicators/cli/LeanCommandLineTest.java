package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run whose first argument names a sub-command builds only that sub-command's model (start-up); it must behave
 * exactly as the whole command tree does: the same exit code, the same bytes on standard output and error, for
 * usage help, version, usage errors and real work.
 */
class LeanCommandLineTest {
    private static final String DATA = "../examples/data/";

    @Test
    void theLeanTableNamesEverySubCommandOfTheAnnotation() {
        CommandLine whole = PlanIndicatorsCommand.commandLine(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        Set<String> names = new HashSet<>(whole.getSubcommands().keySet());
        names.remove("help");
        assertThat(PlanIndicatorsCommand.SUBCOMMANDS.keySet()).isEqualTo(names);
    }

    @Test
    void theLeanCommandLineHasOnlyTheSubCommandItRuns() {
        CommandLine lean = PlanIndicatorsCommand.commandLine(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream(), "validate", "x.json");
        assertThat(lean.getSubcommands().keySet()).containsExactly("validate");
        assertThat(lean.getCommandName()).isEqualTo("plan-indicators");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "validate --help", "validate -V", "validate --version", "validate", "validate --nope x.csv",
        "validate --format xml x.csv", "validate no-such-file.csv",
        "validate " + DATA + "wenjiang-2023-gwr.json " + DATA + "wenjiang-2022-actuals.csv",
        "validate --format json --lang zh " + DATA + "qingbaijiang-14th-fyp.json",
        // every option of validate (its model is built by picocli's programmatic API: ProgrammaticModelTest), with a
        // good value and a bad one, and the forms picocli reads
        "validate -h", "validate x.csv --help", "validate --format JSON " + DATA + "wenjiang-2022-actuals.csv",
        "validate --format=json --threads=1 " + DATA + "wenjiang-2023-gwr.json " + DATA + "wenjiang-2022-actuals.csv",
        "validate --format", "validate --lang fr x.csv", "validate --lang zh_CN no-such-file.csv",
        "validate --lang en --lang zh x.csv", "validate --encoding nope x.csv",
        "validate --encoding GBK " + DATA + "wenjiang-2022-actuals.csv", "validate --base-year x x.csv",
        "validate --base-year 2020 --target-year 2025 " + DATA + "wenjiang-2022-actuals.csv",
        "validate --target-year 20x5 x.csv", "validate --max-problems 0 x.csv", "validate --max-problems x x.csv",
        "validate --max-problems 1 " + DATA + "wenjiang-2022-actuals.csv", "validate --max-problems",
        "validate --sheet 2 no-such-file.xlsx", "validate --kind nope x.csv",
        "validate --kind plan " + DATA + "wenjiang-2022-actuals.csv", "validate --kind TABLE no-such-file.csv",
        "validate --jurisdiction 温江区 " + DATA + "wenjiang-2022-actuals.csv",
        "validate --jurisdiction 510115 " + DATA + "wenjiang-2022-actuals.csv", "validate --jurisdiction - x.csv",
        "validate --threads 0 x.csv", "validate --threads x x.csv", "validate -- --format",
        "validate --threads 2 --threads 3 x.csv",
        "parse --help", "parse 6.0%—7.0%", "parse --format json 5.5%以内 [13.5]", "parse --bogus",
        "convert --help", "convert", "evaluate --help", "evaluate", "report --help",
        "calc", "calc --help", "calc nope", "calc cagr 67.7 92.75 5", "calc cagr 67.7 92.75", "calc yoy --help",
        "calc cagr -5 1 2",
    })
    void aLeanRunIsAWholeRun(String line) {
        String[] args = line.split(" ");
        Run whole = whole(args);
        Run lean = lean(args);
        assertThat(lean.exit()).as(line + "\n" + lean.err()).isEqualTo(whole.exit());
        assertThat(lean.out()).as(line).isEqualTo(whole.out());
        assertThat(withoutProgress(lean.err())).as(line).isEqualTo(withoutProgress(whole.err()));
    }

    /** Standard error without validate's progress lines, which depend on how long a file takes (over a second). */
    private static String withoutProgress(String err) {
        return err.replaceAll("(?m)^(validating|validated|正在检查|已检查) .*\\R", "");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run whole(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = PlanIndicatorsCommand.commandLine(new ByteArrayInputStream(new byte[0]), out, err);
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run lean(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlanIndicatorsCommand.run(new ByteArrayInputStream(new byte[0]), out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
