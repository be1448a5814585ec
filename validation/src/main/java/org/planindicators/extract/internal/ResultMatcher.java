package org.planindicators.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planindicators.extract.DraftResult;
import org.planindicators.extract.DraftTarget;
import org.planindicators.target.Measure;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;

/**
 * Files each result under the drafted target's indicator it is an observation of, so that the draft table and the
 * results validate together: "城镇新增就业6000人以上" drafted as a target and "新增就业5625人" read as a result are the
 * same indicator.
 *
 * <p>A result is the same indicator as a target when both are the same measure (a level, a growth rate or a reduction
 * rate), their units are compatible (or the target has none: 与经济增长同步), and their names are equal or one is the
 * other with a qualifier of at most {@value #MAX_QUALIFIER} characters before it (城镇 + 新增就业, 全社会 + 研发投入) that
 * names no work (新增, 新建, 累计 …: 新增高新技术企业 counts a flow, 高新技术企业 a stock); or, when both name work of one
 * kind (building: 新建, 打造, 培育 …; renovating: 改造, 提升, 整治) or neither does, their cores are so related — the
 * names without quotes and the verbs of work, three characters or more (打造高标准农田 and 高标准农田建设 are both
 * 高标准农田 built; 新建供水主干管 and 改造供水主干管 are not one indicator; 项目 alone names nothing in particular). A
 * target in step with growth (城乡居民人均可支配收入与经济增长基本同步) is one on the growth rate. A 城乡 result with an area
 * (城镇, 农村) is compared under the area's name first (城镇居民人均可支配收入增长). Among several targets the equal name
 * wins, then the shortest qualifier, then the first in the document. One result per indicator, year and area: a
 * second one keeps its own name.
 */
public final class ResultMatcher {
    static final int MAX_QUALIFIER = 4;
    /** Cores shorter than this (项目, 学校) name nothing in particular. */
    private static final int MIN_CORE = 3;
    private static final String WORK = "新|累计|年均|建|增|引进|培育|打造|实施|完成|改造|开工|竣工";
    /** Verbs that open a name of work done: NameBuilder's, and 入选 (selected), 筹建. */
    private static final List<String> WORK_VERBS = verbs();
    private static final List<String> WORK_ENDS = List.of("建设", "改造", "打造", "建成", "竣工");

    private static List<String> verbs() {
        List<String> v = new ArrayList<>(NameBuilder.VERBS);
        v.addAll(List.of("入选", "新培育", "筹集建设", "筹建"));
        v.sort((x, y) -> y.length() - x.length());
        return List.copyOf(v);
    }

    private ResultMatcher() {
    }

    /**
     * The results, each filed under the table's indicator it is an observation of when there is one.
     *
     * @param targets the drafted targets
     * @param results the drafted results, named as the text words them
     * @return the results, in the same order
     */
    public static List<DraftResult> file(List<DraftTarget> targets, List<DraftResult> results) {
        List<String> rowNames = DraftWriter.rowNames(targets);
        Set<String> taken = new HashSet<>();
        List<DraftResult> out = new ArrayList<>();
        for (DraftResult r : results) {
            DraftResult filed = null;
            String[] names = r.area() == null ? new String[] {r.indicator()}
                    : new String[] {r.indicator().replaceFirst("^城乡", r.area()), r.indicator()};
            for (int k = 0; k < names.length && filed == null; k++) {
                int best = best(targets, r, names[k]);
                if (best >= 0) {
                    String area = k == 0 && r.area() != null && !names[0].equals(r.indicator()) ? null : r.area();
                    String key = rowNames.get(best) + "\u0000" + r.year() + "\u0000" + area;
                    if (taken.add(key)) {
                        filed = r.ofIndicator(rowNames.get(best), area);
                    }
                }
            }
            out.add(filed != null ? filed : r);
        }
        return out;
    }

    /** The index of the target {@code r} (named {@code name}) is an observation of, or −1. */
    private static int best(List<DraftTarget> targets, DraftResult r, String name) {
        int best = -1;
        int bestQualifier = Integer.MAX_VALUE;
        for (int i = 0; i < targets.size(); i++) {
            DraftTarget t = targets.get(i);
            String target = t.indicator();
            if (inStepWithGrowth(t) && r.measure() == Measure.GROWTH_RATE) {
                // 城乡居民人均可支配收入与经济增长基本同步: a target on the income's growth
                target = NameBuilder.ofRate(target, Measure.GROWTH_RATE);
            } else if (t.measure() != r.measure() || !t.unit().isNone() && !t.unit().isCompatibleWith(r.unit())) {
                continue;
            }
            int q = sameIndicator(target, name);
            if (q >= 0 && q < bestQualifier) {
                best = i;
                bestQualifier = q;
            }
        }
        return best;
    }

    private static boolean inStepWithGrowth(DraftTarget t) {
        return t.target() instanceof Relative rel && rel.comparison() == RelativeComparison.IN_STEP
                && rel.references().stream().anyMatch(x -> x.contains("增长"));
    }

    /**
     * How far apart the names {@code a} and {@code b} of one indicator are (0 when equal), or −1 when they name two
     * indicators: the length of the qualifier that tells them apart, compared as written or, when both name work of
     * one kind (打造高标准农田, 高标准农田建设) or neither does, by their cores — quotes and the verbs of work left out (then
     * one more than the qualifier). Symmetric in {@code a} and {@code b}.
     *
     * @param a a name
     * @param b another name
     * @return the distance, or −1
     */
    public static int sameIndicator(String a, String b) {
        int q = qualifier(a, b);
        if (q >= 0) {
            return q;
        }
        Core ca = core(a);
        Core cb = core(b);
        if (ca.work() != cb.work()) {
            return -1;
        }
        q = qualifier(ca.name(), cb.name());
        boolean named = Math.min(ca.name().length(), cb.name().length()) >= MIN_CORE;
        return q < 0 || !named ? -1 : q + 1;
    }

    /** The kind of work a name's verbs say: none, building (新建, 打造, 培育 …) or renovating (改造, 提升, 整治). */
    enum Work { NONE, BUILD, RENOVATE }

    /** A name without quotes and the verbs of work before or after it, and the kind of work they say. */
    record Core(String name, Work work) {
    }

    static Core core(String name) {
        String n = name.replaceAll("[“”\"「」‘’]", "");
        Work work = Work.NONE;
        String before;
        do {
            before = n;
            for (String v : WORK_VERBS) {
                if (n.startsWith(v) && n.length() > v.length() + 1) {
                    n = n.substring(v.length());
                    work = kind(v, work);
                    break;
                }
            }
            for (String v : WORK_ENDS) {
                if (n.endsWith(v) && n.length() > v.length() + 1) {
                    n = n.substring(0, n.length() - v.length());
                    work = kind(v, work);
                    break;
                }
            }
        } while (!n.equals(before));
        return new Core(n, work);
    }

    private static Work kind(String verb, Work before) {
        if (before == Work.RENOVATE || !verb.contains("新") && verb.matches(".*(改造|提升|整治|优化).*")) {
            return Work.RENOVATE;
        }
        return Work.BUILD;
    }

    /**
     * The length of the qualifier that tells {@code a} from {@code b} (0 when equal), or −1 when they are not one
     * indicator.
     */
    static int qualifier(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (shorter.length() < 2 || !longer.endsWith(shorter)) {
            return -1;
        }
        String q = longer.substring(0, longer.length() - shorter.length());
        return q.length() <= MAX_QUALIFIER && !q.matches(".*(" + WORK + ").*") ? q.length() : -1;
    }
}
