package org.planindicators.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the targets without figures that name a measurable quantity: a rate, share or total to raise or lower
 * (提高仓库空间利用率, 严格控制煤炭消费总量) and a standing to reach (陆港型物流枢纽辐射能力全国领先, 对外贸易规模跻身全国陆港城市前列).
 * Descriptive phrases (加快建设…, 深化…改革) are not read: they name no quantity; nor are 效率 (提高物流仓配效率: an aim,
 * not a rate a statistic defines) and levels without a benchmark (达到更高水平).
 */
public final class QualitativeClauses {
    private static final Pattern RAISE = Pattern.compile("^(?:到\\d{4}年)?(?:逐步|稳步|不断|持续|着力|进一步|大力|全力|有效|显著)?"
            + "(?:提高|提升|降低|减少|严格控制|控制|稳定)(.{2,20}?(?:率|比重|比例|总量|产出率))$");
    private static final Pattern STANDING = Pattern.compile("^(?:到\\d{4}年)?(.{2,24}?)(全国领先|全省领先|全市领先|全国前列|全省前列"
            + "|全市前列|跻身.{2,12}前列|处于.{2,8}领先水平|达到.{2,8}水平)$");

    /** A level named by no benchmark (达到更高水平, 达到新水平): no standing to check. */
    private static final Pattern VAGUE_LEVEL = Pattern.compile("达到(?:更高|较高|新的?|一定|相应|应有|更好)水平");

    private QualitativeClauses() {
    }

    /**
     * A clause read as a target without figure: the clause as the target's text, and the quantity it names.
     *
     * @param text the target's text: the clause that raises or lowers, or the standing (全国领先)
     * @param name the quantity it names
     * @param start where the clause starts in the sentence
     */
    public record Clause(String text, String name, int start) {
    }

    /**
     * The clauses of {@code sentence} that set a target without a figure. Clauses holding digits are left to the
     * target parser.
     *
     * @param sentence a sentence
     * @return the clauses, in order
     */
    public static List<Clause> read(String sentence) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || ",，;；:：。、".indexOf(sentence.charAt(i)) >= 0) {
                String clause = sentence.substring(start, i).strip();
                if (!clause.isEmpty() && clause.chars().noneMatch(Character::isDigit)) {
                    Matcher r = RAISE.matcher(clause);
                    Matcher s = STANDING.matcher(clause);
                    if (r.matches() && !r.group(1).endsWith("效率")) {
                        out.add(new Clause(clause, r.group(1).replace("的", ""), start));
                    } else if (s.matches() && !s.group(1).matches(".*(要|使|让|推动|努力|力争).*")
                            && !VAGUE_LEVEL.matcher(s.group(2)).matches()) {
                        out.add(new Clause(s.group(2),
                                NameBuilder.clean(s.group(1)), start));
                    }
                }
                start = i + 1;
            }
        }
        return out;
    }
}
