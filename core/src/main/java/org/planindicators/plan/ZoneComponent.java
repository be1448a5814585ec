package org.planindicators.plan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.UnitFamily;

/**
 * A piece of a zone that lies in one jurisdiction: Tianfu New Area's 成都片区 (1484 平方公里 in 成都市) and 眉山片区
 * (94 平方公里 in 眉山市).
 *
 * @param name the piece's name, as the plan writes it: 成都片区
 * @param parent the jurisdiction the piece lies in: 成都市 (510100)
 * @param area the piece's area in an area unit (平方公里, 公顷, 亩 …), not negative; {@code null} when not known
 */
public record ZoneComponent(String name, Jurisdiction parent, @Nullable Quantity area) {
    /**
     * Checks the fields: a name, an area in an area unit and not negative.
     *
     * @param name the piece's name, as the plan writes it: 成都片区
     * @param parent the jurisdiction the piece lies in: 成都市 (510100)
     * @param area the piece's area in an area unit (平方公里, 公顷, 亩 …), not negative; {@code null} when not known
     */
    public ZoneComponent {
        Checks.requireNotBlank(name, "name");
        Objects.requireNonNull(parent, "parent");
        if (area != null) {
            if (area.unit().family() != UnitFamily.AREA) {
                throw new IllegalArgumentException("area must be in an area unit (平方公里, 公顷, 亩 …): " + area
                        + " is " + area.unit().family().englishName());
            }
            if (area.value().signum() < 0) {
                throw new IllegalArgumentException("area must not be negative: " + area);
            }
        }
    }

    /**
     * The piece {@code name} of {@code area} in {@code parent}.
     *
     * @param name the piece's name, as the plan writes it: 成都片区
     * @param parent the jurisdiction the piece lies in: 成都市 (510100)
     * @param area the piece's area in an area unit (平方公里, 公顷, 亩 …), not negative; {@code null} when not known
     * @return the piece {@code name} of {@code area} in {@code parent}
     */
    public static ZoneComponent of(String name, Jurisdiction parent, Quantity area) {
        return new ZoneComponent(name, parent, Objects.requireNonNull(area, "area"));
    }
}
