package org.planindicators.validation.internal.observation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.PriceBasis;

/**
 * The duplicate check of one reader ({@link RowChecker}): the keys of the rows seen, as secret 64-bit hashes in a
 * {@link KeyHashSet}, with the keys of the parts of the file before this one when the file is read in parts ({@link
 * PartedCheck}). It stops, for good, when the set reaches its size limit or when the caller finds duplicates itself.
 * Not thread-safe: one per reader.
 */
final class RowKeys {
    private final KeyHasher hasher;
    private final KeyHashSet keys;
    /** The keys of the parts of the file before this one, when the file is read in parts. */
    private KeyHashSet[] prior = {};
    private boolean stopped;
    /** Whether the set reached its size limit ({@code O023}). */
    private boolean full;
    /** What the early reads of the set's slots gave, kept so that the reads are made. */
    private long touched;
    /** The series hashed last (without dimensions) and its hash, for the rows of a series that follow it. */
    private boolean lastSeriesKnown;
    private int lastIndicatorIndex;
    private @Nullable String lastIndicatorText;
    private @Nullable String lastJurisdiction;
    private long lastWord;
    private long lastSeries;

    RowKeys(KeyHasher hasher, int maxKeySlots, int heapSlots) {
        this.hasher = hasher;
        this.keys = new KeyHashSet(maxKeySlots, heapSlots);
    }

    /** Whether keys are still checked: not after {@link #stop()} or once the set is full. */
    boolean checking() {
        return !stopped;
    }

    /** Checks no more keys. */
    void stop() {
        stopped = true;
    }

    /**
     * The 64-bit hash of a row's key, placed so that the keys of one series sit side by side in the duplicate set.
     *
     * <p>First the hash of the series: the indicator (the plan's index when {@code indicatorIndex ≥ 0}, else its
     * text), the jurisdiction, then one word of the period's frequency and number ({@code frequency << 8 | number}),
     * the number of dimensions (bits 32–59) and {@code basis} (bits 60–62), then each dimension's name and value in
     * name order. Then the key's hash, of the series' hash and the year; its low 27 bits, which choose its slot in the
     * set, are replaced by a place near the series' other years ({@link KeyHashSet#near}: eight years to a block of
     * eight slots, one cache line; {@link KeyHashSet#placed}). A file written series by series (one indicator and
     * jurisdiction, year after year) then meets up to eight keys in a cache line, rather than each in a random one.
     *
     * <p>Two different keys of one series in one block differ in their place within it: they never collide. Other
     * pairs of keys have the same slot bits only by chance (the series' hashes are secret), and then the same hash
     * only if the other 37 bits agree too: a chance of 2⁻⁶⁴ a pair, as of any two 64-bit hashes (see {@link
     * KeyHashSet}).
     *
     * @param basis the price basis' ordinal + 1 (0: none), or-ed with 4 when the value is a ratio at a stated basis
     *     (a growth)
     */
    long hash(int indicatorIndex, String indicatorText, @Nullable String jurisdiction, ObservationPeriod period,
            Map<String, String> dimensions, long basis) {
        long word = (long) period.frequency().ordinal() << 8 | period.number() | (long) dimensions.size() << 32
                | basis << 60;
        long series;
        if (dimensions.isEmpty() && indicatorIndex == lastIndicatorIndex && indicatorText == lastIndicatorText
                && jurisdiction == lastJurisdiction && word == lastWord && lastSeriesKnown) {
            series = lastSeries; // the series of the row before (the same strings: RecentTexts), year after year
        } else {
            hasher.start();
            if (indicatorIndex >= 0) {
                hasher.word(indicatorIndex);
            } else {
                hasher.string(indicatorText);
            }
            hasher.string(jurisdiction).word(word);
            if (!dimensions.isEmpty()) { // no entry set and iterator made for a row without dimensions
                for (Map.Entry<String, String> e : dimensions.entrySet()) {
                    hasher.string(e.getKey()).string(e.getValue());
                }
            }
            series = hasher.finish();
            lastSeriesKnown = dimensions.isEmpty();
            lastIndicatorIndex = indicatorIndex;
            lastIndicatorText = indicatorText;
            lastJurisdiction = jurisdiction;
            lastWord = word;
            lastSeries = series;
        }
        long key = hasher.start().word(series).word(period.year()).finish();
        return KeyHashSet.placed(key, KeyHashSet.near(series, period.year()));
    }

    /** The price-basis bits of {@link #hash}: {@code basis}' ordinal + 1 (0: none), 4 more for a growth. */
    static long basis(@Nullable PriceBasis basis, boolean ratio) {
        return (basis == null ? 0 : basis.ordinal() + 1) | (basis != null && ratio ? 4 : 0);
    }

    /**
     * Reads the slot of {@code hash} now, so that the (likely) cache miss is under way while the rest of the row is
     * checked ({@link KeyHashSet#touch}).
     */
    void touch(long hash) {
        touched ^= keys.touch(hash);
    }

    /**
     * Adds {@code hash}: {@link KeyHashSet.Outcome#PRESENT} when a row before (in this part or an earlier one) had
     * it; {@link KeyHashSet.Outcome#FULL} when the set is at its limit, after which no more keys are checked.
     */
    KeyHashSet.Outcome add(long hash) {
        KeyHashSet.Outcome outcome = inPrior(hash) ? KeyHashSet.Outcome.PRESENT : keys.add(hash);
        if (outcome == KeyHashSet.Outcome.FULL) {
            stopped = true;
            full = true;
        }
        return outcome;
    }

    private boolean inPrior(long hash) {
        for (int i = 0; i < prior.length; i++) { // no iterator a row
            if (prior[i].contains(hash)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the keys of the rows before this part of the file ({@code sets}, one a part, disjoint) as seen: a row whose
     * key is in one of them is a duplicate, and this reader's own set takes only the keys new to the file.
     */
    void priorKeys(List<KeyHashSet> sets) {
        this.prior = sets.toArray(new KeyHashSet[0]);
    }

    /** Whether the set reached its size limit and the check stopped ({@code O023}). */
    boolean full() {
        return full;
    }

    /** The set of this reader's keys. */
    KeyHashSet keys() {
        return keys;
    }

    /** What the early reads of the set gave (folded together; nothing to use, for tests). */
    long touched() {
        return touched;
    }
}
