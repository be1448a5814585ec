package org.planindicators.validation.quiet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library prints nothing: an application that reads a table and validates a plan (which starts Hibernate
 * Validator) writes nothing to standard output or standard error. Before, every such application printed
 * {@code HV000001: Hibernate Validator 9.x} on standard error. A level the application sets itself is respected.
 */
class QuietLibraryTest {
    @Test
    void hibernateValidatorsVersionLineIsNotPrintedByAConsumingApplication() throws Exception {
        Run run = run();

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEmpty();
    }

    @Test
    void anApplicationThatAsksForTheVersionLineStillGetsIt() throws Exception {
        Run run = run("info");

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err).contains("HV000001");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), QuietMain.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).start();
        byte[] out = child.getInputStream().readAllBytes();
        byte[] err = child.getErrorStream().readAllBytes();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM took more than 60 s");
        }
        return new Run(child.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
