package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.observation.KeyHasher;
import org.planindicators.validation.internal.observation.ObservationReader;
import org.planindicators.validation.internal.observation.PartedCheck;

/**
 * A file checked in parts on several threads ({@link PartedCheck}) gives the report one reader gives: the same
 * problems in the same order, the same counts — on the whole corpus cut into as many parts as it has room for, and on
 * generated files with duplicates across parts, jurisdictions past the counted ones, bad rows, title rows, every line
 * terminator, bytes that stop being text and a NUL somewhere in the middle.
 */
class PartedCheckTest {
    @TempDir
    Path dir;

    private static ValidationReport one(Path file, String name, ImportOptions options, @Nullable Plan plan)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ObservationReader(options, plan, Reads.CURRENT_YEAR, new KeyHasher(1, 2), 1 << 26)
                    .check(in, name);
        }
    }

    private static ValidationReport parted(Path file, String name, ImportOptions options, @Nullable Plan plan,
            int threads) throws IOException {
        return parted(file, name, options, plan, threads, PartedCheck.OTHERS_PER_PART);
    }

    private static ValidationReport parted(Path file, String name, ImportOptions options, @Nullable Plan plan,
            int threads, int othersPerPart) throws IOException {
        return new PartedCheck(options, plan, Reads.CURRENT_YEAR, new KeyHasher(1, 2), 1 << 26, 1, othersPerPart)
                .check(file, name, threads);
    }

    private void assertSame(String name, byte[] bytes, ImportOptions options, @Nullable Plan plan)
            throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ValidationReport expected = one(file, file.toString(), options, plan);
        for (int threads : new int[] {2, 3, 5}) {
            assertThat(parted(file, file.toString(), options, plan, threads))
                    .as("%s in %d parts", name, threads)
                    .isEqualTo(expected);
        }
        // Parts that count few other jurisdictions one by one overflow, and are read again.
        assertThat(parted(file, file.toString(), options, plan, 3, 20)).as("%s, 20 others a part", name)
                .isEqualTo(expected);
    }

    static Stream<String> corpus() throws Exception {
        return CheckOnlyTest.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusFileInPartsReportsWhatOneReaderReports(String file) throws IOException {
        byte[] bytes = BrokenCorpusTest.bytes(file);
        String name = file.substring(file.lastIndexOf('/') + 1);
        assertSame(name, bytes, ImportOptions.defaults(), TestPlans.wenjiang2023());
        assertSame(name, bytes, ImportOptions.defaults(), null);
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 60).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedFilesInPartsReportWhatOneReaderReports(int seed) throws IOException {
        Random random = new Random(seed);
        boolean json = random.nextInt(3) == 0;
        String terminator = switch (random.nextInt(4)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
        StringBuilder text = new StringBuilder();
        if (!json) {
            if (random.nextBoolean()) {
                text.append("表1 温江区主要指标").append(terminator);
            }
            text.append("指标,地区,年份,数值,单位,城乡").append(terminator);
        }
        int rows = 20 + random.nextInt(400);
        String[] indicators = {"地区生产总值", "GDP", "新增就业", "一般公共预算收入", "耕地保有量", "未知指标"};
        String[] units = {"亿元", "亿元", "人", "万元", "公顷", "亿美刀"};
        for (int i = 0; i < rows; i++) {
            int which = random.nextInt(indicators.length);
            String indicator = indicators[which];
            String jurisdiction = switch (random.nextInt(6)) {
                case 0 -> "";
                case 1 -> "区" + random.nextInt(30); // more others than are counted one by one
                case 2 -> "温江区";
                default -> "成都市温江区";
            };
            int year = 2015 + random.nextInt(12);
            String value = switch (random.nextInt(12)) {
                case 0 -> "n/a";
                case 1 -> "";
                default -> Integer.toString(random.nextInt(50)) + (random.nextBoolean() ? ".5" : "");
            };
            String unit = units[which == 1 ? 0 : which];
            String area = random.nextInt(4) == 0 ? "城镇" : random.nextInt(3) == 0 ? "农村" : "";
            if (random.nextInt(25) == 0) {
                text.append(terminator); // a blank line
            }
            if (json) {
                text.append("{\"指标\":\"").append(indicator).append("\",\"地区\":\"").append(jurisdiction)
                        .append("\",\"年份\":").append(year).append(",\"数值\":\"").append(value)
                        .append("\",\"单位\":\"").append(unit).append('"');
                if (!area.isEmpty()) {
                    text.append(",\"城乡\":\"").append(area).append('"');
                }
                text.append(random.nextInt(40) == 0 ? "" : "}").append(terminator);
            } else {
                text.append(indicator).append(',').append(jurisdiction).append(',').append(year).append(',')
                        .append(value).append(',').append(unit).append(',').append(area)
                        .append(random.nextInt(40) == 0 ? ",\"" : "").append(terminator);
            }
        }
        Charset charset = random.nextInt(5) == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (charset == StandardCharsets.UTF_8 && random.nextInt(4) == 0) {
            out.write(0xEF);
            out.write(0xBB);
            out.write(0xBF);
        }
        byte[] body = text.toString().getBytes(charset);
        switch (random.nextInt(8)) {
            case 0 -> body[body.length / 2 + random.nextInt(body.length / 3)] = 0; // a NUL: binary from there
            case 1 -> {
                if (charset == StandardCharsets.UTF_8) {
                    body[body.length / 2 + random.nextInt(body.length / 3)] = (byte) 0xFF; // not UTF-8 from there
                }
            }
            default -> {
            }
        }
        out.write(body);
        ImportOptions options = random.nextInt(3) == 0 ? ImportOptions.defaults().withMaxProblems(5)
                : ImportOptions.defaults();
        String name = "generated" + (json ? ".jsonl" : random.nextBoolean() ? ".csv" : ".txt");
        assertSame(name, out.toByteArray(), options, TestPlans.wenjiang2023());
    }

    @Test
    void aFileWhoseSecondHalfRepeatsItsFirstReportsEveryRepeatOnce() throws IOException {
        StringBuilder text = new StringBuilder("指标,年份,数值\n");
        for (int i = 0; i < 100; i++) {
            text.append("地区生产总值,").append(1980 + i % 40).append(",1.").append(i).append('\n');
        }
        String half = text.substring(text.indexOf("\n") + 1);
        Path file = dir.resolve("twice.csv");
        Files.writeString(file, text + half);
        ValidationReport report = parted(file, "twice.csv", ImportOptions.defaults(), null, 2);
        assertThat(report).isEqualTo(one(file, "twice.csv", ImportOptions.defaults(), null));
        // 40 distinct years among the first 100 rows: 60 repeats there and 100 in the second half.
        assertThat(report.problems()).extracting(p -> p.code().code()).containsOnly("O015").hasSize(160);
        assertThat(report.problems().get(60).location().line()).isEqualTo(102);
        assertThat(report.observations()).isEqualTo(40);
    }

    @Test
    void partsEachMeetingMoreJurisdictionsThanAreCountedCountThemAsOneReaderDoes() throws IOException {
        StringBuilder text = new StringBuilder("指标,地区,年份,数值\n");
        for (int i = 0; i < 600; i++) {
            text.append("地区生产总值,区").append((i + 13 * (i / 50)) % 50).append(',').append(1992 + i / 50).append(",1\n");
        }
        Path file = dir.resolve("others.csv");
        Files.writeString(file, text);
        Plan plan = TestPlans.wenjiang2023();
        ValidationReport report = parted(file, "others.csv", ImportOptions.defaults(), plan, 3);
        assertThat(report).isEqualTo(one(file, "others.csv", ImportOptions.defaults(), plan));
        assertThat(parted(file, "others.csv", ImportOptions.defaults(), plan, 3, 20)).isEqualTo(report);
        assertThat(parted(file, "others.csv", ImportOptions.defaults(), plan, 3, 30)).isEqualTo(report);
        // 20 jurisdictions counted one by one, 12 rows each, the other 30 together.
        assertThat(report.problems()).extracting(p -> p.code().code()).containsOnly("O027").hasSize(21);
        assertThat(report.problems().get(20).value()).isEqualTo("…");
    }

    @Test
    void validateOnSeveralThreadsIsValidateOnOne() throws IOException {
        StringBuilder text = new StringBuilder("指标,年份,数值,单位\n");
        for (int i = 0; text.length() < (6 << 20); i++) { // 6 Mi characters: over 8 MiB in UTF-8, so two parts
            text.append(i % 7 == 0 ? "地区生产总值" : "新增就业").append(',').append(1995 + i % 37).append(',')
                    .append(i % 101 == 0 ? "x" : Integer.toString(i)).append(',').append(i % 7 == 0 ? "亿元" : "人")
                    .append('\n');
        }
        Path file = dir.resolve("o.csv");
        Files.writeString(file, text);
        ValidationReport one = Observations.validate(file, ImportOptions.defaults(), TestPlans.wenjiang2023());
        assertThat(Observations.validate(file, ImportOptions.defaults(), TestPlans.wenjiang2023(), 2))
                .isEqualTo(one);
        assertThat(Files.size(file)).isGreaterThan(2 * PartedCheck.MIN_PART_BYTES);
        assertThat(one.problems()).isNotEmpty();
        assertThat(one.observations()).isGreaterThan(0);
    }
}
