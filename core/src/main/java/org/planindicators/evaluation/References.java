package org.planindicators.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.unit.UnitFamily;

/**
 * Finds what a relative target refers to ("与经济增长基本同步", "高于GDP增长") by name containment: the reference and
 * the names are cut to their stems (增长, 增速, 增长率, 水平, 平均水平 and spaces dropped), the economy's names (经济,
 * GDP, 地区生产总值, 国内生产总值, 生产总值, 经济总量) stand for one another, and a name matches when it contains a
 * stem of the reference or its stem is contained in one. So 经济增长 matches 地区生产总值增长.
 *
 * <p>Among several matches the best is taken: a name whose stem equals the reference's, then a growth-rate
 * indicator (a relative target compares growth), then the plan's order. Plan indicators are searched first, then
 * the names of the observations.
 */
final class References {
    private static final List<String> SUFFIXES = List.of("平均水平", "增长率", "增速", "增长", "水平");
    private static final List<String> ECONOMY = List.of("经济", "GDP", "地区生产总值", "国内生产总值", "生产总值",
            "经济总量");

    /** What a reference matched: a plan indicator, or a series of observations by name. */
    record Match(@Nullable Indicator indicator, String name) {
    }

    private References() {
    }

    static Optional<Match> find(Plan plan, Indicator self, String reference, List<Observation> observations) {
        Set<String> candidates = candidates(reference);
        Match best = null;
        int bestScore = 0;
        for (Indicator i : plan.indicators()) {
            if (i.equals(self)) {
                continue;
            }
            int score = score(i.name(), candidates, isRate(i));
            if (score > bestScore) {
                best = new Match(i, i.name());
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Observation o : observations) {
            if (!Series.isNamed(o, self)) {
                names.add(o.indicator().strip());
            }
        }
        for (String name : names) {
            int score = score(name, candidates, false);
            if (score > bestScore) {
                best = new Match(null, name);
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 4 or 3: stems equal (a rate indicator 4); 2 or 1: containment (a rate indicator 2); 0: no match. */
    private static int score(String name, Set<String> candidates, boolean rate) {
        String stem = stem(name);
        if (candidates.contains(stem)) {
            return rate ? 4 : 3;
        }
        for (String c : candidates) {
            if (name.replaceAll("\\s+", "").contains(c) || (!stem.isEmpty() && c.contains(stem))) {
                return rate ? 2 : 1;
            }
        }
        return 0;
    }

    private static boolean isRate(Indicator i) {
        return i.measure().isRate() || i.unit().family() == UnitFamily.RATIO;
    }

    /** The reference's stem, and the economy's other names when it is one of them. */
    static Set<String> candidates(String reference) {
        String stem = stem(reference);
        Set<String> out = new LinkedHashSet<>();
        if (!stem.isEmpty()) {
            out.add(stem);
        }
        for (String e : ECONOMY) {
            if (stem.equalsIgnoreCase(e)) {
                out.addAll(ECONOMY);
            }
        }
        return out;
    }

    /** The name without spaces and without a trailing 增长, 增速, 增长率, 水平 or 平均水平. */
    static String stem(String name) {
        String s = name.replaceAll("\\s+", "");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    /** The regions' own observations of the indicator: those whose jurisdiction contains the region's name. */
    static List<Observation> ofRegion(List<Observation> observations, Indicator indicator, String region) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : observations) {
            String j = o.jurisdiction();
            if (j != null && Series.isNamed(o, indicator) && (j.contains(region) || region.contains(j.strip()))) {
                out.add(o);
            }
        }
        return out;
    }
}
