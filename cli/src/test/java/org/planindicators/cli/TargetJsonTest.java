package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Delegated;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.target.TargetParseResult;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import tools.jackson.databind.JsonNode;

/**
 * The JSON contract of {@code parse} output, checked on hand-built results so that it does not depend on the
 * parser engine.
 */
class TargetJsonTest {
    private static final List<String> TARGET_FIELDS = List.of(
            "kind", "value", "high", "unit", "accumulation", "notation", "measure", "subject", "year");

    @Test
    void rangeHasValueHighAndUnit() {
        JsonNode t = onlyTarget("6.0%—7.0%", Range.of(Quantity.of("6.0", Unit.PERCENT), Quantity.of("7.0", Unit.PERCENT)));
        assertThat(t.propertyNames()).containsExactlyElementsOf(TARGET_FIELDS);
        assertThat(str(t, "kind")).isEqualTo("range");
        assertThat(str(t, "value")).isEqualTo("6.0");
        assertThat(str(t, "high")).isEqualTo("7.0");
        assertThat(str(t, "unit")).isEqualTo("%");
        assertThat(str(t, "accumulation")).isNull();
        assertThat(str(t, "notation")).isEqualTo("6.0%—7.0%");
        assertThat(str(t, "measure")).isEqualTo("level");
        assertThat(str(t, "subject")).isNull();
        assertThat(t.get("year").isNull()).isTrue();
    }

    @Test
    void valuesAreStringsWithTheirScaleAsWritten() {
        JsonNode t = onlyTarget("达到120万标箱", Exact.of(Quantity.of("120", Unit.parse("万标箱"))));
        assertThat(t.get("value").isString()).isTrue();
        assertThat(str(t, "value")).isEqualTo("120");
        assertThat(str(t, "unit")).isEqualTo("万标箱");
        assertThat(str(t, "high")).isNull();
        assertThat(str(t, "kind")).isEqualTo("exact");
    }

    @Test
    void aBareNumberHasANullUnit() {
        JsonNode t = onlyTarget("[13.5]",
                new Exact(Quantity.of("13.5", Unit.NONE), Accumulation.CUMULATIVE));
        assertThat(str(t, "value")).isEqualTo("13.5");
        assertThat(t.get("unit").isNull()).isTrue();
        assertThat(str(t, "accumulation")).isEqualTo("cumulative");
        assertThat(str(t, "notation")).isEqualTo("[13.5]");
    }

    @Test
    void annualAverageAndAtMost() {
        JsonNode annual = onlyTarget("年均10%以上", new AtLeast(Quantity.of("10", Unit.PERCENT), Accumulation.ANNUAL_AVERAGE));
        assertThat(str(annual, "kind")).isEqualTo("at_least");
        assertThat(str(annual, "accumulation")).isEqualTo("annual_average");
        JsonNode atMost = onlyTarget("5.5%以内", AtMost.of(Quantity.of("5.5", Unit.PERCENT)));
        assertThat(str(atMost, "kind")).isEqualTo("at_most");
        assertThat(str(atMost, "value")).isEqualTo("5.5");
    }

    @Test
    void changeInPercentagePoints() {
        JsonNode t = onlyTarget("提高3个百分点", Change.of(ChangeDirection.INCREASE, Quantity.of("3", Unit.PERCENTAGE_POINT)));
        assertThat(str(t, "kind")).isEqualTo("change");
        assertThat(str(t, "unit")).isEqualTo("个百分点");
    }

    @Test
    void nonNumericKindsHaveNoValueAndNoUnit() {
        for (TargetExpression e : List.of(new Qualitative("保持在合理区间"), new Delegated("成都市"))) {
            JsonNode t = onlyTarget(e.toString(), e);
            assertThat(t.propertyNames()).containsExactlyElementsOf(TARGET_FIELDS);
            assertThat(str(t, "kind")).isEqualTo(e.kind().code());
            assertThat(t.get("value").isNull()).isTrue();
            assertThat(t.get("high").isNull()).isTrue();
            assertThat(t.get("unit").isNull()).isTrue();
            assertThat(t.get("accumulation").isNull()).isTrue();
            assertThat(str(t, "notation")).isEqualTo(e.toString());
        }
    }

    @Test
    void subjectMeasureAndYearAreCopied() {
        ParsedTarget parsed = new ParsedTarget(Change.of(ChangeDirection.INCREASE, Quantity.of("7", Unit.PERCENT)),
                "地区生产总值", 0, 10, 2025, Measure.GROWTH_RATE);
        JsonNode t = TargetJson.target(parsed);
        assertThat(str(t, "subject")).isEqualTo("地区生产总值");
        assertThat(str(t, "measure")).isEqualTo("growth_rate");
        assertThat(t.get("year").intValue()).isEqualTo(2025);
    }

    @Test
    void anErrorHasCodeMessageAndOneBasedColumn() {
        String input = "GDP 6.0%—";
        TargetParseError error = new TargetParseError(TargetParseErrorCode.INCOMPLETE_RANGE, input, 4, "6.0%—");
        JsonNode en = TargetJson.MAPPER.readTree(TargetJson.write(
                TargetJson.result(input, TargetParseResult.failure(error), Locale.ENGLISH)));
        assertThat(en.propertyNames()).containsExactly("input", "targets", "error");
        assertThat(str(en, "input")).isEqualTo(input);
        assertThat(en.get("targets").isArray()).isTrue();
        assertThat(en.get("targets").size()).isZero();
        JsonNode e = en.get("error");
        assertThat(e.propertyNames()).containsExactly("code", "message", "column");
        assertThat(str(e, "code")).isEqualTo("TP006");
        assertThat(e.get("column").intValue()).isEqualTo(5);
        assertThat(str(e, "message")).isEqualTo(error.message(Locale.ENGLISH)).contains("no upper bound");

        JsonNode zh = TargetJson.result(input, TargetParseResult.failure(error), Locale.CHINESE);
        assertThat(str(zh.get("error"), "message")).isEqualTo(error.message(Locale.CHINESE)).contains("缺少上限");
    }

    @Test
    void anInternalErrorIsAnErrorObjectWithoutColumn() {
        JsonNode node = TargetJson.internalError("x", new IllegalStateException("boom\n  at somewhere"), Locale.ENGLISH);
        assertThat(node.get("targets").size()).isZero();
        assertThat(str(node.get("error"), "code")).isEqualTo("internal_error");
        assertThat(str(node.get("error"), "message"))
                .isEqualTo("internal error while reading: IllegalStateException: boom at somewhere");
        assertThat(node.get("error").get("column").isNull()).isTrue();
    }

    @Test
    void writtenCompactOnOneLineWithChineseUnescaped() {
        String line = TargetJson.write(TargetJson.result("保持在合理区间",
                TargetParseResult.of("保持在合理区间", List.of(parsed(new Qualitative("保持在合理区间")))), Locale.ENGLISH));
        assertThat(line).startsWith("{\"input\":\"保持在合理区间\",\"targets\":[{\"kind\":\"qualitative\",\"value\":null,")
                .endsWith("],\"error\":null}")
                .doesNotContain("\n", "\\u", " ");
    }

    private static JsonNode onlyTarget(String input, TargetExpression target) {
        TargetParseResult result = TargetParseResult.of(input, List.of(parsed(target)));
        JsonNode node = TargetJson.MAPPER.readTree(TargetJson.write(TargetJson.result(input, result, Locale.ENGLISH)));
        assertThat(node.propertyNames()).containsExactly("input", "targets", "error");
        assertThat(node.get("error").isNull()).isTrue();
        assertThat(node.get("targets").size()).isEqualTo(1);
        return node.get("targets").get(0);
    }

    private static ParsedTarget parsed(TargetExpression target) {
        return new ParsedTarget(target, "", 0, 1, null, Measure.LEVEL);
    }

    /** A string field's value, {@code null} for JSON null; fails when the field is missing or not a string. */
    static @Nullable String str(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertThat(value).as("field '%s' of %s", field, node).isNotNull();
        if (value.isNull()) {
            return null;
        }
        assertThat(value.isString()).as("field '%s' of %s is a string", field, node).isTrue();
        return value.stringValue();
    }
}
