package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: {@link #check} compares a text with one, or rewrites it when
 * the tests run with {@code -Dgolden.update=true} (then read the diff before committing).
 */
final class Golden {
    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (rewrite with -Dgolden.update=true)", file).exists();
        assertThat(actual).as("golden file %s (rewrite with -Dgolden.update=true)", name)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
