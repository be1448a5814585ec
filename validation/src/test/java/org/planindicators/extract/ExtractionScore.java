package org.planindicators.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.TargetExpression;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.IndicatorTables;

/**
 * Scores a draft against a reference: precision and recall of targets (same indicator, same target after parsing)
 * and of results (same indicator, same value), with every miss classified.
 *
 * <p>Same indicator: the names share a run of characters at least half as long as the shorter name (and at least
 * two characters): 打造高标准农田 and 高标准农田建设, 城中村 and 城中村改造. Same target: equal canonical notation, a rise
 * (增长7%) counting as its figure (7%), since tables write growth rates without the word. Pairs are matched one to
 * one, best name first.
 */
final class ExtractionScore {
    /** A reference figure: name, target or value as text, and where it is from. */
    record Ref(String name, String key, String area, String where) {
    }

    /** The score of one comparison. */
    record Score(int reference, int extracted, int matched, List<String> misses, List<String> extras) {
        double recall() {
            return reference == 0 ? 1 : (double) matched / reference;
        }

        double precision() {
            return extracted == 0 ? 1 : (double) matched / extracted;
        }
    }

    private ExtractionScore() {
    }

    /** The targets of an indicator table, one reference per indicator and year. */
    static List<Ref> targetsOf(Path table) {
        Plan plan = IndicatorTables.read(table, ImportOptions.defaults()).model().orElseThrow();
        List<Ref> out = new ArrayList<>();
        for (PlanPart p : plan.parts()) {
            collect(p, out);
        }
        return out;
    }

    private static void collect(PlanPart part, List<Ref> out) {
        for (Goal g : part.goals()) {
            for (Indicator i : g.indicators()) {
                for (Target t : i.targets()) {
                    out.add(new Ref(i.name(), key(t.expression()), "", g.title()));
                }
            }
        }
        for (PlanPart c : part.children()) {
            collect(c, out);
        }
    }

    /** The results of an observations file (指标, 数值, area columns). */
    static List<Ref> resultsOf(Path observations) throws IOException {
        List<String> lines = Files.readAllLines(observations, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Ref> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            out.add(new Ref(c[header.indexOf("指标")], value(c[header.indexOf("数值")]),
                    header.contains("area") ? c[header.indexOf("area")] : "", c[header.indexOf("来源")]));
        }
        return out;
    }

    /** The drafted targets as references. */
    static List<Ref> drafted(Extraction e) {
        return e.targets().stream()
                .map(t -> new Ref(t.indicator(), key(t.target()), "", t.source().toString())).toList();
    }

    /** The drafted results as references, named as filed (the table's indicator when they are one of its). */
    static List<Ref> draftedResults(Extraction e) {
        return e.results().stream().map(r -> new Ref(r.indicator(), value(r.value().toPlainString()),
                r.area() == null ? "" : r.area(), r.source().toString())).toList();
    }

    /** The drafted results as references, named as the text words them (for labels that name them so). */
    static List<Ref> draftedResultsAsWorded(Extraction e) {
        return e.results().stream().map(r -> new Ref(r.wording(), value(r.value().toPlainString()),
                r.area() == null ? "" : r.area(), r.source().toString())).toList();
    }

    /** A target's canonical notation, a rise written as its figure. */
    static String key(TargetExpression t) {
        if (t instanceof Change c && c.direction() == ChangeDirection.INCREASE) {
            return (c.accumulation() == Accumulation.ANNUAL_AVERAGE ? "年均" : "") + c.amount();
        }
        return t.toString();
    }

    private static String value(String v) {
        return new BigDecimal(v.strip()).stripTrailingZeros().toPlainString();
    }

    /**
     * Matches {@code extracted} against {@code reference} one to one.
     *
     * @param reference the reference figures
     * @param extracted the drafted figures
     * @param otherKind drafted figures of the other kind (results when scoring targets), to classify misses
     * @return the score, misses and extras classified
     */
    static Score score(List<Ref> reference, List<Ref> extracted, List<Ref> otherKind) {
        boolean[] used = new boolean[extracted.size()];
        int matched = 0;
        List<String> misses = new ArrayList<>();
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        for (int r = 0; r < reference.size(); r++) {
            Ref ref = reference.get(r);
            int best = -1;
            int bestLcs = 0;
            for (int x = 0; x < extracted.size(); x++) {
                Ref ex = extracted.get(x);
                if (used[x] || !ex.key().equals(ref.key()) || !ex.area().equals(ref.area()) && !ref.area().isEmpty()) {
                    continue;
                }
                int l = lcs(ref.name(), ex.name());
                if (sameName(ref.name(), ex.name(), l) && l > bestLcs) {
                    best = x;
                    bestLcs = l;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pairs.put(r, best);
                matched++;
            } else {
                misses.add(classifyMiss(ref, extracted, otherKind) + ": " + ref.name() + " " + ref.key()
                        + (ref.area().isEmpty() ? "" : " (" + ref.area() + ")"));
            }
        }
        List<String> extras = new ArrayList<>();
        for (int x = 0; x < extracted.size(); x++) {
            if (!used[x]) {
                Ref ex = extracted.get(x);
                boolean valueKnown = reference.stream().anyMatch(r -> r.key().equals(ex.key()));
                extras.add((valueKnown ? "name differs from the reference's" : "not in the reference") + ": "
                        + ex.name() + " " + ex.key() + " @" + ex.where());
            }
        }
        return new Score(reference.size(), extracted.size(), matched, misses, extras);
    }

    private static String classifyMiss(Ref ref, List<Ref> extracted, List<Ref> otherKind) {
        if (extracted.stream().anyMatch(x -> x.key().equals(ref.key()))) {
            return "named differently";
        }
        if (extracted.stream().anyMatch(x -> lcs(x.name(), ref.name()) >= Math.min(4, ref.name().length()))) {
            return "read with another target";
        }
        if (otherKind.stream().anyMatch(x -> ref.key().startsWith(x.key()) || x.key().startsWith(ref.key()))) {
            return "taken for the other kind";
        }
        return "not read";
    }

    static boolean sameName(String a, String b, int lcs) {
        return lcs >= 2 && 2 * lcs >= Math.min(strip(a).length(), strip(b).length());
    }

    private static String strip(String name) {
        int hash = name.indexOf('#');
        return (hash > 0 ? name.substring(0, hash) : name).replaceAll("[“”\"《》‘’]", "");
    }

    /** The length of the longest common substring. */
    static int lcs(String a, String b) {
        a = strip(a);
        b = strip(b);
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
