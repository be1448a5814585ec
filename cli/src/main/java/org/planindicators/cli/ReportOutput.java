package org.planindicators.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planindicators.validation.Location;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes validation reports for people (text) and for programs (JSON, a documented contract):
 *
 * <pre>{"files": [{"file": "...", "kind": "plan|table|observations", "indicators": N, "observations": N,
 *   "errors": N, "warnings": N, "problems": [{"severity": "error|warning", "code": "...", "message": "...",
 *   "line": N, "column": N, "pointer": "...", "field": "...", "value": "..."}], "truncated": false,
 *   "counts": {"P108": 1}}]}</pre>
 */
final class ReportOutput {
    private ReportOutput() {
    }

    /** The reports as one JSON document. */
    static String json(List<ValidationReport> reports, Locale locale) {
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
                putNullable(o, "line", l.line());
                putNullable(o, "column", l.column());
                putNullable(o, "pointer", l.pointer());
                putNullable(o, "field", p.field());
                putNullable(o, "value", p.value());
            }
            f.put("truncated", r.truncated());
            ObjectNode counts = f.putObject("counts");
            for (Map.Entry<String, Long> e : r.countsByCode().entrySet()) {
                counts.put(e.getKey(), e.getValue());
            }
        }
        return TargetJson.MAPPER.writeValueAsString(root);
    }

    private static void putNullable(ObjectNode o, String name, Object value) {
        if (value == null) {
            o.putNull(name);
        } else if (value instanceof Integer i) {
            o.put(name, i);
        } else {
            o.put(name, value.toString());
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
