package org.planindicators.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Explanation;
import org.planindicators.evaluation.Figure;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.ObservedValue;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.target.NumericTarget;
import org.planindicators.report.FigureFormat;
import org.planindicators.report.IndicatorFigures;
import org.planindicators.unit.Quantity;

/**
 * The review report as one self-contained HTML page: inline CSS and SVG, no script, no external resource; printable on
 * A4 ({@code @page}, {@code @media print}). A summary (counts by status and attribute, a bar of the statuses, the
 * indicators to watch, binding first), the table grouped by category with footnotes, then a card per indicator with
 * its chart and, in a {@code <details>} element, how each figure was computed.
 */
public final class HtmlReport {
    private final ReportModel model;
    private final Lang lang;
    private final FigureFormat format;

    /**
     * The page of {@code model}.
     *
     * @param model the report's model
     */
    public HtmlReport(ReportModel model) {
        this.model = model;
        this.lang = model.lang();
        this.format = model.format();
    }

    /** {@return the page} */
    public String render() {
        HtmlOut out = new HtmlOut(new StringBuilder(64 * 1024 + model.entries().size() * 4096));
        out.raw("<!DOCTYPE html>\n");
        out.open("html", "lang", lang.tag());
        out.raw("<head><meta charset=\"utf-8\">");
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.raw("<meta name=\"generator\" content=\"plan-indicators\">");
        out.element("title", model.title());
        out.raw("<style>").raw(Css.STYLE).raw("</style></head>\n<body>\n");
        header(out);
        summary(out);
        table(out);
        cards(out);
        out.raw("<footer><p>");
        out.text(lang.t("由 plan-indicators 生成。图表与表格均为静态内容，无需脚本或网络即可阅读与打印。",
                "Made by plan-indicators. Charts and tables are static: no script or network is needed to read or"
                        + " print them."));
        out.raw("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header(HtmlOut out) {
        var evaluation = model.evaluation();
        var plan = evaluation.plan();
        out.raw("<header>");
        out.element("h1", model.title());
        out.open("p", "class", "meta");
        out.text(plan.title()).text(" · ").text(plan.jurisdiction().name()).text(" · ")
                .text(lang.t("规划期 ", "period ")).text(plan.period().toString()).text(" · ")
                .text(lang.t("评估年份 ", "evaluated in ")).text(Integer.toString(evaluation.year())).text(" · ")
                .text(model.method());
        out.close("p");
        out.raw("</header>\n");
    }

    private void summary(HtmlOut out) {
        Map<EvaluationStatus, Map<IndicatorAttribute, Integer>> counts = model.counts();
        int total = model.entries().size();
        out.raw("<section id=\"summary\">");
        out.element("h2", lang.t("概况", "Summary"));
        out.open("p", "class", "total").text(lang.t("共 " + total + " 项指标。", total + " indicators.")).close("p");
        statusBar(out, counts, total);
        out.open("table", "class", "counts");
        out.element("caption", lang.t("按状态与属性统计的指标数", "Indicators by status and attribute"));
        out.raw("<thead><tr>");
        out.element("th", lang.t("状态", "Status"), "scope", "col");
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            out.element("th", lang.attribute(a), "scope", "col");
        }
        out.element("th", lang.t("合计", "Total"), "scope", "col");
        out.raw("</tr></thead><tbody>");
        int[] columnTotals = new int[IndicatorAttribute.values().length];
        for (EvaluationStatus s : EvaluationStatus.values()) {
            out.open("tr", "class", "status-" + s.code(), "data-status", s.code());
            out.open("th", "scope", "row").raw("<span class=\"swatch\" style=\"background:").raw(Palette.strong(s))
                    .raw("\"></span>").text(lang.status(s)).close("th");
            int sum = 0;
            for (IndicatorAttribute a : IndicatorAttribute.values()) {
                int c = counts.get(s).get(a);
                columnTotals[a.ordinal()] += c;
                sum += c;
                out.element("td", Integer.toString(c), "class", "num");
            }
            out.element("td", Integer.toString(sum), "class", "num total");
            out.raw("</tr>");
        }
        out.raw("</tbody><tfoot><tr>");
        out.element("th", lang.t("合计", "Total"), "scope", "row");
        for (int c : columnTotals) {
            out.element("td", Integer.toString(c), "class", "num");
        }
        out.element("td", Integer.toString(total), "class", "num total");
        out.raw("</tr></tfoot></table>");
        List<ReportModel.Entry> concerns = model.concerns();
        out.element("h3", lang.t("需关注的指标（约束性在前）", "Indicators to watch (binding first)"));
        if (concerns.isEmpty()) {
            out.element("p", lang.t("没有滞后或未完成的指标。", "No indicator lags or missed its target."),
                    "class", "no-concerns");
        } else {
            out.open("ol", "class", "concerns");
            for (ReportModel.Entry e : concerns) {
                IndicatorEvaluation ev = e.evaluation();
                out.open("li", "class", ev.isBinding() ? "binding" : "expected", "data-status", ev.status().code());
                out.open("a", "href", "#" + e.anchor()).text(e.indicator().name()).close("a").text(" ");
                out.element("span", lang.attribute(e.indicator().attribute()), "class", "attr");
                out.text(" ");
                out.element("span", model.statusText(e), "class", "status status-" + ev.status().code());
                IndicatorFigures f = e.figures();
                out.text(lang.t("：实际 ", ": actual ")).text(format.writtenCell(f.actual()))
                        .text(lang.t("，目标 ", ", target ")).text(f.notation() == null ? "-" : f.notation());
                if (ev.target() != null) {
                    out.text(lang.t("（" + ev.target().year() + "年）", " (" + ev.target().year() + ")"));
                }
                out.close("li");
            }
            out.close("ol");
        }
        out.raw("</section>\n");
    }

    private void statusBar(HtmlOut out, Map<EvaluationStatus, Map<IndicatorAttribute, Integer>> counts, int total) {
        int width = 600;
        int height = 28;
        StringBuilder words = new StringBuilder();
        for (EvaluationStatus s : EvaluationStatus.values()) {
            int c = counts.get(s).values().stream().mapToInt(Integer::intValue).sum();
            words.append(words.length() == 0 ? "" : lang.t("，", ", ")).append(lang.status(s)).append(' ').append(c);
        }
        out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "status-bar", "viewBox",
                "0 0 " + width + " " + height, "role", "img", "aria-labelledby", "status-bar-title status-bar-desc");
        out.element("title", lang.t("各状态指标数", "Indicators by status"), "id", "status-bar-title");
        out.element("desc", words.toString(), "id", "status-bar-desc");
        double x = 0;
        for (EvaluationStatus s : EvaluationStatus.values()) {
            int c = counts.get(s).values().stream().mapToInt(Integer::intValue).sum();
            if (c == 0 || total == 0) {
                continue;
            }
            double w = (double) c / total * width;
            out.open("rect", "class", "segment status-" + s.code(), "x", SvgChart.n(x), "y", "0", "width",
                    SvgChart.n(w), "height", Integer.toString(height), "fill", Palette.strong(s));
            out.element("title", lang.status(s) + " " + c);
            out.close("rect");
            x += w;
        }
        out.close("svg");
        out.open("ul", "class", "legend");
        for (EvaluationStatus s : EvaluationStatus.values()) {
            int c = counts.get(s).values().stream().mapToInt(Integer::intValue).sum();
            out.open("li").raw("<span class=\"swatch\" style=\"background:").raw(Palette.strong(s)).raw("\"></span>")
                    .text(lang.status(s) + " " + c).close("li");
        }
        out.close("ul");
    }

    private static final int COLUMNS = 12;

    private void table(HtmlOut out) {
        out.raw("<section id=\"indicators\">");
        out.element("h2", model.groupHeading());
        out.open("table", "class", "indicators");
        out.raw("<thead><tr>");
        for (String h : List.of(lang.t("指标", "Indicator"), lang.t("属性", "Attribute"), lang.t("单位", "Unit"),
                lang.t("基期值", "Baseline"), lang.t("目标", "Target"), lang.t("实际值", "Actual"),
                lang.t("预期值", "Expected"), lang.t("完成进度", "Progress"), lang.t("时序进度", "Time progress"),
                lang.t("所需年均增速", "Needed per year"), lang.t("状态", "Status"), lang.t("牵头单位", "Lead agency"))) {
            out.element("th", h, "scope", "col");
        }
        out.raw("</tr></thead>\n");
        for (ReportModel.Group g : model.groups()) {
            out.open("tbody", "class", "group");
            out.raw("<tr class=\"group-row\">");
            out.open("th", "colspan", Integer.toString(COLUMNS), "scope", "colgroup");
            out.text(g.name()).text(lang.t("（" + g.entries().size() + " 项）", " (" + g.entries().size() + ")"));
            out.close("th").raw("</tr>\n");
            for (ReportModel.Entry e : g.entries()) {
                row(out, e);
                for (ReportModel.Entry part : e.parts()) {
                    partRow(out, part);
                }
            }
            out.close("tbody");
        }
        out.close("table");
        if (!model.footnotes().isEmpty()) {
            out.open("ol", "class", "footnotes");
            for (ReportModel.Footnote f : model.footnotes()) {
                out.open("li", "id", "fn-" + f.number(), "value", Integer.toString(f.number())).text(f.text())
                        .close("li");
            }
            out.close("ol");
        }
        out.element("p", lang.t("* 依据初步核算、估计或预测数据，结论可能变化。",
                "* rests on preliminary, estimated or forecast data; the status may change."), "class", "note");
        out.raw("</section>\n");
    }

    private void row(HtmlOut out, ReportModel.Entry e) {
        IndicatorEvaluation ev = e.evaluation();
        Indicator i = e.indicator();
        EvaluationStatus s = ev.status();
        out.open("tr", "class", "indicator" + (ev.isBinding() ? " binding" : ""), "id", e.anchor(), "data-status",
                s.code(), "data-attribute", i.attribute().code());
        out.open("td", "class", "name");
        if (hasCard(e)) {
            out.open("a", "href", "#card-" + e.number()).text(i.name()).close("a");
        } else {
            out.text(i.name());
        }
        for (int n : e.footnotes()) {
            out.raw("<sup>").open("a", "href", "#fn-" + n, "class", "fnref").text(Integer.toString(n)).close("a")
                    .raw("</sup>");
        }
        if (i.code() != null) {
            out.element("span", i.code(), "class", "code");
        }
        out.close("td");
        out.element("td", lang.attribute(i.attribute()), "class", "attr");
        figureCells(out, e);
        out.element("td", model.agencies(e), "class", "agency");
        out.raw("</tr>\n");
    }

    /** The cells from the unit to the status, the same for an indicator's row and its parts'. */
    private void figureCells(HtmlOut out, ReportModel.Entry e) {
        IndicatorFigures f = e.figures();
        EvaluationStatus s = e.evaluation().status();
        out.element("td", model.unitCell(e), "class", "unit");
        out.element("td", model.baselineCell(e), "class", "num");
        out.element("td", model.targetCell(e), "class", "target");
        out.element("td", model.actualCell(e), "class", "num");
        out.element("td", model.expectedCell(e), "class", "num");
        out.element("td", format.cell(f.progress()), "class", "num");
        out.element("td", format.cell(f.timeProgress()), "class", "num");
        out.element("td", format.cell(f.required()), "class", "num");
        out.open("td", "class", "status status-" + s.code(), "style", "background:#" + Palette.light(s));
        out.text(model.statusText(e)).close("td");
    }

    /** A row for one part of an indicator (城镇, 农村) under the indicator's row: its figures and status. */
    private void partRow(HtmlOut out, ReportModel.Entry p) {
        out.open("tr", "class", "part", "data-status", p.evaluation().status().code(), "data-part", p.part());
        out.element("td", model.partName(p), "class", "name part-name");
        out.element("td", "", "class", "attr");
        figureCells(out, p);
        out.element("td", "", "class", "agency");
        out.raw("</tr>\n");
    }

    private static boolean hasCard(ReportModel.Entry e) {
        IndicatorEvaluation ev = e.evaluation();
        return e.chart() != null || ev.target() != null && ev.target().expression() instanceof NumericTarget || !e.evaluation().figures().isEmpty() || !e.evaluation().notes().isEmpty();
    }

    private void cards(HtmlOut out) {
        out.raw("<section id=\"charts\">");
        out.element("h2", lang.t("指标走势与计算说明", "Charts and how each figure was computed"));
        out.open("p", "class", "legend-text");
        out.text(lang.t("图例：圆点为观测值（空心为初步或估计数据），方块为基期值，虚线为自基期至目标的预期路径，色带为目标区间（区间与“左右”），横线为目标界限；竖线标出基期年与目标年。",
                "Legend: dots are observations (hollow: preliminary or estimated), the square is the baseline, the dashed"
                        + " line the expected path from the baseline to the target, the shaded band a target range (a"
                        + " range or 左右), a horizontal line a target bound; vertical lines mark the base and target"
                        + " years."));
        out.close("p");
        for (ReportModel.Group g : model.groups()) {
            List<ReportModel.Entry> shown = new ArrayList<>();
            for (ReportModel.Entry e : g.entries()) {
                if (hasCard(e)) {
                    shown.add(e);
                }
            }
            if (shown.isEmpty()) {
                continue;
            }
            out.open("section", "class", "card-group");
            out.element("h3", g.name());
            out.raw("<div class=\"cards\">");
            for (ReportModel.Entry e : shown) {
                card(out, e);
            }
            out.raw("</div></section>\n");
        }
        out.raw("</section>\n");
    }

    private void card(HtmlOut out, ReportModel.Entry e) {
        IndicatorEvaluation ev = e.evaluation();
        out.open("article", "class", "card", "id", "card-" + e.number(), "data-status", ev.status().code());
        out.open("h4").open("a", "href", "#" + e.anchor()).text(e.indicator().name()).close("a").text(" ");
        out.element("span", model.statusText(e), "class", "status status-" + ev.status().code(), "style",
                "background:#" + Palette.light(ev.status()));
        out.close("h4");
        ChartModel chart = e.chart();
        if (chart != null) {
            out.raw("<figure>");
            String description = description(e, chart);
            new SvgChart(chart, lang).write(out, e.number(), e.indicator(), description);
            out.element("figcaption", description);
            out.raw("</figure>");
        } else if (ev.target() != null && ev.target().expression() instanceof NumericTarget) {
            out.element("p", lang.t("无图：没有观测值，目标（" + ev.target().expression() + "）也不是某一年的数值。",
                    "No chart: no observation, and the target (" + ev.target().expression() + ") is not a year's"
                            + " figure."), "class", "no-chart");
        }
        if (!ev.figures().isEmpty() || !ev.notes().isEmpty()) {
            out.raw("<details>");
            out.element("summary", lang.t("计算说明", "How each figure was computed"));
            if (!ev.figures().isEmpty()) {
                out.raw("<dl class=\"figures\">");
                for (Figure fig : ev.figures()) {
                    out.element("dt", lang.figure(fig.kind()) + " = " + fig.value().value().toPlainString()
                            + fig.value().unit().symbol());
                    out.open("dd");
                    Explanation x = fig.explanation();
                    out.element("code", x.formula(), "class", "formula");
                    if (!x.inputs().isEmpty()) {
                        out.raw("<ul class=\"inputs\">");
                        for (Explanation.Input in : x.inputs()) {
                            out.element("li", in.toString());
                        }
                        out.raw("</ul>");
                    }
                    for (String note : x.notes()) {
                        out.element("p", note, "class", "figure-note");
                    }
                    out.close("dd");
                }
                out.raw("</dl>");
            }
            if (!ev.notes().isEmpty()) {
                out.raw("<ul class=\"notes\">");
                for (String note : ev.notes()) {
                    out.element("li", note);
                }
                out.raw("</ul>");
            }
            if (e.indicator().source() != null) {
                out.element("p", lang.t("来源：", "Source: ") + e.indicator().source(), "class", "source");
            }
            out.raw("</details>");
        }
        out.close("article");
    }

    /** The chart in words: its text alternative and caption. */
    private String description(ReportModel.Entry e, ChartModel chart) {
        String u = chart.unit().symbol();
        StringBuilder sb = new StringBuilder();
        if (chart.observed().isEmpty()) {
            sb.append(lang.t("无观测值。", "No observation."));
        } else {
            sb.append(lang.t("观测值：", "Observed: "));
            List<String> parts = new ArrayList<>();
            for (ObservedValue o : chart.observed()) {
                parts.add(lang.year(o.year()) + " " + o.value().value().toPlainString() + u
                        + (Explanation.isProvisional(o.status())
                                ? lang.t("（" + lang.observationStatus(o.status()) + "）",
                                        " (" + lang.observationStatus(o.status()) + ")") : ""));
            }
            sb.append(String.join(lang.t("，", ", "), parts)).append(lang.t("。", ". "));
        }
        if (chart.baseline() != null && chart.baselineYear() != null) {
            sb.append(lang.t("基期值：", "Baseline: ")).append(lang.year(chart.baselineYear())).append(' ')
                    .append(format.written(Quantity.of(chart.baseline(), chart.unit()))).append(u)
                    .append(lang.t("。", ". "));
        }
        String notation = e.figures().notation();
        sb.append(lang.t("目标（", "Target (")).append(lang.year(chart.targetYear())).append(lang.t("）：", "): "))
                .append(notation == null ? "-" : notation);
        if (chart.hasTarget() && chart.targetRelation() != null && "=".equals(chart.targetRelation())
                && notation != null && !notation.equals(chart.targetLow().toPlainString() + u)) {
            sb.append(lang.t("，即 ", ", that is ")).append(format.number(Quantity.of(chart.targetLow(),
                    chart.unit()))).append(u);
        }
        if (!chart.hasTarget()) {
            sb.append(lang.t("（与年度数值口径不同，未绘出）", " (in other terms than the yearly figures: not drawn)"));
        }
        sb.append(lang.t("。", ". "));
        if (chart.pathShape() != null) {
            sb.append(lang.t("预期路径：自基期至目标年，" + ("linear".equals(chart.pathShape()) ? "线性" : "按固定增速")
                    + "。", "Expected path: from the baseline to the target year, "
                    + ("linear".equals(chart.pathShape()) ? "linear" : "at a constant rate") + "."));
        }
        return sb.toString().strip();
    }
}
