package org.planindicators.validation.internal.observation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Plan;

/**
 * What the checks need of a plan, computed once per read: its indicators by code and by name (answering as {@link
 * Plan#findIndicator(String)} does, without walking the plan for every row) and the range of sensible years.
 *
 * <p>The range is {@code [baseYear − 30, max(visionYear, period.lastYear) + 10]}: thirty years of history before the
 * base year, and ten years of forecasts after the plan's horizon.
 */
final class PlanIndex {
    /** Years allowed before the base year. */
    static final int YEARS_BEFORE_BASE = 30;
    /** Years allowed after the vision year, or the period's last year when there is no vision. */
    static final int YEARS_AFTER_HORIZON = 10;

    private final List<Indicator> indicators;
    private final Map<String, Integer> byCode = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final int firstYear;
    private final int lastYear;
    private final Jurisdiction jurisdiction;

    PlanIndex(Plan plan) {
        indicators = plan.indicators();
        jurisdiction = plan.jurisdiction();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            if (ind.code() != null) {
                byCode.putIfAbsent(ind.code(), i);
            }
            byName.putIfAbsent(ind.name(), i);
        }
        firstYear = plan.baseYear() - YEARS_BEFORE_BASE;
        int horizon = plan.visionYear() == null ? plan.period().lastYear()
                : Math.max(plan.visionYear(), plan.period().lastYear());
        lastYear = horizon + YEARS_AFTER_HORIZON;
    }

    /** The index in {@link #indicators()} of the indicator with this code, else this name; -1 when none. */
    int find(String codeOrName) {
        String key = codeOrName.strip();
        Integer i = byCode.get(key);
        if (i == null) {
            i = byName.get(key);
        }
        return i == null ? -1 : i;
    }

    /** The plan's indicators, in document order. */
    List<Indicator> indicators() {
        return indicators;
    }

    @Nullable Indicator get(int index) {
        return index < 0 ? null : indicators.get(index);
    }

    /** The plan's jurisdiction. */
    Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** The first sensible year. */
    int firstYear() {
        return firstYear;
    }

    /** The last sensible year. */
    int lastYear() {
        return lastYear;
    }
}
