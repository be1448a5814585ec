package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionCodeTest {

    @ParameterizedTest(name = "{0} is a {1} code, parent {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            510000 | PROVINCE | -
            510100 | CITY     | 510000
            510113 | COUNTY   | 510100
            510115 | COUNTY   | 510100
            511400 | CITY     | 510000
            110000 | PROVINCE | -
            110101 | COUNTY   | 110100
            429004 | COUNTY   | 429000
            650000 | PROVINCE | -
            710000 | PROVINCE | -
            810000 | PROVINCE | -
            820000 | PROVINCE | -
            ' 510113 ' | COUNTY | 510100
            """)
    void parsesValidCodes(String text, JurisdictionLevel level, String parent) {
        DivisionCode code = DivisionCode.parse(text);
        assertThat(code.value()).isEqualTo(text.strip());
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.parent().map(DivisionCode::value).orElse(null)).isEqualTo(parent);
        assertThat(code).hasToString(text.strip());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            51011     | value must be 6 ASCII digits: '51011'
            5101130   | value must be 6 ASCII digits: '5101130'
            51011a    | value must be 6 ASCII digits: '51011a'
            ５１０１１３ | value must be 6 ASCII digits: '５１０１１３'
            ''        | value must be 6 ASCII digits: ''
            -51011    | value must be 6 ASCII digits: '-51011'
            000000    | value must start with a province-level prefix (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82): '000000'
            160000    | value must start with a province-level prefix
            240000    | value must start with a province-level prefix
            380000    | value must start with a province-level prefix
            470000    | value must start with a province-level prefix
            550000    | value must start with a province-level prefix
            660000    | value must start with a province-level prefix
            720000    | value must start with a province-level prefix
            830000    | value must start with a province-level prefix
            990000    | value must start with a province-level prefix
            510013    | value of a county must have a city part (digits 3–4 not 00): '510013'
            """)
    void refusesInvalidCodes(String text, String message) {
        assertThatThrownBy(() -> DivisionCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new DivisionCode(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void knowsItsProvinceAndWhatItLiesWithin() {
        DivisionCode qingbaijiang = DivisionCode.parse("510113");
        DivisionCode chengdu = DivisionCode.parse("510100");
        DivisionCode sichuan = DivisionCode.parse("510000");
        DivisionCode meishan = DivisionCode.parse("511400");
        assertThat(qingbaijiang.province()).isEqualTo(sichuan);
        assertThat(sichuan.province()).isEqualTo(sichuan);
        assertThat(qingbaijiang.isWithin(chengdu)).isTrue();
        assertThat(qingbaijiang.isWithin(sichuan)).isTrue();
        assertThat(qingbaijiang.isWithin(qingbaijiang)).isTrue();
        assertThat(qingbaijiang.isWithin(meishan)).isFalse();
        assertThat(chengdu.isWithin(qingbaijiang)).isFalse();
        assertThat(chengdu.parent().flatMap(DivisionCode::parent)).isEmpty();
    }
}
