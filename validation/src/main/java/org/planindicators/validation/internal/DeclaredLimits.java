package org.planindicators.validation.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.Target;

/**
 * A quick, conservative pass over the limits that {@link ModelConstraints} declares, so that a plan within all of
 * them is not handed to Hibernate Validator at all (its start costs a few hundred milliseconds and hundreds of
 * classes, more than reading a plan of 2,000 indicators).
 *
 * <p>The law, held by {@code DeclaredLimitsTest}: when {@link #certainlyWithin(Plan)} is {@code true}, Hibernate
 * Validator finds no violation. The converse need not hold: a string that only {@link String#isBlank()} calls blank
 * (an ideographic space, U+3000, which {@link String#trim()} keeps) sends the plan to Hibernate Validator, which then
 * decides, and reports, as before. So the problems reported are the validator's in every case; this pass only
 * decides whether it needs to run.
 *
 * <p>It mirrors {@link ModelConstraints} field by field, and must be changed with it: {@code @NotBlank} (not null,
 * not empty after {@link String#trim()}), {@code @Size(max)} (in UTF-16 code units, as
 * {@link CharSequence#length()}), {@code @Min(1949)}/{@code @Max(2100)} on years (null passes), {@code @Pattern} on
 * the indicator code (null passes), and the cascade into the jurisdiction, parts, their children and goals, the
 * goals' indicators, their baseline and targets.
 */
public final class DeclaredLimits {
    private static final Pattern CODE = Pattern.compile(ModelConstraints.INDICATOR_CODE);

    private DeclaredLimits() {
    }

    /**
     * Whether {@code plan} certainly meets every limit of {@link ModelConstraints}.
     *
     * @param plan the plan
     * @return {@code true} when no declared constraint can fail; {@code false} when one may
     */
    public static boolean certainlyWithin(Plan plan) {
        if (!text(plan.title(), 200)) {
            return false;
        }
        Jurisdiction j = plan.jurisdiction();
        if (j != null && !text(j.name(), 100)) {
            return false;
        }
        if (!year(plan.baseYear()) || !year(plan.visionYear())) {
            return false;
        }
        return parts(plan.parts());
    }

    private static boolean parts(@Nullable List<PlanPart> parts) {
        if (parts == null) {
            return true;
        }
        for (PlanPart p : parts) {
            if (p == null) {
                continue;
            }
            if (!text(p.title(), 500) || !parts(p.children()) || !goals(p.goals())) {
                return false;
            }
        }
        return true;
    }

    private static boolean goals(@Nullable List<Goal> goals) {
        if (goals == null) {
            return true;
        }
        for (Goal g : goals) {
            if (g == null) {
                continue;
            }
            if (!text(g.id(), 64) || !text(g.title(), 500) || !size(g.description(), 5000)
                    || !year(g.horizonYear()) || !indicators(g.indicators())) {
                return false;
            }
        }
        return true;
    }

    private static boolean indicators(@Nullable List<Indicator> indicators) {
        if (indicators == null) {
            return true;
        }
        for (Indicator i : indicators) {
            if (i == null) {
                continue;
            }
            if (i.code() != null && !plainCode(i.code()) && !CODE.matcher(i.code()).matches()) {
                return false;
            }
            if (!text(i.name(), 200) || !size(i.category(), 50) || !size(i.leadAgency(), 200)) {
                return false;
            }
            Baseline b = i.baseline();
            if (b != null && !year(b.year())) {
                return false;
            }
            if (i.targets() != null) {
                for (Target t : i.targets()) {
                    if (t != null && !year(t.year())) {
                        return false;
                    }
                }
            }
            if (i.coAgencies() != null) {
                for (String a : i.coAgencies()) {
                    if (!size(a, 200)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code code} is 1 to 32 ASCII letters, digits, '.', '_' and '-': a code the pattern of {@link
     * ModelConstraints#INDICATOR_CODE} certainly matches, told without a regular expression. Other codes are matched
     * against the pattern itself.
     */
    public static boolean plainCode(String code) {
        int n = code.length();
        if (n < 1 || n > 32) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = code.charAt(k);
            boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** {@code @NotBlank} and {@code @Size(max)}: blank by either reading of the word counts as a possible failure. */
    private static boolean text(@Nullable String s, int max) {
        return s != null && !s.isBlank() && !s.trim().isEmpty() && s.length() <= max;
    }

    /** {@code @Size(max)}; null passes. */
    private static boolean size(@Nullable String s, int max) {
        return s == null || s.length() <= max;
    }

    /** {@code @Min(1949) @Max(2100)}; null passes. */
    private static boolean year(@Nullable Integer year) {
        return year == null || (year >= ModelConstraints.FIRST_YEAR && year <= ModelConstraints.LAST_YEAR);
    }
}
