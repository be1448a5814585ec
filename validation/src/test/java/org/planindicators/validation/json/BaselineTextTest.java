package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.Plan;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;

/**
 * A baseline value written as a string is read as {@link Quantity#parse(CharSequence)} reads it (in the indicator's
 * unit when the text names none), scale kept; plain ASCII numbers take a shorter path in the decoder, which must give
 * the same quantity, and leave everything else — signs, leading zeros, points in odd places, full-width digits,
 * spaces, units, too many digits — to that parser and its problems.
 */
class BaselineTextTest {
    private static final String MINIMAL = Fixtures.text("minimal.json");

    @ParameterizedTest
    @ValueSource(strings = {"52.5", "52.50", "0", "-0.50", "+5", "007", ".5", "5.", "1.2.3", "", "-", "+", ".",
        "52.5万标箱", "52.5 万标箱", "５２.５", " 52.5", "52.5 ", "5 2", "1234567890123456789012345678",
        "12345678901234567890123456789012345678901", "--5", "5-", "0x1F", "∞"})
    void aStringValueReadsAsTheQuantityParserReadsIt(String text) {
        ImportResult<Plan> read = PlanJson.fromJson(MINIMAL.replace("\"value\": \"52.5\"", "\"value\": \"" + text
                + "\""), "baseline.json", ImportOptions.defaults());
        Quantity expected;
        try {
            Quantity q = Quantity.parse(text);
            expected = q.unit().isNone() ? Quantity.of(q.value(), Unit.NONE) : q;
        } catch (IllegalArgumentException e) {
            expected = null;
        }
        if (expected == null) {
            List<Problem> problems = read.report().problems();
            assertThat(read.value()).isNull();
            assertThat(problems).isNotEmpty();
            assertThat(problems.get(0).location().pointer())
                    .isEqualTo("/parts/0/goals/0/indicators/0/baseline/value");
            return;
        }
        assertThat(read.report().problems()).as(text).noneMatch(Problem::isError); // a warning may judge the figure
        Quantity value = read.value().parts().get(0).goals().get(0).indicators().get(0).baseline().value();
        assertThat(value.value()).as(text).isEqualTo(expected.value()); // BigDecimal equals: the same scale too
        assertThat(value.value().scale()).isEqualTo(expected.value().scale());
        assertThat(value.unit().symbol()).isEqualTo(expected.unit().isNone() ? "万标箱" : expected.unit().symbol());
    }
}
