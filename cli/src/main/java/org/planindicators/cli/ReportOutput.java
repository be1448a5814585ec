package org.planindicators.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.Location;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes validation reports for people (text) and for programs (JSON, a documented contract):
 *
 * <pre>{"files": [{"file": "...", "kind": "plan|table|observations", "indicators": N, "observations": N,
 *   "errors": N, "warnings": N, "problems": [{"severity": "error|warning", "code": "...", "message": "...",
 *   "line": N, "column": N, "pointer": "...", "field": "...", "value": "..."}], "truncated": false,
 *   "counts": {"P108": 1}}]}</pre>
 */
final class ReportOutput {
    /** Jackson's JSON format with its defaults, as {@link TargetJson#MAPPER} writes it. */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ReportOutput() {
    }

    /**
     * The reports as one JSON document, compact, written with Jackson's streaming generator (not a tree of its
     * databind module: a {@code validate --format json} run then loads no databind class).
     */
    static String json(List<ValidationReport> reports, Locale locale) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("files");
            for (ValidationReport r : reports) {
                g.writeStartObject();
                g.writeStringProperty("file", r.file());
                g.writeStringProperty("kind", r.kind().code());
                g.writeNumberProperty("indicators", r.indicators());
                g.writeNumberProperty("observations", r.observations());
                g.writeNumberProperty("errors", r.errors());
                g.writeNumberProperty("warnings", r.warnings());
                g.writeArrayPropertyStart("problems");
                for (Problem p : r.problems()) {
                    Location l = p.location();
                    g.writeStartObject();
                    g.writeStringProperty("severity", p.severity().code());
                    g.writeStringProperty("code", p.code().code());
                    g.writeStringProperty("message", p.message(locale));
                    writeNullable(g, "line", l.line());
                    writeNullable(g, "column", l.column());
                    writeNullable(g, "pointer", l.pointer());
                    writeNullable(g, "field", p.field());
                    writeNullable(g, "value", p.value());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeBooleanProperty("truncated", r.truncated());
                g.writeObjectPropertyStart("counts");
                for (Map.Entry<String, Long> e : r.countsByCode().entrySet()) {
                    g.writeNumberProperty(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return text.toString();
    }

    private static void writeNullable(JsonGenerator g, String name, @Nullable Object value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else if (value instanceof Integer i) {
            g.writeNumberProperty(name, i);
        } else {
            g.writeStringProperty(name, value.toString());
        }
    }

    /** The reports as text: a summary line per file, then one line per problem, as compilers print them. */
    static void text(PrintWriter out, List<ValidationReport> reports, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        for (ValidationReport r : reports) {
            out.print(r.file() + ": " + r.kind().code() + ", "
                    + (zh ? r.indicators() + " 个指标，" + r.observations() + " 个观测值，" + r.errors() + " 个错误，"
                            + r.warnings() + " 个警告"
                        : r.indicators() + " indicators, " + r.observations() + " observations, " + r.errors()
                            + " errors, " + r.warnings() + " warnings")
                    + "\n");
            for (Problem p : r.problems()) {
                StringBuilder line = new StringBuilder("  ").append(p.location()).append(" [")
                        .append(p.code().code()).append(' ').append(p.severity().code()).append("] ")
                        .append(p.message(locale));
                if (p.field() != null || p.value() != null) {
                    line.append(zh ? "（" : " (");
                    if (p.field() != null) {
                        line.append(zh ? "字段：" : "field: ").append(p.field());
                    }
                    if (p.value() != null) {
                        line.append(p.field() != null ? (zh ? "，" : ", ") : "").append(zh ? "值：" : "value: ")
                                .append('"').append(p.value().replace("\n", "\\n")).append('"');
                    }
                    line.append(zh ? "）" : ")");
                }
                out.print(line + "\n");
            }
            if (r.truncated()) {
                long listed = r.problems().size();
                long all = r.errors() + r.warnings();
                out.print("  " + (zh ? "另有 " + (all - listed) + " 个问题未列出" : "… " + (all - listed)
                        + " more problems not listed") + "\n");
            }
            if (!r.countsByCode().isEmpty()) {
                StringBuilder counts = new StringBuilder(zh ? "  按代码计：" : "  by code:");
                r.countsByCode().forEach((code, n) -> counts.append(' ').append(code).append('×').append(n));
                out.print(counts + "\n");
            }
        }
    }
}
