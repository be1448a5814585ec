package org.planindicators.validation.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What the schema says of a file: its complaints, one for a file that is not JSON in UTF-8 at all. */
final class SchemaVerdict {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SchemaVerdict() {
    }

    /** The schema's complaints about the file {@code bytes}; empty when it validates. */
    static List<String> complaints(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of("not UTF-8: " + e);
        }
        return complaints(text);
    }

    /** The schema's complaints about {@code json}; empty when it validates. */
    static List<String> complaints(String json) {
        try {
            MAPPER.readTree(json);
        } catch (JacksonException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        return PlanSchema.validate(json).stream().map(Object::toString).toList();
    }
}
