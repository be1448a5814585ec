package org.planindicators.validation.internal.observation;

import java.util.stream.Stream;

/**
 * The fixed JSON lines of the two line readers' tests ({@code JsonLineFieldsTest} against Jackson, {@code
 * JsonLineBytesTest} against the text reader), kept in one place: flat objects both must read, and lines both must
 * leave to the parser. Each test adds the lines only it needs.
 */
final class FixedJsonLines {
    private FixedJsonLines() {
    }

    /** Flat objects of strings, numbers and nulls, with spaces, escapes, repeated keys and lone surrogates. */
    static Stream<String> flat() {
        return Stream.of(
                "{}",
                "  {\t}  ",
                "{\"code\":\"C0001\",\"year\":2023,\"value\":1.50,\"unit\":\"亿元\",\"status\":null}",
                "{ \"a\" : \"x\" , \"b\" : -0.5e-3 }",
                "{\"a\":\"\\u00e9\\ud83d\\ude00\\n\\t\\\"\\\\\\/\"}",
                "{\"\\u0041\":\"\"}",
                "{\"a\":\"1\",\"a\":\"2\"}",
                "{\"😀\":\"😀\",\"b\":0}",
                "{\"a\":\"\\ud800\"}",
                "{\"a\":\"\\uDFFF\\uD800\"}");
    }

    /** Lines that are not one flat object of strings, numbers and nulls, or not JSON at all. */
    static Stream<String> refused() {
        return Stream.of(
                "", "[]", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{,}", "{\"a\":1}x", "{\"a\":1}{}",
                "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":NaN}",
                "{\"a\":true}", "{\"a\":false}", "{\"a\":{}}", "{\"a\":[1]}", "{\"a\":nul}", "{\"a\":nulll}",
                "{\"a\":\"\\x\"}", "{\"a\":\"\\u00g0\"}", "{\"a\":\"\\u00\"}", "{\"a\":\"tab\there\"}", "{'a':1}",
                "{a:1}", "{\"a\":1 2}", "{\"a\":\"x\" \"y\"}", "\uFEFF{}", "{\"a\":\"\\uＡ000\"}");
    }
}
