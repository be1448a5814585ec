package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.planindicators.validation.Problem;
import org.planindicators.validation.internal.observation.NumberText;

/** Whatever the input, the reader reports and never throws, and what it delivers matches its report. */
class ObservationReaderProperties {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");

    @Property(tries = 300)
    void anyBytesAreReportedNotThrown(@ForAll @Size(max = 600) byte[] bytes, @ForAll("names") String name) {
        Reads r = Reads.of(name, bytes, TestPlans.wenjiang2023());
        consistent(r);
    }

    @Property(tries = 300)
    void anyLinesOfPiecesAreReportedNotThrown(@ForAll("lines") List<String> lines, @ForAll("names") String name) {
        Reads r = Reads.of(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8), TestPlans.wenjiang2023());
        consistent(r);
    }

    @Property(tries = 2000)
    void numberTextAgreesWithBigDecimal(@ForAll("numbers") String s) {
        NumberText.Kind kind = NumberText.classify(s);
        boolean plain = PLAIN.matcher(s).matches();
        assertThat(kind == NumberText.Kind.NUMBER || kind == NumberText.Kind.TOO_MANY_DIGITS).isEqualTo(plain);
        if (kind == NumberText.Kind.NUMBER) {
            assertThat(new BigDecimal(s).precision()).isLessThanOrEqualTo(NumberText.MAX_DIGITS);
        }
    }

    @Property(tries = 3000)
    void theNumberOfAPlainDecimalIsBigDecimals(@ForAll("plainNumbers") String s) {
        // NumberText.decimal makes the value of a row without BigDecimal's copy of the text: the same unscaled value
        // and scale (equals compares both), 18 digits or fewer by its own arithmetic, more by BigDecimal.
        if (NumberText.classify(s) == NumberText.Kind.NUMBER) {
            assertThat(NumberText.decimal(s)).as(s).isEqualTo(new BigDecimal(s));
        }
    }

    @net.jqwik.api.Example
    void theNumberOfAPlainDecimalAtItsEdges() {
        for (String s : new String[] {"0", "-0", "-0.0", "+5", "+.5", ".5", "-.50", "000.000", "007", "277.10",
            "999999999999999999", "-999999999999999999", "1000000000000000000", "99999999999999999.9",
            "9999999999999999999", "0.000000000000000001", "12345678901234567890.123"}) {
            assertThat(NumberText.decimal(s)).as(s).isEqualTo(new BigDecimal(s));
        }
    }

    @Provide
    Arbitrary<String> plainNumbers() {
        Arbitrary<String> sign = Arbitraries.of("", "", "+", "-");
        Arbitrary<String> whole = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(24);
        Arbitrary<String> fraction = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(24)
                .map(f -> "." + f).injectNull(0.4).map(f -> f == null ? "" : f);
        return net.jqwik.api.Combinators.combine(sign, whole, fraction).as((a, b, c) -> a + b + c);
    }

    private static void consistent(Reads r) {
        assertThat(r.report().observations()).isEqualTo(r.observations().size());
        for (Problem p : r.problems()) {
            assertThat(p.location().file()).isNotEmpty();
            assertThat(p.message(java.util.Locale.ENGLISH)).doesNotContain("{0}");
        }
        if (r.report().hasErrors()) {
            assertThat(r.report().errors()).isPositive();
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("x.csv", "x.jsonl", "x.ndjson", "x.txt", "x");
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> piece = Arbitraries.of("code", "指标", "year", "年份", "value", "数值", "unit", "单位", "status",
                "area", "GDP", "地区生产总值", "2022", "2022-Q2", "2023-13", "1e5", "717.11", "-0.5", "亿元", "公里",
                "final", "初步", ",", ",", ",", "\"", "{", "}", "[", "]", ":", "\"value\":", "\"code\":\"GDP\"",
                "\"year\":2022", "null", "true", " ", "\uFEFF", "\r", "\u0000", "温江区");
        return piece.list().ofMaxSize(12).map(l -> String.join("", l)).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().withChars("0123456789+-.eE ").ofMinLength(1).ofMaxLength(45);
    }
}
