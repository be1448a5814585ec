package org.planindicators.validation.internal.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanStatus;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetKind;

/**
 * The codes enums are written as in plan documents: each enum's own {@code code()} where it has one ({@code
 * five_year_plan}, {@code higher_is_better}, {@code annual_average}); otherwise the constant's name in lower case
 * ({@code increase}, {@code in_step}, {@code region}).
 */
public final class Codes {
    private Codes() {
    }

    /** The code of {@code constant}. */
    public static String of(Enum<?> constant) {
        if (constant instanceof PlanKind k) {
            return k.code();
        } else if (constant instanceof PlanStatus s) {
            return s.code();
        } else if (constant instanceof JurisdictionLevel l) {
            return l.code();
        } else if (constant instanceof PartLevel l) {
            return l.code();
        } else if (constant instanceof IndicatorAttribute a) {
            return a.code();
        } else if (constant instanceof Direction d) {
            return d.code();
        } else if (constant instanceof Measure m) {
            return m.code();
        } else if (constant instanceof Accumulation a) {
            return a.code();
        } else if (constant instanceof TargetKind k) {
            return k.code();
        }
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The codes of every constant of {@code type}, in declaration order. */
    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).toList();
    }
}
