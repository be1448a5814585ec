package org.planindicators.validation.internal.observation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.ProblemCollector;

/**
 * The observations of a file for jurisdictions other than the plan's ({@code O027}): how many for each, and where
 * the first was, counted one by one for the first {@value #MAX} jurisdictions met and together, under {@value #REST},
 * for the rest. A part of a file read on several threads ({@link PartedCheck}) counts more one by one, so that the
 * parts' counts join ({@link #add}) and fold ({@link #fold}) into exactly what one reader counts.
 */
final class OtherJurisdictions {
    /** The most distinct other jurisdictions one reader counts one by one. */
    static final int MAX = 20;
    /** What the jurisdictions past the ones counted one by one are counted under. */
    static final String REST = "…";

    /** How many observations for one jurisdiction, and where the first was. */
    private static final class Count {
        private final Location first;
        private long count;

        Count(Location first, long count) {
            this.first = first;
            this.count = count;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private int limit = MAX;
    /**
     * The jurisdiction counted last and the count it went to (its own or the rest's): rows for one jurisdiction come
     * together, as the same string ({@link RecentTexts}). Forgotten whenever the counts change otherwise.
     */
    private @Nullable String lastJurisdiction;
    private @Nullable Count lastCount;

    /**
     * Counts one observation for {@code jurisdiction} when it (or, past the limit, the rest) has a count already;
     * otherwise counts nothing and gives the key that {@link #start} must open: the jurisdiction, or {@value #REST}.
     */
    @Nullable String countIfKnown(String jurisdiction) {
        if (jurisdiction == lastJurisdiction) {
            lastCount.count++;
            return null;
        }
        String key = jurisdiction;
        Count c = counts.get(key);
        if (c == null && counts.size() >= limit) {
            key = REST;
            c = counts.get(key);
        }
        if (c == null) {
            return key;
        }
        c.count++;
        lastJurisdiction = jurisdiction;
        lastCount = c;
        return null;
    }

    /** Forgets the last jurisdiction counted, before the counts change other than by {@link #countIfKnown}. */
    private void forgetLast() {
        lastJurisdiction = null;
        lastCount = null;
    }

    /** Opens the count of {@code key} (from {@link #countIfKnown}) with its first observation, at {@code first}. */
    void start(String key, Location first) {
        forgetLast();
        counts.put(key, new Count(first, 1));
    }

    /** Whether more jurisdictions were met than are counted one by one. */
    boolean overflowed() {
        return counts.containsKey(REST);
    }

    /** Counts up to {@code max} jurisdictions one by one (a part of a file, whose counts are joined later). */
    void countUpTo(int max) {
        forgetLast();
        limit = max;
    }

    /** Folds the counts to one reader's: the first {@value #MAX} one by one, the rest together. */
    void fold() {
        forgetLast();
        Map<String, Count> all = new LinkedHashMap<>(counts);
        counts.clear();
        limit = MAX;
        add(all);
    }

    /** Starts where {@code earlier}, the counts of the parts of the file before, left off (one reader's limit). */
    void continueFrom(OtherJurisdictions earlier) {
        forgetLast();
        counts.clear();
        limit = MAX;
        for (Map.Entry<String, Count> e : earlier.counts.entrySet()) {
            counts.put(e.getKey(), new Count(e.getValue().first, e.getValue().count));
        }
    }

    /** Takes the counts of {@code later}, which {@linkplain #continueFrom continued} these, as its own. */
    void replaceWith(OtherJurisdictions later) {
        forgetLast();
        counts.clear();
        counts.putAll(later.counts);
    }

    /**
     * Adds the counts of {@code later}, the next part of the same file, in its order, as counting its rows would
     * have; exact when {@code later} did not {@linkplain #overflowed() overflow}.
     */
    void add(OtherJurisdictions later) {
        forgetLast();
        add(later.counts);
    }

    private void add(Map<String, Count> more) {
        for (Map.Entry<String, Count> e : more.entrySet()) {
            String key = e.getKey();
            Count c = counts.get(key);
            if (c == null && counts.size() >= limit) {
                key = REST;
                c = counts.get(key);
            }
            if (c == null) {
                counts.put(key, new Count(e.getValue().first, e.getValue().count));
            } else {
                c.count += e.getValue().count;
            }
        }
    }

    /** Reports one warning ({@code O027}) a count, at its first observation, naming the plan's jurisdiction. */
    void report(ProblemCollector problems, String planJurisdiction) {
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            problems.add(ObservationProblem.OTHER_JURISDICTION, e.getValue().first, Role.JURISDICTION.key(),
                    e.getKey(), e.getValue().count, e.getKey(), planJurisdiction);
        }
    }
}
