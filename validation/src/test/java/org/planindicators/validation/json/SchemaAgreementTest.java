package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/**
 * The schema is never stricter than the reader: whatever {@code plan.schema.json} rejects, {@link PlanJson} reports
 * an error for too. Run over every JSON fixture of these tests and every bundled plan, and over a table of mutations
 * of a good document ({@code json/schema/base.json}), each marked with what the schema can say about it:
 * {@link Expect#BOTH} (a limit the schema states: it must reject, so that it cannot silently go loose),
 * {@link Expect#READER_ONLY} (a rule only the reader checks: the section "What only the reader checks" of
 * PLAN-FORMAT.md) and {@link Expect#NEITHER} (an edge the reader accepts, which the schema must accept too).
 */
class SchemaAgreementTest {
    /** Who rejects a mutated document. */
    enum Expect {
        /** The schema and the reader. */
        BOTH,
        /** The reader alone: a rule JSON Schema cannot state. */
        READER_ONLY,
        /** Neither: the document is good. */
        NEITHER
    }

    private static final Path JSON_FIXTURES = Fixtures.path("minimal.json").getParent();
    private static final Path BUNDLED = Path.of("..", "examples", "data");

    // ------------------------------------------------------------------ every fixture and bundled plan

    static Stream<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(JSON_FIXTURES)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(BUNDLED)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @Test
    void theFixturesAreAllThere() throws IOException {
        // json/ (3), good (3), broken (27), rules (3), schema (1), and the bundled plans (3): none lost by a move
        assertThat(documents().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void whatTheSchemaRejectsInAFixtureTheReaderRejects(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ImportResult<Plan> read = PlanJson.read(file, ImportOptions.defaults());
        List<String> schema = SchemaVerdict.complaints(bytes);
        if (!schema.isEmpty()) {
            assertThat(read.report().hasErrors())
                    .as("the schema rejects %s (%s) but the reader finds no error", file, schema).isTrue();
        }
        if (!read.report().hasErrors()) {
            assertThat(schema).as("the reader accepts %s", file).isEmpty();
        }
    }

    // ------------------------------------------------------------------ mutations of a good document

    @Test
    void theBaseDocumentIsGood() {
        ImportResult<Plan> read = PlanJson.fromJson(Mutation.base(), "base.json", ImportOptions.defaults());
        assertThat(read.report().hasErrors()).as(Fixtures.describe(read)).isFalse();
        assertThat(read.report().indicators()).isEqualTo(5);
        assertThat(SchemaVerdict.complaints(Mutation.base())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.planindicators.validation.json.SchemaMutations#all")
    void aMutationIsRejectedAsItsRowSays(Mutation m) {
        String json = m.apply();
        ImportResult<Plan> read = PlanJson.fromJson(json, "mutated.json", ImportOptions.defaults());
        List<String> schema = SchemaVerdict.complaints(json);
        boolean reader = read.report().hasErrors();
        if (!schema.isEmpty()) {
            assertThat(reader).as("%s: the schema rejects (%s) but the reader finds no error", m, schema).isTrue();
        }
        switch (m.expect()) {
            case BOTH -> {
                assertThat(schema).as("%s: the schema must catch it", m).isNotEmpty();
                assertThat(reader).as("%s: the reader must catch it", m).isTrue();
            }
            case READER_ONLY -> {
                assertThat(reader).as("%s: the reader must catch it", m).isTrue();
                assertThat(schema).as("%s: a rule only the reader checks (or move the row to BOTH)", m).isEmpty();
            }
            case NEITHER -> {
                assertThat(reader).as("%s: the reader accepts it:\n%s", m, Fixtures.describe(read)).isFalse();
                assertThat(schema).as("%s: the reader accepts it, so must the schema", m).isEmpty();
            }
        }
    }

    @Test
    void theTableHasRowsOfEveryKind() {
        List<Mutation> all = SchemaMutations.all().toList();
        assertThat(all).extracting(Mutation::expect).contains(Expect.values());
        assertThat(all).extracting(Mutation::name).doesNotHaveDuplicates();
    }
}
