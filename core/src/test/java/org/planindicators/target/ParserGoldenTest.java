package org.planindicators.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.planindicators.unit.Unit;

/**
 * The differential test of the target parser (issue 16): every phrase of {@code parser-golden.txt} must read exactly
 * as the parser read it when the file was recorded, before the scanner was rewritten for speed. The file holds the
 * phrases of both corpora (seed statements, real target phrases), every non-ASCII string literal of core's tests, and
 * 4,000 phrases made from those by seeded mutations (joining two phrases, cutting, inserting, deleting and
 * widening characters), each read by the standard parser and by one whose default unit is %; a reading is rendered
 * in full: every target's record components down to each unit's symbol, family and ordinality, its subject, span,
 * year and measure, or the error's code, index, fragment and English and Chinese messages (a third column of "="
 * says the reading with the default unit % is the same as the standard one).
 *
 * <p>The file was recorded once from the parser before the rewrite ({@code -Dparser.golden.write=true} records it
 * again, from the parser as it is: only for a deliberate change of behaviour, stated in the commit).
 */
class ParserGoldenTest {
    private static final Path FILE = Path.of("src/test/resources/parser-golden.txt");
    private static final String RESOURCE = "/parser-golden.txt";
    private static final TargetParser STANDARD = TargetParser.standard();
    private static final TargetParser PERCENT = TargetParser.standard().withDefaultUnit(Unit.PERCENT);

    @Test
    void everyPhraseReadsAsRecorded() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        assertThat(lines).hasSizeGreaterThan(4000);
        List<String> differences = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(3);
            String phrase = unescape(f[0]);
            String standard = render(STANDARD.parse(phrase));
            String percent = render(PERCENT.parse(phrase));
            if (!standard.equals(unescape(f[1]))) {
                differences.add(f[0] + "\n  recorded " + unescape(f[1]) + "\n  now      " + standard);
            }
            String recordedPercent = f[2].equals("=") ? unescape(f[1]) : unescape(f[2]);
            if (!percent.equals(recordedPercent)) {
                differences.add(f[0] + " (default %)\n  recorded " + recordedPercent + "\n  now      " + percent);
            }
        }
        assertThat(differences).as("%d readings differ", differences.size()).isEmpty();
    }

    /** Records the file again from the parser as it is. */
    @Test
    @EnabledIfSystemProperty(named = "parser.golden.write", matches = "true")
    void record() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String p : phrases()) {
            String standard = render(STANDARD.parse(p));
            String percent = render(PERCENT.parse(p));
            out.append(escape(p)).append('\t').append(escape(standard)).append('\t')
                    .append(percent.equals(standard) ? "=" : escape(percent)).append('\n');
        }
        Files.writeString(FILE, out.toString(), StandardCharsets.UTF_8);
    }

    /** A reading in full. */
    static String render(TargetParseResult r) {
        if (r.error() != null) {
            TargetParseError e = r.error();
            return "ERROR " + e.code() + " @" + e.index() + " [" + e.fragment() + "] " + e.message(Locale.ENGLISH)
                    + " / " + e.message(Locale.SIMPLIFIED_CHINESE);
        }
        StringBuilder b = new StringBuilder();
        for (ParsedTarget t : r.targets()) {
            b.append(t.target()).append(" = ").append(value(t.target())).append(" subject=").append(t.subject())
                    .append(" span=").append(t.start()).append('-').append(t.end()).append(" year=").append(t.year())
                    .append(' ').append(t.measure()).append(" ; ");
        }
        return b.toString();
    }

    private static String value(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Unit u) {
            return "'" + u.symbol() + "'(" + u.family() + (u.isOrdinal() ? ",ordinal" : "") + ")";
        }
        if (o instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (Object e : list) {
                b.append(value(e)).append(',');
            }
            return b.append(']').toString();
        }
        if (o.getClass().isRecord()) {
            StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('(');
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                try {
                    b.append(c.getName()).append('=').append(value(c.getAccessor().invoke(o))).append(' ');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return b.append(')').toString();
        }
        return o.toString();
    }

    /** The phrases: both corpora, the tests' literals, and seeded mutations of them. */
    private static List<String> phrases() throws IOException {
        Set<String> base = new LinkedHashSet<>();
        try (InputStream in = Objects.requireNonNull(ParserGoldenTest.class.getResourceAsStream(
                "/seed-statements.csv"));
                Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> records = RealTargetPhrasesTest.Csv.parse(r);
            int col = records.get(0).indexOf("raw_text");
            for (List<String> f : records.subList(1, records.size())) {
                base.add(f.get(col));
            }
        }
        for (RealTargetPhrasesTest.Row row : RealTargetPhrasesTest.read()) {
            base.add(row.phrase());
        }
        base.addAll(testLiterals());
        List<String> all = new ArrayList<>(base);
        List<String> seeds = List.copyOf(base);
        Random random = new Random(16);
        String[] pieces = {"0", "1", "7", "2025", "6.5", "3,000", "%", "％", "以上", "以内", "以下", "左右", "(±0.5%)",
            "—", "——", "-", "~", "至", "到", "[", "]", "〔", "〕", "年", "万", "亿元", "万吨", "个百分点", "增长", "下降",
            "提高到", "力争", "，", "、", "；", "。", "累计", "年均", "第", "排名第", "Ⅲ类", "类", ".", ":", ":1", " ",
            "　", "１２", "不低于", "突破", "控制在", "约", "余", "多", "连续", "由", "从", "和", "与上年持平",
            "高于全国平均水平", "完成国家下达目标", "实现正增长", "更好结果", "PM2.5", "5G", "分钟", "圈", "见", "名(个)",
            "/", "每", "平方米/人", "e5", "\n", "\u200B", "大", "跨过", "万亿", "大关", "1-6月", "上半年"};
        while (all.size() < base.size() + 4000) {
            String a = seeds.get(random.nextInt(seeds.size()));
            String m = switch (random.nextInt(6)) {
                case 0 -> a + "，、；".charAt(random.nextInt(3)) + seeds.get(random.nextInt(seeds.size()));
                case 1 -> cut(a, random);
                case 2 -> insert(a, pieces[random.nextInt(pieces.length)], random);
                case 3 -> delete(a, random);
                case 4 -> widen(a, random);
                default -> insert(insert(a, pieces[random.nextInt(pieces.length)], random),
                        pieces[random.nextInt(pieces.length)], random);
            };
            if (m.length() <= TargetParser.MAX_INPUT_LENGTH && !m.isEmpty()) {
                all.add(m);
            }
        }
        return all;
    }

    private static String cut(String a, Random random) {
        int i = random.nextInt(a.length() + 1);
        int j = random.nextInt(a.length() + 1);
        return a.substring(Math.min(i, j), Math.max(i, j));
    }

    private static String insert(String a, String piece, Random random) {
        int i = random.nextInt(a.length() + 1);
        return a.substring(0, i) + piece + a.substring(i);
    }

    private static String delete(String a, Random random) {
        if (a.isEmpty()) {
            return a;
        }
        int i = random.nextInt(a.length());
        return a.substring(0, i) + a.substring(i + 1);
    }

    private static String widen(String a, Random random) {
        StringBuilder b = new StringBuilder(a.length());
        for (char c : a.toCharArray()) {
            b.append(c >= '!' && c <= '~' && random.nextBoolean() ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** Every string literal of core's tests that holds a non-ASCII character. */
    private static List<String> testLiterals() throws IOException {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/java"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path p : files) {
            if (p.getFileName().toString().equals("ParserGoldenTest.java")) {
                continue;
            }
            Matcher m = literal.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                String s = javaUnescape(m.group(1));
                if (s.chars().anyMatch(c -> c > 127) && s.length() <= 200) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String javaUnescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'u' -> {
                    while (i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                        i++;
                    }
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(d);
            }
        }
        return b.toString();
    }

    /** Escapes backslashes, tabs, line breaks and other control characters so that a phrase stays on one line. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\\') {
                b.append("\\\\");
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\u2028'
                    || c == '\u2029' || c == '\u0085') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char d = s.charAt(++i);
                if (d == 'u') {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    b.append(d);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
