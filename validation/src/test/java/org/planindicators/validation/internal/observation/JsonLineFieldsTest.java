package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fast JSON line reader beside Jackson's parser: every line it reads, Jackson reads as one flat object with the
 * same keys, texts and columns; the lines it refuses are left to Jackson.
 */
class JsonLineFieldsTest {
    /** What a reader made of a line: each member as key=text@column, then the closing brace's column. */
    private static List<String> jackson(String line) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = Parsers.json(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                String text = switch (v) {
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getString();
                    case VALUE_NULL -> null;
                    default -> "<" + v + ">";
                };
                out.add(name + "=" + text + "@" + p.currentTokenLocation().getColumnNr());
            }
            out.add("}@" + p.currentTokenLocation().getColumnNr());
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
        } catch (JacksonException e) {
            return null;
        }
        return out;
    }

    private static List<String> fast(JsonLineFields f, String line) {
        if (!f.read(line)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.count(); i++) {
            out.add(f.name(i) + "=" + f.text(i) + "@" + f.column(i));
        }
        out.add("}@" + f.closeColumn());
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.planindicators.validation.internal.observation.FixedJsonLines#flat")
    void readsFlatObjectsAsJacksonDoes(String line) {
        List<String> fast = fast(new JsonLineFields(), line);
        assertThat(fast).isNotNull().isEqualTo(jackson(line));
    }

    @ParameterizedTest
    @MethodSource("org.planindicators.validation.internal.observation.FixedJsonLines#refused")
    void leavesOtherLinesToTheParser(String line) {
        assertThat(fast(new JsonLineFields(), line)).isNull();
    }

    @Test
    void aKeyOfTheLineBeforeIsReused() {
        JsonLineFields f = new JsonLineFields();
        assertThat(f.read("{\"code\":\"a\",\"year\":1}")).isTrue();
        String code = f.name(0);
        assertThat(f.read("{\"code\":\"b\",\"value\":1}")).isTrue();
        assertThat(f.name(0)).isSameAs(code);
        assertThat(f.name(1)).isEqualTo("value");
        assertThat(f.read("{\"cod\":\"b\"}")).isTrue();
        assertThat(f.name(0)).isEqualTo("cod");
    }

    private static final String[] PIECES = {
        "{", "}", "{", "}", "\"a\"", "\"测试\"", "\"\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\x\"",
        "\"a\\\"b\"", "\"\\\\\"", "\"\\/\"", "\"\\u00\"", "\"\t\"", "\"😀\"", ":", ":", ",", ",", " ", "\t", "1", "-0",
        "01", "1.5", "1.", "1e5", "1E+2", "-", "null", "true", "nul", "[", "]", "\"", "x", "0.0e-0",
    };

    @Test
    void agreesWithJacksonOnRandomTokenSequences() {
        SplittableRandom r = new SplittableRandom(16);
        JsonLineFields f = new JsonLineFields();
        int read = 0;
        for (int k = 0; k < 300_000; k++) {
            String line = RandomJsonLines.tokens(r, PIECES, 12);
            List<String> fast = fast(f, line);
            if (fast != null) {
                read++;
                assertThat(jackson(line)).as("%s", line).isEqualTo(fast);
            }
        }
        assertThat(read).isGreaterThan(50);
    }

    @Test
    void agreesWithJacksonOnObjectsAndTheirMutations() {
        SplittableRandom r = new SplittableRandom(2026);
        String[] keys = {"\"code\"", "\"year\"", "\"value\"", "\"单位\"", "\"a\\u0062\"", "\"\"", "\" x \"", "\"😀\""};
        String[] values = {"\"C0001\"", "2023", "-1.25", "1E5", "null", "\"\"", "\" 亿元 \"", "\"\\\"\"", "0",
            "\"\\ud83d\\ude00\"", "true", "{}", "[1]"};
        String junk = "{}[]:,\"\\ -+.0123456789eEnulltrux测";
        JsonLineFields f = new JsonLineFields();
        RandomJsonLines lines = new RandomJsonLines(r, keys, values, junk, 5, 3);
        int read = 0;
        for (int k = 0; k < 100_000; k++) {
            String line = lines.next();
            List<String> fast = fast(f, line);
            if (fast != null) {
                read++;
                assertThat(jackson(line)).as("%s", line).isEqualTo(fast);
            }
        }
        assertThat(read).isGreaterThan(10_000);
    }
}
