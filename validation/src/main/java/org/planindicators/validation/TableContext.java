package org.planindicators.validation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.JurisdictionNames;
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

    /**
     * A jurisdiction as a user writes it for a table ({@code --jurisdiction}): a name ({@code 成都市温江区}), a name
     * with its GB/T 2260 code ({@code 成都市温江区:510115}, {@code 成都市温江区（510115）}) or a code alone. The level is
     * the code's; without a code, the last level suffix's (省/自治区 province, 市/州/盟/地区 city, 区/县/旗 county,
     * 新区 or none: zone).
     *
     * @param written the jurisdiction as written
     * @return the jurisdiction
     * @throws IllegalArgumentException when it is blank or its code is not a division code
     */
    public static Jurisdiction parseJurisdiction(String written) {
        String s = java.text.Normalizer.normalize(Objects.requireNonNull(written, "written"),
                java.text.Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a jurisdiction must not be blank");
        }
        String codeAlone = JurisdictionNames.codeOf(s);
        if (codeAlone != null) {
            s = codeAlone; // 510115000000: the twelve-digit form of 510115
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s*[:(]?\\s*(\\d{6})\\s*\\)?$").matcher(s);
        if (m.matches()) {
            org.planindicators.plan.DivisionCode code = org.planindicators.plan.DivisionCode.parse(m.group(2));
            List<String> known = JurisdictionNames.namesOfCode(m.group(2));
            String name = !m.group(1).isBlank() ? m.group(1).strip()
                    : known.isEmpty() ? m.group(2) : known.get(Math.min(1, known.size() - 1));
            return Jurisdiction.division(name, code);
        }
        org.planindicators.plan.JurisdictionLevel level;
        if (s.endsWith("新区")) {
            level = org.planindicators.plan.JurisdictionLevel.ZONE;
        } else if (s.endsWith("省") || s.endsWith("自治区") || s.endsWith("特别行政区")) {
            level = org.planindicators.plan.JurisdictionLevel.PROVINCE;
        } else if (s.endsWith("区") || s.endsWith("县") || s.endsWith("旗")) {
            level = org.planindicators.plan.JurisdictionLevel.COUNTY;
        } else if (s.endsWith("市") || s.endsWith("州") || s.endsWith("盟") || s.endsWith("地区")) {
            level = org.planindicators.plan.JurisdictionLevel.CITY;
        } else {
            level = org.planindicators.plan.JurisdictionLevel.ZONE;
        }
        return new Jurisdiction(s, level, null, List.of());
    }

    /**
     * This context with the jurisdiction given.
     *
     * @param newJurisdiction whose plan it is
     * @return this context with the jurisdiction given
     */
    public TableContext withJurisdiction(Jurisdiction newJurisdiction) {
        return new TableContext(title, newJurisdiction, kind, status);
    }
}
