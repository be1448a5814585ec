package org.planindicators.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.TargetExpression;

/**
 * Splits sentences that state several indicators at once into one figure per indicator:
 *
 * <ul>
 *   <li>分别: "生产安全事故起数、死亡人数分别下降30%、20%" — the names before 分别 go one by one with the figures after
 *       it; "城乡居民人均可支配收入分别增长4.4%、5.4%" and "城镇、农村居民…" give the urban and the rural figure (the area
 *       城镇 / 农村);</li>
 *   <li>均: "区属国企资产总额、利润总额均增长7%以上" — one figure for every name.</li>
 * </ul>
 *
 * A short name (four characters at most) that ends like the first takes the first's head: 区属国企资产总额、利润总额 →
 * 区属国企利润总额,
 * 生产安全事故起数、死亡人数 → 生产安全事故死亡人数. The figures that
 * follow the first of a group take its accumulation and measure (分别年均增长7.5%以上、超过8.3%).
 */
public final class Respectively {
    /** Names after the first this short (利润总额, 死亡人数) are attributes of the first's subject. */
    private static final int BARE = 4;

    private Respectively() {
    }

    /**
     * A figure with the indicator it is for.
     *
     * @param figure the figure as read, with its accumulation completed
     * @param subject the words naming the indicator (uncleaned), or null to name it from the sentence
     * @param area 城镇 or 农村 for the urban or rural part of a 城乡 figure, else null
     * @param split why the figure was split off, or null
     */
    public record Assigned(ParsedTarget figure, @Nullable String subject, @Nullable String area,
            @Nullable String split) {
    }

    /**
     * Assigns each figure of a sentence its indicator.
     *
     * @param sentence the sentence
     * @param figures the figures the parser read from it, in order
     * @return one entry per indicator and figure
     */
    public static List<Assigned> assign(String sentence, List<ParsedTarget> figures) {
        List<Assigned> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            ParsedTarget first = figures.get(i);
            String between = sentence.substring(Math.max(0, first.start() - 6), first.start());
            List<String> names = items(first.subject());
            boolean respectively = between.contains("分别");
            boolean each = !respectively && between.contains("均") && !between.contains("年均") && names.size() > 1;
            if (NameBuilder.clean(first.subject()).endsWith("三次产业结构") && i + 2 < figures.size()) {
                // 三次产业结构2.5:29:68.5: the shares of the three sectors in GDP
                String[] sectors = {"第一", "第二", "第三"};
                for (int k = 0; k < 3; k++) {
                    out.add(new Assigned(figures.get(i + k), sectors[k] + "产业增加值占地区生产总值比重", null, "三次产业结构"));
                }
                i += 2;
                continue;
            }
            if (respectively) {
                int j = i + 1;
                while (j < figures.size() && figures.get(j).subject().isBlank() && j - i < names.size()
                        + (urbanRural(first.subject()) ? 2 : 0)) {
                    j++;
                }
                List<ParsedTarget> group = new ArrayList<>(figures.subList(i, j));
                for (int k = 1; k < group.size(); k++) {
                    group.set(k, like(group.get(k), first));
                }
                if (urbanRural(first.subject()) && group.size() == 2) {
                    String base = first.subject().replace("城镇、农村", "城乡");
                    out.add(new Assigned(group.get(0), base, "城镇", "分别"));
                    out.add(new Assigned(group.get(1), base, "农村", "分别"));
                    i = j - 1;
                    continue;
                }
                if (names.size() == group.size() && group.size() > 1) {
                    List<String> full = withHeads(names);
                    for (int k = 0; k < group.size(); k++) {
                        out.add(new Assigned(group.get(k), full.get(k), null, "分别"));
                    }
                    i = j - 1;
                    continue;
                }
            }
            if (each) {
                for (String n : withHeads(names)) {
                    out.add(new Assigned(first, n, null, "均"));
                }
                continue;
            }
            out.add(new Assigned(first, null, null, null));
        }
        return out;
    }

    /** Whether a subject names urban and rural residents together (城乡居民…, 城镇、农村居民…). */
    static boolean urbanRural(String subject) {
        String s = NameBuilder.clean(subject);
        return s.startsWith("城乡") || s.startsWith("城镇、农村") || s.startsWith("城镇和农村");
    }

    /** The names a subject lists, split at 、 and 和 (only when every part is a name of two characters or more). */
    static List<String> items(String subject) {
        String s = NameBuilder.clean(subject);
        String[] parts = s.split("、|和");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p.strip().length() < 2) {
                return List.of(s);
            }
            out.add(p.strip());
        }
        return out;
    }

    /** Names after the first that are shorter take the head of the first: 资产总额、利润总额 → 区属国企利润总额. */
    static List<String> withHeads(List<String> names) {
        List<String> out = new ArrayList<>();
        String first = names.get(0);
        out.add(first);
        for (int k = 1; k < names.size(); k++) {
            String n = names.get(k);
            int common = 0;
            while (common < n.length() && common < first.length()
                    && first.charAt(first.length() - 1 - common) == n.charAt(n.length() - 1 - common)) {
                common++;
            }
            // 资产总额、利润总额: parallel words of one length; 起数、死亡人数: the first ends in a two-character word
            int cut = common >= 2 ? n.length() : 2;
            // 城镇居民人均可支配收入和农民人均纯收入: a name of its own (more than four characters) borrows nothing
            if (common >= 1 && first.length() > cut + 1 && n.length() <= BARE) {
                out.add(first.substring(0, first.length() - cut) + n);
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** {@code f} with the accumulation and rate of {@code leader} when it has none of its own. */
    private static ParsedTarget like(ParsedTarget f, ParsedTarget leader) {
        TargetExpression t = f.target();
        Measure m = f.measure() == Measure.LEVEL ? leader.measure() : f.measure();
        if (t instanceof NumericTarget n && n.accumulation() != leader.target().accumulation()
                && n.accumulation() == org.planindicators.target.Accumulation.LEVEL) {
            t = n.withAccumulation(leader.target().accumulation());
        }
        return new ParsedTarget(t, f.subject(), f.start(), f.end(), f.year(), m);
    }
}
