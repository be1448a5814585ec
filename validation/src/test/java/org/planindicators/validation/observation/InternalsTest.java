package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.unit.Unit;
import org.planindicators.validation.internal.observation.KeyHashSet;
import org.planindicators.validation.internal.observation.KeyHasher;
import org.planindicators.validation.internal.observation.NumberText;

/** The parts of the reader: the hash, the hash set, the number check, the plan lookup. */
class InternalsTest {
    private static final long K0 = 0x0706050403020100L;
    private static final long K1 = 0x0F0E0D0C0B0A0908L;

    @Test
    void keyHasherIsSipHash24OnTheReferenceVectors() {
        // Aumasson and Bernstein, SipHash, appendix A: key 00..0f, messages 00..(n-1).
        KeyHasher h = new KeyHasher(K0, K1);
        assertThat(h.start().finish()).isEqualTo(0x726fdb47dd0e0e31L);
        assertThat(h.start().word(0x0706050403020100L).finish()).isEqualTo(0x93f5f5799a932462L);
        assertThat(h.start().word(0x0706050403020100L).word(0x0F0E0D0C0B0A0908L).finish())
                .isEqualTo(0x3f2acc7f57c29bdbL);
    }

    @Test
    void keyHasherTellsStringSequencesApart() {
        KeyHasher h = new KeyHasher(1, 2);
        Set<Long> seen = new HashSet<>();
        for (List<String> key : List.of(List.of("ab", "c"), List.of("a", "bc"), List.of("abc", ""),
                List.of("", "abc"), List.of("abcd"), List.of("abcd", ""), List.of("温江区"), List.of("温江", "区"))) {
            h.start();
            key.forEach(h::string);
            assertThat(seen.add(h.finish())).as(key.toString()).isTrue();
        }
        long withNull = h.start().string(null).finish();
        long withEmpty = h.start().string("").finish();
        assertThat(withNull).isNotEqualTo(withEmpty);
        assertThat(new KeyHasher(1, 3).start().string("温江区").finish())
                .isNotEqualTo(new KeyHasher(1, 2).start().string("温江区").finish());
    }

    @Test
    void placedHashesOfASeriesAreNeighboursAndStillASetOfTheirKeys() {
        KeyHashSet set = new KeyHashSet(1 << 22);
        Set<Long> reference = new HashSet<>();
        SplittableRandom r = new SplittableRandom(7);
        KeyHasher hasher = new KeyHasher(3, 4);
        // 20,000 series of 15 years (placed near the series' other years), each key added twice.
        for (int s = 0; s < 20_000; s++) {
            long series = r.nextLong();
            for (int year = 2010; year < 2025; year++) {
                long key = hasher.start().word(series).word(year).finish();
                long place = KeyHashSet.near(series, year);
                long placed = KeyHashSet.placed(key, place);
                assertThat(placed & KeyHashSet.SLOT_BITS).isEqualTo(place & KeyHashSet.SLOT_BITS);
                // Eight years to a cache line: the block of 2016-2023 is one, at the year's place in it.
                assertThat(place & 7).isEqualTo(year & 7);
                assertThat(place & ~7L).isEqualTo(KeyHashSet.near(series, year & ~7) & ~7L);
                assertThat(placed & ~KeyHashSet.SLOT_BITS).isEqualTo(key & ~KeyHashSet.SLOT_BITS);
                boolean added = reference.add(placed);
                assertThat(added).as("the years of a series never collide").isTrue();
                assertThat(set.add(placed)).isEqualTo(KeyHashSet.Outcome.ADDED);
                assertThat(set.add(placed)).isEqualTo(KeyHashSet.Outcome.PRESENT);
            }
        }
        assertThat(set.size()).isEqualTo(300_000);
        for (long h : reference) {
            assertThat(set.contains(h)).isTrue();
        }
        assertThat(set.contains(KeyHashSet.placed(1, 2))).isFalse();
    }

    @Test
    void keyHashSetIsASetOfLongs() {
        KeyHashSet set = new KeyHashSet(1 << 22);
        Set<Long> reference = new HashSet<>();
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            // Every third value repeats an earlier one.
            long v = i % 3 == 0 && i > 0 ? r.nextLong(i) * 7919 : r.nextLong();
            boolean added = reference.add(v);
            assertThat(set.add(v)).isEqualTo(added ? KeyHashSet.Outcome.ADDED : KeyHashSet.Outcome.PRESENT);
        }
        assertThat(set.size()).isEqualTo(reference.size());
        assertThat(set.slots()).isEqualTo(Integer.highestOneBit(reference.size() * 4 / 3) * 2);
    }

    @Test
    void keyHashSetSizes() {
        // 8 bytes a slot, at most three quarters full: a million keys take 2^21 slots, 16 MiB.
        assertThat(KeyHashSet.capacity(1 << 20)).isEqualTo(786_432);
        KeyHashSet set = new KeyHashSet(1 << 22);
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 1_000_000; i++) {
            set.add(r.nextLong());
        }
        assertThat(set.slots()).isEqualTo(1 << 21);
        assertThat(set.slots() * 8L).isEqualTo(16L << 20);
    }

    @Test
    void keyHashSetExpectMakesTheFinalTableAtOnceAndKeepsItsKeys() {
        KeyHashSet set = new KeyHashSet(1 << 22, 1 << 20);
        SplittableRandom r = new SplittableRandom(5);
        long[] early = new long[500];
        for (int i = 0; i < early.length; i++) {
            early[i] = r.nextLong();
            set.add(early[i]);
        }
        set.expect(600_000);
        // the smallest table that holds 600,000 keys at three quarters: 2^20 slots (786,432 keys)
        assertThat(set.slots()).isEqualTo(1 << 20);
        for (long k : early) {
            assertThat(set.add(k)).isEqualTo(KeyHashSet.Outcome.PRESENT);
        }
        for (int i = early.length; i < 600_000; i++) {
            set.add(r.nextLong());
        }
        assertThat(set.slots()).isEqualTo(1 << 20); // no doubling while the estimate held
        set.expect(1000); // smaller than the table: nothing
        assertThat(set.slots()).isEqualTo(1 << 20);
        for (int i = 0; i < 300_000; i++) { // past the estimate, it still grows, off the heap past its heap slots
            set.add(r.nextLong());
        }
        assertThat(set.slots()).isEqualTo(1 << 21);
        assertThat(set.size()).isEqualTo(900_000);
    }

    @Test
    void keyHashSetExpectStaysOnTheHeapWithinItsLimits() {
        KeyHashSet small = new KeyHashSet(1 << 22, 1 << 12);
        small.expect(10_000_000);
        assertThat(small.slots()).isEqualTo(1 << 12);
        assertThat(small.offHeap()).isFalse();
        KeyHashSet capped = new KeyHashSet(1 << 11);
        capped.expect(10_000_000);
        assertThat(capped.slots()).isEqualTo(1 << 11);
        KeyHashSet none = new KeyHashSet(1 << 22);
        none.expect(0);
        none.expect(-5);
        assertThat(none.slots()).isEqualTo(1024);
    }

    @Test
    void keyHashSetPastItsHeapSlotsMovesToAMappedFileAndKeepsEveryKey() {
        // Heap flatness (BENCHMARKS.md): 10^7 distinct keys need 2^24 slots, 128 MiB, more than a 64 MiB heap.
        KeyHashSet set = new KeyHashSet(1 << 17, 1 << 12);
        SplittableRandom r = new SplittableRandom(11);
        long[] keys = new long[60_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = r.nextLong();
            assertThat(set.add(keys[i])).isEqualTo(KeyHashSet.Outcome.ADDED);
            if (set.slots() <= 1 << 12) {
                assertThat(set.offHeap()).isFalse();
            }
        }
        assertThat(set.offHeap()).isTrue();
        assertThat(set.slots()).isEqualTo(1 << 17);
        assertThat(set.size()).isEqualTo(keys.length);
        for (long k : keys) {
            assertThat(set.add(k)).isEqualTo(KeyHashSet.Outcome.PRESENT);
        }
        assertThat(set.add(0)).isEqualTo(KeyHashSet.Outcome.ADDED);
        assertThat(set.add(KeyHashSet.ZERO)).isEqualTo(KeyHashSet.Outcome.PRESENT);
        while (set.size() < KeyHashSet.capacity(1 << 17)) {
            set.add(r.nextLong());
        }
        assertThat(set.add(r.nextLong())).isEqualTo(KeyHashSet.Outcome.FULL);
        assertThatThrownBy(() -> new KeyHashSet(1 << 28)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyHashSetStoresZeroAndStopsGrowingAtItsLimit() {
        KeyHashSet set = new KeyHashSet(1024);
        assertThat(set.add(0)).isEqualTo(KeyHashSet.Outcome.ADDED);
        assertThat(set.add(0)).isEqualTo(KeyHashSet.Outcome.PRESENT);
        assertThat(set.add(KeyHashSet.ZERO)).isEqualTo(KeyHashSet.Outcome.PRESENT);
        for (long v = 1; set.size() < KeyHashSet.capacity(1024); v++) {
            assertThat(set.add(v * 0xBF58476D1CE4E5B9L)).isEqualTo(KeyHashSet.Outcome.ADDED);
        }
        assertThat(set.add(-1)).isEqualTo(KeyHashSet.Outcome.FULL);
        assertThat(set.add(0xBF58476D1CE4E5B9L)).isEqualTo(KeyHashSet.Outcome.PRESENT);
        assertThat(set.slots()).isEqualTo(1024);
        assertThatThrownBy(() -> new KeyHashSet(1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            717.11      | NUMBER
            -2.5        | NUMBER
            +3          | NUMBER
            .5          | NUMBER
            007         | NUMBER
            1.          | NOT_A_NUMBER
            .           | NOT_A_NUMBER
            -           | NOT_A_NUMBER
            1,234       | NOT_A_NUMBER
            1.2.3       | NOT_A_NUMBER
            NaN         | NOT_A_NUMBER
            Infinity    | NOT_A_NUMBER
            0x1F        | NOT_A_NUMBER
            ７１７       | NOT_A_NUMBER
            1e5         | EXPONENT
            1E+5        | EXPONENT
            -2.5e-3     | EXPONENT
            1e999999999 | EXPONENT
            1e          | NOT_A_NUMBER
            e5          | NOT_A_NUMBER
            1e5x        | NOT_A_NUMBER
            1234567890123456789012345678901234567890  | NUMBER
            12345678901234567890.12345678901234567890 | NUMBER
            12345678901234567890.123456789012345678901 | TOO_MANY_DIGITS
            """)
    void numberTextIsCheckedBeforeAnyBigDecimalIsMade(String text, NumberText.Kind kind) {
        assertThat(NumberText.classify(text)).isEqualTo(kind);
    }

    @Test
    void theIndicatorIsLookedUpAsPlanFindIndicatorDoes() {
        // X is one indicator's name and another's code: the code wins, as in Plan.findIndicator.
        Indicator byName = Indicator.builder("X", Unit.parse("亿元")).build();
        Indicator byCode = Indicator.builder("Y", Unit.parse("万元")).code("X").build();
        Plan plan = Plan.builder("p", Jurisdiction.national("中国"), PlanKind.SPECIAL_PLAN, Period.of(2021, 2025))
                .part(PlanPart.of(PartLevel.CHAPTER, "c", List.of(Goal.of("g", "g", List.of(byName, byCode)))))
                .build();
        assertThat(plan.findIndicator("X")).contains(byCode);
        Reads r = Reads.of("x.csv", "indicator,year,value,unit\nX,2022,1,亿元\n Y ,2021,2,亿元\nY,2022,3,亿元\n", plan);
        // Line 4 is line 2 again: X and Y are the same indicator.
        assertThat(r.codes()).containsExactly("O015");
        assertThat(r.problems().get(0).location().line()).isEqualTo(4);
        assertThat(r.observations()).extracting(o -> o.value().toString()).containsExactly("10000万元", "20000万元");
    }
}
