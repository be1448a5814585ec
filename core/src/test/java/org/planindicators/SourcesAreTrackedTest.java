package org.planindicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression test for the first commits, where {@code .gitignore} said {@code target/} and so also ignored the
 * source package {@code org/planindicators/target}: the build must ignore only Maven's output directories.
 */
class SourcesAreTrackedTest {
    @Test
    void gitignoreDoesNotHideTheTargetSourcePackage() throws IOException {
        Path gitignore = Path.of("..", ".gitignore");
        assertThat(gitignore).exists();
        List<String> patterns = Files.readAllLines(gitignore, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        // An unanchored "target" pattern matches every directory of that name, source packages included.
        assertThat(patterns).noneMatch(p -> p.equals("target") || p.equals("target/") || p.equals("**/target/"));
        assertThat(patterns).contains("/target/", "/*/target/");
    }
}
