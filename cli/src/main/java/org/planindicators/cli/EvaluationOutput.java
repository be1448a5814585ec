package org.planindicators.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.Figure;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.PartEvaluation;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.evaluation.ReviewClass;
import org.planindicators.evaluation.SdgProgress;
import org.planindicators.evaluation.Tiers;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Revision;
import org.planindicators.plan.Target;
import org.planindicators.report.FigureFormat;
import org.planindicators.report.IndicatorFigures;
import org.planindicators.unit.Quantity;
import org.planindicators.validation.TableContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link PlanEvaluation} for people (a table) and for programs (JSON, a documented contract):
 *
 * <pre>{"year": 2023, "indicators": [{"indicator": "...", "code": "...", "attribute": "binding|expected",
 *   "status": "...", "actual": "...", "expected": "...", "target": "...", "progress": "...",
 *   "time_progress": "...", "required_growth": "...", "unit": "...", "required_growth_unit": "...",
 *   "provisional": false, "target_year": 2023, "target_value": "...", "notes": ["..."],
 *   "figures": [{"kind": "...", "value": "...", "unit": "...", "formula": "...", "inputs": ["..."]}],
 *   "review_class": "...", "sdg_progress": "..." or null, "tiers": {"floor": "...", "floor_met": true,
 *   "word": "力争", "aspiration": "8%", "aspiration_status": "...", "aspiration_met": false} or null,
 *   "direction": "higher_is_better|lower_is_better|band", "measure": "level|growth_rate|reduction_rate|flow",
 *   "parts": [{"dimensions": {"area": "城镇"}, "status": "...", "actual": "...", "expected": "...",
 *   "target_value": "...", "review_class": "...", "notes": ["..."]}],
 *   "category": "..." or null, "lead_agency": "..." or null, "price_basis": "current|comparable" or null,
 *   "jurisdiction": "..." or null, "revision": {"date": "2022-06-30", "reason": "...", "published_target": "...",
 *   "current_target": "..."} or null, "published": {"target": "...", "status": "...", "review_class": "...",
 *   "actual": "...", "target_value": "..."} or null}],
 *  "summary": {"achieved": N, "achieved_early": N, "ahead": N, "on_track": N, "lagging": N, "missed": N,
 *   "not_assessable": N},
 *  "scheme": "status|review|sdg",
 *  "review_summary": {"achieved_early": N, "ahead": N, "broadly_on_track": N, "lagging": N, "completed": N,
 *   "not_completed": N, "not_assessable": N},
 *  "sdg_summary": {"target_achieved": N, "on_track": N, "acceleration_needed": N, "limited_progress": N,
 *   "deterioration": N, "not_rated": N},
 *  "warnings": ["No indicator could be assessed: …"],
 *  "targets": "current|published|both"}</pre>
 *
 * <p>Indicators are listed by concern ({@link PlanEvaluation#byConcern()}): binding indicators that lag or missed
 * first, then expected ones that lag or missed, then the rest, in the plan's order within each group. {@code target}
 * is the target in its canonical notation ({@code 6.0%—7.0%}, {@code 5.5%以内}, {@code 与经济增长基本同步}) and
 * {@code target_value} the number the evaluation compared with (a range's lower bound is not given there: null).
 * Figures are decimal strings, or {@code null} when the evaluation has no such figure: {@code actual} and
 * {@code target_value} keep the scale they were written with unless it exceeds the output's scale; computed figures
 * are rounded {@link java.math.RoundingMode#HALF_EVEN half-even} to the output's scale (2 decimals by default).
 * {@code actual}, {@code expected} and {@code target_value} are in {@code unit}; {@code progress} (完成进度, {@code (actual − baseline) / (target − baseline)})
 * and {@code time_progress} (时序进度, {@code (t − base year) / (target year − base year)}) are in %;
 * {@code required_growth} is in {@code required_growth_unit}: % for a level that grows by a rate, otherwise the change
 * a year in the indicator's unit (个百分点 for a percentage). {@code parts} are the indicator's parts observed by
 * dimension (城镇, 农村), each evaluated against the indicator's target ({@link PartEvaluation}); empty when none. In
 * the text table each part is a row under its indicator, named {@code · 城镇}.
 *
 * <p>{@code category} (类别), {@code lead_agency} (牵头单位) and {@code price_basis} (价格口径) are the indicator's, {@code
 * null} where the plan gives none; {@code jurisdiction} is the plan's jurisdiction, whose figures were evaluated
 * ({@code null} for an indicator table, which names none). So
 * that downstream reports can group by them. {@code revision} describes the latest revision of the indicator's target
 * for the target year — when it took effect, why, the target as first published and as in force — or is {@code null}
 * for a target never revised. {@code targets} says which targets were evaluated: {@code current} (as revised, the
 * default), {@code published} (as first published) or {@code both}; with {@code both} the indicator's main fields are
 * for the current target and {@code published} holds the evaluation against the published one (for a revised target;
 * {@code null} for one never revised).
 */
final class EvaluationOutput {
    /** The keys of each indicator object, in order. */
    static final List<String> INDICATOR_KEYS = List.of("indicator", "code", "attribute", "status", "actual",
            "expected", "target", "progress", "time_progress", "required_growth", "unit", "required_growth_unit",
            "provisional", "target_year", "target_value", "notes", "figures", "review_class", "sdg_progress",
            "tiers", "direction", "measure", "parts", "category", "lead_agency", "price_basis", "jurisdiction",
            "revision", "published");

    /** The keys of the whole document, in order. */
    static final List<String> ROOT_KEYS = List.of("year", "indicators", "summary", "scheme", "review_summary",
            "sdg_summary", "warnings", "targets");

    /** The code of the Open SDG column for an indicator without a rating, in {@code sdg_summary}. */
    static final String NOT_RATED = "not_rated";

    private final PlanEvaluation evaluation;
    private final FigureFormat format;
    private final boolean zh;
    private final Scheme scheme;
    private final List<String> warnings;
    private final Targets targets;
    private final Map<Indicator, IndicatorEvaluation> published = new IdentityHashMap<>();

    /**
     * Output of {@code evaluation}, figures at {@code scale} decimals, headers and names in {@code locale}'s language.
     *
     * @param evaluation the evaluation
     * @param scale the decimals of every figure, not negative
     * @param locale Chinese for Chinese headers, anything else for English
     */
    EvaluationOutput(PlanEvaluation evaluation, int scale, Locale locale) {
        this(evaluation, scale, locale, Scheme.STATUS);
    }

    /**
     * Output of {@code evaluation} in the classes of {@code scheme}.
     *
     * @param evaluation the evaluation
     * @param scale the decimals of every figure, not negative
     * @param locale Chinese for Chinese headers, anything else for English
     * @param scheme the classes of the text's status column and totals
     */
    EvaluationOutput(PlanEvaluation evaluation, int scale, Locale locale, Scheme scheme) {
        this(evaluation, scale, locale, scheme, Targets.CURRENT, null, List.of());
    }

    /**
     * Output of {@code evaluation} (against the targets {@code targets} names) in the classes of {@code scheme}; with
     * {@link Targets#BOTH}, {@code publishedEvaluation} is the evaluation against the published targets, shown beside.
     *
     * @param evaluation the evaluation: against the current targets, or the published ones for {@link
     *     Targets#PUBLISHED}
     * @param scale the decimals of every figure, not negative
     * @param locale Chinese for Chinese headers, anything else for English
     * @param scheme the classes of the text's status column and totals
     * @param targets which targets were evaluated
     * @param publishedEvaluation with {@link Targets#BOTH}, the evaluation against the published targets
     * @param warnings what the evaluation could not do and why ({@link Coverage}), in the output's language
     */
    EvaluationOutput(PlanEvaluation evaluation, int scale, Locale locale, Scheme scheme, Targets targets,
            @Nullable PlanEvaluation publishedEvaluation, List<String> warnings) {
        this.warnings = List.copyOf(warnings);
        this.evaluation = evaluation;
        this.format = new FigureFormat(scale);
        this.zh = "zh".equals(locale.getLanguage());
        this.scheme = scheme;
        this.targets = targets;
        if (publishedEvaluation != null) {
            for (IndicatorEvaluation e : publishedEvaluation.results()) {
                published.put(e.indicator(), e);
            }
        }
    }

    /** Which targets an evaluation is against: as revised, as first published, or both side by side. */
    enum Targets {
        /** The targets in force, after every revision (the default). */
        CURRENT("current", Indicator.Version.CURRENT),
        /** The targets as first published. */
        PUBLISHED("published", Indicator.Version.ORIGINAL),
        /** Both: the current target's evaluation, and for a revised target the published one's beside it. */
        BOTH("both", Indicator.Version.CURRENT);

        private final String code;
        private final Indicator.Version version;

        Targets(String code, Indicator.Version version) {
            this.code = code;
            this.version = version;
        }

        /** {@return the code the option takes and the JSON names} */
        String code() {
            return code;
        }

        /** {@return the version of the targets the main evaluation uses} */
        Indicator.Version version() {
            return version;
        }
    }

    /** The latest revision of {@code e}'s target (for its year, in force now), or null for a target never revised. */
    private static @Nullable Revision<Target> revision(IndicatorEvaluation e) {
        Target t = e.target();
        if (t == null) {
            return null;
        }
        return e.indicator().targetFor(t.year(), Indicator.Version.CURRENT).map(Target::revisedFrom).orElse(null);
    }

    /** The target in force for {@code e}'s target year. */
    private static @Nullable Target currentTarget(IndicatorEvaluation e) {
        Target t = e.target();
        return t == null ? null : e.indicator().targetFor(t.year(), Indicator.Version.CURRENT).orElse(null);
    }

    /** One line naming the revision of {@code e}'s target: date, reason, the published and the current target. */
    private @Nullable String revisionLine(IndicatorEvaluation e) {
        Revision<Target> rev = revision(e);
        Target current = currentTarget(e);
        if (rev == null || current == null) {
            return null;
        }
        String original = current.original().expression().toString();
        String now = current.expression().toString();
        return zh ? "目标于 " + rev.date() + " 调整（" + rev.reason() + "）：原目标 " + original + "，现行目标 " + now
                : "target revised on " + rev.date() + " (" + rev.reason() + "): published " + original + ", current "
                        + now;
    }

    /** The classes an evaluation is reported in: the statuses, the review classes, or the Open SDG rating. */
    enum Scheme {
        /** {@link EvaluationStatus}: achieved, achieved early, ahead, on track, lagging, missed, not assessable. */
        STATUS("status"),
        /** {@link ReviewClass}: 提前实现, 快于预期, 基本符合预期, 相对滞后, 完成, 未完成, 无法评估. */
        REVIEW("review"),
        /** {@link SdgProgress}: the Open SDG five-level rating (with the Open SDG method). */
        SDG("sdg");

        private final String code;

        Scheme(String code) {
            this.code = code;
        }

        /** {@return the code the option takes and the JSON names} */
        String code() {
            return code;
        }
    }

    /** The class of {@code e} in the scheme, in the output's language; {@code -} for an indicator without a rating. */
    private String className(IndicatorEvaluation e) {
        return switch (scheme) {
            case STATUS -> zh ? e.status().chineseName() : e.status().englishName();
            case REVIEW -> zh ? e.reviewClass().chineseName() : e.reviewClass().englishName();
            case SDG -> e.sdgProgress() == null ? "-"
                    : zh ? e.sdgProgress().chineseName() : e.sdgProgress().englishName();
        };
    }

    /** The class of a tier's status in the scheme (a tier has no Open SDG rating of its own: its status). */
    private String tierName(@Nullable EvaluationStatus s) {
        if (s == null) {
            return zh ? "未评估" : "not assessed";
        }
        if (scheme == Scheme.REVIEW) {
            ReviewClass c = ReviewClass.classify(s, null, evaluation.options());
            return zh ? c.chineseName() : c.englishName();
        }
        return zh ? s.chineseName() : s.englishName();
    }

    private static IndicatorFigures row(IndicatorEvaluation e) {
        return IndicatorFigures.of(e);
    }

    private @Nullable String number(@Nullable Quantity q) {
        return format.number(q);
    }

    private @Nullable String written(@Nullable Quantity q) {
        return format.written(q);
    }

    private String cell(@Nullable Quantity q) {
        return format.cell(q);
    }

    private String writtenCell(@Nullable Quantity q) {
        return format.writtenCell(q);
    }

    private static @Nullable String notation(IndicatorEvaluation e) {
        return IndicatorFigures.of(e).notation();
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
            IndicatorFigures r = row(e);
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
            o.put("target_value", written(r.targetValue()));
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
            o.put("review_class", e.reviewClass().code());
            o.put("sdg_progress", e.sdgProgress() == null ? null : e.sdgProgress().code());
            Tiers tiers = e.tiers();
            if (tiers == null) {
                o.putNull("tiers");
            } else {
                ObjectNode t = o.putObject("tiers");
                t.put("floor", tiers.floor().code());
                t.put("floor_met", tiers.floorMet());
                t.put("word", tiers.word());
                t.put("aspiration", tiers.aspirationText());
                t.put("aspiration_status", tiers.aspiration() == null ? null : tiers.aspiration().code());
                t.put("aspiration_met", tiers.aspirationMet());
            }
            o.put("direction", e.indicator().direction().code());
            o.put("measure", e.indicator().measure().code());
            ArrayNode parts = o.putArray("parts");
            for (PartEvaluation p : evaluation.partsOf(e.indicator())) {
                IndicatorEvaluation pe = p.evaluation();
                IndicatorFigures pr = row(pe);
                ObjectNode po = parts.addObject();
                ObjectNode dims = po.putObject("dimensions");
                p.dimensions().forEach(dims::put);
                po.put("status", pe.status().code());
                po.put("actual", written(pr.actual()));
                po.put("expected", number(pr.expected()));
                po.put("target_value", written(pr.targetValue()));
                po.put("review_class", pe.reviewClass().code());
                ArrayNode partNotes = po.putArray("notes");
                pe.notes().forEach(partNotes::add);
            }
            o.put("category", e.indicator().category());
            o.put("lead_agency", e.indicator().leadAgency());
            o.put("price_basis", e.indicator().priceBasis() == null ? null : e.indicator().priceBasis().code());
            o.put("jurisdiction", evaluation.plan().jurisdiction().equals(TableContext.UNSPECIFIED) ? null
                    : evaluation.plan().jurisdiction().name());
            Revision<Target> rev = revision(e);
            Target current = currentTarget(e);
            if (rev == null || current == null) {
                o.putNull("revision");
            } else {
                ObjectNode rv = o.putObject("revision");
                rv.put("date", rev.date().toString());
                rv.put("reason", rev.reason());
                rv.put("published_target", current.original().expression().toString());
                rv.put("current_target", current.expression().toString());
            }
            IndicatorEvaluation p = rev == null ? null : published.get(e.indicator());
            if (p == null) {
                o.putNull("published");
            } else {
                IndicatorFigures pr = row(p);
                ObjectNode po = o.putObject("published");
                po.put("target", notation(p));
                po.put("status", p.status().code());
                po.put("review_class", p.reviewClass().code());
                po.put("actual", written(pr.actual()));
                po.put("target_value", written(pr.targetValue()));
            }
        }
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<EvaluationStatus, Integer> c : evaluation.counts().entrySet()) {
            summary.put(c.getKey().code(), c.getValue());
        }
        root.put("scheme", scheme.code());
        ObjectNode review = root.putObject("review_summary");
        for (Map.Entry<ReviewClass, Integer> c : evaluation.reviewCounts().entrySet()) {
            review.put(c.getKey().code(), c.getValue());
        }
        ObjectNode sdg = root.putObject("sdg_summary");
        for (Map.Entry<String, Integer> c : sdgCounts().entrySet()) {
            sdg.put(c.getKey(), c.getValue());
        }
        ArrayNode warned = root.putArray("warnings");
        warnings.forEach(warned::add);
        root.put("targets", targets.code());
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
        String tolerance = percent(evaluation.options().tolerance());
        String classes = "";
        if (scheme == Scheme.REVIEW) {
            String review = percent(evaluation.options().reviewTolerance());
            classes = zh ? "，评估分类：基本符合预期与相对滞后以预期进度的" + review + "为界"
                    : ", review classes: broadly on track within " + review + " of the expected progress";
        } else if (scheme == Scheme.SDG) {
            classes = zh ? "，Open SDG 五级评级" : ", Open SDG rating";
        }
        sb.append(zh
                ? evaluation.plan().title() + "：" + evaluation.year() + "年评估（" + method + "，容差" + tolerance
                        + classes + "）"
                : evaluation.plan().title() + ": evaluation of " + evaluation.year() + " (" + method + ", tolerance "
                        + tolerance + classes + ")").append('\n');
        if (targets == Targets.PUBLISHED) {
            sb.append(zh ? "目标：按原发布的目标（未计调整）" : "Targets: as first published (revisions not applied)")
                    .append('\n');
        }
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
            IndicatorFigures row = row(e);
            String status = className(e);
            Tiers tiers = e.tiers();
            if (tiers != null) {
                status += zh ? "；" + tiers.word() + "目标" + tierName(tiers.aspiration())
                        : "; aspiration " + tierName(tiers.aspiration());
            }
            if (e.isProvisional()) {
                status += "*";
                provisional = true;
            }
            table.row(List.of(e.indicator().name(),
                    zh ? e.indicator().attribute().chineseName() : e.indicator().attribute().englishName(),
                    status, writtenCell(row.actual()), cell(row.expected()), notation(e) == null ? "-" : notation(e),
                    cell(row.progress()),
                    cell(row.timeProgress()), cell(row.required())));
            for (PartEvaluation p : evaluation.partsOf(e.indicator())) {
                IndicatorEvaluation pe = p.evaluation();
                if (!all && pe.status() == EvaluationStatus.NOT_ASSESSABLE) {
                    continue;
                }
                IndicatorFigures pr = row(pe);
                String partStatus = className(pe) + (pe.isProvisional() ? "*" : "");
                provisional |= pe.isProvisional();
                table.row(List.of("  · " + p.label(), "", partStatus, writtenCell(pr.actual()), cell(pr.expected()),
                        "", cell(pr.progress()), cell(pr.timeProgress()), cell(pr.required())));
            }
        }
        sb.append(table.render());
        if (hidden > 0) {
            sb.append(zh ? "另有 " + hidden + " 个指标无法评估（无观测值、定性或由上级下达的目标；--all 逐一列出）"
                    : hidden + (hidden == 1 ? " more indicator is" : " more indicators are") + " not assessable (no observation, or a qualitative or delegated "
                            + "target; --all lists them)").append('\n');
        }
        List<String> counts = new ArrayList<>();
        switch (scheme) {
            case STATUS -> {
                for (Map.Entry<EvaluationStatus, Integer> c : evaluation.counts().entrySet()) {
                    EvaluationStatus s = c.getKey();
                    counts.add((zh ? s.chineseName() + " " : s.englishName() + " ") + c.getValue());
                }
            }
            case REVIEW -> {
                for (Map.Entry<ReviewClass, Integer> c : evaluation.reviewCounts().entrySet()) {
                    ReviewClass k = c.getKey();
                    counts.add((zh ? k.chineseName() + " " : k.englishName() + " ") + c.getValue());
                }
            }
            case SDG -> {
                for (Map.Entry<String, Integer> c : sdgCounts().entrySet()) {
                    String name = c.getKey().equals(NOT_RATED) ? (zh ? "无评级" : "not rated")
                            : zh ? SdgProgress.valueOf(c.getKey().toUpperCase(Locale.ROOT)).chineseName()
                                    : SdgProgress.valueOf(c.getKey().toUpperCase(Locale.ROOT)).englishName();
                    counts.add(name + " " + c.getValue());
                }
            }
            default -> throw new AssertionError(scheme);
        }
        sb.append(zh ? "合计：" + String.join("，", counts) : "Total: " + String.join(", ", counts)).append('\n');
        if (scheme == Scheme.REVIEW) {
            long flagged = evaluation.results().stream().filter(e -> e.isBinding() && e.reviewClass().isConcern())
                    .count();
            if (flagged > 0) {
                sb.append(zh ? "约束性指标相对滞后或未完成：" + flagged + " 个"
                        : "Binding indicators lagging or not completed: " + flagged).append('\n');
            }
        } else {
            int flagged = evaluation.bindingConcerns().size();
            if (flagged > 0) {
                sb.append(zh ? "约束性指标滞后或未完成：" + flagged + " 个" : "Binding indicators lagging or missed: "
                        + flagged).append('\n');
            }
        }
        if (provisional) {
            sb.append(zh ? "* 依据初步核算、估计或预测数据，结论可能变化"
                    : "* rests on preliminary, estimated or forecast data; the status may change").append('\n');
        }
        for (String w : warnings) {
            sb.append(zh ? "警告：" : "Warning: ").append(w).append('\n');
        }
        if (targets == Targets.BOTH) {
            appendBoth(sb);
        }
        if (explain) {
            sb.append('\n').append(zh ? "计算说明（公式与输入，英文）：" : "How each figure was computed:").append('\n');
            for (IndicatorEvaluation e : shown) {
                sb.append(e).append('\n'); // figure by figure: formula, inputs with year and status; then notes
                String revised = revisionLine(e);
                if (revised != null) {
                    sb.append("  ").append(revised).append('\n');
                }
                sb.append("  direction: ").append(e.indicator().direction().code()).append(", measure: ")
                        .append(e.indicator().measure().code()).append(", accumulation: ")
                        .append(e.indicator().accumulation().code()).append('\n');
                for (PartEvaluation p : evaluation.partsOf(e.indicator())) {
                    sb.append("  part ").append(p.dimensions()).append(": ").append(p.evaluation()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * The revised targets side by side: for each indicator whose target was revised, the published target and its
     * class, the current target and its class, and the revision's date and reason.
     */
    private void appendBoth(StringBuilder sb) {
        TextTable.Align l = TextTable.Align.LEFT;
        TextTable table = new TextTable(List.of(l, l, l, l, l, l, l));
        table.row(zh ? List.of("指标", "原目标", "按原目标", "现行目标", "按现行目标", "调整日期", "调整原因")
                : List.of("Indicator", "Published target", "Against it", "Current target", "Against it", "Revised on",
                        "Reason"));
        int rows = 0;
        for (IndicatorEvaluation e : evaluation.byConcern()) {
            Revision<Target> rev = revision(e);
            IndicatorEvaluation p = published.get(e.indicator());
            if (rev == null || p == null) {
                continue;
            }
            rows++;
            table.row(List.of(e.indicator().name(), notation(p) == null ? "-" : notation(p), className(p),
                    notation(e) == null ? "-" : notation(e), className(e), rev.date().toString(), rev.reason()));
        }
        sb.append('\n');
        if (rows == 0) {
            sb.append(zh ? "没有调整过的目标" : "No target was revised").append('\n');
            return;
        }
        sb.append(zh ? "调整过的目标（原目标与现行目标对照）：" : "Revised targets, published and current side by side:")
                .append('\n').append(table.render());
    }

    /** The number of indicators with each Open SDG rating, every rating present, then those without one. */
    private Map<String, Integer> sdgCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SdgProgress p : SdgProgress.values()) {
            counts.put(p.code(), 0);
        }
        counts.put(NOT_RATED, 0);
        for (IndicatorEvaluation e : evaluation.results()) {
            counts.merge(e.sdgProgress() == null ? NOT_RATED : e.sdgProgress().code(), 1, Integer::sum);
        }
        return counts;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private String methodName() {
        return switch (evaluation.options().method()) {
            case TIME_PROGRESS -> "time progress";
            case OPEN_SDG -> "Open SDG rating";
        };
    }
}
