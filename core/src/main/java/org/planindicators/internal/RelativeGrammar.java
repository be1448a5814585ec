package org.planindicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;

/**
 * The grammar of relative targets, read from a clause without figures: in step with another indicator (与经济增长基本
 * 同步), compared with an indicator or a region's average (高于全国平均水平, 快于GDP增速, 跑赢全国, 达到全国平均水平,
 * 保持在全国平均水平以上), level with one (与省持平, 与全国一致), and compared with the previous year (与上年持平,
 * 不低于上年, and the idioms 只增不减 = not lower than last year, 只减不增 = not higher, 稳中有降 = lower, 稳中有升 =
 * higher).
 */
final class RelativeGrammar {
    private static final Pattern IN_STEP = Pattern.compile("^(.*?)(?:与|和|同)(.+?)(基本)?(?:保持)?(基本)?同步$");
    private static final Pattern EQUAL = Pattern.compile("^(.*?)(?:与|和|同)(.+?)(基本)?(?:保持)?(基本)?(?:持平|一致)$");
    private static final Pattern COMPARED = Pattern.compile(
            "^(.*?)(不低于|不高于|高于|快于|超过|优于|领先于|跑赢|低于|慢于)(.+)$");
    private static final Pattern REACHES_AVERAGE = Pattern.compile(
            "^(.*?)(?:达到|保持在|稳定在)(.+?(?:平均水平|平均值))(以上)?$");
    private static final Pattern TREND = Pattern.compile("^(.*?)(?:保持)?(只增不减|只减不增|稳中有降|稳中有升)$");
    private static final Pattern LEADING_ENSURE = Pattern.compile("^确保");
    private static final Pattern REFERENCE_SEPARATORS = Pattern.compile("[、和及]");
    private static final Pattern AVERAGE_SUFFIX = Pattern.compile("(的)?(平均水平|平均值|平均|水平)$");
    private static final Pattern ENDS_WITH_AVERAGE = Pattern.compile(".*(平均水平|平均值|平均)$");
    private static final Pattern REGION_WORD = Pattern.compile("(国家|省|市|区|县|西部|东部|中部|东北|同类地区|同类城市)");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("(上年|去年|上一年|上年度|前一年)(同期)?(水平)?");

    private RelativeGrammar() {
    }

    /** A relative target read from {@code text}, a clause without figures, or null. */
    static @Nullable Worded read(String text, boolean bracketed) {
        Accumulation acc = bracketed ? Accumulation.CUMULATIVE : Accumulation.LEVEL;
        String body = text;
        if (body.startsWith("年均")) {
            acc = Accumulation.ANNUAL_AVERAGE;
            body = body.substring(2);
        }
        if (!mayBeRelative(body)) {
            return null;
        }
        Matcher t = TREND.matcher(body);
        if (t.matches()) {
            RelativeComparison cmp = switch (t.group(2)) {
                case "只增不减" -> RelativeComparison.NOT_LOWER;
                case "只减不增" -> RelativeComparison.NOT_HIGHER;
                case "稳中有降" -> RelativeComparison.LOWER;
                default -> RelativeComparison.HIGHER;
            };
            return new Worded(withAccumulation(Relative.toPreviousYear(cmp), acc), subject(t.group(1)));
        }
        Matcher m = IN_STEP.matcher(body);
        if (m.matches()) {
            boolean roughly = m.group(3) != null || m.group(4) != null;
            return new Worded(relative(RelativeComparison.IN_STEP, m.group(2), roughly, acc), subject(m.group(1)));
        }
        Matcher e = EQUAL.matcher(body);
        if (e.matches()) {
            boolean roughly = e.group(3) != null || e.group(4) != null;
            return new Worded(relative(RelativeComparison.EQUAL, e.group(2), roughly, acc), subject(e.group(1)));
        }
        Matcher r = REACHES_AVERAGE.matcher(body);
        if (r.matches()) {
            return new Worded(relative(RelativeComparison.NOT_LOWER, r.group(2), false, acc), subject(r.group(1)));
        }
        Matcher c = COMPARED.matcher(body);
        if (c.matches() && !c.group(3).isBlank()) {
            RelativeComparison cmp = switch (c.group(2)) {
                case "不低于" -> RelativeComparison.NOT_LOWER;
                case "不高于" -> RelativeComparison.NOT_HIGHER;
                case "低于", "慢于" -> RelativeComparison.LOWER;
                default -> RelativeComparison.HIGHER;
            };
            if (c.group(1).endsWith("年均")) {
                acc = Accumulation.ANNUAL_AVERAGE;
            }
            // 跑赢了GDP: the aspect particle is not part of the reference.
            String ref = c.group(3).startsWith("了") ? c.group(3).substring(1) : c.group(3);
            return new Worded(relative(cmp, ref, false, acc), subject(c.group(1)));
        }
        return null;
    }

    /**
     * Whether {@code body} has what one of the patterns needs: an ending (an idiom of TREND, 同步, 持平, 一致, or
     * 平均水平/平均值/以上 with 达到/保持在/稳定在 before it) or a comparison word (COMPARED). A quick test before the
     * regular expressions, which most clauses without figures fail.
     */
    private static boolean mayBeRelative(String body) {
        if (body.endsWith("只增不减") || body.endsWith("只减不增") || body.endsWith("稳中有降") || body.endsWith("稳中有升")
                || body.endsWith("同步") || body.endsWith("持平") || body.endsWith("一致")) {
            return true;
        }
        if ((body.endsWith("平均水平") || body.endsWith("平均值") || body.endsWith("以上"))
                && (body.contains("达到") || body.contains("保持在") || body.contains("稳定在"))) {
            return true;
        }
        return body.contains("高于") || body.contains("快于") || body.contains("超过") || body.contains("优于")
                || body.contains("领先于") || body.contains("跑赢") || body.contains("低于") || body.contains("慢于");
    }

    private static String subject(String text) {
        return Words.trimSubject(LEADING_ENSURE.matcher(text).replaceAll(""));
    }

    /** Compared with {@code refText}: the previous year, regions (全国, 全省、全市, 省) or an indicator. */
    private static Relative relative(RelativeComparison cmp, String refText, boolean roughly, Accumulation acc) {
        if (PREVIOUS_YEAR.matcher(refText).matches()) {
            return new Relative(cmp, ReferenceKind.PREVIOUS_YEAR, List.of(Relative.PREVIOUS_YEAR), roughly, acc);
        }
        List<String> refs = references(refText);
        boolean region = isRegion(refText, refs);
        return new Relative(cmp, region ? ReferenceKind.REGION : ReferenceKind.INDICATOR,
                region ? refs : List.of(stripAverage(refText)), roughly, acc);
    }

    private static Relative withAccumulation(Relative r, Accumulation acc) {
        return new Relative(r.comparison(), r.referenceKind(), r.references(), r.roughly(), acc);
    }

    private static List<String> references(String text) {
        String t = stripAverage(text);
        List<String> refs = new ArrayList<>();
        for (String part : REFERENCE_SEPARATORS.split(t)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                refs.add(p);
            }
        }
        return refs.isEmpty() ? List.of(t) : refs;
    }

    private static String stripAverage(String text) {
        return AVERAGE_SUFFIX.matcher(text).replaceAll("");
    }

    private static boolean isRegion(String text, List<String> refs) {
        if (ENDS_WITH_AVERAGE.matcher(text).matches()) {
            return true;
        }
        for (String r : refs) {
            if (!(r.startsWith("全") || REGION_WORD.matcher(r).matches())) {
                return false;
            }
        }
        return true;
    }
}
