package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.validation.internal.QuoteCheck;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fast CSV split beside Jackson's CSV parser: every line the fast path splits, Jackson reads to the same fields
 * (and the quote check finds nothing wrong with it); the lines it refuses are the ones left to Jackson.
 */
class CsvFieldsTest {
    /** Jackson's fields of {@code line}, or null when it refuses the line or the quote check does. */
    private static List<String> jackson(String line) {
        QuoteCheck quotes = new QuoteCheck();
        for (int i = 0; i < line.length(); i++) {
            quotes.feed(line.charAt(i));
        }
        if (quotes.badLine() > 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        try (JsonParser p = Parsers.csv(line)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    cells.add(p.getString());
                }
            }
        } catch (JacksonException e) {
            return null;
        }
        return cells;
    }

    /** One splitter for all lines, so that its recent texts are exercised. */
    private static final CsvFields SPLITTER = new CsvFields();

    private static List<String> fast(String line) {
        Cells out = new Cells();
        return SPLITTER.split(line, out) ? out : null;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "a,b,c|[a, b, c]",
        "a,,c|[a, , c]",
        "a,b,|[a, b, ]",
        ",|[, ]",
        "x|[x]",
        "' a , b '|[ a ,  b ]",
        "\"a,b\",c|[a,b, c]",
        "\"测\"\"试\",2023|[测\"试, 2023]",
        "\"\",\"\"|[, ]",
        "\"\"\"\"|[\"]",
        "a,\"b\"|[a, b]",
        "GDP,\"1,234.5\",亿元|[GDP, 1,234.5, 亿元]",
    })
    void splitsPlainLinesAsJacksonDoes(String line, String expected) {
        assertThat(fast(line)).hasToString(expected);
        assertThat(jackson(line)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "\"a",           // not closed
        "\"a\"b,c",      // text after the closing quote
        "a,\"b\" ,c",    // a space after the closing quote
        "a, \"b\",c",    // a space before the opening quote
        "测\"试,1",      // a quote inside an unquoted field
        "\"a\"\"",       // the last quote pair leaves the field open
    })
    void leavesOtherLinesToTheParser(String line) {
        assertThat(fast(line)).isNull();
    }

    @Test
    void aLineOfOnlyCommasPastTheTokenLimitIsLeftToTheParser() {
        String commas = ",".repeat(Parsers.MAX_LINE_CHARS - 1);
        assertThat(fast(commas)).isNull();
        assertThat(fast(",".repeat(1000))).hasSize(1001);
    }

    @Test
    void cellsGrowPastTheirFirstArrayAndAreEmptiedForTheNextLine() {
        CsvFields f = new CsvFields();
        Cells cells = new Cells();
        String wide = String.join(",", java.util.Collections.nCopies(40, "x")) + ",end";
        assertThat(f.split(wide, cells)).isTrue();
        assertThat(cells).hasSize(41);
        assertThat(cells.get(40)).isEqualTo("end");
        assertThat(splitWithin(f, "a,b", cells)).isTrue();
        assertThat(cells).containsExactly("a", "b");
        assertThatThrownBy(() -> cells.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Cells.of(List.of("p", "q"))).containsExactly("p", "q");
    }

    @Test
    void aTextSeenLatelyInTheSameColumnIsTheSameString() {
        CsvFields f = new CsvFields();
        Cells a = new Cells();
        Cells b = new Cells();
        assertThat(f.split("C0001,110101,2023,1.5,亿元", a)).isTrue();
        assertThat(f.split("C0001,110102,2024,1.5,亿元", b)).isTrue();
        assertThat(b.get(0)).isSameAs(a.get(0));
        assertThat(b.get(1)).isEqualTo("110102").isNotSameAs(a.get(1));
        assertThat(b.get(4)).isSameAs(a.get(4));
        assertThat(f.split("1.5,C0001", b)).isTrue();
        assertThat(b).containsExactly("1.5", "C0001");
        assertThat(b.get(1)).isNotSameAs(a.get(0));
    }

    @Test
    void anEmptyLineHasNoFieldsAsInJackson() {
        assertThat(fast("")).isEmpty();
        assertThat(jackson("")).isEmpty();
    }

    @Test
    void agreesWithJacksonOnRandomLines() {
        char[] alphabet = {'a', '测', ',', ',', '"', '"', ' ', '\t', '1', '.', '\''};
        SplittableRandom r = new SplittableRandom(16);
        int split = 0;
        for (int k = 0; k < 200_000; k++) {
            int len = r.nextInt(14);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String line = sb.toString();
            List<String> fast = fast(line);
            if (fast != null) {
                split++;
                assertThat(jackson(line)).as("%s", line).isEqualTo(fast);
            }
        }
        assertThat(split).isGreaterThan(50_000);
    }

    @Test
    void agreesWithJacksonOnQuotedFieldsOfEveryShape() {
        SplittableRandom r = new SplittableRandom(4180);
        String[] fields = {"", "a", "测试", " x ", "\"a,b\"", "\"测\"\"试\"", "\"\"", "\"\"\"\"", "1.5", "\"a\"\"\"\"b\""};
        int byBytes = 0;
        for (int k = 0; k < 20_000; k++) {
            int n = 1 + r.nextInt(6);
            StringBuilder sb = new StringBuilder();
            boolean quoteInside = false; // a field that holds a quote of its own ("测""试", """", "a""""b")
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                int f = r.nextInt(fields.length);
                quoteInside |= f == 5 || f == 7 || f == 9;
                sb.append(fields[f]);
            }
            String line = sb.toString();
            List<String> fast = fast(line);
            assertThat(fast).as("%s", line).isNotNull().isEqualTo(jackson(line));
            Cells bytes = new Cells();
            boolean split = splitWithin(BYTES, line, bytes);
            assertThat(split).as("split on its bytes unless a field holds a quote: %s", line).isEqualTo(!quoteInside);
            if (split) {
                assertThat(bytes).as("%s", line).isEqualTo(fast);
                byBytes++;
            }
        }
        assertThat(byBytes).isGreaterThan(5_000);
    }

    /** One splitter of bytes for the quoted lines, so that its recent texts are exercised. */
    private static final CsvFields BYTES = new CsvFields();

    @Test
    void theBytesOfALineSplitAsItsText() {
        String[] alphabet = {"a", "测", "😀", ",", ",", "\"", " ", "\t", "1", ".", "元", "\u00e9"};
        SplittableRandom r = new SplittableRandom(8);
        CsvFields byBytes = new CsvFields();
        CsvFields byText = new CsvFields();
        int split = 0;
        int quoted = 0;
        for (int k = 0; k < 100_000; k++) {
            int len = r.nextInt(16);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String line = sb.toString();
            Cells a = new Cells();
            Cells b = new Cells();
            boolean bytes = splitWithin(byBytes, line, a);
            if (line.indexOf('"') < 0) {
                assertThat(bytes).as("%s", line).isTrue();
            }
            if (bytes) {
                split++;
                quoted += line.indexOf('"') >= 0 ? 1 : 0;
                assertThat(byText.split(line, b)).as("%s", line).isTrue();
                assertThat(a).as("%s", line).isEqualTo(b);
            }
        }
        assertThat(split).isGreaterThan(20_000);
        assertThat(quoted).isGreaterThan(1_000); // lines with quoted fields, split on their bytes too
    }

    @Test
    void bytesSeenLatelyInTheSameColumnAreTheSameString() {
        CsvFields f = new CsvFields();
        Cells a = new Cells();
        Cells b = new Cells();
        assertThat(splitWithin(f, "C0001,110101,1.5,亿元", a)).isTrue();
        assertThat(splitWithin(f, "C0001,110102,1.5,亿元", b)).isTrue();
        assertThat(b).containsExactly("C0001", "110102", "1.5", "亿元");
        assertThat(b.get(0)).isSameAs(a.get(0));
        assertThat(b.get(3)).isSameAs(a.get(3));
        assertThat(b.get(1)).isNotSameAs(a.get(1));
    }

    /**
     * Splits the UTF-8 bytes of {@code line} placed in the middle of a larger array, between bytes of other lines
     * (quotes, commas, a line feed), as a reader's buffer holds them.
     */
    private static boolean splitWithin(CsvFields f, String line, Cells out) {
        byte[] before = "\"x,\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] after = "\n\",y\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] buffer = new byte[before.length + bytes.length + after.length];
        System.arraycopy(before, 0, buffer, 0, before.length);
        System.arraycopy(bytes, 0, buffer, before.length, bytes.length);
        System.arraycopy(after, 0, buffer, before.length + bytes.length, after.length);
        return f.split(buffer, before.length, before.length + bytes.length, out);
    }
}
