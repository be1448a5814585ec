package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The law between the schema and the reader over randomly damaged good documents: whatever {@code plan.schema.json}
 * rejects, {@link PlanJson} reports an error for. A damage sets one value anywhere in a good document (a property,
 * an element, an object) to a year near the edges, a string made of number, unit, space and code pieces, or a
 * small JSON value; or removes it.
 */
class SchemaAgreementProperties {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> BASES = List.of("schema/base.json", Fixtures.QINGBAIJIANG, Fixtures.TIANFU,
            Fixtures.WENJIANG, "structured-targets.json", "minimal.json");
    private static final Map<String, String> TEXTS = texts();

    /** Pieces of strings: numbers, signs and points, spaces, units, codes, words of the format. */
    private static final List<String> PIECES = List.of("0", "1", "5", "9", "2021", "2025", "50.5", "-", "+",
            "\u2212", "\uFF0D", ".", "\uFF0E", "\uFF15", "e", "E", "1e3", " ", "\u00A0", "\u3000", "\u200B", "\t",
            "\u0001", "万", "亿元", "%", "万标箱", "平方公里", "公顷", "年", "以上", "以内", "—", "左右", "[", "]", "a",
            "_", " §", ":", "510113", "510100", "000000", "2021-2025", "2022-06-30", "2022-02-30", "in_step",
            "level", "zone", "county", "range", "exact", "𠀀");

    /** Small JSON values of every type. */
    private static final List<String> LITERALS = List.of("true", "false", "null", "[]", "{}", "1e3", "2020.0", "-0",
            "-1.5", "0", "0.5", "[\"\"]", "[\"区发展改革局\"]", "[{}]", "{\"kind\": \"exact\", \"value\": \"5\"}",
            "{\"kind\": \"change\", \"direction\": \"decrease\", \"value\": -1}",
            "{\"name\": \"成都市\", \"level\": \"city\", \"code\": \"510100\"}", "{\"level\": \"section\", \"title\": \"节\"}",
            "{\"year\": 2025, \"target\": \"5%\"}", "{\"year\": 2020, \"value\": \"1\"}");

    @Property(tries = 500)
    void whatTheSchemaRejectsTheReaderRejects(@ForAll("damagedDocuments") String json) {
        List<String> schema = SchemaVerdict.complaints(json);
        ImportResult<Plan> read = PlanJson.fromJson(json, "damaged.json", ImportOptions.defaults());
        Statistics.collect(schema.isEmpty() ? "schema accepts" : "schema rejects",
                read.report().hasErrors() ? "reader rejects" : "reader accepts");
        if (!schema.isEmpty()) {
            assertThat(read.report().hasErrors())
                    .as("the schema rejects (%s) but the reader finds no error in\n%s", schema, json).isTrue();
        }
    }

    @Provide
    Arbitrary<String> damagedDocuments() {
        Arbitrary<String> years = Arbitraries.oneOf(Arbitraries.integers().between(900, 10_100),
                Arbitraries.of(999, 1000, 1948, 1949, 2020, 2021, 2025, 2026, 2035, 2100, 2101, 9999, 10_000))
                .map(String::valueOf);
        Arbitrary<String> strings = Arbitraries.of(PIECES).list().ofMaxSize(5)
                .map(l -> MAPPER.writeValueAsString(String.join("", l)));
        Arbitrary<String> value = Arbitraries.oneOf(years, strings, Arbitraries.of(LITERALS));
        return Combinators.combine(Arbitraries.of(BASES), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                value.injectNull(0.15)).as(SchemaAgreementProperties::damage);
    }

    /**
     * The base document {@code base} with its {@code pick}-th value (in document order, modulo their number) set to
     * {@code json}, or removed when {@code json} is null.
     */
    private static String damage(String base, int pick, @Nullable String json) {
        JsonNode document = MAPPER.readTree(TEXTS.get(base));
        List<String> pointers = new ArrayList<>();
        collect(document, "", pointers);
        return Mutation.set(document, pointers.get(Math.floorMod(pick, pointers.size())), json);
    }

    /** The pointer of every value below {@code node}, whose pointer is {@code at}. */
    private static void collect(JsonNode node, String at, List<String> out) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                String p = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                out.add(p);
                collect(e.getValue(), p, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(at + "/" + i);
                collect(a.get(i), at + "/" + i, out);
            }
        }
    }

    private static Map<String, String> texts() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String b : BASES) {
            m.put(b, Fixtures.text(b));
        }
        return m;
    }
}
