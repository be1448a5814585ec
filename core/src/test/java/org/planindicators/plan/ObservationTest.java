package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.unit.Quantity;

class ObservationTest {
    private static final ObservationPeriod Y2022 = ObservationPeriod.ofYear(2022);
    private static final Quantity GDP = Quantity.parse("717.11亿元");

    @Test
    void ofGivesAWholeFigureWithoutSource() {
        Observation o = Observation.of("地区生产总值", Y2022, GDP, ObservationStatus.FINAL);
        assertThat(o.jurisdiction()).isNull();
        assertThat(o.source()).isNull();
        assertThat(o.dimensions()).isEmpty();
        assertThat(o.isDisaggregated()).isFalse();
        assertThat(o.period().year()).isEqualTo(2022);
    }

    @Test
    void withersChangeOneField() {
        Observation o = Observation.of("地区生产总值", Y2022, GDP, ObservationStatus.PRELIMINARY)
                .withJurisdiction("成都市温江区")
                .withSource(SourceRef.of("004_a3eb1e225fd679f6.txt", 67))
                .withDimension("industry", "第三产业");
        assertThat(o.jurisdiction()).isEqualTo("成都市温江区");
        assertThat(o.source()).hasToString("004_a3eb1e225fd679f6.txt:67");
        assertThat(o.dimensions()).containsExactly(Map.entry("industry", "第三产业"));
        assertThat(o.value()).isEqualTo(GDP);
        assertThat(o.withDimension("industry", "第二产业").dimensions()).containsEntry("industry", "第二产业")
                .hasSize(1);
    }

    @Test
    void dimensionsIterateInKeyOrderAndAreCopied() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("sex", "女");
        d.put("region", "温江区");
        d.put("industry", "第三产业");
        d.put("education", "本科");
        d.put("area", "城镇");
        Observation o = new Observation("人均可支配收入", null, Y2022, Quantity.parse("5万元"),
                ObservationStatus.FINAL, null, d);
        d.put("age", "60+");
        assertThat(o.dimensions().keySet()).containsExactly("area", "education", "industry", "region", "sex");
        assertThat(o.dimensions()).isEqualTo(Map.of("sex", "女", "region", "温江区", "industry", "第三产业",
                "education", "本科", "area", "城镇"));
        assertThatThrownBy(() -> o.dimensions().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(o.isDisaggregated()).isTrue();
    }

    @Test
    void refusesBlankDimensions() {
        assertThatThrownBy(() -> observationWith(Map.of(" ", "城镇")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimensions key must not be blank: ' '");
        assertThatThrownBy(() -> observationWith(Map.of("area", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimensions[area] must not be blank: ''");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("area", null);
        assertThatThrownBy(() -> observationWith(nullValue))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("dimensions[area]");
    }

    @Test
    void refusesBlankNames() {
        assertThatThrownBy(() -> Observation.of("", Y2022, GDP, ObservationStatus.FINAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicator must not be blank: ''");
        assertThatThrownBy(() -> Observation.of("GDP", Y2022, GDP, ObservationStatus.FINAL).withJurisdiction(" "))
                .hasMessage("jurisdiction must not be blank: ' '");
        assertThatThrownBy(() -> Observation.of("GDP", Y2022, GDP, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("status");
    }

    private static Observation observationWith(Map<String, String> dimensions) {
        return new Observation("城乡居民人均可支配收入增长", null, Y2022, Quantity.parse("4.4%"),
                ObservationStatus.PRELIMINARY, null, dimensions);
    }

    @ParameterizedTest(name = "{0} <-> SDMX {1}")
    @CsvSource(textBlock = """
            PRELIMINARY, P
            FINAL,       A
            ESTIMATED,   E
            FORECAST,    F
            """)
    void statusesMapToSdmxObsStatus(ObservationStatus status, String sdmx) {
        assertThat(status.sdmxCode()).contains(sdmx);
        assertThat(ObservationStatus.ofSdmxCode(sdmx)).isEqualTo(status);
    }

    @Test
    void revisedHasNoSdmxCode() {
        assertThat(ObservationStatus.REVISED.sdmxCode()).isEmpty();
        assertThatThrownBy(() -> ObservationStatus.ofSdmxCode("R"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SDMX observation status 'R' has no ObservationStatus; expected P, A, E or F");
        assertThatThrownBy(() -> ObservationStatus.ofSdmxCode("B"))
                .hasMessageContaining("'B'");
    }
}
