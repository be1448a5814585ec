package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-2025        | 2021 | 2025
            2022-2027 年     | 2022 | 2027
            2021—2025年      | 2021 | 2025
            2021–2025        | 2021 | 2025
            2021～2025       | 2021 | 2025
            2021~2025        | 2021 | 2025
            2021年至2025年    | 2021 | 2025
            ２０２１－２０２５ | 2021 | 2025
            2023             | 2023 | 2023
            2023年           | 2023 | 2023
            2023-2023        | 2023 | 2023
            ' 2016 - 2020 '  | 2016 | 2020
            """)
    void parsesWhatDocumentsWrite(String text, int first, int last) {
        assertThat(Period.parse(text)).isEqualTo(Period.of(first, last));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-2021   | lastYear must not be before firstYear: 2021 < 2025
            2025-2024   | lastYear must not be before firstYear: 2024 < 2025
            21-25       | not a period: '21-25'
            2021-       | not a period: '2021-'
            2021/2025   | not a period: '2021/2025'
            十四五       | not a period: '十四五'
            ''          | not a period: ''
            0999-2025   | firstYear must be a four-digit year (1000–9999): 999
            """)
    void refusesOtherText(String text, String message) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void namesTheFieldWhenYearsAreOutOfOrder() {
        assertThatThrownBy(() -> Period.of(2025, 2021))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lastYear must not be before firstYear: 2021 < 2025");
        assertThatThrownBy(() -> Period.of(2021, 10_000))
                .hasMessage("lastYear must be a four-digit year (1000–9999): 10000");
    }

    @Test
    void writesTwoYearsOrOne() {
        assertThat(Period.of(2021, 2025)).hasToString("2021-2025");
        assertThat(Period.ofYear(2023)).hasToString("2023");
    }

    @Test
    void containsItsEndsAndCountsThem() {
        Period p = Period.parse("2021-2025");
        assertThat(p.contains(2021)).isTrue();
        assertThat(p.contains(2025)).isTrue();
        assertThat(p.contains(2020)).isFalse();
        assertThat(p.contains(2026)).isFalse();
        assertThat(p.length()).isEqualTo(5);
        assertThat(Period.ofYear(2023).length()).isEqualTo(1);
    }
}
