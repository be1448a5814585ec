package org.planindicators.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseResult;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of target-parsing results, as {@code plan-indicators parse} prints them (one compact object per
 * line). The field names and meanings are a contract read by other tools: fields may be added at the end, never
 * renamed or removed.
 *
 * <pre>{@code
 * {"input": "...",
 *  "targets": [{"kind": "range", "value": "6.0", "high": "7.0", "unit": "%", "accumulation": null,
 *               "notation": "6.0%—7.0%", "measure": "level", "subject": null, "year": null}],
 *  "error": null}
 * }</pre>
 *
 * <p>With an error, {@code targets} is empty and {@code error} is {@code {"code": "TP006", "message": "...",
 * "column": 5}}.
 */
final class TargetJson {
    /** The code of an error that is not the parser's: an unexpected exception while reading one input. */
    static final String INTERNAL_ERROR_CODE = "internal_error";

    /** Compact output, Chinese not escaped, fields in the order they are put. */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TargetJson() {
    }

    /** The object for one input and what the parser made of it. */
    static ObjectNode result(String input, TargetParseResult result, Locale locale) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("input", input);
        ArrayNode targets = node.putArray("targets");
        TargetParseError error = result.error();
        if (error == null) {
            for (ParsedTarget t : result.targets()) {
                targets.add(target(t));
            }
            node.putNull("error");
        } else {
            ObjectNode e = node.putObject("error");
            e.put("code", error.code().code());
            e.put("message", error.message(locale));
            e.put("column", error.index() + 1);
        }
        return node;
    }

    /**
     * The object for an input whose reading failed unexpectedly: no targets, and an error with the code
     * {@value #INTERNAL_ERROR_CODE} and a {@code null} column.
     */
    static ObjectNode internalError(String input, Throwable failure, Locale locale) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("input", input);
        node.putArray("targets");
        ObjectNode e = node.putObject("error");
        e.put("code", INTERNAL_ERROR_CODE);
        String prefix = "zh".equals(locale.getLanguage()) ? "读取时发生内部错误：" : "internal error while reading: ";
        e.put("message", prefix + PlanIndicatorsCommand.oneLine(failure));
        e.putNull("column");
        return node;
    }

    /** The object for one target. */
    static ObjectNode target(ParsedTarget parsed) {
        TargetExpression target = parsed.target();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", target.kind().code());
        if (target instanceof NumericTarget numeric) {
            node.put("value", plain(numeric.value()));
            node.put("high", plain(numeric.high()));
            node.put("unit", symbol(numeric.unit()));
        } else {
            node.putNull("value");
            node.putNull("high");
            node.putNull("unit");
        }
        node.put("accumulation", accumulation(target.accumulation()));
        node.put("notation", target.toString());
        node.put("measure", parsed.measure().code());
        node.put("subject", parsed.subject().isEmpty() ? null : parsed.subject());
        node.put("year", parsed.year());
        return node;
    }

    /** One line of JSON, without the line break. */
    static String write(ObjectNode node) {
        return MAPPER.writeValueAsString(node);
    }

    private static @Nullable String plain(@Nullable Quantity q) {
        return q == null ? null : q.value().toPlainString();
    }

    private static @Nullable String symbol(Unit unit) {
        return unit.isNone() ? null : unit.symbol();
    }

    private static @Nullable String accumulation(Accumulation a) {
        return a == Accumulation.LEVEL ? null : a.code();
    }
}
