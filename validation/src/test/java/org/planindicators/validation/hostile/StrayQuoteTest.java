package org.planindicators.validation.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Observation;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.Location;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;

/**
 * Issue 15 item 5: a quote inside an unquoted CSV field ({@code 测"试}, {@code 预期"性}) was accepted and kept,
 * although the formats promise RFC 4180. It is now a syntax error at its line and field; a quoted field with doubled
 * quotes is still read.
 */
class StrayQuoteTest {
    @Test
    void aQuoteInsideAnUnquotedObservationFieldIsAnErrorAtItsField() {
        String csv = "指标,地区,年份,数值,单位\n固定资产投资增长,温江区,2022,4.1,%\n测\"试,温江区,2022,1,%\n"
                + "\"测\"\"试2\",温江区,2022,1,%\n";
        List<Observation> out = new ArrayList<>();
        ValidationReport r = Observations.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "o.csv", ImportOptions.defaults(), null, out::add);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("O019");
            assertThat(p.location()).isEqualTo(Location.at("o.csv", 3, 1));
        });
        assertThat(out).extracting(Observation::indicator).containsExactly("固定资产投资增长", "测\"试2");
    }

    @Test
    void aQuoteInsideAnUnquotedTableFieldIsAnErrorAtItsField() {
        String csv = "类别,指标,单位,属性,2020年,2025年\n经济发展,地区生产总值,亿元,预期\"性,717.11,1000\n";
        ImportResult<?> r = IndicatorTables.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv", ImportOptions.defaults());
        assertThat(r.value()).isNull();
        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.code().code()).isEqualTo("T016");
            assertThat(p.isError()).isTrue();
            assertThat(p.location()).isEqualTo(Location.at("t.csv", 2, 4));
        });
        String quoted = "类别,指标,单位,属性,2020年,2025年\n经济发展,\"地区\"\"生产\"\"总值\",亿元,预期性,717.11,1000\n";
        ImportResult<?> ok = IndicatorTables.read(new ByteArrayInputStream(quoted.getBytes(StandardCharsets.UTF_8)),
                "t.csv", ImportOptions.defaults());
        assertThat(ok.report().hasErrors()).as(ok.report().toString()).isFalse();
    }
}
