package org.planindicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planindicators.target.Accumulation;
import org.planindicators.target.AtLeast;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.Range;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/** Runs the five-minute tour of README.md line by line; keep the two in step. */
class ReadmeTourTest {
    @Test
    void quantities() {
        Quantity gdp = Quantity.parse("717.11亿元");
        assertThat(gdp.to(Unit.parse("万元"))).hasToString("7171100万元");
        assertThat(Quantity.parse("15亩").to(Unit.parse("公顷"))).hasToString("1公顷");
        assertThat(Unit.parse("万 标箱")).hasToString("万标箱");
    }

    @Test
    void targets() {
        TargetExpression t = TargetExpression.parse("6.0%—7.0%");
        assertThat(t).isEqualTo(Range.of(Quantity.parse("6.0%"), Quantity.parse("7.0%")));
        assertThat(TargetExpression.parse("[13.5]"))
                .isEqualTo(new Exact(Quantity.parse("13.5"), Accumulation.CUMULATIVE));
        assertThat(TargetExpression.parse("研发经费投入年均增长不低于10%"))
                .isEqualTo(new AtLeast(Quantity.parse("10%"), Accumulation.ANNUAL_AVERAGE));
        assertThat(((NumericTarget) t).isSatisfiedBy(Quantity.parse("6.4%"), Direction.HIGHER_IS_BETTER)).isTrue();
    }

    @Test
    void sentences() {
        TargetParseResult r = TargetParser.standard().parse("改造老旧小区20个、城中村300户以上");
        assertThat(r.targets().get(1).subject()).isEqualTo("城中村");
        assertThat(r.targets().get(1).target()).isEqualTo(AtLeast.of(Quantity.parse("300户")));
    }

    @Test
    void errors() {
        TargetParseResult bad = TargetParser.standard().parse("6.0%—");
        assertThat(bad.error().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("TP006: 区间“6.0%—”缺少上限（原文“6.0%—”，第 1 列）");
    }

    @Test
    void defaultUnit() {
        assertThat(TargetParser.standard().withDefaultUnit(Unit.PERCENT).parseOne("[13.5]")).hasToString("[13.5%]");
    }
}
