package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.plan.Plan;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.internal.PlanChecks;
import org.planindicators.validation.internal.json.DocumentReader;
import org.planindicators.validation.internal.json.OnePassDecoder;
import org.planindicators.validation.internal.json.OrderedProblems;
import org.planindicators.validation.internal.json.PlanDecoder;
import org.planindicators.validation.internal.json.Pointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one-pass reader ({@link OnePassDecoder}) against the placing readers it stands in for ({@link DocumentReader}
 * then {@link PlanDecoder} and {@link PlanChecks}, the path every document took before it): whenever the one-pass
 * reader gives a plan, the placing readers give an equal plan, the same number of indicators and no problem at all;
 * and {@link PlanJson#fromJson} reports exactly what the placing readers report, problem for problem. Over the bundled
 * plans, the broken and rule corpora, generated plans, and generated plans changed at random (properties removed,
 * reordered, set to null, to a string, to a number, to an exponent, duplicated).
 */
class OnePassDifferentialTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final long MAX = ImportOptions.defaults().maxFileBytes();
    private static final UnitRegistry UNITS = ImportOptions.defaults().units();

    /** What the placing readers make of a document. */
    private record Placed(@Nullable Plan plan, int indicators, List<Problem> problems) {
    }

    private static Placed placed(String json) {
        OrderedProblems problems = new OrderedProblems("doc.json", Integer.MAX_VALUE);
        DocumentReader.Document doc = DocumentReader.read(json, "doc.json", problems, MAX);
        Plan plan = null;
        int indicators = 0;
        if (doc.root() != null) {
            PlanDecoder.Decoded d = PlanDecoder.decode(doc.root(), "doc.json", problems, UNITS);
            plan = d.plan();
            indicators = d.indicators();
            if (plan != null && !problems.hasErrors()) {
                ProblemCollector checks = new ProblemCollector("doc.json", Integer.MAX_VALUE);
                PlanChecks.run(plan, Pointers.locator("doc.json", doc.root()), checks);
                checks.report(FileKind.PLAN, 0, 0).problems().forEach(problems::add);
            }
        }
        ProblemCollector all = new ProblemCollector("doc.json", Integer.MAX_VALUE);
        problems.drainTo(all);
        return new Placed(all.hasErrors() ? null : plan, indicators, all.report(FileKind.PLAN, 0, 0).problems());
    }

    /** Checks the law on {@code json}; whether the one-pass reader gave the plan. */
    private static boolean agree(String json) {
        Placed placed = placed(json);
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        PlanDecoder.Decoded fast = OnePassDecoder.decode(text, UNITS, MAX);
        if (fast != null) {
            assertThat(placed.problems()).as("one pass read a document with problems:\n%s", json).isEmpty();
            assertThat(fast.plan()).isEqualTo(placed.plan());
            assertThat(fast.indicators()).isEqualTo(placed.indicators());
        }
        // The same document as UTF-8 bytes, read by Jackson's byte parser: the same plan, or the same refusal.
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains("\u0000") && !hasLoneSurrogate(text)) {
            PlanDecoder.Decoded fromBytes = OnePassDecoder.decode(utf8, 0, utf8.length, UNITS, MAX);
            assertThat(fromBytes == null).as("bytes and text differ on:\n%s", json).isEqualTo(fast == null);
            if (fromBytes != null) {
                assertThat(fromBytes.plan()).isEqualTo(fast.plan());
                assertThat(fromBytes.indicators()).isEqualTo(fast.indicators());
            }
        }
        var fromStream = PlanJson.read(new java.io.ByteArrayInputStream(json.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "doc.json",
                ImportOptions.defaults().withMaxProblems(Integer.MAX_VALUE));
        if (!hasLoneSurrogate(json) && !json.contains("\u0000")) { // bytes with a zero are binary, text is not
            assertThat(fromStream.report().problems()).isEqualTo(placed.problems());
            assertThat(fromStream.value()).isEqualTo(placed.plan());
        }
        var read = PlanJson.fromJson(json, "doc.json", ImportOptions.defaults().withMaxProblems(Integer.MAX_VALUE));
        assertThat(read.report().problems()).isEqualTo(placed.problems());
        assertThat(read.report().indicators()).isEqualTo(placed.problems().isEmpty() ? placed.indicators()
                : read.report().indicators());
        assertThat(read.value()).isEqualTo(placed.plan());
        return fast != null;
    }

    /** Whether {@code s} holds a surrogate without its pair, which no UTF-8 bytes can carry. */
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Stream<String> corpus() throws IOException {
        List<String> names = new ArrayList<>();
        for (String dir : List.of("good", "broken", "rules", "schema")) {
            try (Stream<Path> files = Files.list(Fixtures.path(dir))) {
                files.map(f -> dir + "/" + f.getFileName()).filter(n -> n.endsWith(".json")).sorted()
                        .forEach(names::add);
            }
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void theFixturesReadAlikeByBothPaths(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(name));
        String json = new String(bytes, StandardCharsets.UTF_8);
        boolean fast = agree(json);
        if (name.startsWith("good/")) {
            assertThat(fast).as("the one-pass reader reads %s", name).isTrue();
        }
        // And from the file, bytes and all: the same report as the placing readers give the decoded text.
        var fromFile = PlanJson.read(Fixtures.path(name), ImportOptions.defaults());
        var fromText = PlanJson.fromJson(json, Fixtures.path(name).toString(), ImportOptions.defaults());
        if (!name.endsWith("binary.json") && !name.endsWith("gbk.json") && !name.endsWith("empty.json")) {
            assertThat(fromFile.report().problems()).isEqualTo(fromText.report().problems());
        }
    }

    @Test
    void generatedPlansAreReadInOnePass() {
        int fast = 0;
        for (int seed = 0; seed < 200; seed++) {
            String json = PlanJson.toJson(PlanGenerator.plan(new Random(seed)));
            if (agree(json)) {
                fast++;
            }
        }
        // Generated plans use every form, some of which (structured targets, revisions, zones) the one-pass reader
        // leaves to the placing readers; plenty still take the one pass.
        assertThat(fast).isGreaterThan(20);
    }

    @Test
    void changedPlansReadAlike() {
        Random r = new Random(16);
        int fast = 0;
        int slow = 0;
        for (int i = 0; i < 1500; i++) {
            String json = PlanJson.toJson(PlanGenerator.plan(new Random(i % 200)));
            String changed = change(json, r);
            if (agree(changed)) {
                fast++;
            } else {
                slow++;
            }
        }
        assertThat(fast).isPositive();
        assertThat(slow).isPositive();
    }

    @Test
    void anIndicatorsUnitAfterItsFiguresIsLeftToThePlacingReaders() {
        JsonNode root = MAPPER.readTree(Fixtures.text(Fixtures.QINGBAIJIANG));
        ObjectNode indicator = (ObjectNode) root.at("/parts/0/children/0/goals/0/indicators/0");
        assertThat(indicator.has("targets")).isTrue();
        JsonNode unit = indicator.remove("unit");
        indicator.set("unit", unit); // now after the targets
        String json = MAPPER.writeValueAsString(root);
        assertThat(json.indexOf("\"unit\"")).isGreaterThan(json.indexOf("\"targets\""));
        assertThat(agree(json)).isFalse();
        assertThat(PlanJson.fromJson(json, "d.json", ImportOptions.defaults()).report().problems()).isEmpty();
    }

    @Test
    void aDuplicateKnownPropertyIsLeftToThePlacingReaders() {
        String json = Fixtures.text(Fixtures.QINGBAIJIANG).replaceFirst("\"baseYear\": 2020,",
                "\"baseYear\": 2020, \"baseYear\": 2020,");
        assertThat(agree(json)).isFalse();
        assertThat(PlanJson.fromJson(json, "d.json", ImportOptions.defaults()).report().problems())
                .extracting(p -> p.code().code()).containsExactly("J007");
    }

    /** {@code json} with one change at a random place. */
    private static String change(String json, Random r) {
        JsonNode root = MAPPER.readTree(json);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = containers.get(r.nextInt(containers.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        int op = r.nextInt(7);
        if (c instanceof ObjectNode o && !o.isEmpty()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(o.properties());
            String key = members.get(r.nextInt(members.size())).getKey();
            switch (op) {
                case 0 -> o.remove(key);
                case 1 -> o.set(key, f.nullNode());
                case 2 -> o.put(key, "x");
                case 3 -> o.put(key, 2021);
                case 4 -> {
                    o.removeAll();
                    for (int i = members.size() - 1; i >= 0; i--) {
                        o.set(members.get(i).getKey(), members.get(i).getValue());
                    }
                }
                case 5 -> {
                    String text = MAPPER.writeValueAsString(root);
                    String member = MAPPER.writeValueAsString(key) + ":";
                    int at = text.indexOf(member);
                    return text.substring(0, at) + member + "1e3," + text.substring(at);
                }
                default -> o.put("unknown" + r.nextInt(3), 1);
            }
        } else if (c instanceof ArrayNode a && !a.isEmpty()) {
            int i = r.nextInt(a.size());
            switch (op) {
                case 0 -> a.remove(i);
                case 1 -> a.set(i, f.nullNode());
                case 2 -> a.set(i, f.stringNode("x"));
                default -> a.add(a.get(i).deepCopy());
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainer()) {
            out.add(n);
            for (JsonNode child : n.values()) {
                collect(child, out);
            }
        }
    }
}
