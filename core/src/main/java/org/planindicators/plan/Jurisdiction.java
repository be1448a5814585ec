package org.planindicators.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.planindicators.internal.Divisions;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitConversionException;

/**
 * Who a plan belongs to: the nation, an administrative division with its GB/T 2260 {@link DivisionCode}, or a zone
 * that is not a division at all and may span several (see {@code docs/concepts.md} in the project).
 *
 * <p>Rules: the nation and zones have no code; a division's code, when known, has the division's level ({@code
 * 510113} is a county, so 青白江区 is {@link JurisdictionLevel#COUNTY}); only a zone lists {@linkplain ZoneComponent
 * components}, with distinct names.
 *
 * @param name the name as documents write it: 成都市青白江区, 四川天府新区
 * @param level the level
 * @param code the division code; {@code null} for the nation and zones, or when not known
 * @param components the pieces of a zone, each in one jurisdiction; empty for every other level
 */
public record Jurisdiction(String name, JurisdictionLevel level, @Nullable DivisionCode code,
        List<ZoneComponent> components) {

    /**
     * Checks the fields and the rules above.
     *
     * @param name the name as documents write it: 成都市青白江区, 四川天府新区
     * @param level the level
     * @param code the division code; {@code null} for the nation and zones, or when not known
     * @param components the pieces of a zone, each in one jurisdiction; empty for every other level
     */
    public Jurisdiction {
        Checks.requireNotBlank(name, "name");
        Objects.requireNonNull(level, "level");
        components = List.copyOf(Objects.requireNonNull(components, "components"));
        if (code != null) {
            if (!level.hasDivisionCode()) {
                throw new IllegalArgumentException("code must be absent for level " + level.code() + ": " + code);
            }
            if (code.level() != level) {
                throw new IllegalArgumentException("code must have the jurisdiction's level " + level.code() + ": "
                        + code + " is a " + code.level().code() + " code");
            }
        }
        if (level != JurisdictionLevel.ZONE && !components.isEmpty()) {
            throw new IllegalArgumentException("components must be empty for level " + level.code() + ": "
                    + components.size() + " given");
        }
        Set<String> names = new HashSet<>();
        for (ZoneComponent c : components) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("components must have distinct names: " + c.name()
                        + " appears twice");
            }
        }
    }

    /**
     * The nation: {@code national("中华人民共和国")}.
     *
     * @param name the name as documents write it: 成都市青白江区, 四川天府新区
     * @return the nation: {@code national("中华人民共和国")}
     */
    public static Jurisdiction national(String name) {
        return new Jurisdiction(name, JurisdictionLevel.NATIONAL, null, List.of());
    }

    /**
     * A division with its code, the level read from the code: {@code division("成都市青白江区", code("510113"))}.
     *
     * @param name the name as documents write it: 成都市青白江区, 四川天府新区
     * @param code the division code; {@code null} for the nation and zones, or when not known
     * @return a division with its code, the level read from the code: {@code division("成都市青白江区", code("510113"))}
     */
    public static Jurisdiction division(String name, DivisionCode code) {
        Objects.requireNonNull(code, "code");
        return new Jurisdiction(name, code.level(), code, List.of());
    }

    /**
     * A division with its code given as text: {@code division("成都市青白江区", "510113")}.
     *
     * @param name the name as documents write it: 成都市青白江区, 四川天府新区
     * @param code the division code; {@code null} for the nation and zones, or when not known
     * @return a division with its code given as text: {@code division("成都市青白江区", "510113")}
     * @throws IllegalArgumentException when the code is not valid
     */
    public static Jurisdiction division(String name, String code) {
        return division(name, DivisionCode.parse(code));
    }

    /**
     * A zone made of {@code components}: 四川天府新区 with 成都片区 and 眉山片区.
     *
     * @param name the name as documents write it: 成都市青白江区, 四川天府新区
     * @param components the pieces of a zone, each in one jurisdiction; empty for every other level
     * @return a zone made of {@code components}: 四川天府新区 with 成都片区 and 眉山片区
     */
    public static Jurisdiction zone(String name, List<ZoneComponent> components) {
        return new Jurisdiction(name, JurisdictionLevel.ZONE, null, components);
    }

    /**
     * Whether an observation's jurisdiction, as written, is this one: none written (the plan's by default); this
     * name as people write it ({@link JurisdictionNames#sameName}: 温江区, 成都市温江区, 温江); this division's code
     * (510115, 510115000000); a name the statistical division codes (统计用区划代码, 2023 edition, bundled) give this
     * division's code, or a code they give this name (510115 for 温江区 and the reverse); or, for a zone, the name of one of its declared components (成都片区,
     * 天府新区成都片区).
     *
     * @param written the jurisdiction as written, or null
     * @return whether it is this jurisdiction
     */
    public boolean matches(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return true;
        }
        String code6 = JurisdictionNames.codeOf(written);
        if (code6 != null) {
            if (code != null) {
                return code.value().equals(code6);
            }
            // No code of our own: the full name the statistical division codes give the code written.
            List<String> known = Divisions.namesOf(code6);
            return known.contains(JurisdictionNames.fold(name))
                    || !known.isEmpty() && JurisdictionNames.sameName(name, known.get(known.size() - 1));
        }
        if (code != null) {
            // A name the division codes give another code is another place, however alike (长春市朝阳区 is not
            // 北京市朝阳区, code 110105).
            String theirs = JurisdictionNames.codeOfName(written);
            if (theirs != null && !theirs.equals(code.value())) {
                return false;
            }
        }
        if (JurisdictionNames.sameName(name, written)) {
            return true;
        }
        if (code != null) {
            // The full name (四川省成都市温江区): a name with other parents (北京市温江区) is not it.
            List<String> known = Divisions.namesOf(code.value());
            if (known.contains(JurisdictionNames.fold(written))
                    || !known.isEmpty() && JurisdictionNames.sameName(known.get(known.size() - 1), written)) {
                return true;
            }
        }
        for (ZoneComponent c : components) {
            if (JurisdictionNames.sameName(c.name(), written)
                    || JurisdictionNames.sameName(c.parent().name() + c.name(), written)
                    || JurisdictionNames.sameName(name + c.name(), written)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether observations written for {@code written} count for a plan of this jurisdiction: it is this one ({@link
     * #matches}) or a part of it ({@link #componentOf}: a district of a city, a zone's piece), which is rolled up
     * rather than reported as another jurisdiction.
     *
     * @param written the jurisdiction as written, or null
     * @return whether it is this jurisdiction or a part of it
     */
    public boolean covers(@Nullable String written) {
        return matches(written) || componentOf(written).isPresent();
    }

    /**
     * Which of this jurisdiction's parts an observation's jurisdiction, as written, names, for a roll-up (see {@code
     * docs/evaluation.md}, "Roll-ups", in the project); empty when it names none.
     *
     * <ul>
     * <li>A zone's parts are its declared {@linkplain ZoneComponent components}, named as {@link #matches(String)}
     * names them (成都片区, 天府新区成都片区, 成都市成都片区); the key is the component's name.</li>
     * <li>A division's parts are the divisions one level down: a code whose {@linkplain DivisionCode#parent() parent}
     * is this division's code (510115 or 510115000000 under 510100), keyed {@code code:510115}; or a name that
     * writes this division as its parent (成都市温江区, 四川省成都市温江区 under 成都市), keyed {@code name:} and the
     * last unit's stem ({@code name:温江}); or a bare name that the bundled statistical division codes list one level
     * under this division (温江区 under 成都市, keyed {@code name:温江} as 成都市温江区 is; 朝阳区 is under 北京市 and
     * 长春市, not 成都市).</li>
     * <li>The nation's parts are provinces, by code (510000) only.</li>
     * </ul>
     *
     * @param written the jurisdiction as written, or null
     * @return the part's key: a component's name, {@code code:510115} or {@code name:温江}; empty when none
     */
    public Optional<String> componentOf(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        if (isZone()) {
            for (ZoneComponent c : components) {
                if (JurisdictionNames.sameName(c.name(), written)
                        || JurisdictionNames.sameName(c.parent().name() + c.name(), written)
                        || JurisdictionNames.sameName(name + c.name(), written)) {
                    return Optional.of(c.name());
                }
            }
            return Optional.empty();
        }
        String code6 = JurisdictionNames.codeOf(written);
        if (code6 != null) {
            DivisionCode child;
            try {
                child = DivisionCode.parse(code6);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            boolean under = level == JurisdictionLevel.NATIONAL
                    ? child.level() == JurisdictionLevel.PROVINCE
                    : code != null && child.parent().map(code::equals).orElse(false);
            return under ? Optional.of("code:" + code6) : Optional.empty();
        }
        if (level == JurisdictionLevel.NATIONAL) {
            return Optional.empty();
        }
        List<String> stems = JurisdictionNames.stems(written);
        List<String> own = JurisdictionNames.stems(name);
        if (stems.size() == 1) {
            return underThis(written) ? Optional.of("name:" + stems.get(0)) : Optional.empty();
        }
        if (stems.size() < 2) {
            return Optional.empty();
        }
        // The parents written (all units but the last) must end with this division's units, stem for stem.
        List<String> parents = stems.subList(0, stems.size() - 1);
        int n = Math.min(parents.size(), own.size());
        if (!parents.get(parents.size() - 1).equals(own.get(own.size() - 1))) {
            return Optional.empty();
        }
        for (int i = 1; i <= n; i++) {
            if (!parents.get(parents.size() - i).equals(own.get(own.size() - i))) {
                return Optional.empty();
            }
        }
        return Optional.of("name:" + stems.get(stems.size() - 1));
    }

    /**
     * Whether the bare division name {@code written} (温江区) is one level under this division in the bundled
     * statistical division codes: whether one of this division's names joined before it (成都市温江区, 四川省成都市温江区)
     * is the name of exactly one division. The codes join a county's name only after its own city's and province's
     * (or, for a county the province governs directly, the province's), so a name found that way is this division's
     * part; 朝阳区 is a part of 北京市 and of 长春市, not of 成都市.
     */
    private boolean underThis(String written) {
        List<String> names = new java.util.ArrayList<>();
        names.add(name);
        if (code != null) {
            names.addAll(JurisdictionNames.namesOfCode(code.toString()));
        }
        for (String n : names) {
            if (JurisdictionNames.codeOfName(n + written) != null) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether this is a zone rather than an administrative division or the nation} */
    public boolean isZone() {
        return level == JurisdictionLevel.ZONE;
    }

    /**
     * The total area of a zone: the sum of its components' areas, in the unit of the first component when every
     * other converts into it exactly, else in the first component unit into which all convert exactly (亩 takes
     * any), else in the first unit rounded to {@link MathContext#DECIMAL128}. 1484 平方公里 + 94 平方公里 = 1578
     * 平方公里.
     *
     * <p>Empty when this is not a zone, it has no components, or a component's area is not known (a partial sum
     * would understate the total).
     *
     * @return the total area of a zone: the sum of its components' areas, in the unit of the first component when
     *     every other converts into it exactly, else in the first component unit into which all convert exactly (亩
     *     takes any), else in the first unit rounded to {@link MathContext#DECIMAL128}. 1484 平方公里 + 94 平方公里 = 1578
     *     平方公里
     */
    public Optional<Quantity> totalArea() {
        if (!isZone() || components.isEmpty()) {
            return Optional.empty();
        }
        List<Quantity> areas = new ArrayList<>(components.size());
        for (ZoneComponent c : components) {
            if (c.area() == null) {
                return Optional.empty();
            }
            areas.add(c.area());
        }
        for (Quantity candidate : areas) {
            Optional<BigDecimal> sum = exactSum(areas, candidate.unit());
            if (sum.isPresent()) {
                return Optional.of(Quantity.of(sum.get(), candidate.unit()));
            }
        }
        Unit unit = areas.get(0).unit();
        BigDecimal sum = BigDecimal.ZERO;
        for (Quantity a : areas) {
            sum = sum.add(a.unit().convert(a.value(), unit, MathContext.DECIMAL128));
        }
        return Optional.of(Quantity.of(sum, unit));
    }

    private static Optional<BigDecimal> exactSum(List<Quantity> areas, Unit unit) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Quantity a : areas) {
            try {
                sum = sum.add(a.unit().convert(a.value(), unit));
            } catch (UnitConversionException e) {
                return Optional.empty();
            }
        }
        return Optional.of(sum);
    }

    /**
     * Equal when every component is, exactly as the record's own {@code equals}. Written out for start-up: the
     * record's own is linked at its first call by {@code ObjectMethods}, which spins method-handle classes that a
     * class-data-sharing archive cannot hold ({@code RecordMethodsTest} keeps it the record's).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Jurisdiction j && Objects.equals(name, j.name) && level == j.level
                && Objects.equals(code, j.code) && Objects.equals(components, j.components);
    }

    /** {@return the hash of the record's own {@code hashCode}}: each component's in turn, {@code h = 31 × h + h(c)} */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(level);
        h = 31 * h + Objects.hashCode(code);
        return 31 * h + Objects.hashCode(components);
    }
}
