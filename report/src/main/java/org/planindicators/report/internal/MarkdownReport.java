package org.planindicators.report.internal;

import java.util.List;
import java.util.Map;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.plan.IndicatorAttribute;

/**
 * The review report in Markdown (GitHub's tables): the summary, the indicators to watch, and a table per category
 * with the footnotes. Every piece of text is escaped: characters Markdown reads as markup ({@code \ ` * _ [ ] | #})
 * get a backslash, and {@code < > &} become character references, so that a name cannot open an HTML element in a
 * renderer that passes HTML through.
 */
public final class MarkdownReport {
    private final ReportModel model;
    private final Lang lang;

    /**
     * The Markdown of {@code model}.
     *
     * @param model the report's model
     */
    public MarkdownReport(ReportModel model) {
        this.model = model;
        this.lang = model.lang();
    }

    /** {@return the Markdown text, each line ending in {@code \n}} */
    public String render() {
        StringBuilder sb = new StringBuilder();
        var evaluation = model.evaluation();
        var plan = evaluation.plan();
        sb.append("# ").append(esc(model.title())).append("\n\n");
        sb.append(esc(plan.title() + " · " + plan.jurisdiction().name() + " · " + lang.t("规划期 ", "period ")
                + plan.period() + " · " + lang.t("评估年份 ", "evaluated in ") + evaluation.year() + " · "
                + model.method())).append("\n\n");
        sb.append("## ").append(lang.t("概况", "Summary")).append("\n\n");
        Map<EvaluationStatus, Map<IndicatorAttribute, Integer>> counts = model.counts();
        sb.append("| ").append(lang.t("状态", "Status"));
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            sb.append(" | ").append(lang.attribute(a));
        }
        sb.append(" | ").append(lang.t("合计", "Total")).append(" |\n|---");
        for (int i = 0; i <= IndicatorAttribute.values().length; i++) {
            sb.append("|--:");
        }
        sb.append("|\n");
        int[] totals = new int[IndicatorAttribute.values().length];
        for (EvaluationStatus s : EvaluationStatus.values()) {
            sb.append("| ").append(lang.status(s));
            int sum = 0;
            for (IndicatorAttribute a : IndicatorAttribute.values()) {
                int c = counts.get(s).get(a);
                totals[a.ordinal()] += c;
                sum += c;
                sb.append(" | ").append(c);
            }
            sb.append(" | ").append(sum).append(" |\n");
        }
        sb.append("| **").append(lang.t("合计", "Total")).append("**");
        for (int t : totals) {
            sb.append(" | ").append(t);
        }
        sb.append(" | ").append(model.entries().size()).append(" |\n\n");
        sb.append("### ").append(lang.t("需关注的指标（约束性在前）", "Indicators to watch (binding first)")).append("\n\n");
        List<ReportModel.Entry> concerns = model.concerns();
        if (concerns.isEmpty()) {
            sb.append(lang.t("没有滞后或未完成的指标。", "No indicator lags or missed its target.")).append("\n\n");
        } else {
            int n = 1;
            for (ReportModel.Entry e : concerns) {
                sb.append(n++).append(". ").append(esc(e.indicator().name())).append(lang.t("（", " ("))
                        .append(lang.attribute(e.indicator().attribute())).append(lang.t("）", ")")).append(' ')
                        .append(esc(model.statusText(e))).append(lang.t("：实际 ", ": actual "))
                        .append(esc(model.actualCell(e))).append(esc(model.unitCell(e)))
                        .append(lang.t("，目标 ", ", target ")).append(esc(model.targetCell(e))).append('\n');
            }
            sb.append('\n');
        }
        sb.append("## ").append(model.groupHeading()).append("\n\n");
        List<String> headers = List.of(lang.t("指标", "Indicator"), lang.t("属性", "Attribute"), lang.t("单位", "Unit"),
                lang.t("基期值", "Baseline"), lang.t("目标", "Target"), lang.t("实际值", "Actual"),
                lang.t("预期值", "Expected"), lang.t("完成进度", "Progress"), lang.t("时序进度", "Time progress"),
                lang.t("所需年均增速", "Needed per year"), lang.t("状态", "Status"), lang.t("牵头单位", "Lead agency"));
        for (ReportModel.Group g : model.groups()) {
            sb.append("### ").append(esc(g.name())).append(lang.t("（" + g.entries().size() + " 项）",
                    " (" + g.entries().size() + ")")).append("\n\n");
            sb.append("| ").append(String.join(" | ", headers)).append(" |\n");
            sb.append("|---|---|---|--:|---|--:|--:|--:|--:|--:|---|---|\n");
            for (ReportModel.Entry e : g.entries()) {
                var f = e.figures();
                var format = model.format();
                StringBuilder name = new StringBuilder(esc(e.indicator().name()));
                for (int fn : e.footnotes()) {
                    name.append(" [").append(fn).append(']');
                }
                List<String> cells = List.of(name.toString(), lang.attribute(e.indicator().attribute()),
                        esc(model.unitCell(e)), esc(model.baselineCell(e)), esc(model.targetCell(e)),
                        esc(model.actualCell(e)), esc(model.expectedCell(e)), esc(format.cell(f.progress())),
                        esc(format.cell(f.timeProgress())), esc(format.cell(f.required())),
                        esc(model.statusText(e)), esc(model.agencies(e)));
                sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
                for (ReportModel.Entry p : e.parts()) {
                    var pf = p.figures();
                    List<String> partCells = List.of(esc(model.partName(p)), "", esc(model.unitCell(p)),
                            esc(model.baselineCell(p)), esc(model.targetCell(p)), esc(model.actualCell(p)),
                            esc(model.expectedCell(p)), esc(format.cell(pf.progress())),
                            esc(format.cell(pf.timeProgress())), esc(format.cell(pf.required())),
                            esc(model.statusText(p)), "");
                    sb.append("| ").append(String.join(" | ", partCells)).append(" |\n");
                }
            }
            sb.append('\n');
        }
        for (ReportModel.Footnote f : model.footnotes()) {
            sb.append("[").append(f.number()).append("] ").append(esc(f.text())).append("  \n");
        }
        sb.append(esc(lang.t("* 依据初步核算、估计或预测数据，结论可能变化。",
                "* rests on preliminary, estimated or forecast data; the status may change."))).append('\n');
        return sb.toString();
    }

    /**
     * {@code text} safe in a Markdown table cell or line.
     *
     * @param text the text
     * @return the text with Markdown's markup characters escaped, HTML's as references, line breaks as spaces
     */
    public static String esc(String text) {
        String clean = HtmlOut.clean(text);
        StringBuilder sb = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
