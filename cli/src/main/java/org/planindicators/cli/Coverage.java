package org.planindicators.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;

/**
 * What the observations read could do for a plan, counted as they stream past: how many name an indicator of the
 * plan, how many are for another jurisdiction (a part of the plan's, a district of a city plan, is not another), how
 * many lie after the evaluation year. An evaluation that assessed
 * nothing while observations were read gets a warning that says why ({@link #warnings}), so that a mismatch of
 * jurisdictions or indicator names is never a silent table of "not assessable".
 */
final class Coverage implements Consumer<Observation> {
    /** The most jurisdictions named in a warning. */
    static final int MAX_NAMED = 5;

    private final Plan plan;
    private final int year;
    private final Consumer<Observation> next;
    private long read;
    private long unknownIndicator;
    private long afterYear;
    private long used;
    private final Map<String, Long> otherJurisdictions = new LinkedHashMap<>();

    /**
     * Counts for {@code plan} evaluated in {@code year}, passing each observation on to {@code next}.
     *
     * @param plan the plan
     * @param year the evaluation year
     * @param next where the observations go
     */
    Coverage(Plan plan, int year, Consumer<Observation> next) {
        this.plan = plan;
        this.year = year;
        this.next = next;
    }

    @Override
    public void accept(Observation o) {
        read++;
        if (plan.findIndicator(o.indicator().strip()).isEmpty()) {
            unknownIndicator++;
        } else if (!plan.jurisdiction().covers(o.jurisdiction())) {
            if (otherJurisdictions.size() < 1000 || otherJurisdictions.containsKey(o.jurisdiction().strip())) {
                otherJurisdictions.merge(o.jurisdiction().strip(), 1L, Long::sum);
            }
        } else if (o.period().year() > year) {
            afterYear++;
        } else {
            used++;
        }
        next.accept(o);
    }

    /** {@return how many observations were read} */
    long read() {
        return read;
    }

    /** {@return how many observations are of the plan's indicators and jurisdiction up to the evaluation year} */
    long used() {
        return used;
    }

    /**
     * The warnings the evaluation deserves: none when some indicator was assessed; otherwise one that says no
     * indicator could be assessed and why, in {@code locale}'s language.
     *
     * @param evaluation the evaluation made from the observations counted
     * @param locale Chinese for Chinese, anything else for English
     * @return the warnings, possibly none
     */
    List<String> warnings(PlanEvaluation evaluation, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        boolean assessedAny = evaluation.results().stream().anyMatch(e -> e.status() != EvaluationStatus.NOT_ASSESSABLE);
        if (assessedAny || evaluation.results().isEmpty()) {
            return List.of();
        }
        String where = plan.jurisdiction().name();
        if (read == 0) {
            return List.of(zh ? "没有指标可评估：未读到任何观测值"
                    : "No indicator could be assessed: no observation was read");
        }
        long others = otherJurisdictions.values().stream().mapToLong(Long::longValue).sum();
        List<String> named = new ArrayList<>();
        otherJurisdictions.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(MAX_NAMED).forEach(e -> named.add(e.getKey() + " " + e.getValue()));
        StringBuilder sb = new StringBuilder();
        if (zh) {
            sb.append("没有指标可评估：读到的 ").append(read).append(" 个观测值中，属于本规划指标、").append(where)
                    .append("、").append(year).append("年及以前的有 ").append(used).append(" 个（");
            List<String> why = new ArrayList<>();
            if (unknownIndicator > 0) {
                why.add(unknownIndicator + " 个不是本规划的指标");
            }
            if (others > 0) {
                why.add(others + " 个属于其他辖区：" + String.join("，", named)
                        + "；若本规划即其中之一，用 --jurisdiction 指定");
            }
            if (afterYear > 0) {
                why.add(afterYear + " 个在" + year + "年以后");
            }
            if (used > 0) {
                why.add("其余不足以评估任何目标");
            }
            sb.append(String.join("；", why)).append("）");
        } else {
            sb.append("No indicator could be assessed: of the ").append(read).append(" observations read, ")
                    .append(used).append(used == 1 ? " is" : " are").append(" for the plan's indicators in ")
                    .append(where).append(" up to ").append(year).append(" (");
            List<String> why = new ArrayList<>();
            if (unknownIndicator > 0) {
                why.add(unknownIndicator + " name no indicator of the plan");
            }
            if (others > 0) {
                why.add(others + " are for other jurisdictions: " + String.join(", ", named)
                        + "; if the plan is one of them, say so with --jurisdiction");
            }
            if (afterYear > 0) {
                why.add(afterYear + " are after " + year);
            }
            if (used > 0) {
                why.add("those used are not enough to assess any target");
            }
            sb.append(String.join("; ", why)).append(")");
        }
        return List.of(sb.toString());
    }
}
