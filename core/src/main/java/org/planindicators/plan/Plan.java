package org.planindicators.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A plan (DOMAIN.md §1): a five-year plan, a development plan, a government work report or a special plan, of a
 * {@link Jurisdiction}, over a {@link Period}, with a base year, an optional vision year and a tree of {@linkplain
 * PlanPart parts} that holds its {@linkplain Goal goals}.
 *
 * <p>Rules: the title is not blank; the base year is not after the period's last year; the vision year, if any, is
 * after it; goal ids are unique in the plan.
 *
 * <p>{@link #builder(String, Jurisdiction, PlanKind, Period)} starts from the usual values.
 *
 * @param title the title: 成都市青白江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要
 * @param jurisdiction whose plan it is
 * @param kind the kind of document
 * @param status draft, approved or revised
 * @param period the years it covers: 2021-2025
 * @param baseYear the year baselines are for: 2020
 * @param visionYear the year of the long-range vision (远景目标): 2035; {@code null} when none
 * @param parts the top-level parts, in document order
 */
public record Plan(String title, Jurisdiction jurisdiction, PlanKind kind,
        PlanStatus status, Period period, int baseYear,
        @Nullable Integer visionYear, List<PlanPart> parts) {

    /**
     * Checks the fields and the rules above.
     *
     * @param title the title: 成都市青白江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要
     * @param jurisdiction whose plan it is
     * @param kind the kind of document
     * @param status draft, approved or revised
     * @param period the years it covers: 2021-2025
     * @param baseYear the year baselines are for: 2020
     * @param visionYear the year of the long-range vision (远景目标): 2035; {@code null} when none
     * @param parts the top-level parts, in document order
     */
    public Plan {
        Checks.requireNotBlank(title, "title");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(period, "period");
        Checks.requireYear(baseYear, "baseYear");
        if (baseYear > period.lastYear()) {
            throw new IllegalArgumentException("baseYear must not be after period.lastYear: " + baseYear + " > "
                    + period.lastYear());
        }
        if (visionYear != null && visionYear <= period.lastYear()) {
            throw new IllegalArgumentException("visionYear must be after period.lastYear: " + visionYear + " <= "
                    + period.lastYear());
        }
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        Set<String> ids = new HashSet<>();
        for (Goal g : goalsOf(parts)) {
            if (!ids.add(g.id())) {
                throw new IllegalArgumentException("goals must have distinct ids: " + g.id() + " appears twice");
            }
        }
    }

    /**
     * A builder for the plan {@code title} of {@code jurisdiction} over {@code period}, starting from the usual
     * values: approved, base year the year before the period, no vision year, no parts.
     *
     * @param title the title: 成都市青白江区国民经济和社会发展第十四个五年规划和2035年远景目标纲要
     * @param jurisdiction whose plan it is
     * @param kind the kind of document
     * @param period the years it covers: 2021-2025
     * @return a builder for the plan {@code title} of {@code jurisdiction} over {@code period}, starting from the
     *     usual values: approved, base year the year before the period, no vision year, no parts
     */
    public static Builder builder(String title, Jurisdiction jurisdiction, PlanKind kind, Period period) {
        return new Builder(title, jurisdiction, kind, period);
    }

    private static List<Goal> goalsOf(List<PlanPart> parts) {
        List<Goal> out = new ArrayList<>();
        for (PlanPart p : parts) {
            p.collectGoals(out);
        }
        return out;
    }

    /** {@return every goal in the tree of parts, in document order (a part's own goals before its children's)} */
    public List<Goal> goals() {
        return List.copyOf(goalsOf(parts));
    }

    /** {@return every indicator of every goal, in document order} */
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        for (Goal g : goalsOf(parts)) {
            out.addAll(g.indicators());
        }
        return List.copyOf(out);
    }

    /**
     * The first indicator whose code is {@code codeOrName}, or else the first whose name is; empty when none is.
     * Matching is exact (surrounding spaces of {@code codeOrName} ignored).
     *
     * @param codeOrName an indicator's code or name
     * @return the first indicator whose code is {@code codeOrName}, or else the first whose name is; empty when none
     *     is
     */
    public Optional<Indicator> findIndicator(String codeOrName) {
        Objects.requireNonNull(codeOrName, "codeOrName");
        String key = codeOrName.strip();
        List<Indicator> all = indicators();
        for (Indicator i : all) {
            if (key.equals(i.code())) {
                return Optional.of(i);
            }
        }
        for (Indicator i : all) {
            if (key.equals(i.name())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the goal with this id.
     *
     * @param id the goal's id
     * @return the goal, or empty when there is none
     */
    public Optional<Goal> findGoal(String id) {
        Objects.requireNonNull(id, "id");
        return goalsOf(parts).stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Builds a {@link Plan}; every setter returns the builder. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final Jurisdiction jurisdiction;
        private final PlanKind kind;
        private final Period period;
        private PlanStatus status = PlanStatus.APPROVED;
        private int baseYear;
        private @Nullable Integer visionYear;
        private final List<PlanPart> parts = new ArrayList<>();

        private Builder(String title, Jurisdiction jurisdiction, PlanKind kind, Period period) {
            this.title = Objects.requireNonNull(title, "title");
            this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.period = Objects.requireNonNull(period, "period");
            this.baseYear = period.firstYear() - 1;
        }

        /**
         * Sets the status (default {@link PlanStatus#APPROVED}).
         *
         * @param status draft, approved or revised
         * @return this builder
         */
        public Builder status(PlanStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the base year (default the year before the period: 2020 for 2021-2025).
         *
         * @param baseYear the year baselines are for: 2020
         * @return this builder
         */
        public Builder baseYear(int baseYear) {
            this.baseYear = baseYear;
            return this;
        }

        /**
         * Sets the vision year; {@code null} for none (the default).
         *
         * @param visionYear the year of the long-range vision (远景目标): 2035; {@code null} when none
         * @return this builder
         */
        public Builder visionYear(@Nullable Integer visionYear) {
            this.visionYear = visionYear;
            return this;
        }

        /**
         * Adds a top-level part after those already added.
         *
         * @param part the part
         * @return this builder
         */
        public Builder part(PlanPart part) {
            parts.add(Objects.requireNonNull(part, "part"));
            return this;
        }

        /**
         * Replaces the top-level parts with {@code parts}.
         *
         * @param parts the top-level parts, in document order
         * @return this builder
         */
        public Builder parts(List<PlanPart> parts) {
            List<PlanPart> copy = List.copyOf(Objects.requireNonNull(parts, "parts"));
            this.parts.clear();
            this.parts.addAll(copy);
            return this;
        }

        /**
         * The plan.
         *
         * @return the plan
         * @throws IllegalArgumentException when a rule of {@link Plan} is broken, naming the field
         */
        public Plan build() {
            return new Plan(title, jurisdiction, kind, status, period, baseYear, visionYear, parts);
        }
    }
}
