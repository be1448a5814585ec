package org.planindicators.validation.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change to the good document {@code json/schema/base.json}: the value at {@code pointer} set to {@code json} (a
 * property or element added when not there), or removed when {@code json} is null; and who should reject the result.
 *
 * @param name what the change is, for the test's name
 * @param pointer the JSON pointer of the value to set or remove
 * @param json the new value as JSON text; {@code null} to remove
 * @param expect who rejects the changed document
 * @param zone whether the base document's jurisdiction is first made the zone {@link SchemaMutations#ZONE}
 */
record Mutation(String name, String pointer, @Nullable String json, SchemaAgreementTest.Expect expect, boolean zone) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Where the new value goes, replaced by its text once the document is written. */
    private static final String PLACEHOLDER = "@@mutated value@@";

    /** The good document. */
    static String base() {
        return Fixtures.text("schema/base.json");
    }

    /** The base document changed. */
    String apply() {
        JsonNode document = MAPPER.readTree(base());
        if (zone) {
            ((ObjectNode) document).set("jurisdiction", MAPPER.readTree(SchemaMutations.ZONE));
        }
        return apply(document);
    }

    /**
     * {@code document} changed; {@code document} itself is changed too. The value is written as given, not as
     * Jackson would write it again ({@code 1e2}, {@code -0.0} and {@code 50.50} stay as they are).
     */
    String apply(JsonNode document) {
        return set(document, pointer, json);
    }

    /**
     * {@code document} with the value at {@code pointer} set to the JSON text {@code json} exactly as written, or
     * removed when {@code json} is null; {@code document} itself is changed too.
     */
    static String set(JsonNode document, String pointer, @Nullable String json) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = document.at(p.head());
        JsonNode value = json == null ? null : MAPPER.getNodeFactory().stringNode(PLACEHOLDER);
        if (parent instanceof ObjectNode o) {
            String key = p.last().getMatchingProperty();
            if (value == null) {
                o.remove(key);
            } else {
                o.set(key, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int index = p.last().getMatchingIndex();
            if (value == null) {
                a.remove(index);
            } else if (index == a.size()) {
                a.add(value);
            } else {
                a.set(index, value);
            }
        } else {
            throw new IllegalArgumentException("no object or array at " + p.head());
        }
        String text = MAPPER.writeValueAsString(document);
        return json == null ? text : text.replace('"' + PLACEHOLDER + '"', json);
    }

    @Override
    public String toString() {
        return expect + ": " + name;
    }
}
