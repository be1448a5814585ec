package org.planindicators.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * A measure of a goal (指标; see {@code docs/concepts.md} in the project): a name and unit, whether it is guidance or a
 * duty, which way it improves, a baseline, targets by year, and who answers for it.
 *
 * <p>Rules: the name is not blank; every version of the baseline has a unit compatible with the indicator's (亿元
 * for an indicator in 万元, not %); no two targets are for the same year; no agency name is blank. Target units are
 * not checked against the indicator's: a level indicator in 亿元 may carry a growth target in %.
 *
 * <p>Many fields have usual values; {@link #builder(String, Unit)} starts from them.
 *
 * @param code the code in the plan's table, if it has one; {@code null} otherwise
 * @param name the name: 集装箱吞吐量
 * @param category the table's category (经济发展, 创新驱动, 民生福祉, 绿色生态, 安全保障); {@code null} when none
 * @param unit the unit figures are given in; {@link Unit#NONE} when the plan gives none
 * @param attribute 预期性 or 约束性
 * @param direction which way the indicator improves
 * @param measure whether figures are levels or yearly rates of growth or reduction
 * @param accumulation whether targets are end-of-period levels, annual averages or cumulative totals
 * @param baseline the base value; {@code null} when the plan gives none
 * @param targets the targets, at most one a year, in the plan's order
 * @param leadAgency the lead agency (牵头单位); {@code null} when not named
 * @param coAgencies the co-responsible agencies, possibly none
 * @param source where the indicator was read; {@code null} when not recorded
 * @param aggregation how the figures of parts (districts, a zone's pieces, 城镇 and 农村) make the whole; {@code null}
 *     when the plan does not say, and then parts are not rolled up
 * @param priceBasis the prices the indicator's money figures are counted at (价格口径): 现价 levels, 可比价 growth;
 *     {@code null} when not stated
 */
public record Indicator(@Nullable String code,
        String name, @Nullable String category, Unit unit,
        IndicatorAttribute attribute, Direction direction, Measure measure, Accumulation accumulation,
        @Nullable Baseline baseline, List<Target> targets, @Nullable String leadAgency,
        List<String> coAgencies, @Nullable SourceRef source, @Nullable Aggregation aggregation,
        @Nullable PriceBasis priceBasis) {

    /** Which version of a revised figure to use. */
    public enum Version {
        /** The figure as first published. */
        ORIGINAL("original", "原始值", "original"),
        /** The figure in force now, after every revision. */
        CURRENT("current", "现行值", "current");

        private final String code;
        private final String chineseName;
        private final String englishName;

        Version(String code, String chineseName, String englishName) {
            this.code = code;
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        /** {@return the stable code: {@code original}, {@code current}} */
        public String code() {
            return code;
        }

        /** {@return the name in Chinese: 原始值, 现行值} */
        public String chineseName() {
            return chineseName;
        }

        /** {@return the name in English} */
        public String englishName() {
            return englishName;
        }

        /**
         * The version with this code.
         *
         * @param code the code in the plan's table, if it has one; {@code null} otherwise
         * @return the version with this code
         * @throws IllegalArgumentException for an unknown code, naming it
         */
        public static Version ofCode(String code) {
            return Checks.byCode(values(), Version::code, code, "version");
        }
    }

    /**
     * Checks the fields and the rules above.
     *
     * @param code the code in the plan's table, if it has one; {@code null} otherwise
     * @param name the name: 集装箱吞吐量
     * @param category the table's category (经济发展, 创新驱动, 民生福祉, 绿色生态, 安全保障); {@code null} when none
     * @param unit the unit figures are given in; {@link Unit#NONE} when the plan gives none
     * @param attribute 预期性 or 约束性
     * @param direction which way the indicator improves
     * @param measure whether figures are levels or yearly rates of growth or reduction
     * @param accumulation whether targets are end-of-period levels, annual averages or cumulative totals
     * @param baseline the base value; {@code null} when the plan gives none
     * @param targets the targets, at most one a year, in the plan's order
     * @param leadAgency the lead agency (牵头单位); {@code null} when not named
     * @param coAgencies the co-responsible agencies, possibly none
     * @param source where the indicator was read; {@code null} when not recorded
     * @param aggregation how the figures of parts make the whole; {@code null} when the plan does not say
     * @param priceBasis the prices a money figure is counted at (价格口径); {@code null} when not stated
     */
    public Indicator {
        Checks.requireNotBlankIfPresent(code, "code");
        Checks.requireNotBlank(name, "name");
        Checks.requireNotBlankIfPresent(category, "category");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(accumulation, "accumulation");
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        Checks.requireNotBlankIfPresent(leadAgency, "leadAgency");
        coAgencies = Checks.copyNotBlank(coAgencies, "coAgencies");
        if (baseline != null) {
            for (Baseline version : baseline.history()) {
                if (!version.value().unit().isCompatibleWith(unit)) {
                    throw new IllegalArgumentException("baseline.value must be in a unit compatible with unit '" + unit
                            + "': " + version.value());
                }
            }
        }
        Set<Integer> years = new HashSet<>();
        for (Target t : targets) {
            if (!years.add(t.year())) {
                throw new IllegalArgumentException("targets must have distinct years: " + t.year() + " appears twice");
            }
        }
    }

    /**
     * An indicator whose plan does not say how parts make the whole (no {@link #aggregation()}).
     *
     * @param code the code in the plan's table, if it has one; {@code null} otherwise
     * @param name the name: 集装箱吞吐量
     * @param category the table's category; {@code null} when none
     * @param unit the unit figures are given in; {@link Unit#NONE} when the plan gives none
     * @param attribute 预期性 or 约束性
     * @param direction which way the indicator improves
     * @param measure whether figures are levels or yearly rates of growth or reduction
     * @param accumulation whether targets are end-of-period levels, annual averages or cumulative totals
     * @param baseline the base value; {@code null} when the plan gives none
     * @param targets the targets, at most one a year, in the plan's order
     * @param leadAgency the lead agency (牵头单位); {@code null} when not named
     * @param coAgencies the co-responsible agencies, possibly none
     * @param source where the indicator was read; {@code null} when not recorded
     */
    public Indicator(@Nullable String code, String name, @Nullable String category, Unit unit,
            IndicatorAttribute attribute, Direction direction, Measure measure, Accumulation accumulation,
            @Nullable Baseline baseline, List<Target> targets, @Nullable String leadAgency, List<String> coAgencies,
            @Nullable SourceRef source) {
        this(code, name, category, unit, attribute, direction, measure, accumulation, baseline, targets, leadAgency,
                coAgencies, source, null, null);
    }

    /**
     * An indicator with an aggregation and no price basis stated.
     *
     * @param code the code in the plan's table, if it has one; {@code null} otherwise
     * @param name the name
     * @param category the table's category; {@code null} when none
     * @param unit the unit figures are given in
     * @param attribute 预期性 or 约束性
     * @param direction which way the indicator improves
     * @param measure whether figures are levels or yearly rates of growth or reduction
     * @param accumulation whether targets are end-of-period levels, annual averages or cumulative totals
     * @param baseline the base value; {@code null} when the plan gives none
     * @param targets the targets, at most one a year, in the plan's order
     * @param leadAgency the lead agency (牵头单位); {@code null} when not named
     * @param coAgencies the co-responsible agencies, possibly none
     * @param source where the indicator was read; {@code null} when not recorded
     * @param aggregation how the figures of parts make the whole; {@code null} when the plan does not say
     */
    public Indicator(@Nullable String code, String name, @Nullable String category, Unit unit,
            IndicatorAttribute attribute, Direction direction, Measure measure, Accumulation accumulation,
            @Nullable Baseline baseline, List<Target> targets, @Nullable String leadAgency, List<String> coAgencies,
            @Nullable SourceRef source, @Nullable Aggregation aggregation) {
        this(code, name, category, unit, attribute, direction, measure, accumulation, baseline, targets, leadAgency,
                coAgencies, source, aggregation, null);
    }

    /**
     * An indicator with a price basis and no aggregation stated.
     *
     * @param code the code in the plan's table, if it has one; {@code null} otherwise
     * @param name the name
     * @param category the table's category; {@code null} when none
     * @param unit the unit figures are given in
     * @param attribute 预期性 or 约束性
     * @param direction which way the indicator improves
     * @param measure whether figures are levels or yearly rates of growth or reduction
     * @param accumulation whether targets are end-of-period levels, annual averages or cumulative totals
     * @param baseline the base value; {@code null} when the plan gives none
     * @param targets the targets, at most one a year, in the plan's order
     * @param leadAgency the lead agency (牵头单位); {@code null} when not named
     * @param coAgencies the co-responsible agencies, possibly none
     * @param source where the indicator was read; {@code null} when not recorded
     * @param priceBasis the prices a money figure is counted at (价格口径); {@code null} when not stated
     */
    public Indicator(@Nullable String code, String name, @Nullable String category, Unit unit,
            IndicatorAttribute attribute, Direction direction, Measure measure, Accumulation accumulation,
            @Nullable Baseline baseline, List<Target> targets, @Nullable String leadAgency, List<String> coAgencies,
            @Nullable SourceRef source, @Nullable PriceBasis priceBasis) {
        this(code, name, category, unit, attribute, direction, measure, accumulation, baseline, targets, leadAgency,
                coAgencies, source, null, priceBasis);
    }

    /**
     * A builder for an indicator {@code name} in {@code unit}, starting from the usual values: expected (预期性),
     * higher is better, a level, accumulating as a level, no baseline, targets or agencies.
     *
     * @param name the name: 集装箱吞吐量
     * @param unit the unit figures are given in; {@link Unit#NONE} when the plan gives none
     * @return a builder for an indicator {@code name} in {@code unit}, starting from the usual values: expected (预期性),
     *     higher is better, a level, accumulating as a level, no baseline, targets or agencies
     */
    public static Builder builder(String name, Unit unit) {
        return new Builder(name, unit);
    }

    /** {@return a builder holding this indicator's fields, to make a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(name, unit);
        b.code = code;
        b.category = category;
        b.attribute = attribute;
        b.direction = direction;
        b.measure = measure;
        b.accumulation = accumulation;
        b.baseline = baseline;
        b.targets.addAll(targets);
        b.leadAgency = leadAgency;
        b.coAgencies.addAll(coAgencies);
        b.source = source;
        b.aggregation = aggregation;
        b.priceBasis = priceBasis;
        return b;
    }

    /** {@return whether this indicator is binding (约束性)} */
    public boolean isBinding() {
        return attribute == IndicatorAttribute.BINDING;
    }

    /**
     * The current target for {@code year}, if there is one.
     *
     * @param year the year
     * @return the current target for {@code year}, if there is one
     */
    public Optional<Target> targetFor(int year) {
        for (Target t : targets) {
            if (t.year() == year) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The target for {@code year} in {@code version}: as in force now, or as first published ({@link
     * Target#original()}).
     *
     * @param year the year
     * @param version as first published or as revised
     * @return the target for {@code year} in {@code version}: as in force now, or as first published ({@link
     *     Target#original()})
     */
    public Optional<Target> targetFor(int year, Version version) {
        Objects.requireNonNull(version, "version");
        return targetFor(year).map(t -> version == Version.ORIGINAL ? t.original() : t);
    }

    /**
     * The baseline in {@code version}: as in force now, or as first published ({@link Baseline#original()}).
     *
     * @param version as first published or as revised
     * @return the baseline in {@code version}: as in force now, or as first published ({@link Baseline#original()})
     */
    public Optional<Baseline> baseline(Version version) {
        Objects.requireNonNull(version, "version");
        if (baseline == null) {
            return Optional.empty();
        }
        return Optional.of(version == Version.ORIGINAL ? baseline.original() : baseline);
    }

    /**
     * This indicator with {@code newBaseline} in place of its baseline: to record a revision.
     *
     * @param newBaseline the revised baseline
     * @return this indicator with {@code newBaseline} in place of its baseline: to record a revision
     */
    public Indicator withBaseline(Baseline newBaseline) {
        Objects.requireNonNull(newBaseline, "newBaseline");
        return toBuilder().baseline(newBaseline).build();
    }

    /**
     * This indicator with {@code target} in place of the target for the same year, or added after the others when
     * there is none: to record a revision ({@code withTarget(targetFor(2025).get().revise(…))}).
     *
     * @param target the target
     * @return this indicator with {@code target} in place of the target for the same year, or added after the others
     *     when there is none: to record a revision ({@code withTarget(targetFor(2025).get().revise(…))})
     */
    public Indicator withTarget(Target target) {
        Objects.requireNonNull(target, "target");
        List<Target> list = new ArrayList<>(targets);
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).year() == target.year()) {
                list.set(i, target);
                replaced = true;
            }
        }
        if (!replaced) {
            list.add(target);
        }
        return toBuilder().targets(list).build();
    }

    /** Builds an {@link Indicator}; every setter returns the builder. Not thread-safe. */
    public static final class Builder {
        private @Nullable String code;
        private String name;
        private @Nullable String category;
        private Unit unit;
        private IndicatorAttribute attribute = IndicatorAttribute.EXPECTED;
        private Direction direction = Direction.HIGHER_IS_BETTER;
        private Measure measure = Measure.LEVEL;
        private Accumulation accumulation = Accumulation.LEVEL;
        private @Nullable Baseline baseline;
        private final List<Target> targets = new ArrayList<>();
        private @Nullable String leadAgency;
        private final List<String> coAgencies = new ArrayList<>();
        private @Nullable SourceRef source;
        private @Nullable Aggregation aggregation;
        private @Nullable PriceBasis priceBasis;

        private Builder(String name, Unit unit) {
            this.name = Objects.requireNonNull(name, "name");
            this.unit = Objects.requireNonNull(unit, "unit");
        }

        /**
         * Sets the name.
         *
         * @param name the name: 集装箱吞吐量
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param unit the unit figures are given in; {@link Unit#NONE} when the plan gives none
         * @return this builder
         */
        public Builder unit(Unit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the code; {@code null} for none.
         *
         * @param code the code in the plan's table, if it has one; {@code null} otherwise
         * @return this builder
         */
        public Builder code(@Nullable String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets the category; {@code null} for none.
         *
         * @param category the table's category (经济发展, 创新驱动, 民生福祉, 绿色生态, 安全保障); {@code null} when none
         * @return this builder
         */
        public Builder category(@Nullable String category) {
            this.category = category;
            return this;
        }

        /**
         * Sets the attribute (default {@link IndicatorAttribute#EXPECTED}).
         *
         * @param attribute 预期性 or 约束性
         * @return this builder
         */
        public Builder attribute(IndicatorAttribute attribute) {
            this.attribute = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /**
         * Sets the direction (default {@link Direction#HIGHER_IS_BETTER}).
         *
         * @param direction which way the indicator improves
         * @return this builder
         */
        public Builder direction(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /**
         * Sets the measure (default {@link Measure#LEVEL}).
         *
         * @param measure whether figures are levels or yearly rates of growth or reduction
         * @return this builder
         */
        public Builder measure(Measure measure) {
            this.measure = Objects.requireNonNull(measure, "measure");
            return this;
        }

        /**
         * Sets the accumulation (default {@link Accumulation#LEVEL}).
         *
         * @param accumulation whether targets are end-of-period levels, annual averages or cumulative totals
         * @return this builder
         */
        public Builder accumulation(Accumulation accumulation) {
            this.accumulation = Objects.requireNonNull(accumulation, "accumulation");
            return this;
        }

        /**
         * Sets the baseline; {@code null} for none.
         *
         * @param baseline the base value; {@code null} when the plan gives none
         * @return this builder
         */
        public Builder baseline(@Nullable Baseline baseline) {
            this.baseline = baseline;
            return this;
        }

        /**
         * Sets the baseline to {@code value} for {@code year}.
         *
         * @param year the year
         * @param value the value
         * @return this builder
         */
        public Builder baseline(int year, Quantity value) {
            this.baseline = Baseline.of(year, value);
            return this;
        }

        /**
         * Adds a target after those already added.
         *
         * @param target the target
         * @return this builder
         */
        public Builder target(Target target) {
            targets.add(Objects.requireNonNull(target, "target"));
            return this;
        }

        /**
         * Adds the target {@code expression} for {@code year} after those already added.
         *
         * @param year the year
         * @param expression the target
         * @return this builder
         */
        public Builder target(int year, TargetExpression expression) {
            return target(Target.of(year, expression));
        }

        /**
         * Replaces the targets with {@code targets}.
         *
         * @param targets the targets, at most one a year, in the plan's order
         * @return this builder
         */
        public Builder targets(List<Target> targets) {
            List<Target> copy = List.copyOf(Objects.requireNonNull(targets, "targets"));
            this.targets.clear();
            this.targets.addAll(copy);
            return this;
        }

        /**
         * Sets the lead agency; {@code null} for none.
         *
         * @param leadAgency the lead agency (牵头单位); {@code null} when not named
         * @return this builder
         */
        public Builder leadAgency(@Nullable String leadAgency) {
            this.leadAgency = leadAgency;
            return this;
        }

        /**
         * Adds a co-responsible agency after those already added.
         *
         * @param agency the agency's name, not blank
         * @return this builder
         */
        public Builder coAgency(String agency) {
            coAgencies.add(Objects.requireNonNull(agency, "agency"));
            return this;
        }

        /**
         * Replaces the co-responsible agencies with {@code agencies}.
         *
         * @param agencies the agencies' names, none blank
         * @return this builder
         */
        public Builder coAgencies(List<String> agencies) {
            List<String> copy = List.copyOf(Objects.requireNonNull(agencies, "agencies"));
            coAgencies.clear();
            coAgencies.addAll(copy);
            return this;
        }

        /**
         * Sets where the indicator was read; {@code null} for not recorded.
         *
         * @param source where the indicator was read; {@code null} when not recorded
         * @return this builder
         */
        public Builder source(@Nullable SourceRef source) {
            this.source = source;
            return this;
        }

        /**
         * Sets how the figures of parts make the whole; {@code null} for not said (the default).
         *
         * @param aggregation sum, weighted mean or not additive; {@code null} when the plan does not say
         * @return this builder
         */
        public Builder aggregation(@Nullable Aggregation aggregation) {
            this.aggregation = aggregation;
            return this;
        }

        /**
         * Sets the price basis; {@code null} for not stated.
         *
         * @param priceBasis the prices money figures are counted at (价格口径); {@code null} when not stated
         * @return this builder
         */
        public Builder priceBasis(@Nullable PriceBasis priceBasis) {
            this.priceBasis = priceBasis;
            return this;
        }

        /**
         * The indicator.
         *
         * @return the indicator
         * @throws IllegalArgumentException when a rule of {@link Indicator} is broken, naming the field
         */
        public Indicator build() {
            return new Indicator(code, name, category, unit, attribute, direction, measure, accumulation, baseline,
                    targets, leadAgency, coAgencies, source, aggregation, priceBasis);
        }
    }
}
