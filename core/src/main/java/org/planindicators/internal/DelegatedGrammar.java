package org.planindicators.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Delegated;

/**
 * The grammar of delegated targets, read from a clause without figures: a verb, the authority that sets the number,
 * a key word, and a closing that fits the verb.
 *
 * <ul>
 *   <li>完成/达到/落实/执行/实现/符合/满足 + authority + 下达/分解下达/要求/确定/考核目标/约束性指标 + closing in 目标, 任务,
 *       指标, 要求 or nothing: 完成国家下达的节能减排和环境保护等任务, 达到国家要求, 完成"十四五"国家考核目标,
 *       全面完成节能减排降碳约束性指标 (no authority named: 上级).</li>
 *   <li>按照 + authority + 要求 + 完成; 控制在 + authority + 下达目标 + 内/以内; 以 + authority + 下达任务 + 为准;
 *       与 + authority + "十五五"考核目标 + 统筹衔接.</li>
 *   <li>Closing in 序时进度 (达到国家下达目标任务的序时进度): the progress due by now on the authority's target.</li>
 * </ul>
 *
 * <p>The authority is what stands between the verb and the key word, without 的 and plan periods ("十四五"); it must
 * name a level (国家, 中央, 上级, 省, 市, or a place ending in 省/市/区/县/州); with 约束性指标 and no level named, it is 上级.
 */
final class DelegatedGrammar {
    private static final Pattern VERB = Pattern.compile("完成|达到|落实|执行|实现|符合|满足|按照|控制在|与|以");
    private static final Pattern KEY = Pattern.compile("分解下达|下达|要求|确定|考核目标|考核任务|约束性指标");
    private static final Pattern PERIOD = Pattern.compile("十[一二三四五六七八九]五(规划)?(时期|期间)?");
    private static final Pattern AUTHORITY = Pattern.compile(
            "国家|中央|上级|全国|省|市|区|县|州|自治区|\\p{IsHan}{1,10}?(省|市|区|县|州|自治区|旗)");
    private static final Pattern SUBJECT_TAIL = Pattern.compile("(确保|全面|圆满|努力|均|要|应)+$");

    private DelegatedGrammar() {
    }

    /** A delegated target read from {@code text}, a clause without figures, or null. */
    static @Nullable Worded read(String text) {
        if (!(text.contains("下达") || text.contains("要求") || text.contains("确定") || text.contains("考核")
                || text.contains("约束性指标"))) {
            return null; // no key word (KEY): no delegated target, whatever the verb
        }
        Matcher v = VERB.matcher(text);
        while (v.find()) {
            Worded w = from(text, v.start(), v.group(), v.end());
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private static @Nullable Worded from(String text, int verbStart, String verb, int afterVerb) {
        Matcher k = KEY.matcher(text);
        if (!k.find(afterVerb)) {
            return null;
        }
        String tail = text.substring(k.end());
        if (!closes(verb, tail)) {
            return null;
        }
        String auth = PERIOD.matcher(text.substring(afterVerb, k.start())).replaceAll("");
        auth = auth.replaceAll("^(的|确保)+|的$", "").replaceAll("(人民)?政府$", ""); // 省政府下达: 省
        if (auth.isEmpty()) {
            auth = "上级";
        } else if (!AUTHORITY.matcher(auth).matches()) {
            if (!k.group().equals("约束性指标")) {
                return null;
            }
            auth = "上级";
        }
        boolean progress = tail.endsWith("序时进度");
        String subject = Words.trimSubject(SUBJECT_TAIL.matcher(text.substring(0, verbStart)).replaceAll(""));
        return new Worded(new Delegated(auth, progress), subject);
    }

    /** Whether {@code tail}, the words after the key word, close a delegated target begun with {@code verb}. */
    private static boolean closes(String verb, String tail) {
        return switch (verb) {
            case "与" -> tail.endsWith("衔接");
            case "控制在" -> tail.endsWith("内");
            case "以" -> tail.endsWith("为准");
            case "按照" -> tail.endsWith("完成") || tail.endsWith("执行");
            default -> tail.isEmpty() || tail.endsWith("目标") || tail.endsWith("任务") || tail.endsWith("指标")
                    || tail.endsWith("要求") || tail.endsWith("序时进度");
        };
    }
}
