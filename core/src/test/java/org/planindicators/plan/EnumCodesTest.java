package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user-facing enum of the package: stable lowercase codes that read back, and names in both languages. */
class EnumCodesTest {

    record Coded(String what, List<? extends Enum<?>> values, Function<Enum<?>, String> code,
            Function<String, Enum<?>> ofCode, Function<Enum<?>, String> chinese, Function<Enum<?>, String> english) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                coded("plan kind", PlanKind.values(), PlanKind::code, PlanKind::ofCode, PlanKind::chineseName,
                        PlanKind::englishName),
                coded("plan status", PlanStatus.values(), PlanStatus::code, PlanStatus::ofCode,
                        PlanStatus::chineseName, PlanStatus::englishName),
                coded("part level", PartLevel.values(), PartLevel::code, PartLevel::ofCode, PartLevel::chineseName,
                        PartLevel::englishName),
                coded("jurisdiction level", JurisdictionLevel.values(), JurisdictionLevel::code,
                        JurisdictionLevel::ofCode, JurisdictionLevel::chineseName, JurisdictionLevel::englishName),
                coded("indicator attribute", IndicatorAttribute.values(), IndicatorAttribute::code,
                        IndicatorAttribute::ofCode, IndicatorAttribute::chineseName, IndicatorAttribute::englishName),
                coded("observation status", ObservationStatus.values(), ObservationStatus::code,
                        ObservationStatus::ofCode, ObservationStatus::chineseName, ObservationStatus::englishName),
                coded("version", Indicator.Version.values(), Indicator.Version::code, Indicator.Version::ofCode,
                        Indicator.Version::chineseName, Indicator.Version::englishName),
                coded("frequency", ObservationPeriod.Frequency.values(), ObservationPeriod.Frequency::code,
                        ObservationPeriod.Frequency::ofCode, ObservationPeriod.Frequency::chineseName,
                        ObservationPeriod.Frequency::englishName));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Arguments coded(String what, E[] values, Function<E, String> code,
            Function<String, E> ofCode, Function<E, String> chinese, Function<E, String> english) {
        return Arguments.of(new Coded(what, Arrays.asList(values), e -> code.apply((E) e), ofCode::apply,
                e -> chinese.apply((E) e), e -> english.apply((E) e)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void codesAreLowercaseDistinctAndReadBack(Coded c) {
        for (Enum<?> e : c.values()) {
            String code = c.code().apply(e);
            assertThat(code).matches("[a-z][a-z_]*");
            assertThat(c.ofCode().apply(code)).isSameAs(e);
            assertThat(c.chinese().apply(e)).isNotBlank().matches(".*\\p{IsHan}.*");
            assertThat(c.english().apply(e)).isNotBlank().matches("[a-z][a-z -]*");
        }
        assertThat(c.values().stream().map(c.code())).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void unknownCodesAreNamed(Coded c) {
        assertThatThrownBy(() -> c.ofCode().apply("NO_SUCH"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown " + c.what() + " 'NO_SUCH'; expected one of ")
                .hasMessageContaining(c.code().apply(c.values().get(0)));
        // codes are case-sensitive: the constant's name is not its code
        assertThatThrownBy(() -> c.ofCode().apply(c.values().get(0).name()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
