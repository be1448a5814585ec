package org.planindicators.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether two written names of administrative divisions name the same place, the way Chinese documents write them:
 * with or without the parents ({@code 成都市温江区} = {@code 温江区} = {@code 四川省成都市温江区}), with or without the
 * level suffix ({@code 温江区} = {@code 温江}), in full or half width, with stray spaces; and whether a division code
 * ({@code 510115}, or the 12-digit statistical form {@code 510115000000}) is a division's.
 *
 * <p>The rule: a name is split into units, each ending in a level suffix (省, 市, 区, 县, 自治州, 新区, 街道, 镇 … the
 * longest first); a unit's <em>stem</em> is the unit without its suffix (kept whole when fewer than two characters
 * would remain: 城区). Two names are the same place when their last units have the same stem and the parents the
 * shorter one writes are, stem for stem, the last parents of the longer ({@code 北京市朝阳区} and {@code 长春市朝阳区}
 * differ; {@code 朝阳区} is taken for either). A name of one unit may also carry a parent of two or three characters
 * written without its suffix ({@code 四川天府新区} = {@code 天府新区}). No list of places is involved.
 */
public final class JurisdictionNames {
    private static final String SUFFIXES = "特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|新区|林区"
            + "|特区|地区|街道|省|市|区|县|旗|盟|州|镇|乡";
    // A stem of two characters at least: 贵州省 is 贵州 + 省, not 贵 + 州 (a one-character stem, 城区, is a tail unit).
    private static final Pattern UNIT = Pattern.compile("(.{2,}?)(" + SUFFIXES + ")");
    private static final Pattern CODE = Pattern.compile("(\\d{6})(\\d{3}|\\d{6})?");

    private static final Pattern IN_TITLE = Pattern.compile(
            "(?:\\p{IsHan}{2,10}?(?:特别行政区|自治区|自治州|自治县|新区|省|市|区|县|旗|盟|州))+");
    private static final Pattern NOT_A_PLACE = Pattern.compile("^(全|本|各|我|该|示范|开发|园|城|社|地区生产|辖|市区|"
            + "规划|主要|经济|社会|国民|政府|工作|报告|指标|目标|十[一二三四五六七八九]五|第)");
    private static final Pattern TITLE_NOISE = Pattern.compile("\\d{4}\\s*年?|附?表\\s*[\\d一二三四五六七八九十]*[-—.\\d]*"
            + "|[“”\"《》〈〉「」（）()【】\\[\\]：:、，,\\s]");

    private JurisdictionNames() {
    }

    /**
     * The name of a division a title begins its subject with: {@code 2023年成都市温江区政府工作报告} → 成都市温江区,
     * {@code 上海市“十四五”规划《纲要》主要指标} → 上海市. Years, table numbers and quotation marks are passed over; a run
     * of units is taken whole; words that begin no place name (全市, 本区, 示范区, 地区生产总值 …) are not taken.
     *
     * @param title a title as written
     * @return the name, or null when the title names none
     */
    public static @Nullable String inTitle(String title) {
        String t = TITLE_NOISE.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC)).replaceAll("|");
        for (String part : t.split("\\|")) {
            Matcher m = IN_TITLE.matcher(part);
            if (m.lookingAt() && !NOT_A_PLACE.matcher(m.group()).find()) {
                return m.group();
            }
        }
        return null;
    }

    /**
     * A name folded for comparison: NFKC (full width to half width), without spaces and a byte-order mark.
     *
     * @param name the name as written
     * @return the folded name
     */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The stems of the units of {@code name}, parents first: 四川省成都市温江区 → [四川, 成都, 温江].
     *
     * @param name the name as written
     * @return the stems; a name without a level suffix is one unit
     */
    public static List<String> stems(String name) {
        String s = fold(name);
        List<String> out = new ArrayList<>();
        Matcher m = UNIT.matcher(s);
        int end = 0;
        while (m.find() && m.start() == end) {
            String stem = m.group(1);
            out.add(stem.length() >= 2 ? stem : stem + m.group(2));
            end = m.end();
        }
        if (end < s.length()) {
            if (out.isEmpty()) {
                out.add(s);
            } else {
                // A tail without a suffix (温江区城南): the whole tail is one more unit.
                out.add(s.substring(end));
            }
        }
        return out;
    }

    /**
     * Whether {@code a} and {@code b} name the same place; see the class description.
     *
     * @param a a name as written
     * @param b another
     * @return whether they name the same place
     */
    public static boolean sameName(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (fa.equals(fb)) {
            return true;
        }
        List<String> sa = stems(fa);
        List<String> sb = stems(fb);
        List<String> shorter = sa.size() <= sb.size() ? sa : sb;
        List<String> longer = shorter == sa ? sb : sa;
        int offset = longer.size() - shorter.size();
        for (int i = 0; i < shorter.size() - 1; i++) {
            if (!shorter.get(i).equals(longer.get(offset + i))) {
                return false;
            }
        }
        String last = shorter.get(shorter.size() - 1);
        String other = longer.get(longer.size() - 1);
        if (last.equals(other)) {
            return true;
        }
        // A parent written without its suffix before the unit (四川天府新区 = 天府新区): two or three characters.
        String inner = last.length() < other.length() ? last : other;
        String outer = inner == last ? other : last;
        int extra = outer.length() - inner.length();
        return shorter.size() == 1 && longer.size() == 1 && extra >= 2 && extra <= 3 && inner.length() >= 2
                && outer.endsWith(inner);
    }

    /**
     * The six-digit division code {@code text} writes (510115, or 510115000000 with zeros for the lower levels),
     * or null when it is not one.
     *
     * @param text the text as written
     * @return the six digits, or null
     */
    public static @Nullable String codeOf(String text) {
        Matcher m = CODE.matcher(fold(text));
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2);
        if (rest != null && !rest.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return m.group(1);
    }

    /**
     * The names the statistical division codes (统计用区划代码 of the National Bureau of Statistics, provinces, cities
     * and county-level divisions, 2023 edition, bundled) give the six-digit {@code code}, shortest first: 510115 is
     * 温江区, 成都市温江区, 四川省成都市温江区. A code this edition does not have (newer, or withdrawn before it) has
     * none.
     *
     * @param code six digits
     * @return the names, possibly none
     */
    public static List<String> namesOfCode(String code) {
        return org.planindicators.internal.Divisions.namesOf(code);
    }

    /**
     * The six-digit code of the one division named {@code name} in the bundled statistical division codes (温江区,
     * 成都市温江区 or 四川省成都市温江区 give 510115), or null when none or several have that name (朝阳区 is Beijing's
     * and Changchun's).
     *
     * @param name the name, exactly as the codes write it
     * @return the code, or null
     */
    public static @Nullable String codeOfName(String name) {
        return org.planindicators.internal.Divisions.codeOf(fold(name));
    }
}
