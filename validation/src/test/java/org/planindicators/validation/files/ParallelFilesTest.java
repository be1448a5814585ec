package org.planindicators.validation.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanFiles;
import org.planindicators.validation.ValidationReport;

/**
 * {@link PlanFiles#validate(List, ImportOptions, PlanFiles.Listener, int)} reads several files at once and gives the
 * same reports, in the order the files were given, as one thread does.
 */
class ParallelFilesTest {
    private static final Path EXAMPLES = Path.of("../examples/data");
    private static final Path BROKEN = Path.of("src/test/resources/observation/broken");

    /** The bundled plans and tables, then every broken observation file, then the bundled observations. */
    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(BROKEN)) {
            s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".jsonl")).sorted()
                    .forEach(files::add);
        }
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            s.filter(p -> p.getFileName().toString().contains("actuals") && p.toString().endsWith(".csv")).sorted()
                    .forEach(files::add);
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void theReportsAreThoseOfOneThreadInTheOrderGiven(int threads) throws IOException {
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThan(20);
        List<ValidationReport> one = PlanFiles.validate(files, ImportOptions.defaults(), new PlanFiles.Listener() { },
                1);
        List<ValidationReport> many = PlanFiles.validate(files, ImportOptions.defaults(),
                new PlanFiles.Listener() { }, threads);
        assertThat(many).isEqualTo(one);
        assertThat(many).extracting(ValidationReport::file)
                .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(many.stream().mapToLong(ValidationReport::errors).sum()).as("the broken files have errors")
                .isGreaterThan(20);
    }

    @Test
    void theListenerHearsOfEveryFileOnce() throws IOException {
        List<Path> files = files();
        Set<Path> started = ConcurrentHashMap.newKeySet();
        List<Path> finished = Collections.synchronizedList(new ArrayList<>());
        PlanFiles.validate(files, ImportOptions.defaults(), new PlanFiles.Listener() {
            @Override
            public void started(Path file, FileKind kind) {
                assertThat(started.add(file)).as("started once: " + file).isTrue();
            }

            @Override
            public void finished(Path file, ValidationReport report) {
                finished.add(file);
            }
        }, 4);
        assertThat(finished).containsExactlyInAnyOrderElementsOf(files);
        // A file whose kind cannot be told (the wide table with a three-month column) is finished, never started.
        assertThat(files).containsAll(started);
        assertThat(started).hasSizeGreaterThan(files.size() - 3);
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        assertThatThrownBy(() -> PlanFiles.validate(List.of(), ImportOptions.defaults(), new PlanFiles.Listener() { },
                0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
