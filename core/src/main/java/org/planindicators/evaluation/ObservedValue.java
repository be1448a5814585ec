package org.planindicators.evaluation;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Plan;
import org.planindicators.unit.Quantity;

/**
 * One year's observed value of an indicator, as the {@link Evaluator} reads it: the yearly figure for the whole of the
 * plan's jurisdiction, in the indicator's unit. {@link #of(Plan, Indicator, Collection, int)} gives the series a chart
 * of the indicator draws.
 *
 * @param year the year
 * @param value the value, in the indicator's unit (in the first observation's unit where the indicator has none)
 * @param status the status of the observation the value comes from
 */
public record ObservedValue(int year, Quantity value, ObservationStatus status) {
    /**
     * Checks the fields.
     *
     * @param year the year
     * @param value the value, in the indicator's unit (in the first observation's unit where the indicator has none)
     * @param status the status of the observation the value comes from
     */
    public ObservedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The observations of {@code indicator} the evaluator uses, one a year up to {@code lastYear}, in year order: those
     * named by its code or name, for the plan's jurisdiction (none named, or its name or division code), yearly and
     * for the whole (no dimensions); where a year has several, the most settled, among equals the later in {@code
     * observations}. Values are converted into the indicator's unit ({@link MathContext#DECIMAL64}); observations in a
     * unit that does not convert are left out.
     *
     * @param plan the plan
     * @param indicator the indicator, one of the plan's
     * @param observations the observations, of any indicators and jurisdictions
     * @param lastYear the last year taken
     * @return the yearly values, in year order, possibly none
     */
    public static List<ObservedValue> of(Plan plan, Indicator indicator, Collection<Observation> observations,
            int lastYear) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(observations, "observations");
        Series series = Series.of(observations, Series.ofIndicator(indicator, plan.jurisdiction()), indicator.unit(),
                lastYear, MathContext.DECIMAL64, new ArrayList<>());
        List<ObservedValue> out = new ArrayList<>();
        for (Series.Point p : series.between(Integer.MIN_VALUE, lastYear)) {
            out.add(new ObservedValue(p.year(), Quantity.of(p.value(), series.unit()), p.status()));
        }
        return List.copyOf(out);
    }

    /**
     * {@link #of(Plan, Indicator, Collection, int)} for every indicator of {@code plan}, the observations indexed by
     * indicator in one pass (not scanned once an indicator).
     *
     * @param plan the plan
     * @param observations the observations, of any indicators and jurisdictions
     * @param lastYear the last year taken
     * @return the yearly values of each indicator of the plan (by identity), in year order, possibly none
     */
    public static Map<Indicator, List<ObservedValue>> ofPlan(Plan plan, Collection<Observation> observations,
            int lastYear) {
        Objects.requireNonNull(plan, "plan");
        // The figures the evaluation sees: the parts' rolled up into the plan's own (RollUp).
        Map<Indicator, List<Observation>> own = Evaluator.byIndicator(plan,
                RollUp.of(plan).apply(Objects.requireNonNull(observations, "observations")).observations());
        Map<Indicator, List<ObservedValue>> out = new IdentityHashMap<>();
        for (Indicator indicator : plan.indicators()) {
            out.put(indicator, of(plan, indicator, own.getOrDefault(indicator, List.of()), lastYear));
        }
        return out;
    }
}
