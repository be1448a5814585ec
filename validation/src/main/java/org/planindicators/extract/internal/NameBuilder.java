package org.planindicators.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Measure;
import org.planindicators.target.ParsedTarget;
import org.planindicators.unit.Unit;

/**
 * Names the indicator a figure measures, from the words the parser found before it (its subject) and, when the
 * figure counts what follows it (提升改造75个路口交通信号控制系统), the noun after it.
 *
 * <p>Connectives and time words are cut from the front (今年, 力争, 到2025年), verbs of reaching from the end
 * (达到, 突破, 控制在); an enumeration ending in 等 keeps its verb and the noun that sums it up
 * (新增悯农原乡、仙境花园等特色消费场景 → 新增特色消费场景). A growth or reduction rate ends in 增长 or 下降.
 */
public final class NameBuilder {
    private static final Pattern LEAD = Pattern.compile("^(?:[,，、;；:：\\s]|今年|全年|明年|年内|力争|确保|争取|努力|其中|并且|并|同时"
            + "|以及|另外|此外|全区|全市|全县|全省|到\\d{4}年(?:底|末)?|\\d{4}年(?:底|末|度)?|\\d{4}-\\d{4}年|“十[一二三四五]五”(?:时期|期间|末)?"
            + "|实现|完成|达到|和|及|累计)+");
    private static final Pattern TRAIL = Pattern.compile("(?:达到|达|突破|超过|控制在|稳定在|保持在|保持|不低于|不少于|不超过|不高于|低于|高于"
            + "|提高到|提高至|提升至|提升到|提高|提升|降至|降低到|下降到|降低|下降|减少|增长|增加到|增加|增至|增速|增幅|为|约|累计|年均|分别|均"
            + "|在|至|同比|同口径|比上年|较上年|稳定|达成|总量达|规模达|的)+$");
    private static final Pattern GOAL_INTRO = Pattern.compile("^.*(?:目标是|目标为|目标:|目标：|预期目标|具体目标如下|主要指标)");
    /** Verbs that open an item of work; kept when an enumeration between them and the figure is cut. */
    static final List<String> VERBS = List.of("新(改、扩)建", "新(改)建", "加快建设", "开工建设", "提升改造", "建成投运", "签约引进",
            "策划包装", "新开工", "新培育", "新引进", "新开、优化", "新建", "新增", "建成", "建设", "打造", "实施", "推进", "完成",
            "改造", "引进", "培育", "创建", "开展", "举办", "组织", "提升", "新开", "优化", "设置", "增设", "招引", "发放", "筹建",
            "孵化", "吸纳", "服务", "竣工", "开工", "整治", "治理", "创成", "争创");
    private static final String COUNTERS = "个家条所座处项套名人户场次栋辆件支类间台张宗批期";

    private NameBuilder() {
    }

    /**
     * The name of the indicator {@code t} measures.
     *
     * @param sentence the sentence {@code t} was read from
     * @param t the figure
     * @return the name (possibly empty when the sentence names nothing before or after the figure) and how it was found
     */
    public static Named name(String sentence, ParsedTarget t) {
        String subject = clean(t.subject());
        String tail = tail(sentence, t);
        if (!tail.isEmpty() && countsWhatFollows(t)) {
            return new Named(clean(verb(subject) + tail), "named by the noun after the figure");
        }
        if (subject.contains("等")) {
            return new Named(clean(verb(subject) + subject.substring(subject.lastIndexOf('等') + 1)),
                    "enumeration before 等 left out of the name");
        }
        return new Named(subject, "");
    }

    /**
     * A name and how it was found.
     *
     * @param name the name, possibly empty
     * @param how the rule that named it, empty for the plain case (the words right before the figure)
     */
    public record Named(String name, String how) {
    }

    /**
     * Cuts connectives, time words and verbs of reaching off a subject.
     *
     * @param subject the words before a figure
     * @return the subject cleaned
     */
    public static String clean(String subject) {
        String s = subject.strip();
        s = GOAL_INTRO.matcher(s).replaceFirst("");
        int colon = Math.max(s.lastIndexOf(':'), s.lastIndexOf('：'));
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        String before;
        do {
            before = s;
            s = LEAD.matcher(s).replaceFirst("");
            s = TRAIL.matcher(s).replaceFirst("");
            s = s.strip();
        } while (!s.equals(before));
        if (s.startsWith("“") && !s.contains("”")) {
            s = s.substring(1);
        }
        return s;
    }

    /**
     * Adds 增长 or 下降 to the name of a rate that does not say it.
     *
     * @param name the name
     * @param measure the figure's measure
     * @return the name of the rate
     */
    public static String ofRate(String name, Measure measure) {
        if (name.isEmpty()) {
            return name;
        }
        if (measure == Measure.GROWTH_RATE && !name.matches(".*(增长|增速|增幅|增加|提高|提升)$")) {
            return name + "增长";
        }
        if (measure == Measure.REDUCTION_RATE && !name.matches(".*(下降|降低|减少|降幅)$")) {
            return name + "下降";
        }
        return name;
    }

    private static final Pattern HANDED_DOWN = Pattern.compile("下达的?([^,，;；。、]{2,24})");

    /**
     * The name of a target handed down (全面完成国家下达的节能减排各项约束性目标 → 节能减排约束性目标): the words after
     * 下达的, without 各项.
     *
     * @param sentence the sentence
     * @return the name, or null when the sentence names nothing after 下达
     */
    public static @Nullable String delegatedName(String sentence) {
        Matcher m = HANDED_DOWN.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).replace("各项", "").replace("各类", "").strip();
        return n.length() >= 2 ? n : null;
    }

    /** The verb an item of work opens with, or the whole subject when it is short and lists nothing. */
    static String verb(String subject) {
        for (String v : VERBS) {
            if (subject.startsWith(v)) {
                return v;
            }
        }
        return subject.contains("、") || subject.contains("等") || subject.length() > 6 ? "" : subject;
    }

    private static boolean countsWhatFollows(ParsedTarget t) {
        if (!(t.target() instanceof org.planindicators.target.NumericTarget n)) {
            return false;
        }
        Unit u = n.unit();
        String sym = u.symbol();
        return sym.length() == 1 && COUNTERS.contains(sym) || sym.equals("万个") || sym.equals("平方公里");
    }

    /** The noun right after the figure, up to the next punctuation; empty when a verb or qualifier follows. */
    private static String tail(String sentence, ParsedTarget t) {
        int i = t.end();
        int j = i;
        while (j < sentence.length() && ",，、;；。:：!！?？(（".indexOf(sentence.charAt(j)) < 0) {
            j++;
        }
        String tail = sentence.substring(Math.min(i, j), j).strip();
        if (tail.isEmpty() || tail.matches("^(以上|以下|以内|左右|等|及|和|的|之|,|以|多|余|次|，|/|\\)|）).*")
                || Character.isDigit(tail.charAt(0))) {
            return "";
        }
        return tail;
    }
}
