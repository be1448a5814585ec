package org.planindicators.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with a labelled corpus of target phrases taken verbatim from published provincial and municipal
 * government work reports, annual plans and five-year plan reviews (test resource {@code real-target-phrases.csv};
 * each row names its region, document, year and source address). A phrase agrees when it is read without error into
 * exactly the labelled targets: same kinds and same canonical notations (which carry value, unit, bounds and
 * accumulation). Labels say what the phrase means, not what the parser does; the corpus must agree at 97% or more.
 */
class RealTargetPhrasesTest {
    /** The share of phrases that must be read as labelled. */
    static final double REQUIRED_AGREEMENT = 0.97;

    record Row(String id, String region, String year, String url, String phrase, List<String> kinds,
            List<String> canonical, List<String> accumulation) {
        @Override
        public String toString() {
            return id + " " + phrase;
        }
    }

    static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        rows = read();
    }

    static List<Row> read() throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                RealTargetPhrasesTest.class.getResourceAsStream("/real-target-phrases.csv"), "real-target-phrases.csv");
                Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> records = Csv.parse(r);
            assertThat(records.get(0)).containsExactly("id", "region", "document", "year", "source_url", "phrase",
                    "kinds", "canonical", "accumulation", "note");
            for (List<String> f : records.subList(1, records.size())) {
                out.add(new Row(f.get(0), f.get(1), f.get(3), f.get(4), f.get(5), split(f.get(6)), split(f.get(7)),
                        split(f.get(8))));
            }
        }
        return out;
    }

    private static List<String> split(String cell) {
        return Arrays.asList(cell.split("\\|", -1));
    }

    static Stream<Row> rows() throws IOException {
        return read().stream();
    }

    /** Whether {@code row}'s phrase is read as labelled; null when it is, else what was read instead. */
    static String disagreement(Row row) {
        TargetParseResult result = TargetParser.standard().parse(row.phrase());
        if (!result.isSuccess()) {
            return "error " + result.error().code().code();
        }
        List<String> kinds = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        List<String> accumulation = new ArrayList<>();
        for (ParsedTarget t : result.targets()) {
            kinds.add(t.target().kind().code());
            canonical.add(t.target().toString());
            accumulation.add(t.target().accumulation().code());
        }
        if (kinds.equals(row.kinds()) && canonical.equals(row.canonical()) && accumulation.equals(row.accumulation())) {
            return null;
        }
        return kinds + " " + canonical;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowIsWellFormed(Row row) {
        assertThat(row.url()).startsWith("http");
        assertThat(row.kinds()).hasSameSizeAs(row.canonical()).hasSameSizeAs(row.accumulation());
        for (String k : row.kinds()) {
            TargetKind.ofCode(k);
        }
        assertThat(TargetParser.standard().parse(row.phrase()).error()).as(row.id()).isNull();
    }

    @Test
    void atLeast97PercentOfTheRealPhrasesAreReadAsLabelled() {
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            String d = disagreement(row);
            if (d != null) {
                misses.add(row.id() + " " + row.phrase() + " | labelled " + row.kinds() + " " + row.canonical()
                        + " | read " + d);
            }
        }
        double agreement = (rows.size() - misses.size()) / (double) rows.size();
        System.out.printf("real target phrases: %d/%d agree (%.1f%%)%n", rows.size() - misses.size(), rows.size(),
                100 * agreement);
        misses.forEach(System.out::println);
        assertThat(agreement).as("agreement, misses: %s", misses).isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
    }

    @Test
    void theCorpusIsLargeAndComesFromManyRegions() {
        Set<String> regions = new LinkedHashSet<>();
        for (Row row : rows) {
            if (!row.region().equals("全国")) {
                regions.add(row.region());
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(regions).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyNewNotationClassIsCovered() {
        Set<String> kinds = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        for (Row row : rows) {
            kinds.addAll(row.kinds());
            all.append(row.phrase()).append('\n');
        }
        assertThat(kinds).contains("two_tier", "delegated", "relative", "at_least", "greater_than", "qualitative");
        String text = all.toString();
        for (String word : List.of("亿斤", "万亿斤", "千瓦时", "标准煤", "列", "微克每立方米", "力争", "争取", "迈上", "跨过",
                "国家下达", "高于全国", "持平", "规模以上", "及以上", "PM2.5", "Ⅱ类", "在实际工作中努力争取更好结果")) {
            assertThat(text).as(word).contains(word);
        }
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, quotes doubled, and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(Reader r) throws IOException {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = r.read()) >= 0) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        r.mark(1);
                        int next = r.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next >= 0) {
                                r.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else if (ch != '\r') {
                    field.append(ch);
                }
            }
            if (field.length() > 0 || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            return records;
        }
    }
}
