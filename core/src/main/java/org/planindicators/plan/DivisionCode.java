package org.planindicators.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A six-digit administrative division code of GB/T 2260: two digits for the province, two for the city, two for the
 * county. 510000 四川省, 510100 成都市, 510113 青白江区, 510115 温江区, 511400 眉山市.
 *
 * <p>The code's shape gives its {@linkplain #level() level}: {@code xx0000} a province, {@code xxxx00} a city,
 * anything else a county. The first two digits must be a province-level prefix in use (11–15, 21–23, 31–37, 41–46,
 * 50–54, 61–65, 71, 81, 82). A county code always has a city part: {@code xx00yy} is refused (county-level units
 * under a province directly use city part 90, as 429004 仙桃市). Whether a code is assigned to a division today is
 * not checked. The nation and zones have no code.
 *
 * @param value the six ASCII digits
 */
public record DivisionCode(String value) {
    /**
     * Checks the value: six ASCII digits, a province-level prefix in use, a city part under a county.
     *
     * @param value the six ASCII digits
     */
    public DivisionCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("value must be 6 ASCII digits: '" + value + "'");
        }
        int province = Integer.parseInt(value.substring(0, 2));
        if (!isProvincePrefix(province)) {
            throw new IllegalArgumentException("value must start with a province-level prefix (11–15, 21–23, 31–37,"
                    + " 41–46, 50–54, 61–65, 71, 81, 82): '" + value + "'");
        }
        if (value.startsWith("00", 2) && !value.endsWith("00")) {
            throw new IllegalArgumentException("value of a county must have a city part (digits 3–4 not 00): '"
                    + value + "'");
        }
    }

    /**
     * Reads a code, surrounding spaces ignored: {@code DivisionCode.parse("510113")}.
     *
     * @param text the text to read
     * @return the code
     * @throws IllegalArgumentException when the text is not a valid code
     */
    public static DivisionCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new DivisionCode(text.strip());
    }

    private static boolean isProvincePrefix(int p) {
        return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46)
                || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 || p == 81 || p == 82;
    }

    /** {@return the level the code's shape gives: {@code xx0000} province, {@code xxxx00} city, else county} */
    public JurisdictionLevel level() {
        if (value.endsWith("0000")) {
            return JurisdictionLevel.PROVINCE;
        }
        if (value.endsWith("00")) {
            return JurisdictionLevel.CITY;
        }
        return JurisdictionLevel.COUNTY;
    }

    /**
     * The code of the division one level up: a county's city ({@code 510113} → {@code 510100}), a city's province
     * ({@code 510100} → {@code 510000}); empty for a province.
     *
     * @return the code of the division one level up: a county's city ({@code 510113} → {@code 510100}), a city's
     *     province ({@code 510100} → {@code 510000}); empty for a province
     */
    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(new DivisionCode(value.substring(0, 2) + "0000"));
            default -> Optional.of(new DivisionCode(value.substring(0, 4) + "00"));
        };
    }

    /**
     * The code of the province the division lies in ({@code 510113} → {@code 510000}); itself for a province.
     *
     * @return the code of the province the division lies in ({@code 510113} → {@code 510000}); itself for a province
     */
    public DivisionCode province() {
        return level() == JurisdictionLevel.PROVINCE ? this : new DivisionCode(value.substring(0, 2) + "0000");
    }

    /**
     * Whether this division lies within {@code other}, or is it: {@code 510113} is within 510100 and 510000.
     *
     * @param other a division code
     * @return whether this division lies within {@code other}, or is it: {@code 510113} is within 510100 and 510000
     */
    public boolean isWithin(DivisionCode other) {
        Objects.requireNonNull(other, "other");
        return switch (other.level()) {
            case PROVINCE -> value.startsWith(other.value.substring(0, 2));
            case CITY -> value.startsWith(other.value.substring(0, 4));
            default -> value.equals(other.value);
        };
    }

    /** The six digits. */
    @Override
    public String toString() {
        return value;
    }

    /**
     * Equal when every component is, exactly as the record's own {@code equals}. Written out for start-up: the
     * record's own is linked at its first call by {@code ObjectMethods}, which spins method-handle classes that a
     * class-data-sharing archive cannot hold ({@code RecordMethodsTest} keeps it the record's).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DivisionCode x && Objects.equals(value, x.value);
    }

    /** {@return the hash of the record's own {@code hashCode}}: {@code h(value)} */
    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
