package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every plan document bundled in {@code examples/data} validates against the published JSON Schema. */
class BundledPlansSchemaTest {
    private static final Path DATA = Path.of("..", "examples", "data");

    @Test
    void everyBundledPlanDocumentValidatesAgainstTheSchema() throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.list(DATA)) {
            plans = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(plans).as("plan documents in %s", DATA).isNotEmpty();
        for (Path plan : plans) {
            assertThat(PlanSchema.validate(Files.readString(plan, StandardCharsets.UTF_8))).as(plan.toString())
                    .isEmpty();
        }
    }
}
