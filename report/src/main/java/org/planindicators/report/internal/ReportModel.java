package org.planindicators.report.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Figure;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.PartEvaluation;
import org.planindicators.evaluation.ObservedValue;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Target;
import org.planindicators.report.FigureFormat;
import org.planindicators.report.IndicatorFigures;
import org.planindicators.report.ReportGrouping;
import org.planindicators.report.ReportOptions;
import org.planindicators.unit.Quantity;

/**
 * What every form of the report shows, computed once: the rows grouped by category, their footnotes, the counts by
 * status and attribute, and a chart for each numeric indicator.
 */
public final class ReportModel {
    /**
     * One indicator's row.
     *
     * @param number the indicator's number in the plan, from 1: the anchor of its row and chart
     * @param evaluation its evaluation
     * @param figures the figures its row shows
     * @param group the category it is listed under
     * @param observed its yearly observations up to the evaluation year
     * @param chart its chart; {@code null} when it has none (not a numeric target, or nothing to draw)
     * @param footnotes the numbers of its footnotes, ascending
     * @param parts the rows of its parts by dimension (城镇, 农村), each evaluated against the indicator's target
     *     from its own observations; none when no observation has dimensions
     * @param part the label of the part this row is ({@code 城镇}), or {@code null} for the indicator's own row
     */
    public record Entry(int number, IndicatorEvaluation evaluation, IndicatorFigures figures, String group,
            List<ObservedValue> observed, @Nullable ChartModel chart, List<Integer> footnotes, List<Entry> parts,
            @Nullable String part) {
        /** Copies the lists. */
        public Entry {
            observed = List.copyOf(observed);
            footnotes = List.copyOf(footnotes);
            parts = List.copyOf(parts);
        }

        /** {@return the indicator} */
        public Indicator indicator() {
            return evaluation.indicator();
        }

        /** {@return the anchor of the indicator's row: {@code ind-12}} */
        public String anchor() {
            return "ind-" + number;
        }
    }

    /**
     * A category and its rows.
     *
     * @param name the category (类别), or the goal where the plan names none
     * @param entries its rows: by concern (binding indicators that lag or missed first), in the plan's order within
     *     each concern
     */
    public record Group(String name, List<Entry> entries) {
    }

    /**
     * A footnote.
     *
     * @param number its number, from 1
     * @param text its text
     */
    public record Footnote(int number, String text) {
    }

    private final PlanEvaluation evaluation;
    private final ReportOptions options;
    private final Lang lang;
    private final FigureFormat format;
    private final List<Entry> entries;
    private final List<Group> groups;
    private final List<Footnote> footnotes;

    private ReportModel(PlanEvaluation evaluation, ReportOptions options, List<Entry> entries, List<Group> groups,
            List<Footnote> footnotes) {
        this.evaluation = evaluation;
        this.options = options;
        this.lang = new Lang(options.isChinese());
        this.format = new FigureFormat(options.scale());
        this.entries = entries;
        this.groups = groups;
        this.footnotes = footnotes;
    }

    /**
     * The model of {@code evaluation}'s report.
     *
     * @param evaluation the evaluation
     * @param observations the observations it was made from (the charts draw them)
     * @param options the report's options
     * @return the model
     */
    public static ReportModel of(PlanEvaluation evaluation, Collection<Observation> observations,
            ReportOptions options) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(options, "options");
        Lang lang = new Lang(options.isChinese());
        Map<Indicator, Goal> goals = new IdentityHashMap<>();
        for (Goal g : evaluation.plan().goals()) {
            for (Indicator i : g.indicators()) {
                goals.put(i, g);
            }
        }
        Map<IndicatorEvaluation, Integer> numbers = new IdentityHashMap<>();
        for (IndicatorEvaluation e : evaluation.results()) {
            numbers.put(e, numbers.size() + 1);
        }
        Map<String, Integer> noteNumbers = new LinkedHashMap<>();
        Map<IndicatorEvaluation, Entry> byEvaluation = new IdentityHashMap<>();
        List<Entry> entries = new ArrayList<>();
        Map<Indicator, List<ObservedValue>> series = ObservedValue.ofPlan(evaluation.plan(), observations,
                evaluation.year());
        for (IndicatorEvaluation e : evaluation.results()) {
            Indicator indicator = e.indicator();
            String group = options.grouping() == ReportGrouping.LEAD_AGENCY
                    ? indicator.leadAgency() != null && !indicator.leadAgency().isBlank() ? indicator.leadAgency().strip()
                            : lang.t("未注明牵头单位", "No lead agency named")
                    : indicator.category() != null ? indicator.category().strip()
                    : goals.containsKey(indicator) ? goals.get(indicator).title()
                    : lang.t("未分类", "Uncategorised");
            List<Integer> notes = new ArrayList<>();
            for (String text : footnotes(e, evaluation, lang)) {
                notes.add(noteNumbers.computeIfAbsent(text, k -> noteNumbers.size() + 1));
            }
            List<ObservedValue> observed = series.getOrDefault(indicator, List.of());
            IndicatorFigures figures = IndicatorFigures.of(e);
            int number = numbers.get(e);
            List<Entry> parts = new ArrayList<>();
            for (PartEvaluation p : evaluation.partsOf(indicator)) {
                parts.add(new Entry(number, p.evaluation(), IndicatorFigures.of(p.evaluation()), group, List.of(),
                        null, List.of(), List.of(), p.label()));
            }
            Entry entry = new Entry(number, e, figures, group, observed,
                    ChartModel.of(evaluation, e, observed), notes.stream().sorted().distinct().toList(), parts, null);
            entries.add(entry);
            byEvaluation.put(e, entry);
        }
        Map<String, List<Entry>> grouped = new LinkedHashMap<>();
        String unnamed = lang.t("未注明牵头单位", "No lead agency named");
        for (Entry entry : entries) {
            if (options.grouping() != ReportGrouping.LEAD_AGENCY || !entry.group().equals(unnamed)
                    || entry.indicator().leadAgency() != null && !entry.indicator().leadAgency().isBlank()) {
                grouped.computeIfAbsent(entry.group(), k -> new ArrayList<>());
            }
        }
        for (Entry entry : entries) {
            grouped.computeIfAbsent(entry.group(), k -> new ArrayList<>()); // indicators without an agency last
        }
        for (IndicatorEvaluation e : evaluation.byConcern()) {
            Entry entry = byEvaluation.get(e);
            grouped.get(entry.group()).add(entry);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((name, list) -> groups.add(new Group(name, List.copyOf(list))));
        List<Footnote> footnotes = new ArrayList<>();
        noteNumbers.forEach((text, n) -> footnotes.add(new Footnote(n, text)));
        return new ReportModel(evaluation, options, List.copyOf(entries), List.copyOf(groups), List.copyOf(footnotes));
    }

    /** The footnotes of one row: provisional data, a revised target, a revised baseline, a baseline observed. */
    private static List<String> footnotes(IndicatorEvaluation e, PlanEvaluation evaluation, Lang lang) {
        List<String> out = new ArrayList<>();
        e.weakestStatus().filter(s -> e.isProvisional()).ifPresent(s -> out.add(lang.t(
                "依据" + s.chineseName() + "数据，结论可能变化",
                "rests on " + s.englishName() + " data; the status may change")));
        Target target = e.target();
        if (target != null && target.revisedFrom() != null) {
            var r = Objects.requireNonNull(target.revisedFrom());
            out.add(lang.t("目标于" + r.date() + "调整，原为" + r.original().expression() + "（" + r.reason() + "）",
                    "target revised on " + r.date() + ", formerly " + r.original().expression() + " (" + r.reason()
                            + ")"));
        }
        Baseline baseline = e.indicator().baseline(evaluation.options().version()).orElse(null);
        if (baseline != null && baseline.revisedFrom() != null) {
            var r = Objects.requireNonNull(baseline.revisedFrom());
            out.add(lang.t("基期值于" + r.date() + "修订，原为" + r.original().value() + "（" + r.reason() + "）",
                    "baseline revised on " + r.date() + ", formerly " + r.original().value() + " (" + r.reason()
                            + ")"));
        }
        if (e.baselineFromObservation()) {
            out.add(lang.t("规划未给出基期值，以首个观测值作基期", "the plan gives no baseline: the first observation serves"));
        }
        return out;
    }

    /** {@return the evaluation} */
    public PlanEvaluation evaluation() {
        return evaluation;
    }

    /** {@return the options} */
    public ReportOptions options() {
        return options;
    }

    /** {@return the language} */
    public Lang lang() {
        return lang;
    }

    /** {@return how figures are printed} */
    public FigureFormat format() {
        return format;
    }

    /** {@return every row, in the plan's order} */
    public List<Entry> entries() {
        return entries;
    }

    /** {@return what the groups are, in the report's language: 类别 or 牵头单位} */
    public String groupLabel() {
        return lang.t(options.grouping().chineseName(), options.grouping() == ReportGrouping.CATEGORY ? "Category"
                : "Lead agency");
    }

    /** {@return the heading of the table: 指标一览（按类别）, Indicators by lead agency} */
    public String groupHeading() {
        return lang.t("指标一览（按" + options.grouping().chineseName() + "）",
                "Indicators by " + options.grouping().englishName());
    }

    /** {@return the rows by group (category or lead agency), groups in the order the plan first names them} */
    public List<Group> groups() {
        return groups;
    }

    /** {@return the footnotes, by number} */
    public List<Footnote> footnotes() {
        return footnotes;
    }

    /** {@return the title: the options', or the plan's title and the evaluation year} */
    public String title() {
        if (options.title() != null) {
            return Objects.requireNonNull(options.title());
        }
        return lang.t(evaluation.plan().title() + "：" + evaluation.year() + "年评估报告",
                evaluation.plan().title() + ": review of " + evaluation.year());
    }

    /** {@return how the evaluation judged: 时序进度法，容差5%; time progress, tolerance 5%} */
    public String method() {
        String tolerance = evaluation.options().tolerance().movePointRight(2).stripTrailingZeros().toPlainString()
                + "%";
        return switch (evaluation.options().method()) {
            case TIME_PROGRESS -> lang.t("时序进度法，容差" + tolerance, "time progress, tolerance " + tolerance);
            case OPEN_SDG -> lang.t("Open SDG 进度评级", "Open SDG progress rating");
        };
    }

    /** {@return the rows flagged: binding indicators that lag or missed, then expected ones; by concern} */
    public List<Entry> concerns() {
        Map<IndicatorEvaluation, Entry> byEvaluation = new IdentityHashMap<>();
        entries.forEach(en -> byEvaluation.put(en.evaluation(), en));
        return evaluation.byConcern().stream().filter(e -> e.status().isConcern()).map(byEvaluation::get).toList();
    }

    /** {@return the number of indicators of each status and attribute, every status and attribute present} */
    public Map<EvaluationStatus, Map<IndicatorAttribute, Integer>> counts() {
        Map<EvaluationStatus, Map<IndicatorAttribute, Integer>> counts = new EnumMap<>(EvaluationStatus.class);
        for (EvaluationStatus s : EvaluationStatus.values()) {
            Map<IndicatorAttribute, Integer> row = new EnumMap<>(IndicatorAttribute.class);
            for (IndicatorAttribute a : IndicatorAttribute.values()) {
                row.put(a, 0);
            }
            counts.put(s, row);
        }
        for (IndicatorEvaluation e : evaluation.results()) {
            counts.get(e.status()).merge(e.indicator().attribute(), 1, Integer::sum);
        }
        return counts;
    }

    /** {@return the baseline a row shows: the one evaluated, else the plan's; {@code null} for none} */
    public @Nullable Quantity baseline(Entry entry) {
        Figure f = entry.evaluation().figure(FigureKind.BASELINE).orElse(null);
        if (f != null) {
            return f.value();
        }
        return entry.indicator().baseline(evaluation.options().version()).map(Baseline::value).orElse(null);
    }

    /** {@return the year of the baseline a row shows; {@code null} for none} */
    public @Nullable Integer baselineYear(Entry entry) {
        Figure f = entry.evaluation().figure(FigureKind.BASELINE).orElse(null);
        if (f != null && !f.explanation().years().isEmpty()) {
            return f.explanation().years().get(0);
        }
        return entry.indicator().baseline(evaluation.options().version()).map(Baseline::year).orElse(null);
    }

    /** {@return the name a part's row shows: 其中：城镇, or "of which: 城镇"} */
    public String partName(Entry part) {
        return lang.t("其中：", "of which: ") + part.part();
    }

    /** {@return the status as a row shows it: 滞后, with {@code *} when it rests on provisional data} */
    public String statusText(Entry entry) {
        return lang.status(entry.evaluation().status()) + (entry.evaluation().isProvisional() ? "*" : "");
    }

    /** {@return the lead agency, and the co-responsible ones after a slash; empty for none} */
    public String agencies(Entry entry) {
        Indicator i = entry.indicator();
        StringBuilder sb = new StringBuilder(i.leadAgency() == null ? "" : i.leadAgency());
        if (!i.coAgencies().isEmpty()) {
            sb.append(sb.length() == 0 ? "" : lang.t("；配合：", "; with ")).append(String.join(lang.t("、", ", "),
                    i.coAgencies()));
        }
        return sb.toString();
    }

    /** {@return the unit a row's figures are in: the figures', else the indicator's} */
    public String unitCell(Entry entry) {
        if (entry.figures().unit() != null) {
            return Objects.requireNonNull(entry.figures().unit()).symbol();
        }
        return entry.indicator().unit().symbol();
    }

    /** {@return the baseline as a row shows it: {@code 717.11（2022）}, {@code 717.11 (2022)}; {@code -} for none} */
    public String baselineCell(Entry entry) {
        Quantity base = baseline(entry);
        Integer year = baselineYear(entry);
        if (base == null) {
            return "-";
        }
        return withUnitIfOther(format.written(base), base, entry) + (year == null ? "" : lang.t("（" + year + "）",
                " (" + year + ")"));
    }

    /** {@return the target in its notation with its year: {@code 6.0%—7.0%（2023）}; {@code -} for none} */
    public String targetCell(Entry entry) {
        Target target = entry.evaluation().target();
        String notation = entry.figures().notation();
        if (target == null || notation == null) {
            return "-";
        }
        return notation + lang.t("（" + target.year() + "）", " (" + target.year() + ")");
    }

    /** {@return the actual as written, in the row's unit; {@code -} for none} */
    public String actualCell(Entry entry) {
        Quantity q = entry.figures().actual();
        return q == null ? "-" : withUnitIfOther(format.written(q), q, entry);
    }

    /** {@return the expected value at the scale, in the row's unit; {@code -} for none} */
    public String expectedCell(Entry entry) {
        Quantity q = entry.figures().expected();
        return q == null ? "-" : withUnitIfOther(format.number(q), q, entry);
    }

    /** The number, with its unit where it is not the row's. */
    private String withUnitIfOther(@Nullable String number, Quantity q, Entry entry) {
        return q.unit().symbol().equals(unitCell(entry)) ? String.valueOf(number) : number + q.unit().symbol();
    }
}
