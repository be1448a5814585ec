package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtMost;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.Measure;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

class IndicatorTest {
    private static final Unit TEU = Unit.parse("万标箱");

    @Test
    void builderStartsFromTheUsualValues() {
        Indicator i = Indicator.builder("集装箱吞吐量", TEU).build();
        assertThat(i.name()).isEqualTo("集装箱吞吐量");
        assertThat(i.unit()).isEqualTo(TEU);
        assertThat(i.code()).isNull();
        assertThat(i.category()).isNull();
        assertThat(i.attribute()).isEqualTo(IndicatorAttribute.EXPECTED);
        assertThat(i.isBinding()).isFalse();
        assertThat(i.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(i.measure()).isEqualTo(Measure.LEVEL);
        assertThat(i.accumulation()).isEqualTo(Accumulation.LEVEL);
        assertThat(i.baseline()).isNull();
        assertThat(i.targets()).isEmpty();
        assertThat(i.leadAgency()).isNull();
        assertThat(i.coAgencies()).isEmpty();
        assertThat(i.source()).isNull();
    }

    @Test
    void builderSetsEveryField() {
        SourceRef src = SourceRef.of("table.csv", 3);
        Indicator i = Indicator.builder("单位地区生产总值能源消耗降低", Unit.PERCENT)
                .code("14")
                .category("绿色生态")
                .attribute(IndicatorAttribute.ofChinese("约束性"))
                .direction(Direction.LOWER_IS_BETTER)
                .measure(Measure.REDUCTION_RATE)
                .accumulation(Accumulation.CUMULATIVE)
                .baseline(2020, Quantity.parse("0%"))
                .target(2025, new Exact(Quantity.parse("13.5%"), Accumulation.CUMULATIVE))
                .leadAgency("区发改局")
                .coAgency("区经信局")
                .coAgency("区统计局")
                .source(src)
                .build();
        assertThat(i.code()).isEqualTo("14");
        assertThat(i.category()).isEqualTo("绿色生态");
        assertThat(i.isBinding()).isTrue();
        assertThat(i.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(i.measure()).isEqualTo(Measure.REDUCTION_RATE);
        assertThat(i.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(i.baseline()).isEqualTo(Baseline.of(2020, Quantity.parse("0%")));
        assertThat(i.targetFor(2025).map(Target::expression)).contains(new Exact(Quantity.parse("13.5%"),
                Accumulation.CUMULATIVE));
        assertThat(i.leadAgency()).isEqualTo("区发改局");
        assertThat(i.coAgencies()).containsExactly("区经信局", "区统计局");
        assertThat(i.source()).isEqualTo(src);
        assertThat(i.toBuilder().build()).isEqualTo(i);
        assertThat(i.toBuilder().coAgencies(List.of()).build().coAgencies()).isEmpty();
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> Indicator.builder("  ", TEU).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank: '  '");
        assertThatThrownBy(() -> Indicator.builder("x", TEU).code("").build())
                .hasMessage("code must not be blank: ''");
        assertThatThrownBy(() -> Indicator.builder("x", TEU).leadAgency(" ").build())
                .hasMessage("leadAgency must not be blank: ' '");
    }

    @Test
    void refusesABaselineInAnIncompatibleUnit() {
        assertThatThrownBy(() -> Indicator.builder("集装箱吞吐量", TEU).baseline(2020, Quantity.parse("50亿元")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline.value must be in a unit compatible with unit '万标箱': 50亿元");
    }

    @Test
    void acceptsABaselineInACompatibleUnit() {
        Indicator i = Indicator.builder("集装箱吞吐量", TEU).baseline(2020, Quantity.parse("500000标箱")).build();
        assertThat(i.baseline().value().isEquivalentTo(Quantity.parse("50万标箱"))).isTrue();
    }

    @Test
    void checksEveryVersionOfTheBaseline() {
        Baseline wrong = Baseline.of(2019, Quantity.parse("3亿元"))
                .revise(2020, Quantity.parse("40万标箱"), LocalDate.of(2021, 5, 11), "口径调整");
        assertThatThrownBy(() -> Indicator.builder("集装箱吞吐量", TEU).baseline(wrong).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline.value must be in a unit compatible with unit '万标箱': 3亿元");
    }

    @Test
    void refusesTwoTargetsForOneYear() {
        assertThatThrownBy(() -> Indicator.builder("集装箱吞吐量", TEU)
                .target(2025, Exact.of(Quantity.parse("120万标箱")))
                .target(2030, Exact.of(Quantity.parse("150万标箱")))
                .target(2025, Exact.of(Quantity.parse("100万标箱")))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targets must have distinct years: 2025 appears twice");
    }

    @Test
    void refusesABlankCoAgency() {
        assertThatThrownBy(() -> Indicator.builder("x", TEU).coAgency("区发改局").coAgency(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coAgencies[1] must not be blank: ' '");
    }

    @Test
    void copiesItsLists() {
        List<String> agencies = new ArrayList<>(List.of("区发改局"));
        Indicator i = Indicator.builder("x", TEU).coAgencies(agencies).build();
        agencies.add("区统计局");
        assertThat(i.coAgencies()).containsExactly("区发改局");
        assertThatThrownBy(() -> i.targets().add(Target.of(2025, Exact.of(Quantity.parse("1万标箱")))))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsTargetsByYear() {
        Indicator unemployment = Indicator.builder("城镇调查失业率", Unit.PERCENT)
                .direction(Direction.LOWER_IS_BETTER)
                .target(2023, AtMost.of(Quantity.parse("5.5%")))
                .target(2024, AtMost.of(Quantity.parse("5.5%")))
                .build();
        assertThat(unemployment.targetFor(2024).map(Target::year)).contains(2024);
        assertThat(unemployment.targetFor(2025)).isEmpty();
        assertThat(unemployment.targetFor(2025, Indicator.Version.ORIGINAL)).isEmpty();
    }

    @Test
    void baselineByVersion() {
        Baseline first = Baseline.of(2020, Quantity.parse("77.3%"), "2019年数据");
        Baseline census = first.revise(2020, Quantity.parse("78.1%"), LocalDate.of(2021, 5, 11), "七普后修订");
        Indicator i = Indicator.builder("常住人口城镇化率", Unit.PERCENT).baseline(first).build().withBaseline(census);
        assertThat(i.baseline(Indicator.Version.CURRENT)).contains(census);
        assertThat(i.baseline(Indicator.Version.ORIGINAL)).contains(first);
        assertThat(Indicator.builder("x", TEU).build().baseline(Indicator.Version.CURRENT)).isEmpty();
    }

    @Test
    void withTargetReplacesTheSameYearOrAppends() {
        Indicator i = SeedPlans.containerThroughput();
        Target t2030 = Target.of(2030, Exact.of(Quantity.parse("200万标箱")));
        Indicator more = i.withTarget(t2030);
        assertThat(more.targets()).extracting(Target::year).containsExactly(2025, 2030);
        Target revised = i.targetFor(2025).orElseThrow()
                .revise(Exact.of(Quantity.parse("110万标箱")), LocalDate.of(2022, 8, 12), "中期调整");
        Indicator changed = more.withTarget(revised);
        assertThat(changed.targets()).extracting(Target::year).containsExactly(2025, 2030);
        assertThat(changed.targetFor(2025)).contains(revised);
        assertThat(changed.targetFor(2025, Indicator.Version.ORIGINAL)).contains(i.targetFor(2025).orElseThrow());
        assertThat(changed.targetFor(2030, Indicator.Version.ORIGINAL)).contains(t2030);
    }

    @Test
    void attributeFromItsChineseName() {
        assertThat(IndicatorAttribute.ofChinese("预期性")).isEqualTo(IndicatorAttribute.EXPECTED);
        assertThat(IndicatorAttribute.ofChinese(" 约束性 ")).isEqualTo(IndicatorAttribute.BINDING);
        assertThatThrownBy(() -> IndicatorAttribute.ofChinese("指导性"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown indicator attribute '指导性'; expected 预期性 or 约束性");
    }
}
