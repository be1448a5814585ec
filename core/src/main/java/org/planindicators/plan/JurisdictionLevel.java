package org.planindicators.plan;

/**
 * The level of a {@link Jurisdiction}: the four administrative levels that GB/T 2260 codes, and zones (功能区, 新区)
 * that are not administrative divisions at all.
 */
public enum JurisdictionLevel {
    /** The nation, 国家. It has no division code. */
    NATIONAL("national", "国家", "national"),
    /** A province-level division (省级): province, autonomous region, municipality; code {@code xx0000}. */
    PROVINCE("province", "省级", "province"),
    /** A prefecture-level division (市级): city, prefecture; code {@code xxxx00}. */
    CITY("city", "市级", "city"),
    /** A county-level division (县级): district (区), county (县), county-level city; any other code. */
    COUNTY("county", "县级(区/县)", "county"),
    /** A zone that is not an administrative division (功能区/新区): Tianfu New Area. It has no division code. */
    ZONE("zone", "功能区/新区", "zone");

    private final String code;
    private final String chineseName;
    private final String englishName;

    JurisdictionLevel(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** {@return the stable code: {@code national}, {@code province}, {@code city}, {@code county}, {@code zone}} */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 国家, 省级, 市级, 县级(区/县), 功能区/新区} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /** {@return whether divisions of this level carry a GB/T 2260 code: province, city and county do} */
    public boolean hasDivisionCode() {
        return this == PROVINCE || this == CITY || this == COUNTY;
    }

    /**
     * The level with this code.
     *
     * @param code the stable code
     * @return the level with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static JurisdictionLevel ofCode(String code) {
        return Checks.byCode(values(), JurisdictionLevel::code, code, "jurisdiction level");
    }
}
