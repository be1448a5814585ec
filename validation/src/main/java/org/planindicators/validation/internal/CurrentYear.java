package org.planindicators.validation.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The current year in the system's time zone, as {@link Year#now()} gives it, without reading the time-zone database
 * on most days of the year: a date's year in any zone is its UTC year unless the UTC date is 31 December or 1 January,
 * since no zone is more than 18 hours from UTC. Only on those two days is the zone looked up, which loads the
 * time-zone rules (some tens of milliseconds at the start of a short run).
 */
public final class CurrentYear {
    private CurrentYear() {
    }

    /** {@return the current year in the system's time zone} */
    public static int get() {
        return at(System.currentTimeMillis(), ZoneId::systemDefault);
    }

    /**
     * The year of the instant {@code epochMillis} in the zone {@code zone} supplies, which is asked for only on 31
     * December and 1 January (UTC).
     *
     * @param epochMillis milliseconds since 1970-01-01T00:00Z
     * @param zone the zone, asked for only when the UTC date alone cannot tell the year
     * @return the year of that instant in that zone
     */
    public static int at(long epochMillis, Supplier<ZoneId> zone) {
        LocalDate utc = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, 86_400_000L));
        boolean nearNewYear = utc.getMonthValue() == 12 && utc.getDayOfMonth() == 31
                || utc.getMonthValue() == 1 && utc.getDayOfMonth() == 1;
        if (!nearNewYear) {
            return utc.getYear();
        }
        return java.time.Instant.ofEpochMilli(epochMillis).atZone(zone.get()).getYear();
    }
}
