package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code validate --format json} writes its report with Jackson's streaming generator instead of a databind tree (so
 * that the run loads no databind class): the bytes are those the tree gave, for reports with every kind of value —
 * null and present lines, columns, pointers, fields and values, quotes, backslashes, slashes, control characters,
 * Chinese text, counts by code, a truncated list.
 */
class ReportOutputJsonTest {
    /** A plan document with problems of many kinds: syntax is fine, the content is not. */
    private static final String BROKEN = """
            {"formatVersion": 1, "title": "  ", "subtitle": "a \\"quoted\\" \\\\ back/slash\\u0001",
             "jurisdiction": {"name": "温江区", "level": "district", "code": "51011"},
             "kind": "five_year", "status": "adopted", "period": "2021-2025", "baseYear": 2020,
             "parts": [{"level": "chapter", "title": "经济发展", "goals": [{"id": "g1", "title": "增长",
               "indicators": [
                 {"code": "C1", "name": "地区生产总值", "unit": "亿美刀", "targets": [{"year": 2025, "target": "约"}]},
                 {"code": "C1", "name": "地区生产总值", "unit": "亿元", "direction": "up",
                  "baseline": {"year": 2020, "value": "1e5"}}]}]}]}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theGeneratorWritesTheBytesTheTreeWrote(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        ValidationReport broken = PlanJson.fromJson(BROKEN, "broken \"plan\".json", ImportOptions.defaults()).report();
        ValidationReport capped = PlanJson.fromJson(BROKEN, "capped.json", ImportOptions.defaults().withMaxProblems(2))
                .report();
        ValidationReport empty = PlanJson.fromJson("", "empty.json", ImportOptions.defaults()).report();
        assertThat(broken.problems()).hasSizeGreaterThan(5);
        assertThat(capped.truncated()).isTrue();
        List<ValidationReport> reports = List.of(broken, capped, empty);
        assertThat(ReportOutput.json(reports, locale)).isEqualTo(tree(reports, locale));
        assertThat(ReportOutput.json(List.of(), locale)).isEqualTo("{\"files\":[]}");
    }

    /** The report as the command line wrote it before: a databind tree, then {@code writeValueAsString}. */
    private static String tree(List<ValidationReport> reports, Locale locale) {
        ObjectNode root = TargetJson.MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (ValidationReport r : reports) {
            ObjectNode f = files.addObject();
            f.put("file", r.file());
            f.put("kind", r.kind().code());
            f.put("indicators", r.indicators());
            f.put("observations", r.observations());
            f.put("errors", r.errors());
            f.put("warnings", r.warnings());
            ArrayNode problems = f.putArray("problems");
            for (Problem p : r.problems()) {
                ObjectNode o = problems.addObject();
                Location l = p.location();
                o.put("severity", p.severity().code());
                o.put("code", p.code().code());
                o.put("message", p.message(locale));
                put(o, "line", l.line());
                put(o, "column", l.column());
                put(o, "pointer", l.pointer());
                put(o, "field", p.field());
                put(o, "value", p.value());
            }
            f.put("truncated", r.truncated());
            ObjectNode counts = f.putObject("counts");
            for (Map.Entry<String, Long> e : r.countsByCode().entrySet()) {
                counts.put(e.getKey(), e.getValue());
            }
        }
        return TargetJson.MAPPER.writeValueAsString(root);
    }

    private static void put(ObjectNode o, String name, Object value) {
        if (value == null) {
            o.putNull(name);
        } else if (value instanceof Integer i) {
            o.put(name, i);
        } else {
            o.put(name, value.toString());
        }
    }
}
