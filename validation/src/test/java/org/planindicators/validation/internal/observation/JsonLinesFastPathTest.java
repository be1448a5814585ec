package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ProblemCollector;

/**
 * The JSON Lines reader with its fast path beside the same reader with Jackson only: the same problems (codes,
 * places, pointers, messages) and the same observations, line after line, on generated lines good and bad.
 */
class JsonLinesFastPathTest {
    /** Problems and observations of each line, as one reader made them. */
    private static List<String> read(List<String> lines, boolean parserOnly) {
        ProblemCollector problems = new ProblemCollector("x.jsonl", Integer.MAX_VALUE);
        List<Observation> delivered = new ArrayList<>();
        RowChecker checker = new RowChecker("x.jsonl", problems, ImportOptions.defaults().units(), null, 2024,
                delivered::add, new KeyHasher(1, 2), 1 << 16);
        JsonLinesFormat format = new JsonLinesFormat("x.jsonl", problems, checker, parserOnly);
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String text : lines) {
            format.accept(new LineSource.Line(++n, text, text.length()));
            for (Problem p : problems.drainListed()) {
                out.add(n + " " + p);
            }
            for (Observation o : delivered) {
                out.add(n + " " + o);
            }
            delivered.clear();
        }
        return out;
    }

    @Test
    void theFastPathChangesNothingThatIsReported() {
        SplittableRandom r = new SplittableRandom(16);
        String[] keys = {"code", "indicator", "指标", "jurisdiction", "year", "period", "年份", "value", "数值", "unit",
            "status", "source", "区县", "", " ", "a/b~c", "dimensions", "数值 "};
        String[] values = {"\"C0001\"", "\"地区生产总值\"", "2023", "\"2023\"", "\"2023-Q2\"", "\"20x3\"", "1.25",
            "\"1,5\"", "\"1e5\"", "-0", "1E5", "\"亿元\"", "\"万元\"", "\"furlong\"", "\"final\"", "\"初步\"", "\"??\"",
            "null", "\"\"", "\"  \"", "true", "{\"城乡\":\"城镇\"}", "[1]", "\"x\".repeat"};
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder("{");
            int members = r.nextInt(8);
            for (int i = 0; i < members; i++) {
                if (i > 0) {
                    sb.append(r.nextInt(4) == 0 ? ", " : ",");
                }
                String v = values[r.nextInt(values.length)];
                if (v.equals("\"x\".repeat")) {
                    v = "\"" + "x".repeat(Parsers.MAX_FIELD_CHARS + r.nextInt(2)) + "\"";
                }
                sb.append('"').append(keys[r.nextInt(keys.length)]).append("\":").append(v);
            }
            sb.append(r.nextInt(5) == 0 ? " }" : "}");
            lines.add(sb.toString());
        }
        List<String> fast = read(lines, false);
        assertThat(fast).isEqualTo(read(lines, true));
        assertThat(fast).anyMatch(s -> s.contains("Observation["));
        assertThat(fast).anyMatch(s -> s.contains("O015"));
    }
}
