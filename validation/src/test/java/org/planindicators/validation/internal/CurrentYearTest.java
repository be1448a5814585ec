package org.planindicators.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link CurrentYear} gives what {@code Year.now()} gives, and asks for the zone only around the new year. */
class CurrentYearTest {
    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

    @Test
    void theYearIsTheZonesYearAtAnyInstantInAnyZone() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            long millis = (long) (random.nextDouble() * 4_102_444_800_000L) - 631_152_000_000L; // 1950–2100
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            assertThat(CurrentYear.at(millis, () -> zone))
                    .as("%s in %s", Instant.ofEpochMilli(millis), zone)
                    .isEqualTo(Instant.ofEpochMilli(millis).atZone(zone).getYear());
        }
    }

    @Test
    void aroundTheNewYearEveryZoneIsAsked() {
        for (ZoneId zone : ZONES) {
            for (String at : new String[] {"2025-12-31T00:00:00Z", "2025-12-31T23:59:59Z", "2026-01-01T00:00:00Z",
                    "2026-01-01T23:59:59Z", "2024-12-31T12:00:00Z"}) {
                long millis = Instant.parse(at).toEpochMilli();
                assertThat(CurrentYear.at(millis, () -> zone)).as("%s in %s", at, zone)
                        .isEqualTo(ZonedDateTime.ofInstant(Instant.parse(at), zone).getYear());
            }
        }
    }

    @Test
    void onOtherDaysTheZoneIsNotLookedUp() {
        AtomicInteger asked = new AtomicInteger();
        for (String at : new String[] {"2026-01-02T00:00:00Z", "2025-12-30T23:59:59Z", "2024-12-30T12:00:00Z",
                "2026-12-03T08:00:00Z"}) {
            CurrentYear.at(Instant.parse(at).toEpochMilli(), () -> {
                asked.incrementAndGet();
                return ZoneId.of("UTC");
            });
        }
        assertThat(asked).hasValue(0);
        CurrentYear.at(Instant.parse("2025-12-31T20:00:00Z").toEpochMilli(), () -> {
            asked.incrementAndGet();
            return ZoneId.of("Asia/Shanghai");
        });
        assertThat(asked).hasValue(1);
    }
}
