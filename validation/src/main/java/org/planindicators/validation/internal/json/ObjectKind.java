package org.planindicators.validation.internal.json;

import java.util.List;
import java.util.Set;

/**
 * A kind of object of the plan format: its names for problems (English and Chinese), its properties (in the order
 * problems list them, and as a set to look them up) and the required ones.
 *
 * @param english the kind's English name: {@code indicator}
 * @param chinese the kind's Chinese name: {@code 指标}
 * @param properties the properties the kind may have
 * @param required the properties it must have
 * @param known the same properties as a set
 */
record ObjectKind(String english, String chinese, List<String> properties, List<String> required, Set<String> known) {
    ObjectKind(String english, String chinese, List<String> properties, List<String> required) {
        this(english, chinese, properties, required, Set.copyOf(properties));
    }
}
