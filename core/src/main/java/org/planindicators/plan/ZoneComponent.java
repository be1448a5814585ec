package org.planindicators.plan;

import java.math.BigDecimal;
import java.util.List;
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
 * @param share for a piece whose figures the zone shares with a partner by an agreed ratio (产值分计: the tax and
 *     economic figures of jointly attracted firms counted 3:7), the ratio with the zone's part first ({@code [3, 7]}:
 *     the zone counts 3/10 of each figure, split by {@link org.planindicators.calc.Apportionment}); empty when the
 *     piece's figures are wholly the zone's. Two parts or more, none negative, the zone's above zero.
 */
public record ZoneComponent(String name, Jurisdiction parent, @Nullable Quantity area, List<BigDecimal> share) {
    /**
     * Checks the fields: a name, an area in an area unit and not negative.
     *
     * @param name the piece's name, as the plan writes it: 成都片区
     * @param parent the jurisdiction the piece lies in: 成都市 (510100)
     * @param area the piece's area in an area unit (平方公里, 公顷, 亩 …), not negative; {@code null} when not known
     * @param share the ratio the zone shares the piece's figures by, the zone's part first; empty for none
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
        share = List.copyOf(Objects.requireNonNull(share, "share"));
        if (!share.isEmpty()) {
            if (share.size() < 2) {
                throw new IllegalArgumentException("share must have at least two parts, the zone's first: " + share);
            }
            for (BigDecimal part : share) {
                if (part.signum() < 0) {
                    throw new IllegalArgumentException("share must have no negative part: " + share);
                }
            }
            if (share.get(0).signum() == 0) {
                throw new IllegalArgumentException("share must give the zone (the first part) more than zero: "
                        + share);
            }
        }
    }

    /**
     * A piece whose figures are wholly the zone's (no {@link #share()}).
     *
     * @param name the piece's name, as the plan writes it: 成都片区
     * @param parent the jurisdiction the piece lies in: 成都市 (510100)
     * @param area the piece's area in an area unit, not negative; {@code null} when not known
     */
    public ZoneComponent(String name, Jurisdiction parent, @Nullable Quantity area) {
        this(name, parent, area, List.of());
    }

    /**
     * This piece with its figures shared by {@code ratio}, the zone's part first: {@code withShare("3:7")}.
     *
     * @param ratio the ratio as plans write it ({@link org.planindicators.calc.Apportionment#parseRatio})
     * @return this piece, shared
     * @throws IllegalArgumentException when the ratio cannot be read or breaks the rules of {@link #share()}
     */
    public ZoneComponent withShare(String ratio) {
        return new ZoneComponent(name, parent, area, org.planindicators.calc.Apportionment.parseRatio(ratio));
    }

    /** {@return whether the zone shares this piece's figures with a partner by a ratio} */
    public boolean isShared() {
        return !share.isEmpty();
    }

    /** {@return the ratio as plans write it, the zone's part first: {@code 3:7}; empty text when not shared} */
    public String shareText() {
        StringBuilder b = new StringBuilder();
        for (BigDecimal part : share) {
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(part.toPlainString());
        }
        return b.toString();
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
