package org.planindicators.validation.internal.observation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A memo of a costly function of short texts that repeat from row to row (periods, units, JSON keys), bounded: it is
 * emptied when it reaches its size, so it never holds more than that, whatever the file.
 *
 * @param <V> what the function gives
 */
final class SmallCache<V> {
    private final int max;
    private final Map<String, V> map = new HashMap<>();
    /**
     * The key asked last and its value: a long file repeats a text row after row, and the readers hand the same
     * text over as the same string ({@link RecentTexts}), so one comparison of references answers most asks.
     */
    private @Nullable String lastKey;
    private @Nullable V lastValue;

    SmallCache(int max) {
        this.max = max;
    }

    /** {@code f(key)}, computed once while it is in the memo; a function that throws leaves nothing. */
    V get(String key, Function<String, V> f) {
        if (key == lastKey) {
            return lastValue;
        }
        V v = map.get(key);
        if (v == null) {
            v = f.apply(key);
            if (map.size() >= max) {
                map.clear();
            }
            map.put(key, v);
        }
        lastKey = key;
        lastValue = v;
        return v;
    }
}
