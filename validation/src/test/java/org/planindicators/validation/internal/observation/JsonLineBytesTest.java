package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON line reader of UTF-8 bytes beside the reader of the line's text ({@link JsonLineFields#read(String)}):
 * the same lines taken, with the same keys, texts and character columns, and the same lines refused.
 */
class JsonLineBytesTest {
    /** What the text reader made of a line (each member as key=text@column, then the brace), or {@code null}. */
    private static List<String> text(JsonLineFields f, String line) {
        return f.read(line) ? members(f) : null;
    }

    /** What the byte reader made of the line's UTF-8 bytes, or {@code null}. */
    private static List<String> bytes(JsonLineBytes b, JsonLineFields f, String line) {
        return read(b, line.getBytes(StandardCharsets.UTF_8)) ? members(f) : null;
    }

    private static List<String> members(JsonLineFields f) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.count(); i++) {
            out.add(f.name(i) + "=" + f.text(i) + "@" + f.column(i));
        }
        out.add("}@" + f.closeColumn());
        return out;
    }

    private static void assertSame(String line) {
        JsonLineFields f = new JsonLineFields();
        JsonLineFields g = new JsonLineFields();
        assertThat(bytes(new JsonLineBytes(g), g, line)).as("%s", show(line)).isEqualTo(text(f, line));
    }

    /** Flat objects with keys and values of many characters, beside the fixed lines both readers share. */
    static Stream<String> flatOfManyCharacters() {
        return Stream.of(
                "{\"😀😀\":\"é😀测\",\"测\":\"x\",\"b\":0 }",
                "{\"a\":\"测\\n试😀\\u6d4b\",\"b\":\"😀\\\"\"}",
                "{\"单位\":\"亿元\",\"b\":null , \"c\" : 1E+2}");
    }

    /** Lines cut or broken inside a character or an escape, beside the fixed lines both readers share. */
    static Stream<String> refusedAtCharacters() {
        return Stream.of(
                "{\"a\":nu", "{\"a\":\"\\u００00\"}", "{\"a\":1}\u3000", "\u3000{}", "{\"a\":测}", "{\"a\":\"测",
                "{\"a\":\"测\\", "{\"测\"", "{\"a\":\"\\测\"}");
    }

    @ParameterizedTest
    @MethodSource({"org.planindicators.validation.internal.observation.FixedJsonLines#flat", "flatOfManyCharacters"})
    void readsFlatObjectsAsTheTextReaderDoes(String line) {
        JsonLineFields g = new JsonLineFields();
        assertThat(bytes(new JsonLineBytes(g), g, line)).isNotNull().isEqualTo(text(new JsonLineFields(), line));
    }

    @ParameterizedTest
    @MethodSource({"org.planindicators.validation.internal.observation.FixedJsonLines#refused", "refusedAtCharacters"})
    void refusesWhatTheTextReaderRefuses(String line) {
        JsonLineFields g = new JsonLineFields();
        assertThat(bytes(new JsonLineBytes(g), g, line)).isNull();
        assertThat(text(new JsonLineFields(), line)).isNull();
    }

    /** Columns count UTF-16 units, as the text does: an astral character is two, a Chinese one one, é one. */
    @Test
    void columnsCountCharactersNotBytes() {
        JsonLineFields g = new JsonLineFields();
        JsonLineBytes b = new JsonLineBytes(g);
        // {"😀":"é","测":1}: the first value at 7 (after { " 😀=2 " :), the second after "é", "测" :
        assertThat(read(b, utf8("{\"😀\":\"é\",\"测\":1}"))).isTrue();
        assertThat(g.column(0)).isEqualTo(7);
        assertThat(g.column(1)).isEqualTo(15);
        assertThat(g.closeColumn()).isEqualTo(16);
    }

    @Test
    void keysAreRecognisedFromTheirBytesAndSharedWithTheTextReader() {
        JsonLineFields f = new JsonLineFields();
        JsonLineBytes b = new JsonLineBytes(f);
        assertThat(read(b, utf8("{\"单位\":\"亿元\",\"year\":1}"))).isTrue();
        String unit = f.name(0);
        String year = f.name(1);
        assertThat(read(b, utf8("{\"单位\":\"万元\",\"year\":2}"))).isTrue();
        assertThat(f.name(0)).isSameAs(unit);
        assertThat(f.name(1)).isSameAs(year);
        // A line read as text in between: its keys are the same strings, and so are the next line's.
        assertThat(f.read("{\"单位\":\"%\",\"year\":3}")).isTrue();
        assertThat(f.name(0)).isSameAs(unit);
        assertThat(f.read("{\"单位x\":\"%\",\"year\":3}")).isTrue();
        String other = f.name(0);
        assertThat(other).isEqualTo("单位x");
        assertThat(read(b, utf8("{\"单位x\":\"万元\",\"year\":4}"))).isTrue();
        assertThat(f.name(0)).isSameAs(other);
        assertThat(read(b, utf8("{\"单\":\"万元\"}"))).isTrue();
        assertThat(f.name(0)).isEqualTo("单");
    }

    @Test
    void aValueMetLatelyIsTheSameString() {
        JsonLineFields f = new JsonLineFields();
        JsonLineBytes b = new JsonLineBytes(f);
        assertThat(read(b, utf8("{\"unit\":\"亿元\",\"value\":1.5}"))).isTrue();
        String unit = f.text(0);
        String value = f.text(1);
        assertThat(read(b, utf8("{\"unit\":\"亿元\",\"value\":1.5}"))).isTrue();
        assertThat(f.text(0)).isSameAs(unit);
        assertThat(f.text(1)).isSameAs(value);
    }

    /** The line with every character outside printable ASCII as a Java escape, for the failure's message. */
    static String show(String line) {
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c >= ' ' && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** The bytes of 1-3 ASCII characters and of a Chinese one set round the line, as a buffer holds lines. */
    private static final byte[][] AROUND = {
        "\n".getBytes(StandardCharsets.UTF_8), "}\"".getBytes(StandardCharsets.UTF_8),
        "\"测 ".getBytes(StandardCharsets.UTF_8), "\\\"".getBytes(StandardCharsets.UTF_8),
    };
    private static int around;

    /**
     * Reads {@code line} as the line source hands it over: a range of a larger buffer, with other bytes (a quote, a
     * brace, a backslash, a Chinese character) on each side, never to be read.
     */
    private static boolean read(JsonLineBytes b, byte[] line) {
        byte[] before = AROUND[around++ & 3];
        byte[] after = AROUND[around & 3];
        byte[] buffer = new byte[before.length + line.length + after.length];
        System.arraycopy(before, 0, buffer, 0, before.length);
        System.arraycopy(line, 0, buffer, before.length, line.length);
        System.arraycopy(after, 0, buffer, before.length + line.length, after.length);
        return b.read(buffer, before.length, before.length + line.length);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] PIECES = {
        "{", "}", "{", "}", "\"a\"", "\"测试\"", "\"\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\x\"",
        "\"a\\\"b\"", "\"\\\\\"", "\"\\/\"", "\"\\u00\"", "\"\t\"", "\"😀\"", ":", ":", ",", ",", " ", "\t", "1", "-0",
        "01", "1.5", "1.", "1e5", "1E+2", "-", "null", "true", "nul", "[", "]", "\"", "x", "0.0e-0", "测", "😀", "é",
        "\"测\\n😀\"", "\u3000", "\uFEFF", "\"\\u6D4B试\"",
    };

    @Test
    void agreesWithTheTextReaderOnRandomTokenSequences() {
        SplittableRandom r = new SplittableRandom(16);
        JsonLineFields f = new JsonLineFields();
        JsonLineFields g = new JsonLineFields();
        JsonLineBytes b = new JsonLineBytes(g);
        int read = 0;
        for (int k = 0; k < 300_000; k++) {
            String line = RandomJsonLines.tokens(r, PIECES, 12);
            List<String> text = text(f, line);
            assertThat(bytes(b, g, line)).as("%s", show(line)).isEqualTo(text);
            if (text != null) {
                read++;
            }
        }
        assertThat(read).isGreaterThan(20);
    }

    /**
     * Random flat objects, their keys and values of every shape (escapes, Chinese and astral characters, numbers,
     * nulls, keys twice), then mutated one character in three (a character deleted, put in or changed, the line
     * cut short): the byte reader agrees with the text reader on each, one reader of each kind for all the lines.
     */
    @Test
    void agreesWithTheTextReaderOnObjectsAndTheirMutations() {
        SplittableRandom r = new SplittableRandom(2026);
        String[] keys = {"\"code\"", "\"year\"", "\"value\"", "\"单位\"", "\"a\\u0062\"", "\"\"", "\" x \"", "\"😀\"",
            "\"数值\"", "\"𠀀区\"", "\"k\\\"\""};
        String[] values = {"\"C0001\"", "2023", "-1.25", "1E5", "null", "\"\"", "\" 亿元 \"", "\"\\\"\"", "0",
            "\"\\ud83d\\ude00\"", "true", "{}", "[1]", "\"测\\t试\"", "\"𠀀😀é\"", "\"\\u4EBF元\"", "12.50e-3",
            "-0.0", "\"\u3000亿元\u3000\"", "\"\u0085\"", "\"\\uD83D\"", "\"a\\/b\""};
        String junk = "{}[]:,\"\\ -+.0123456789eEnulltrux测😀\u3000\uFEFF";
        JsonLineFields f = new JsonLineFields();
        JsonLineFields g = new JsonLineFields();
        JsonLineBytes b = new JsonLineBytes(g);
        RandomJsonLines lines = new RandomJsonLines(r, keys, values, junk, 6, 4);
        int read = 0;
        int checked = 0;
        for (int k = 0; k < 100_000; k++) {
            String line = lines.next();
            byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
            if (!new String(utf8, StandardCharsets.UTF_8).equals(line)) {
                continue; // a surrogate cut in two has no UTF-8 bytes
            }
            checked++;
            List<String> text = text(f, line);
            assertThat(bytes(b, g, line)).as("%s", show(line)).isEqualTo(text);
            if (text != null) {
                read++;
            }
        }
        assertThat(checked).isGreaterThan(90_000);
        assertThat(read).isGreaterThan(10_000);
    }

    /** A key or a value as long as a field may be, and one character longer, counted in characters. */
    @Test
    void theLongestKeyIsCountedInCharacters() {
        for (String c : new String[] {"x", "测", "😀"}) {
            int chars = c.length();
            String fits = c.repeat((Parsers.MAX_FIELD_CHARS - 1) / chars);
            String longer = fits + c;
            for (String key : new String[] {fits, longer}) {
                assertSame("{\"" + key + "\":\"" + key + "\"}");
            }
        }
    }
}
