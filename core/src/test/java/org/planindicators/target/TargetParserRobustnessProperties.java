package org.planindicators.target;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser answers every text with targets or a structured error, never with an exception. */
class TargetParserRobustnessProperties {
    /** The characters that steer the scanner, and some that do not. */
    private static final String ALPHABET = "0123456789.,-+—–~～至到:%％‰[]〔〕【】()（）、，。;；“”"
            + "万亿千百十个家人次元标箱平方米公里亩年月日岁类以上下内左右余多约超过突破不低于高于控制在增长下降提高"
            + "与同步完成下达目标第排名大见圈刻钟分ⅢⅣIVXeEGPM ≥≤<>=\u3000";

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(40);
    }

    @Property(tries = 5000)
    void neverThrowsAndNeverReturnsBoth(@ForAll("texts") String text) {
        TargetParseResult r = TargetParser.standard().parse(text);
        assertThat(r.input()).isEqualTo(text);
        if (r.isSuccess()) {
            assertThat(r.targets()).isNotEmpty();
            for (ParsedTarget t : r.targets()) {
                assertThat(t.start()).isBetween(0, text.length());
                assertThat(t.end()).isBetween(t.start(), text.length());
            }
        } else {
            assertThat(r.targets()).isEmpty();
            assertThat(r.error().index()).isBetween(0, text.length());
            assertThat(r.error().message()).contains(r.error().code().code());
        }
    }

    @Property(tries = 1000)
    void whatItReadsPrintsToTextItReadsTheSame(@ForAll("texts") String text) {
        TargetParseResult r = TargetParser.standard().parse(text);
        if (r.isSuccess()) {
            for (TargetExpression t : r.expressions()) {
                if (!(t instanceof Qualitative)) {
                    assertThat(TargetParser.standard().parse(t.toString()).expressions()).contains(t);
                }
            }
        }
    }
}
