package org.planindicators.validation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanStatus;

/**
 * What an indicator table does not say about its plan: whose plan it is, and optionally its title, kind and status.
 * {@link IndicatorTables} reads a table into a {@link org.planindicators.plan.Plan} with these.
 *
 * @param title the plan's title; {@code null} to take the table's caption row, or else the file name without its
 *     extension
 * @param jurisdiction whose plan it is; {@link #UNSPECIFIED} when the caller does not say
 * @param kind the kind of plan; {@code null} to infer it from the years: a one-year period is an
 *     {@linkplain PlanKind#ANNUAL_WORK_REPORT annual work report}, a five-year period a {@linkplain
 *     PlanKind#FIVE_YEAR_PLAN five-year plan}, any other a {@linkplain PlanKind#DEVELOPMENT_PLAN development plan}
 * @param status the plan's status
 */
public record TableContext(@Nullable String title, Jurisdiction jurisdiction, @Nullable PlanKind kind,
        PlanStatus status) {
    /**
     * The placeholder jurisdiction of tables read without one: a zone named {@code 未指定辖区} ("jurisdiction not
     * given"), with no code and no components.
     */
    public static final Jurisdiction UNSPECIFIED = Jurisdiction.zone("未指定辖区", List.of());

    /**
     * Checks the fields: a title, when given, is not blank.
     *
     * @param title the plan's title; {@code null} to take the table's caption row, or else the file name without its
     *     extension
     * @param jurisdiction whose plan it is; {@link #UNSPECIFIED} when the caller does not say
     * @param kind the kind of plan; {@code null} to infer it from the years: a one-year period is an {@linkplain
     *     PlanKind#ANNUAL_WORK_REPORT annual work report}, a five-year period a {@linkplain PlanKind#FIVE_YEAR_PLAN
     *     five-year plan}, any other a {@linkplain PlanKind#DEVELOPMENT_PLAN development plan}
     * @param status the plan's status
     */
    public TableContext {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(status, "status");
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank: '" + title + "'");
        }
    }

    /**
     * No title (caption or file name), the {@linkplain #UNSPECIFIED placeholder} jurisdiction, kind inferred,
     * approved.
     *
     * @return no title (caption or file name), the {@linkplain #UNSPECIFIED placeholder} jurisdiction, kind inferred,
     *     approved
     */
    public static TableContext defaults() {
        return new TableContext(null, UNSPECIFIED, null, PlanStatus.APPROVED);
    }

    /**
     * The plan of {@code jurisdiction}; no title (caption or file name), kind inferred, approved.
     *
     * @param jurisdiction whose plan it is; {@link #UNSPECIFIED} when the caller does not say
     * @return the plan of {@code jurisdiction}; no title (caption or file name), kind inferred, approved
     */
    public static TableContext of(Jurisdiction jurisdiction) {
        return new TableContext(null, jurisdiction, null, PlanStatus.APPROVED);
    }

    /**
     * This context with the title given; {@code null} to take the caption or the file name.
     *
     * @param newTitle the title, or {@code null}
     * @return this context with the title given; {@code null} to take the caption or the file name
     */
    public TableContext withTitle(@Nullable String newTitle) {
        return new TableContext(newTitle, jurisdiction, kind, status);
    }

    /**
     * This context with the kind given; {@code null} to infer it from the years.
     *
     * @param newKind the kind, or {@code null}
     * @return this context with the kind given; {@code null} to infer it from the years
     */
    public TableContext withKind(@Nullable PlanKind newKind) {
        return new TableContext(title, jurisdiction, newKind, status);
    }

    /**
     * This context with the status given.
     *
     * @param newStatus the status
     * @return this context with the status given
     */
    public TableContext withStatus(PlanStatus newStatus) {
        return new TableContext(title, jurisdiction, kind, newStatus);
    }
}
