package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;

/**
 * Hostile and damaged input: each is answered with a report carrying the right code, never an exception, within the
 * read limits (no timing is asserted).
 */
class HostileInputTest {
    private static final String MINIMAL = Fixtures.text("minimal.json");

    private static ImportResult<Plan> read(byte[] bytes) {
        return read(bytes, ImportOptions.defaults());
    }

    private static ImportResult<Plan> read(byte[] bytes, ImportOptions options) {
        return PlanJson.read(new ByteArrayInputStream(bytes), "hostile.json", options);
    }

    private static ImportResult<Plan> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem only(ImportResult<Plan> r) {
        assertThat(r.value()).isNull();
        assertThat(r.report().problems()).as(Fixtures.describe(r)).hasSize(1);
        return r.report().problems().get(0);
    }

    @Test
    void aHugeExponentIsRefusedBeforeAnyNumberIsMade() {
        ImportResult<Plan> r = read(MINIMAL.replace("\"value\": \"52.5\"", "\"value\": 1e999999999"));
        Problem p = only(r);
        assertThat(p.code().code()).isEqualTo("J005");
        assertThat(p.value()).isEqualTo("1e999999999");
        assertThat(p.location().pointer()).isEqualTo("/parts/0/goals/0/indicators/0/baseline/value");
    }

    @Test
    void exponentsInStringsAndInYearsAreRefusedToo() {
        assertThat(only(read(MINIMAL.replace("\"52.5\"", "\"1.5E3\""))).code().code()).isEqualTo("J005");
        assertThat(only(read(MINIMAL.replace("\"baseYear\": 2020", "\"baseYear\": 2.02E3"))).code().code())
                .isEqualTo("J005");
    }

    @Test
    void infinitiesAreRefused() {
        for (String token : new String[] {"Infinity", "-Infinity", "+INF", "NaN"}) {
            Problem p = only(read(MINIMAL.replace("\"52.5\"", token)));
            assertThat(p.code().code()).as(token).isEqualTo("J006");
            assertThat(p.value()).isEqualTo(token);
        }
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        Problem arrays = only(read("[".repeat(200) + "]".repeat(200)));
        assertThat(arrays.code().code()).isEqualTo("J004");
        assertThat(arrays.location().line()).isEqualTo(1);
        assertThat(arrays.location().column()).isEqualTo(65);
        assertThat(arrays.location().pointer()).isEqualTo("/0".repeat(64));
        Problem objects = only(read("{\"a\":".repeat(200) + "1" + "}".repeat(200)));
        assertThat(objects.code().code()).isEqualTo("J004");
    }

    @Test
    void aTenMegabyteStringStopsAtTheLimitAndIsNotQuotedWhole() {
        // Ten megabytes is past the file limit (8 MiB by default): raised here so that the string limit is met.
        String big = "x".repeat(10 * 1024 * 1024);
        Problem p = only(read(MINIMAL.replace("\"测试规划\"", "\"" + big + "\"").getBytes(StandardCharsets.UTF_8),
                ImportOptions.defaults().withMaxFileBytes(64L * 1024 * 1024)));
        assertThat(p.code().code()).isEqualTo("J004");
        assertThat(p.location().pointer()).isEqualTo("/title");
        assertThat(p.location().line()).isEqualTo(3);
        assertThat(p.location().column()).isEqualTo(12);
        assertThat(p.toString().length()).isLessThan(1000);
    }

    @Test
    void tooManyTokensStopAtTheLimit() {
        Problem p = only(read("[" + "1,".repeat(2_100_000) + "1]"));
        assertThat(p.code().code()).isEqualTo("J004");
        assertThat(p.message(java.util.Locale.ENGLISH)).contains("more than 2000000 values");
    }

    @Test
    void aLongPropertyNameStopsAtTheLimit() {
        assertThat(only(read("{\"" + "k".repeat(5000) + "\": 1}")).code().code()).isEqualTo("J004");
    }

    @Test
    void aNumberLongerThanTheLimitStops() {
        Problem p = only(read(MINIMAL.replace("\"52.5\"", "9".repeat(100))));
        assertThat(p.code().code()).isEqualTo("J004");
        assertThat(p.location().column()).isEqualTo(26);
    }

    @Test
    void aNumberWithMoreDigitsThanAQuantityHoldsIsABadNumber() {
        Problem p = only(read(MINIMAL.replace("\"52.5\"", "1" + "0".repeat(49))));
        assertThat(p.code().code()).isEqualTo("J012");
    }

    @Test
    void randomBytesAreNotText() {
        byte[] bytes = new byte[64 * 1024];
        new Random(20_240_101L).nextBytes(bytes);
        bytes[100] = 0;
        assertThat(only(read(bytes)).code().code()).isEqualTo("F004");
        // Without NUL bytes, random bytes are not UTF-8.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = 1;
            }
        }
        assertThat(only(read(bytes)).code().code()).isEqualTo("F003");
    }

    @Test
    void everyTruncationOfADocumentIsReported() {
        for (int cut = 1; cut < MINIMAL.strip().length(); cut++) {
            String prefix = MINIMAL.substring(0, cut);
            ImportResult<Plan> r = read(prefix);
            assertThat(r.value()).as(prefix).isNull();
            assertThat(r.report().problems()).as(prefix).isNotEmpty();
            String code = r.report().problems().get(0).code().code();
            assertThat(code).as(prefix).isIn("J001", "J002");
        }
    }

    @Test
    void aTruncatedFileEndsBeforeTheDocumentIsComplete() {
        Problem p = only(read(MINIMAL.substring(0, MINIMAL.indexOf("\"kind\""))));
        assertThat(p.code().code()).isEqualTo("J002");
        assertThat(p.location().line()).isEqualTo(9);
        assertThat(p.location().column()).isEqualTo(3);
    }

    @Test
    void emptyAndBlankFiles() {
        assertThat(only(read(new byte[0])).code().code()).isEqualTo("F002");
        assertThat(only(read(" \n\t\r\n")).code().code()).isEqualTo("F002");
        assertThat(only(read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).code().code())
                .isEqualTo("F002");
    }

    @Test
    void gbkBytesAreRefusedUnlessTheEncodingIsGiven() {
        byte[] gbk = MINIMAL.getBytes(Charset.forName("GBK"));
        Problem p = only(read(gbk));
        assertThat(p.code().code()).isEqualTo("F003");
        assertThat(p.arguments()).containsExactly("UTF-8", "36");
        ImportResult<Plan> given = read(gbk, ImportOptions.defaults().withEncoding(Charset.forName("GB18030")));
        assertThat(given.report().problems()).as(Fixtures.describe(given)).isEmpty();
        assertThat(given.value().title()).isEqualTo("测试规划");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndUtf16IsRefused() {
        byte[] text = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(read(withBom).value()).isNotNull();
        assertThat(only(read(MINIMAL.getBytes(StandardCharsets.UTF_16))).code().code()).isEqualTo("F003");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, MINIMAL);
        ImportOptions small = ImportOptions.defaults().withMaxFileBytes(100);
        Problem p = only(PlanJson.read(file, small));
        assertThat(p.code().code()).isEqualTo("F005");
        assertThat(p.arguments()).containsExactly(String.valueOf(Files.size(file)), "100");
        assertThat(only(read(MINIMAL.getBytes(StandardCharsets.UTF_8), small)).code().code()).isEqualTo("F005");
        assertThat(only(PlanJson.fromJson(MINIMAL, "big.json", small)).code().code()).isEqualTo("F005");
    }

    @Test
    void aMissingFileAndAFailingStreamAreUnreadable(@TempDir Path dir) {
        assertThat(only(PlanJson.read(dir.resolve("absent.json"), ImportOptions.defaults())).code().code())
                .isEqualTo("F001");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        Problem p = only(PlanJson.read(failing, "failing.json", ImportOptions.defaults()));
        assertThat(p.code().code()).isEqualTo("F001");
        assertThat(p.arguments().get(0)).contains("disk on fire");
    }

    @Test
    void readingAFileByPathGivesItsNameInTheReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, MINIMAL);
        ImportResult<Plan> r = PlanJson.read(file, ImportOptions.defaults());
        assertThat(r.value()).isNotNull();
        assertThat(r.report().file()).isEqualTo(file.toString());
    }

    @Test
    void controlCharactersAndBadEscapesAreSyntaxErrors() {
        assertThat(only(read(MINIMAL.replace("测试规划", "测试\u0001规划"))).code().code()).isEqualTo("J001");
        assertThat(only(read(MINIMAL.replace("测试规划", "测试\\q规划"))).code().code()).isEqualTo("J001");
        assertThat(only(read(MINIMAL.replace("\"52.5\"", "052.5"))).code().code()).isEqualTo("J001");
    }

    @Test
    void crlfLineEndsCountAsOneLineEach() {
        String crlf = MINIMAL.replace("\n", "\r\n").replace("\"kind\": \"five_year_plan\"", "\"kind\": \"x\"");
        Problem p = only(read(crlf));
        assertThat(p.location().line()).isEqualTo(9);
        assertThat(p.location().column()).isEqualTo(11);
    }
}
