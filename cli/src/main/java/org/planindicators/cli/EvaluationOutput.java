package org.planindicators.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Figure;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.target.Range;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link PlanEvaluation} for people (a table) and for programs (JSON, a documented contract):
 *
 * <pre>{"year": 2023, "indicators": [{"indicator": "...", "code": "...", "attribute": "binding|expected",
 *   "status": "...", "actual": "...", "expected": "...", "target": "...", "progress": "...",
 *   "time_progress": "...", "required_growth": "...", "unit": "...", "required_growth_unit": "...",
 *   "provisional": false, "target_year": 2023, "target_value": "...", "notes": ["..."],
 *   "figures": [{"kind": "...", "value": "...", "unit": "...", "formula": "...", "inputs": ["..."]}]}],
 *  "summary": {"achieved": N, "achieved_early": N, "ahead": N, "on_track": N, "lagging": N, "missed": N,
 *   "not_assessable": N}}</pre>
 *
 * <p>Indicators are listed by concern ({@link PlanEvaluation#byConcern()}): binding indicators that lag or missed
 * first, then expected ones that lag or missed, then the rest, in the plan's order within each group. {@code target}
 * is the target in its canonical notation ({@code 6.0%—7.0%}, {@code 5.5%以内}, {@code 与经济增长基本同步}) and
 * {@code target_value} the number the evaluation compared with (a range's lower bound is not given there: null).
 * Figures are decimal strings, or {@code null} when the evaluation has no such figure: {@code actual} and
 * {@code target_value} keep the scale they were written with unless it exceeds the output's scale; computed figures
 * are rounded {@link RoundingMode#HALF_EVEN half-even} to the output's scale (2 decimals by default).
 * {@code actual}, {@code expected} and {@code target_value} are in {@code unit}; {@code progress} (完成进度, {@code (actual − baseline) / (target − baseline)})
 * and {@code time_progress} (时序进度, {@code (t − base year) / (target year − base year)}) are in %;
 * {@code required_growth} is in {@code required_growth_unit}: % for a level that grows by a rate, otherwise the change
 * a year in the indicator's unit (个百分点 for a percentage).
 */
final class EvaluationOutput {
    /** The keys of each indicator object, in order. */
    static final List<String> INDICATOR_KEYS = List.of("indicator", "code", "attribute", "status", "actual",
            "expected", "target", "progress", "time_progress", "required_growth", "unit", "required_growth_unit",
            "provisional", "target_year", "target_value", "notes", "figures");

    private final PlanEvaluation evaluation;
    private final int scale;
    private final boolean zh;

    /**
     * Output of {@code evaluation}, figures at {@code scale} decimals, headers and names in {@code locale}'s language.
     *
     * @param evaluation the evaluation
     * @param scale the decimals of every figure, not negative
     * @param locale Chinese for Chinese headers, anything else for English
     */
    EvaluationOutput(PlanEvaluation evaluation, int scale, Locale locale) {
        this.evaluation = evaluation;
        this.scale = scale;
        this.zh = "zh".equals(locale.getLanguage());
    }

    /** One indicator's figures, in the form both outputs print. */
    private record Row(IndicatorEvaluation e, @Nullable Quantity actual, @Nullable Quantity expected,
            @Nullable Quantity target, @Nullable Quantity progress, @Nullable Quantity timeProgress,
            @Nullable Quantity required, @Nullable Unit unit) {
    }

    private Row row(IndicatorEvaluation e) {
        Quantity actual = value(e, FigureKind.ACTUAL);
        Quantity expected = value(e, FigureKind.EXPECTED);
        Quantity target = value(e, FigureKind.TARGET);
        Unit unit = actual != null ? actual.unit() : target != null ? target.unit()
                : expected != null ? expected.unit() : null;
        return new Row(e, in(actual, unit), in(expected, unit), in(target, unit), value(e, FigureKind.TASK_PROGRESS),
                value(e, FigureKind.TIME_PROGRESS), value(e, FigureKind.REQUIRED_GROWTH), unit);
    }

    private static @Nullable Quantity value(IndicatorEvaluation e, FigureKind kind) {
        return e.figure(kind).map(Figure::value).orElse(null);
    }

    /** {@code q} in {@code unit} where it is in another, compatible one. */
    private static @Nullable Quantity in(@Nullable Quantity q, @Nullable Unit unit) {
        if (q == null || unit == null || q.unit().equals(unit) || !q.unit().isCompatibleWith(unit)) {
            return q;
        }
        return q.to(unit, MathContext.DECIMAL128);
    }

    /** The value of {@code q} at the output's scale, half-even; {@code null} for none. */
    private @Nullable String number(@Nullable Quantity q) {
        return q == null ? null : q.value().setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The value as written, rounded half-even only where it has more decimals than the output's scale. */
    private @Nullable String written(@Nullable Quantity q) {
        return q == null ? null : q.value().scale() <= scale ? q.value().toPlainString() : number(q);
    }

    /** The value at the output's scale with its unit: {@code 760.14亿元}; {@code -} for none. */
    private String cell(@Nullable Quantity q) {
        return q == null ? "-" : number(q) + q.unit().symbol();
    }

    /** The value as written with its unit: {@code 9800个}; {@code -} for none. */
    private String writtenCell(@Nullable Quantity q) {
        return q == null ? "-" : written(q) + q.unit().symbol();
    }

    /** The target's canonical notation; {@code null} when the indicator has none for the evaluation. */
    private static @Nullable String notation(IndicatorEvaluation e) {
        return e.target() == null ? null : e.target().expression().toString();
    }

    /** The target's number, except for a range, whose lower bound alone would mislead. */
    private static @Nullable Quantity targetValue(IndicatorEvaluation e, Row r) {
        return e.target() != null && e.target().expression() instanceof Range ? null : r.target();
    }

    /**
     * The evaluation as one JSON document (the contract in the class description).
     *
     * @return the JSON text, without a final line break
     */
    String json() {
        ObjectNode root = TargetJson.MAPPER.createObjectNode();
        root.put("year", evaluation.year());
        ArrayNode indicators = root.putArray("indicators");
        for (IndicatorEvaluation e : evaluation.byConcern()) {
            Row r = row(e);
            ObjectNode o = indicators.addObject();
            o.put("indicator", e.indicator().name());
            o.put("code", e.indicator().code());
            o.put("attribute", e.indicator().attribute().code());
            o.put("status", e.status().code());
            o.put("actual", written(r.actual()));
            o.put("expected", number(r.expected()));
            o.put("target", notation(e));
            o.put("progress", number(r.progress()));
            o.put("time_progress", number(r.timeProgress()));
            o.put("required_growth", number(r.required()));
            o.put("unit", r.unit() == null ? null : r.unit().symbol());
            o.put("required_growth_unit", r.required() == null ? null : r.required().unit().symbol());
            o.put("provisional", e.isProvisional());
            if (e.target() == null) {
                o.putNull("target_year");
            } else {
                o.put("target_year", e.target().year());
            }
            o.put("target_value", written(targetValue(e, r)));
            ArrayNode notes = o.putArray("notes");
            e.notes().forEach(notes::add);
            ArrayNode figures = o.putArray("figures");
            for (Figure f : e.figures()) {
                ObjectNode fo = figures.addObject();
                fo.put("kind", f.kind().code());
                fo.put("value", f.value().value().toPlainString());
                fo.put("unit", f.value().unit().symbol());
                fo.put("formula", f.explanation().formula());
                ArrayNode inputs = fo.putArray("inputs");
                f.explanation().inputs().forEach(i -> inputs.add(i.toString()));
            }
        }
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<EvaluationStatus, Integer> c : evaluation.counts().entrySet()) {
            summary.put(c.getKey().code(), c.getValue());
        }
        return TargetJson.MAPPER.writeValueAsString(root);
    }

    /**
     * The evaluation as text: a title line, a table with a row per assessed indicator (by concern; with {@code all}
     * also a row per indicator not assessable, otherwise one line counting them), the count of each status, and a
     * footnote when a status rests on preliminary data (marked {@code *}).
     *
     * @param all whether indicators that are not assessable get a row each
     * @param explain whether each row's figures are explained after the table: formula, inputs with their years
     *     and statuses, and the evaluator's notes
     * @return the text, each line ending in {@code \n}
     */
    String text(boolean all, boolean explain) {
        StringBuilder sb = new StringBuilder();
        String method = zh ? evaluation.options().method().chineseName() : methodName();
        String tolerance = evaluation.options().tolerance().movePointRight(2).stripTrailingZeros().toPlainString()
                + "%";
        sb.append(zh
                ? evaluation.plan().title() + "：" + evaluation.year() + "年评估（" + method + "，容差" + tolerance + "）"
                : evaluation.plan().title() + ": evaluation of " + evaluation.year() + " (" + method + ", tolerance "
                        + tolerance + ")").append('\n');
        TextTable.Align l = TextTable.Align.LEFT;
        TextTable.Align r = TextTable.Align.RIGHT;
        TextTable table = new TextTable(List.of(l, l, l, r, r, r, r, r, r));
        table.row(zh ? List.of("指标", "属性", "状态", "实际值", "预期值", "目标值", "完成进度", "时序进度", "所需年均增速")
                : List.of("Indicator", "Attribute", "Status", "Actual", "Expected", "Target", "Progress",
                        "Time progress", "Needed per year"));
        boolean provisional = false;
        int hidden = 0;
        List<IndicatorEvaluation> shown = new ArrayList<>();
        for (IndicatorEvaluation e : evaluation.byConcern()) {
            if (!all && e.status() == EvaluationStatus.NOT_ASSESSABLE) {
                hidden++;
                continue;
            }
            shown.add(e);
            Row row = row(e);
            String status = zh ? e.status().chineseName() : e.status().englishName();
            if (e.isProvisional()) {
                status += "*";
                provisional = true;
            }
            table.row(List.of(e.indicator().name(),
                    zh ? e.indicator().attribute().chineseName() : e.indicator().attribute().englishName(),
                    status, writtenCell(row.actual()), cell(row.expected()), notation(e) == null ? "-" : notation(e),
                    cell(row.progress()),
                    cell(row.timeProgress()), cell(row.required())));
        }
        sb.append(table.render());
        if (hidden > 0) {
            sb.append(zh ? "另有 " + hidden + " 个指标无法评估（无观测值、定性或由上级下达的目标；--all 逐一列出）"
                    : hidden + (hidden == 1 ? " more indicator is" : " more indicators are") + " not assessable (no observation, or a qualitative or delegated "
                            + "target; --all lists them)").append('\n');
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<EvaluationStatus, Integer> c : evaluation.counts().entrySet()) {
            EvaluationStatus s = c.getKey();
            counts.add((zh ? s.chineseName() + " " : s.englishName() + " ") + c.getValue());
        }
        sb.append(zh ? "合计：" + String.join("，", counts) : "Total: " + String.join(", ", counts)).append('\n');
        int flagged = evaluation.bindingConcerns().size();
        if (flagged > 0) {
            sb.append(zh ? "约束性指标滞后或未完成：" + flagged + " 个" : "Binding indicators lagging or missed: " + flagged)
                    .append('\n');
        }
        if (provisional) {
            sb.append(zh ? "* 依据初步核算、估计或预测数据，结论可能变化"
                    : "* rests on preliminary, estimated or forecast data; the status may change").append('\n');
        }
        if (explain) {
            sb.append('\n').append(zh ? "计算说明（公式与输入，英文）：" : "How each figure was computed:").append('\n');
            for (IndicatorEvaluation e : shown) {
                sb.append(e).append('\n'); // figure by figure: formula, inputs with year and status; then notes
            }
        }
        return sb.toString();
    }

    private String methodName() {
        return switch (evaluation.options().method()) {
            case TIME_PROGRESS -> "time progress";
            case OPEN_SDG -> "Open SDG rating";
        };
    }
}
