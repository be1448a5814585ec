package org.planindicators.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statistical division codes of China (统计用区划代码, provinces, cities and county-level divisions; 3,351
 * codes) and the names each code is written under: 510115 is 温江区, 成都市温江区 and 四川省成都市温江区. Read once,
 * lazily, from {@code divisions.csv} beside this class (its header names the source and edition).
 *
 * <p>A division's names are its own and its own joined after each of its parents'; the placeholder levels 市辖区, 县,
 * 省直辖县级行政区划 and 自治区直辖县级行政区划 are not names and take no part. Codes change when divisions are
 * created, merged or renamed: a code unknown to this edition simply has no names (matching then falls back to the
 * names as written).
 */
public final class Divisions {
    private static final Set<String> NOT_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private Divisions() {
    }

    /**
     * The names of the division with the six-digit {@code code}, the shortest first: 温江区, 成都市温江区,
     * 四川省成都市温江区; empty when this edition has no such code.
     *
     * @param code six digits
     * @return the names, possibly none
     */
    public static List<String> namesOf(String code) {
        return Table.NAMES.getOrDefault(code, List.of());
    }

    /**
     * The code of a division whose own name, or a name joined with its parents', is {@code name}, when exactly one
     * division has it: 成都市温江区 and 温江区 give 510115, 朝阳区 (Beijing's and Changchun's) gives none.
     *
     * @param name a name exactly as the table writes it
     * @return the code, or null when no division or several have the name
     */
    public static @Nullable String codeOf(String name) {
        return Table.CODES.get(name);
    }

    /** The table, read on first use. */
    private static final class Table {
        static final Map<String, List<String>> NAMES = new HashMap<>();
        static final Map<String, String> CODES = new HashMap<>();
        private static final String AMBIGUOUS = "";

        static {
            Map<String, String> own = new HashMap<>();
            try (InputStream in = Divisions.class.getResourceAsStream("divisions.csv")) {
                if (in == null) {
                    throw new IllegalStateException("divisions.csv is missing beside " + Divisions.class.getName());
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int comma = line.indexOf(',');
                    own.put(line.substring(0, comma), line.substring(comma + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Map.Entry<String, String> e : own.entrySet()) {
                String code = e.getKey();
                List<String> names = new ArrayList<>();
                String name = NOT_NAMES.contains(e.getValue()) ? null : e.getValue();
                if (name != null) {
                    names.add(name);
                    String city = code.endsWith("00") ? null : own.get(code.substring(0, 4) + "00");
                    String province = code.endsWith("0000") ? null : own.get(code.substring(0, 2) + "0000");
                    String joined = name;
                    if (city != null && !NOT_NAMES.contains(city)) {
                        joined = city + joined;
                        names.add(joined);
                    }
                    if (province != null && !province.equals(city)) {
                        names.add(province + joined);
                    }
                }
                NAMES.put(code, List.copyOf(names));
                for (String n : names) {
                    CODES.merge(n, code, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                }
            }
            CODES.values().removeIf(AMBIGUOUS::equals);
        }
    }
}
