package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The CSV fast path (a line without quotes or line breaks split at its commas, added for the benchmarks' import
 * throughput) reads every line exactly as Jackson's CSV parser, which reads all other lines.
 */
class CsvPlainLineTest {
    private static List<String> jackson(String line) {
        List<String> cells = new ArrayList<>();
        try (JsonParser p = Parsers.csv(line)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    cells.add(p.getString());
                }
            }
        }
        return cells;
    }

    @Test
    void plainLinesSplitAsJacksonReadsThem() {
        List<String> lines = new ArrayList<>(List.of("a", ",", ",,", "a,b,", ",a", " a , b ", "a,,b", "\uFEFF指标,x",
                "C0001,110101,2010,185.13,亿元,最终核实", "a\tb,c", "#a,b", "a'b,c\\d", "1,234.5,万元", " ", "a, ,"));
        SplittableRandom r = new SplittableRandom(1);
        char[] alphabet = {'a', '区', ',', ',', ' ', '\t', '#', '\'', '\\', '\uFEFF', '.', '1', ';'};
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(1, 20); k > 0; k--) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            lines.add(b.toString());
        }
        for (String line : lines) {
            assertThat(CsvFormat.isPlain(line)).as(line).isTrue();
            assertThat(CsvFormat.splitPlain(line, 6)).as(line).isEqualTo(jackson(line));
        }
    }

    @Test
    void quotesLineBreaksAndLongLinesAreNotPlain() {
        assertThat(CsvFormat.isPlain("a,\"b\"")).isFalse();
        assertThat(CsvFormat.isPlain("a\rb")).isFalse();
        assertThat(CsvFormat.isPlain("a\nb")).isFalse();
        assertThat(CsvFormat.isPlain(",".repeat(Parsers.MAX_FIELD_CHARS))).isTrue();
        assertThat(CsvFormat.isPlain(",".repeat(Parsers.MAX_FIELD_CHARS + 1))).isFalse();
    }
}
