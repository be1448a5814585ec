package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Plan;
import org.planindicators.validation.FileProblem;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;

/**
 * The plan reader decodes well-formed UTF-8 in one copy (String's decoder) and sends any text in which that decoder
 * put a U+FFFD or a U+0000 to the reporting decoder: bad bytes are still refused with their problem, and a U+FFFD
 * written in the document is still read as itself. Bytes are put into the plan's title of a good fixture.
 */
class Utf8DecodingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // what, the bytes put into the title (hex), the problem expected (empty: none)
        "U+FFFD written in the document, efbfbd,",
        "CJK text, e6b8a9e6b19f,",
        "overlong slash, c0af, BAD_ENCODING",
        "encoded surrogate, eda080, BAD_ENCODING",
        "truncated sequence, e6b8, BAD_ENCODING",
        "a zero byte, 00, BINARY",
        "a lone continuation byte, 80, BAD_ENCODING",
    })
    void badBytesAreRefusedAndGoodOnesRead(String what, String hex, String expected) {
        String json = Fixtures.text(Fixtures.QINGBAIJIANG);
        int at = json.indexOf("\"title\": \"") + "\"title\": \"".length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < hex.length(); i += 2) {
            out.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
        ImportResult<Plan> r = PlanJson.read(new ByteArrayInputStream(out.toByteArray()), "plan.json",
                ImportOptions.defaults());
        if (expected == null) {
            assertThat(r.report().problems()).as(what).isEmpty();
            String written = new String(out.toByteArray(), at, hex.length() / 2, StandardCharsets.UTF_8);
            assertThat(r.value().title()).startsWith(written);
        } else {
            assertThat(r.report().problems()).extracting(Problem::code).as(what)
                    .containsExactly(FileProblem.valueOf(expected));
        }
    }
}
