package org.planindicators.extract.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.AtMost;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ParsedTarget;
import org.planindicators.unit.Unit;

/**
 * Figures whose shape in the sentence says what they are, whatever the words around them:
 *
 * <ul>
 *   <li>reach idioms (15分钟生活圈, 一刻钟便民生活圈, 300米见绿、500米见园) bound a quantity the idiom only implies: the
 *       time to reach the 圈 (生活圈可达时间 15分钟以内) or the distance to the green (见绿距离 300米以内);</li>
 *   <li>figures that describe rather than measure are not indicators: a group named by its size in a frame for the work
 *       that follows (围绕…4大农业主要特色产业, while 推进9大重点片区有机更新 counts the work),
 *       an age band (0岁—3岁婴幼儿), the width of a zone (两侧各500米生态控制带).</li>
 * </ul>
 */
public final class FigureShapes {
    private static final Pattern GROUP = Pattern.compile("^[0-9一二三四五六七八九十]+\\s*大.*");
    private static final int REACH_SPAN = 14;
    /** Words that open a frame for the work that follows (围绕…, 聚焦…): a figure in it names the frame's scope. */
    private static final Pattern FRAME = Pattern.compile("^(?:围绕|聚焦|立足|依托|按照|紧扣|紧紧围绕|坚持)");

    private FigureShapes() {
    }

    /**
     * The name of the quantity a reach idiom bounds, or null when {@code f} is no reach idiom.
     *
     * @param sentence the sentence
     * @param f a figure read from it
     * @return 生活圈可达时间, 见绿距离 … or null
     */
    public static @Nullable String reachName(String sentence, ParsedTarget f) {
        if (!(f.target() instanceof AtMost m)) {
            return null;
        }
        Unit u = m.unit();
        boolean time = u.symbol().equals("分钟") || u.symbol().equals("刻钟") || u.symbol().equals("小时");
        boolean distance = u.symbol().equals("米") || u.symbol().equals("公里");
        if (!time && !distance) {
            return null;
        }
        String region = sentence.substring(Math.min(f.start(), sentence.length()),
                Math.min(sentence.length(), f.end() + REACH_SPAN));
        int unitAt = region.indexOf(u.symbol());
        if (unitAt < 0) {
            return null;
        }
        String after = region.substring(unitAt + u.symbol().length()).replaceFirst("^[\\s“”\"]+", "");
        if (after.length() >= 2 && after.charAt(0) == '见' && isIdeograph(after.charAt(1))) {
            return "见" + after.charAt(1) + "距离";
        }
        for (int k = 0; k < after.length() && isIdeograph(after.charAt(k)); k++) {
            if (after.charAt(k) == '圈') {
                return after.substring(0, k + 1) + (time ? "可达时间" : "可达距离");
            }
        }
        return null;
    }

    /**
     * Why {@code f} describes rather than measures, or null when it may be an indicator's figure.
     *
     * @param sentence the sentence
     * @param f a figure read from it
     * @return the reason, or null
     */
    public static @Nullable String descriptive(String sentence, ParsedTarget f) {
        if (!(f.target() instanceof NumericTarget n)) {
            return null;
        }
        int start = Math.min(f.start(), sentence.length());
        int end = Math.min(f.end(), sentence.length());
        String figure = sentence.substring(start, end);
        String next = end < sentence.length() ? sentence.substring(end, end + 1) : "";
        boolean group = GROUP.matcher(figure).matches() || figure.matches(".*\\d\\s*") && next.equals("大");
        if (group && FRAME.matcher(clauseBefore(sentence, start)).find()) {
            return "a group named by its size in a frame (围绕…4大特色产业)";
        }
        boolean followedByNoun = !next.isEmpty() && isIdeograph(next.charAt(0));
        if (n.unit().symbol().equals("岁") && followedByNoun) {
            return "an age band (0岁—3岁婴幼儿)";
        }
        String before = sentence.substring(0, start).strip();
        boolean length = n.unit().symbol().equals("米") || n.unit().symbol().equals("公里");
        if (length && followedByNoun && before.endsWith("各")) {
            return "the width of a zone (两侧各500米生态控制带)";
        }
        return null;
    }

    /** The clause {@code start} stands in, up to {@code start}: from the last comma or stop before it. */
    private static String clauseBefore(String sentence, int start) {
        int from = start;
        while (from > 0 && ",，;；:：。".indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        return sentence.substring(from, start).strip();
    }

    static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
