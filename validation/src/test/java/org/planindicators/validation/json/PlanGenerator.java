package org.planindicators.validation.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.SourceRef;
import org.planindicators.plan.Target;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Approximately;
import org.planindicators.target.AtLeast;
import org.planindicators.target.AtMost;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Delegated;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.TwoTier;
import org.planindicators.target.Direction;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.LessThan;
import org.planindicators.target.Measure;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Range;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.Relative;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * Random plans for the round-trip properties: every kind of node and target, units of every family (and none),
 * numbers of any scale and sign, revisions, zones, and texts with characters JSON must escape.
 */
final class PlanGenerator {
    private static final List<Unit> UNITS = List.of("", "%", "‰", "个百分点", "万标箱", "标箱", "亿元", "万元", "万亿元",
            "万美元", "个", "家", "万人次", "名(个)", "平方米/人", "件/万人", "人/千人", "吨标煤/万元", "微克/立方米",
            "公里/百平方公里", "平方公里", "公顷", "亩", "立方米", "吨", "公里", "岁", "年", "个工作日", "上年=100", "类")
            .stream().map(Unit::parse).toList();
    private static final List<Unit> AREAS = List.of("平方公里", "公顷", "亩", "平方米").stream().map(Unit::parse).toList();
    private static final String[] WORDS = {"地区生产总值", "集装箱吞吐量", "陆港", "成都", "温江", "“双循环”", "a\"b",
            "back\\slash", "tab\there", "line\nbreak", "\u0001控制", "emoji \uD83D\uDE80", "ß€", "  spaced  ", "%",
            "[13.5]", "6.0%—7.0%", "120", "{}", "/~0~1", "以上", "基本同步"};
    private static final String[][] DIVISIONS = {{"成都市青白江区", "510113"}, {"成都市温江区", "510115"},
        {"成都市", "510100"}, {"眉山市", "511400"}, {"四川省", "510000"}, {"北京市", "110000"}};

    private final Random r;
    private int goalIds;

    private PlanGenerator(Random r) {
        this.r = r;
    }

    static Plan plan(Random random) {
        return new PlanGenerator(random).plan();
    }

    private Plan plan() {
        int first = 1990 + r.nextInt(50);
        Period period = Period.of(first, first + r.nextInt(6));
        int baseYear = period.firstYear() - r.nextInt(3);
        Integer vision = r.nextBoolean() ? null : period.lastYear() + 1 + r.nextInt(15);
        List<PlanPart> parts = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            parts.add(part(PartLevel.values()[r.nextInt(3)], period));
        }
        return new Plan(text(), jurisdiction(2), pick(PlanKind.values()), pick(PlanStatus.values()), period,
                baseYear, vision, parts);
    }

    private Jurisdiction jurisdiction(int depth) {
        int k = r.nextInt(depth > 0 ? 4 : 3);
        if (k == 0) {
            return Jurisdiction.national("中华人民共和国");
        }
        if (k == 3) {
            List<ZoneComponent> components = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                Quantity area = r.nextBoolean() ? null : Quantity.of(amount(false), pick(AREAS));
                components.add(new ZoneComponent("片区" + i, jurisdiction(depth - 1), area));
            }
            return Jurisdiction.zone(text(), components);
        }
        String[] d = DIVISIONS[r.nextInt(DIVISIONS.length)];
        return r.nextInt(4) == 0 ? new Jurisdiction(d[0], Jurisdiction.division(d[0], d[1]).level(), null, List.of())
                : Jurisdiction.division(d[0], d[1]);
    }

    private PlanPart part(PartLevel level, Period period) {
        List<PlanPart> children = new ArrayList<>();
        for (PartLevel deeper : PartLevel.values()) {
            if (deeper.isDeeperThan(level) && r.nextInt(3) == 0) {
                children.add(part(deeper, period));
            }
        }
        List<Goal> goals = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            goals.add(goal(period));
        }
        return new PlanPart(level, text(), children, goals);
    }

    private Goal goal(Period period) {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            indicators.add(indicator(period));
        }
        return new Goal("g" + goalIds++ + (r.nextBoolean() ? "" : text()), text(), r.nextBoolean() ? null : text(),
                r.nextBoolean() ? null : period.lastYear(), indicators);
    }

    private Indicator indicator(Period period) {
        Unit unit = pick(UNITS);
        Indicator.Builder b = Indicator.builder(text(), unit)
                .code(r.nextBoolean() ? null : "I" + r.nextInt(100))
                .category(r.nextBoolean() ? null : text())
                .attribute(pick(IndicatorAttribute.values()))
                .direction(pick(Direction.values()))
                .measure(pick(Measure.values()))
                .accumulation(pick(Accumulation.values()))
                .leadAgency(r.nextBoolean() ? null : text())
                .source(r.nextBoolean() ? null : source())
                .aggregation(switch (r.nextInt(4)) {
                    case 0 -> org.planindicators.plan.Aggregation.sum();
                    case 1 -> org.planindicators.plan.Aggregation.notAdditive();
                    default -> null;
                });
        for (int i = r.nextInt(3); i > 0; i--) {
            b.coAgency(text());
        }
        if (r.nextBoolean()) {
            b.baseline(baseline(unit, period));
        }
        int year = period.firstYear();
        for (int i = r.nextInt(4); i > 0 && year <= period.lastYear() + 10; i--, year += 1 + r.nextInt(3)) {
            b.target(target(year));
        }
        return b.build();
    }

    private Baseline baseline(Unit unit, Period period) {
        Baseline b = new Baseline(period.firstYear() - 1, Quantity.of(amount(true), compatible(unit)),
                r.nextBoolean() ? null : text(), null);
        LocalDate date = LocalDate.of(period.firstYear(), 1, 1);
        for (int i = r.nextInt(3); i > 0; i--) {
            date = date.plusDays(r.nextInt(400));
            b = b.revise(b.year() + r.nextInt(2), Quantity.of(amount(true), compatible(unit)), date, text());
        }
        return b;
    }

    private Target target(int year) {
        Target t = new Target(year, expression(), r.nextBoolean() ? null : source(), null);
        LocalDate date = LocalDate.of(year - 3, 6, 30);
        for (int i = r.nextInt(3); i > 0; i--) {
            date = date.plusDays(r.nextInt(400));
            t = r.nextBoolean() ? t.revise(expression(), date, text()) : t.revise(expression(), date, text(), source());
        }
        return t;
    }

    private TargetExpression expression() {
        Accumulation a = pick(Accumulation.values());
        Unit unit = pick(UNITS);
        Quantity v = Quantity.of(amount(true), unit);
        return switch (r.nextInt(12)) {
            case 0 -> new Exact(v, a);
            case 1 -> new AtLeast(v, a);
            case 2 -> new GreaterThan(v, a);
            case 3 -> new AtMost(v, a);
            case 4 -> new LessThan(v, a);
            case 5 -> new Range(v, Quantity.of(v.value().add(amount(false)), unit), a);
            case 6 -> new Approximately(v, r.nextBoolean() ? null : Quantity.of(amount(false), unit), a);
            case 7 -> new Change(pick(ChangeDirection.values()),
                    Quantity.of(amount(false), unit.isOrdinal() ? Unit.PERCENT : unit), a);
            case 8 -> {
                RelativeComparison c = pick(RelativeComparison.values());
                ReferenceKind kind = pick(ReferenceKind.values());
                List<String> refs = kind == ReferenceKind.PREVIOUS_YEAR ? List.of(Relative.PREVIOUS_YEAR)
                        : r.nextBoolean() ? List.of("经济增长") : List.of(text(), text());
                yield new Relative(c, kind, refs,
                        (c == RelativeComparison.IN_STEP || c == RelativeComparison.EQUAL) && r.nextBoolean(), a);
            }
            case 9 -> new Delegated(r.nextBoolean() ? "成都市" : text(), r.nextInt(4) == 0);
            case 10 -> {
                NumericTarget floor = r.nextBoolean() ? new AtLeast(v, a) : new Approximately(v, null, a);
                String word = pick(TwoTier.WORDS);
                yield r.nextBoolean()
                        ? TwoTier.of(floor, word, new Exact(Quantity.of(v.value().add(amount(false)), unit), a))
                        : TwoTier.ofWords(floor, word, r.nextBoolean() ? "更好结果" : "更高水平");
            }
            default -> new Qualitative(r.nextBoolean() ? "保持在合理区间" : text());
        };
    }

    private Unit compatible(Unit unit) {
        if (r.nextInt(4) != 0) {
            return unit;
        }
        List<Unit> others = UNITS.stream().filter(u -> u.isCompatibleWith(unit)).toList();
        return pick(others);
    }

    private SourceRef source() {
        return new SourceRef(r.nextBoolean() ? "003_97555f4808f51832.txt" : "规划纲要", r.nextBoolean() ? null
                : 1 + r.nextInt(500), r.nextBoolean() ? null : "第三章");
    }

    private BigDecimal amount(boolean signed) {
        BigDecimal v = BigDecimal.valueOf(r.nextInt(r.nextBoolean() ? 1000 : 100_000_000), r.nextInt(4));
        return signed && r.nextInt(4) == 0 ? v.negate() : v;
    }

    private String text() {
        StringBuilder b = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
        if (r.nextBoolean()) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        String s = b.toString();
        return s.isBlank() ? "x" : s;
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
