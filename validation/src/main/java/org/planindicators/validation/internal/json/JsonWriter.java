package org.planindicators.validation.internal.json;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a tree of maps (in order), lists, strings, integers and booleans as pretty-printed JSON with Jackson's
 * generator: two spaces a level, one member or element a line, {@code "name": value}, {@code {}} and {@code []} when
 * empty, and a newline at the end. Strings keep their characters (UTF-8 when encoded); the quote, the backslash and
 * control characters are escaped as JSON requires, and so are DEL and surrogates ({@code \ud83d\ude00}), so that a
 * string holding half of a pair (which no encoding can carry) is written losslessly.
 */
final class JsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new Escapes()).build();
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");
    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");

    private JsonWriter() {
    }

    /** The JSON text of {@code value}, with a trailing newline. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        PrettyPrinter printer = new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(LINES)
                .withArrayIndenter(LINES);
        try (JsonGenerator g = FACTORY.createGenerator(new Context(printer), out)) {
            value(g, value);
        }
        return out.append('\n').toString();
    }

    private static void value(JsonGenerator g, Object value) {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName((String) e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object e : list) {
                value(g, e);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName());
        }
    }

    /** A write context that gives the generator the pretty printer and the escapes. */
    private static final class Context extends ObjectWriteContext.Base {
        private static final CharacterEscapes ESCAPES = new Escapes();
        private final PrettyPrinter printer;

        Context(PrettyPrinter printer) {
            this.printer = printer;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return printer;
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }

        @Override
        public CharacterEscapes getCharacterEscapes() {
            return ESCAPES;
        }
    }

    /** JSON's escapes, and DEL and every surrogate as a backslash, {@code u} and four hexadecimal digits. */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        Escapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
