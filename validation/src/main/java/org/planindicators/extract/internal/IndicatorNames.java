package org.planindicators.extract.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.UnitFamily;

/**
 * What an indicator's name says beyond its words: the standard statistical term for a synonym (期望寿命 →
 * 预期寿命), the same indicator under another usual name (服务业 = 第三产业, GDP = 地区生产总值) when telling a restatement,
 * the per-person unit a name implies (每千人口执业(助理)医师数 3人 → 3人/千人, 人均公园绿地面积 17平方米 → 17平方米/人),
 * and whether a relative target compares with a quantity at all (与经济增长同步, not 与党中央保持高度一致).
 */
public final class IndicatorNames {
    /** Synonyms of standard statistical terms, replaced in drafted names: the text keeps its wording. */
    private static final Map<String, String> STANDARD_TERMS = Map.of("期望寿命", "预期寿命");
    /** Usual names of one indicator, folded only to tell a restatement. */
    private static final List<String[]> SAME_INDICATOR = List.of(new String[] {"服务业增加值", "第三产业增加值"},
            new String[] {"国内生产总值", "地区生产总值"}, new String[] {"GDP", "地区生产总值"});
    private static final Pattern PER_PEOPLE = Pattern.compile("^每?([百千万])人口?");
    private static final Pattern QUANTITY = Pattern.compile(
            "增长|增速|速度|经济|收入|水平|率|比重|比例|量|额|值|数|指数|价格|GDP|生产总值|支出|投资|消费|人口|上年");

    private IndicatorNames() {
    }

    /**
     * {@code name} with synonyms of standard terms replaced (人均期望寿命 → 人均预期寿命).
     *
     * @param name a drafted name
     * @return the name in standard terms
     */
    public static String standard(String name) {
        String n = name;
        for (Map.Entry<String, String> e : STANDARD_TERMS.entrySet()) {
            n = n.replace(e.getKey(), e.getValue());
        }
        return n;
    }

    /**
     * {@code name} with the usual names of one indicator folded into one (服务业增加值占GDP比重 →
     * 第三产业增加值占地区生产总值比重), to tell a restatement under another name.
     *
     * @param name a drafted name
     * @return the folded name
     */
    public static String folded(String name) {
        String n = standard(name);
        for (String[] s : SAME_INDICATOR) {
            n = n.replace(s[0], s[1]);
        }
        return n;
    }

    /**
     * The target with the per-person unit its indicator's name implies: counts per thousand or ten thousand people
     * (每千人口…, 千人口…, 每万人…) and areas per person (人均…面积). Other targets, and targets whose unit is a rate or
     * already per something, are returned as they are.
     *
     * @param name the indicator's name
     * @param t the target
     * @param parser the parser that reads the target with its new unit
     * @return the target in the per-person unit, or {@code t}
     */
    public static TargetExpression perPerson(String name, TargetExpression t, TargetParser parser) {
        if (!(t instanceof NumericTarget n) || n.unit().isNone() || n.unit().symbol().contains("/")
                || n.unit().family() == UnitFamily.RATIO) {
            return t;
        }
        String per;
        Matcher m = PER_PEOPLE.matcher(name);
        if (m.find() && n.unit().family() == UnitFamily.COUNT) {
            per = m.group(1) + "人";
        } else if (name.contains("人均") && name.contains("面积") && n.unit().family() == UnitFamily.AREA) {
            per = "人";
        } else {
            return t;
        }
        String sym = n.unit().symbol();
        String written = t.toString();
        int at = written.indexOf(sym);
        if (at < 0) {
            return t;
        }
        String text = written.substring(0, at + sym.length()) + "/" + per + written.substring(at + sym.length());
        TargetParseResult r = parser.parse(text);
        if (r.error() != null || r.targets().size() != 1) {
            return t;
        }
        ParsedTarget p = r.targets().get(0);
        return p.target() instanceof NumericTarget nt && nt.unit().symbol().endsWith("/" + per) ? p.target() : t;
    }

    /**
     * Whether a relative target compares with a quantity (经济增长, GDP增速, 全国平均水平, 上年) rather than with a body
     * or a line to follow (与党中央保持高度一致: a pledge, not a target).
     *
     * @param r the relative target
     * @return whether it compares with a quantity
     */
    public static boolean comparesQuantities(Relative r) {
        if (r.referenceKind() != ReferenceKind.INDICATOR) {
            return true;
        }
        return r.references().stream().anyMatch(x -> QUANTITY.matcher(x).find());
    }
}
