package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.JsonNode;

/** Whatever the inputs, {@code parse} prints one well-formed object per input and an exit code that agrees. */
class ParseCommandPropertyTest {
    @Property(tries = 150)
    void oneObjectPerArgument(@ForAll @Size(min = 1, max = 4) List<@From("texts") String> texts) {
        List<String> args = new ArrayList<>(List.of("parse", "--lang", "en", "--"));
        args.addAll(texts);
        CliRun run = CliRun.run(args.toArray(String[]::new));
        check(run, texts);
    }

    @Property(tries = 100)
    void oneObjectPerLineOfStandardInput(@ForAll @Size(min = 1, max = 4) List<@From("lines") String> lines) {
        CliRun run = CliRun.runWithStdin(String.join("\n", lines) + "\n", "parse", "--lang", "zh");
        check(run, lines);
    }

    private static void check(CliRun run, List<String> inputs) {
        List<JsonNode> out = run.json();
        assertThat(out).hasSize(inputs.size());
        boolean anyError = false;
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode line = out.get(i);
            assertThat(line.propertyNames()).containsExactly("input", "targets", "error");
            assertThat(line.get("input").stringValue()).isEqualTo(inputs.get(i));
            JsonNode error = line.get("error");
            if (error.isNull()) {
                assertThat(line.get("targets").size()).isPositive();
                for (JsonNode t : line.get("targets")) {
                    assertThat(t.get("kind").stringValue()).isNotEmpty();
                    assertThat(t.get("notation").stringValue()).isNotEmpty();
                    if (t.get("value").isNull()) {
                        assertThat(t.get("unit").isNull()).isTrue();
                        assertThat(t.get("high").isNull()).isTrue();
                    } else {
                        assertThat(new BigDecimal(t.get("value").stringValue())).isNotNull();
                    }
                }
            } else {
                anyError = true;
                assertThat(line.get("targets").size()).isZero();
                assertThat(error.get("code").stringValue()).isNotEmpty();
                assertThat(error.get("message").stringValue()).isNotEmpty();
            }
        }
        assertThat(run.exitCode()).isEqualTo(anyError ? 1 : 0);
        assertThat(run.err()).isEmpty();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(lines(), lines().map(s -> s + "\n" + s),
                Arbitraries.strings().ofMaxLength(20).filter(ParseCommandPropertyTest::wellFormed));
    }

    /** No unpaired surrogate: a command line cannot hold one. */
    private static boolean wellFormed(String s) {
        return s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c <= Character.MAX_VALUE);
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("6.0", "7", "13.5", "120", "1,000", "０.５", "12.3.4", "1e5"),
                Arbitraries.of("%", "万标箱", "个百分点", "亿元", "平方米/人", "微克/立方米", "个"),
                Arbitraries.of("—", "-", "~", "至", "、", "，", " ", "[", "]", "〔", "〕", "(", ")"),
                Arbitraries.of("以上", "以内", "左右", "不低于", "不超过", "年均", "累计", "增长", "下降", "提高",
                        "分别", "达到", "突破", "约", "到2025年", "保持在合理区间", "完成成都市下达目标", "与经济增长基本同步"),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(3));
        return fragment.list().ofMaxSize(6).map(parts -> String.join("", parts))
                .filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0);
    }
}
