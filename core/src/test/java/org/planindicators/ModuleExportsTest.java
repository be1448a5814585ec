package org.planindicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports the API packages and nothing else: {@code org.planindicators.internal} stays hidden. */
class ModuleExportsTest {
    // Surefire runs in the module's directory (core/), so this is core/target/classes.
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void exportsExactlyTheApiPackages() throws IOException {
        Path moduleInfo = CLASSES.resolve("module-info.class");
        assertThat(moduleInfo).exists();
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            descriptor = ModuleDescriptor.read(in, ModuleExportsTest::compiledPackages);
        }
        assertThat(descriptor.name()).isEqualTo("org.planindicators.core");
        assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.planindicators.unit", "org.planindicators.target",
                        "org.planindicators.plan", "org.planindicators.calc", "org.planindicators.evaluation");
        assertThat(descriptor.packages()).contains("org.planindicators.internal");
        // The model package is open for reflection (Hibernate Validator reads record fields); nothing else is.
        assertThat(descriptor.opens().stream().map(ModuleDescriptor.Opens::source).toList())
                .containsExactly("org.planindicators.plan");
    }

    /** The packages that have classes under target/classes. */
    private static Set<String> compiledPackages() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> CLASSES.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(),
                            "."))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
