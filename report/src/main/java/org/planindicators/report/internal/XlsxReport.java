package org.planindicators.report.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.report.IndicatorFigures;
import org.planindicators.unit.Quantity;

/**
 * The review report as an Excel workbook (written with fastexcel): a sheet with one row per indicator, people can
 * filter and sort (a header row, frozen panes, an autofilter; numbers as numbers with the unit in its own column; the
 * status as text on a fill of its colour; the category in a column), and a summary sheet (counts by status and
 * attribute, the indicators to watch).
 */
public final class XlsxReport {
    /** The longest text a cell holds (Excel's limit). */
    static final int MAX_CELL = 32_767;

    private final ReportModel model;
    private final Lang lang;

    /**
     * The workbook of {@code model}.
     *
     * @param model the report's model
     */
    public XlsxReport(ReportModel model) {
        this.model = model;
        this.lang = model.lang();
    }

    /** {@return the header of the indicators' sheet, in the report's language} */
    public List<String> headers() {
        return List.of(model.groupLabel(), lang.t("代码", "Code"), lang.t("指标", "Indicator"),
                lang.t("属性", "Attribute"), lang.t("单位", "Unit"), lang.t("基期年", "Base year"),
                lang.t("基期值", "Baseline"), lang.t("目标年", "Target year"), lang.t("目标", "Target"),
                lang.t("目标值", "Target value"), lang.t("实际值", "Actual"), lang.t("预期值", "Expected"),
                lang.t("完成进度(%)", "Progress (%)"), lang.t("时序进度(%)", "Time progress (%)"),
                lang.t("所需年均增速", "Needed per year"), lang.t("所需年均增速单位", "Unit of needed per year"),
                lang.t("状态", "Status"), lang.t("依据初步数据", "Provisional"), lang.t("牵头单位", "Lead agency"),
                lang.t("注释", "Notes"));
    }

    /**
     * Writes the workbook to {@code out}, which stays open.
     *
     * @param out where the workbook goes
     * @throws IOException when it cannot be written
     */
    public void write(OutputStream out) throws IOException {
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        Workbook wb = new Workbook(keepOpen, "plan-indicators", "0.1");
        indicators(wb.newWorksheet(lang.t("指标", "Indicators")));
        summary(wb.newWorksheet(lang.t("概况", "Summary")));
        wb.setActiveTab(0);
        wb.finish();
    }

    private void indicators(Worksheet ws) throws IOException {
        List<String> headers = headers();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().fillColor("FFDDE3EA").wrapText(true).set();
        }
        int[] widths = {18, 10, 30, 8, 10, 8, 12, 8, 18, 12, 12, 12, 10, 10, 12, 10, 10, 8, 16, 40};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        int r = 1;
        for (ReportModel.Group g : model.groups()) {
            for (ReportModel.Entry e : g.entries()) {
                row(ws, r++, g.name(), e, e.indicator().name());
                for (ReportModel.Entry p : e.parts()) {
                    row(ws, r++, g.name(), p, e.indicator().name() + lang.t("（", " (") + model.partName(p)
                            + lang.t("）", ")"));
                }
            }
        }
        ws.freezePane(3, 1);
        ws.setAutoFilter(0, 0, headers.size() - 1);
    }

    private void summary(Worksheet ws) throws IOException {
        ws.value(0, 0, clean(model.title()));
        ws.style(0, 0).bold().fontSize(14).set();
        var evaluation = model.evaluation();
        ws.value(1, 0, clean(evaluation.plan().title() + " · " + evaluation.plan().jurisdiction().name() + " · "
                + lang.t("评估年份 ", "evaluated in ") + evaluation.year() + " · " + model.method()));
        int r = 3;
        ws.value(r, 0, lang.t("状态", "Status"));
        int c = 1;
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            ws.value(r, c++, lang.attribute(a));
        }
        ws.value(r, c, lang.t("合计", "Total"));
        for (int k = 0; k <= c; k++) {
            ws.style(r, k).bold().fillColor("FFDDE3EA").set();
        }
        Map<EvaluationStatus, Map<IndicatorAttribute, Integer>> counts = model.counts();
        int[] totals = new int[IndicatorAttribute.values().length];
        for (EvaluationStatus s : EvaluationStatus.values()) {
            r++;
            ws.value(r, 0, lang.status(s));
            ws.style(r, 0).fillColor("FF" + Palette.light(s)).set();
            int sum = 0;
            c = 1;
            for (IndicatorAttribute a : IndicatorAttribute.values()) {
                int n = counts.get(s).get(a);
                totals[a.ordinal()] += n;
                sum += n;
                ws.value(r, c++, n);
            }
            ws.value(r, c, sum);
        }
        r++;
        ws.value(r, 0, lang.t("合计", "Total"));
        ws.style(r, 0).bold().set();
        c = 1;
        for (int t : totals) {
            ws.value(r, c++, t);
        }
        ws.value(r, c, model.entries().size());
        r += 2;
        ws.value(r, 0, lang.t("需关注的指标（约束性在前）", "Indicators to watch (binding first)"));
        ws.style(r, 0).bold().set();
        for (ReportModel.Entry e : model.concerns()) {
            r++;
            ws.value(r, 0, clean(e.indicator().name()));
            ws.value(r, 1, lang.attribute(e.indicator().attribute()));
            ws.value(r, 2, lang.status(e.evaluation().status()));
            ws.style(r, 2).fillColor("FF" + Palette.light(e.evaluation().status())).set();
            ws.value(r, 3, clean(model.actualCell(e) + model.unitCell(e)));
            ws.value(r, 4, clean(model.targetCell(e)));
        }
        ws.width(0, 36);
        for (int k = 1; k <= 4; k++) {
            ws.width(k, 14);
        }
    }

    private static void text(Worksheet ws, int r, int c, @Nullable String text) {
        if (text != null && !text.isEmpty()) {
            ws.value(r, c, clean(text));
        }
    }

    private static void number(Worksheet ws, int r, int c, @Nullable BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String plain) {
        return plain == null ? null : new BigDecimal(plain);
    }

    /** Text a cell can hold: without the characters XML does not allow, at most {@link #MAX_CELL} characters. */
    static String clean(String text) {
        String s = HtmlOut.clean(text);
        if (s.length() > MAX_CELL) {
            int end = MAX_CELL - 1;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            s = s.substring(0, end) + "…";
        }
        return s;
    }

    /**
     * One row of the indicators' sheet: an indicator's, or one of its parts' under it (named 指标（其中：城镇）, with the
     * indicator's attribute and agencies, so that a filter on either keeps the parts with their indicator).
     */
    private void row(Worksheet ws, int r, String group, ReportModel.Entry e, String name) {
        var format = model.format();
        IndicatorEvaluation ev = e.evaluation();
        Indicator i = e.indicator();
        IndicatorFigures f = e.figures();
        text(ws, r, 0, group);
        text(ws, r, 1, i.code());
        text(ws, r, 2, name);
        text(ws, r, 3, lang.attribute(i.attribute()));
        text(ws, r, 4, model.unitCell(e));
        Integer baseYear = model.baselineYear(e);
        Quantity base = model.baseline(e);
        if (base != null && baseYear != null) {
            ws.value(r, 5, baseYear);
            number(ws, r, 6, new BigDecimal(format.written(base)));
        }
        if (ev.target() != null) {
            ws.value(r, 7, ev.target().year());
            text(ws, r, 8, f.notation());
        }
        number(ws, r, 9, decimal(format.written(f.targetValue())));
        number(ws, r, 10, decimal(format.written(f.actual())));
        number(ws, r, 11, decimal(format.number(f.expected())));
        number(ws, r, 12, decimal(format.number(f.progress())));
        number(ws, r, 13, decimal(format.number(f.timeProgress())));
        number(ws, r, 14, decimal(format.number(f.required())));
        text(ws, r, 15, f.required() == null ? null : f.required().unit().symbol());
        EvaluationStatus s = ev.status();
        text(ws, r, 16, lang.status(s));
        ws.style(r, 16).fillColor("FF" + Palette.light(s)).set();
        text(ws, r, 17, ev.isProvisional() ? lang.t("是", "yes") : lang.t("否", "no"));
        text(ws, r, 18, model.agencies(e));
        StringBuilder notes = new StringBuilder();
        for (int n : e.footnotes()) {
            String t = model.footnotes().get(n - 1).text();
            notes.append(notes.length() == 0 ? "" : lang.t("；", "; ")).append(t);
        }
        text(ws, r, 19, notes.toString());
    }
}
