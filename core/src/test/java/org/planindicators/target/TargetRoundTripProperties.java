package org.planindicators.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** The law of the notation: printing a target and parsing the print gives the same target back. */
class TargetRoundTripProperties {
    /** Units of every family, as plans use them (年 is left out: 2025年 is a date, not 2025 years). */
    private static final List<String> UNITS = List.of("", "%", "‰", "个百分点", "万标箱", "亿元", "万亿元", "万美元",
            "个", "家", "万人次", "名(个)", "套(间)", "平方米/人", "件/万人", "人/千人", "吨标煤/万元", "微克/立方米",
            "公里/百平方公里", "万元/亩", "平方公里", "公顷", "亩", "万亩", "立方米", "吨", "公里", "米", "岁", "分钟",
            "个工作日", "个月", "上年=100", "类", "斤", "万斤", "亿斤", "万亿斤", "公斤", "千克", "克", "亿千瓦时",
            "万吨标煤", "列", ":1", "倍");

    @Provide
    Arbitrary<Unit> units() {
        return Arbitraries.of(UNITS).map(Unit::parse);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(0)
                .flatMap(v -> Arbitraries.integers().between(0, 3)
                        .map(scale -> v.movePointLeft(scale).setScale(scale)));
    }

    @Provide
    Arbitrary<BigDecimal> signedAmounts() {
        return Combinators.combine(amounts(), Arbitraries.of(true, false)).as((v, neg) -> neg ? v.negate() : v);
    }

    @Provide
    Arbitrary<Accumulation> accumulations() {
        return Arbitraries.of(Accumulation.class);
    }

    @Provide
    Arbitrary<TargetExpression> numericTargets() {
        Arbitrary<Quantity> q = Combinators.combine(signedAmounts(), units()).as(Quantity::of);
        Arbitrary<Quantity> positive = Combinators.combine(amounts(), units()).as(Quantity::of);
        Arbitrary<TargetExpression> bounds = Combinators.combine(q, accumulations(), Arbitraries.integers().between(0, 4))
                .as((v, a, k) -> switch (k) {
                    case 0 -> new Exact(v, a);
                    case 1 -> new AtLeast(v, a);
                    case 2 -> new GreaterThan(v, a);
                    case 3 -> new AtMost(v, a);
                    default -> new LessThan(v, a);
                });
        Arbitrary<TargetExpression> ranges = Combinators.combine(signedAmounts(), amounts(), units(), accumulations())
                .as((low, width, u, a) -> new Range(Quantity.of(low, u), Quantity.of(low.add(width), u), a));
        Arbitrary<TargetExpression> approx = Combinators.combine(q, amounts().injectNull(0.5), accumulations())
                .as((v, tol, a) -> new Approximately(v, tol == null ? null : Quantity.of(tol, v.unit()), a));
        Arbitrary<TargetExpression> changes = Combinators.combine(Arbitraries.of(ChangeDirection.class),
                positive.filter(p -> !p.unit().isOrdinal()), accumulations()).as(Change::new);
        return Arbitraries.oneOf(bounds, ranges, approx, changes);
    }

    @Provide
    Arbitrary<TargetExpression> wordTargets() {
        Arbitrary<TargetExpression> relative = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.of(Accumulation.class)).as((k, a) -> switch (k) {
                    case 0 -> new Relative(RelativeComparison.IN_STEP, ReferenceKind.INDICATOR, List.of("经济增长"),
                            true, a);
                    case 1 -> new Relative(RelativeComparison.IN_STEP, ReferenceKind.INDICATOR, List.of("经济增长"),
                            false, a);
                    case 2 -> new Relative(RelativeComparison.HIGHER, ReferenceKind.INDICATOR, List.of("GDP增长"),
                            false, a);
                    case 3 -> new Relative(RelativeComparison.HIGHER, ReferenceKind.REGION, List.of("全国"), false, a);
                    case 4 -> new Relative(RelativeComparison.NOT_LOWER, ReferenceKind.REGION, List.of("全省", "全市"),
                            false, a);
                    default -> new Relative(RelativeComparison.LOWER, ReferenceKind.REGION, List.of("全省"), false, a);
                });
        Arbitrary<TargetExpression> compared = Combinators.combine(Arbitraries.of(RelativeComparison.class),
                Arbitraries.of(ReferenceKind.class), Arbitraries.of(true, false), Arbitraries.of(Accumulation.class))
                .as((c, kind, roughly, a) -> new Relative(c, kind,
                        kind == ReferenceKind.PREVIOUS_YEAR ? List.of(Relative.PREVIOUS_YEAR)
                                : kind == ReferenceKind.REGION ? List.of("全国") : List.of("经济增速"),
                        roughly && (c == RelativeComparison.IN_STEP || c == RelativeComparison.EQUAL), a));
        Arbitrary<TargetExpression> delegated = Combinators.combine(Arbitraries.of("成都市", "国家", "省", "上级"),
                Arbitraries.of(true, false)).as(Delegated::new);
        Arbitrary<TargetExpression> qualitative = Arbitraries.of("保持在合理区间", "持续改善", "逐年下降",
                "主要经济指标保持中高速增长", "提高全员劳动生产率", "对外贸易规模跻身全国陆港城市前列").map(Qualitative::new);
        return Arbitraries.oneOf(relative, compared, delegated, qualitative);
    }

    /**
     * Two-tier targets: a numeric floor with a numeric aspiration in a compatible unit (another unit is replaced by
     * the floor's), in the floor's accumulation, or a figure-less aspiration.
     */
    @Provide
    Arbitrary<TargetExpression> twoTierTargets() {
        Arbitrary<TargetExpression> numeric = Combinators.combine(numericTargets(), numericTargets(),
                Arbitraries.of(TwoTier.WORDS)).as((f, a, w) -> {
                    NumericTarget floor = (NumericTarget) f;
                    NumericTarget aspiration = (NumericTarget) a;
                    if (!aspiration.unit().isCompatibleWith(floor.unit())) {
                        aspiration = new AtLeast(Quantity.of(aspiration.value().value(), floor.unit()),
                                floor.accumulation());
                    }
                    return (TargetExpression) TwoTier.of(floor, w, aspiration.withAccumulation(floor.accumulation()));
                });
        Arbitrary<TargetExpression> words = Combinators.combine(numericTargets(), Arbitraries.of(TwoTier.WORDS),
                Arbitraries.of("更好结果", "更好的结果", "更高水平", "更大突破"))
                .as((f, w, t) -> TwoTier.ofWords((NumericTarget) f, w, t));
        return Arbitraries.oneOf(numeric, words);
    }

    @Property(tries = 1000)
    void parsingThePrintOfATwoTierTargetGivesItBack(@ForAll("twoTierTargets") TargetExpression target) {
        assertThat(TargetExpression.parse(target.toString())).isEqualTo(target);
    }

    @Property(tries = 2000)
    void parsingThePrintOfANumericTargetGivesItBack(@ForAll("numericTargets") TargetExpression target) {
        assertThat(TargetExpression.parse(target.toString())).isEqualTo(target);
    }

    @Property(tries = 300)
    void parsingThePrintOfAWordTargetGivesItBack(@ForAll("wordTargets") TargetExpression target) {
        assertThat(TargetExpression.parse(target.toString())).isEqualTo(target);
    }

    @Property(tries = 500)
    void printingIsStableUnderReparsing(@ForAll("numericTargets") TargetExpression target) {
        String once = target.toString();
        assertThat(TargetExpression.parse(once).toString()).isEqualTo(once);
    }
}
