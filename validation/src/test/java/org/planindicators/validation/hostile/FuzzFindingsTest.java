package org.planindicators.validation.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;

/** Findings of the fuzz tests (RELIABILITY.md), each as a plain regression test beside its corpus entry. */
class FuzzFindingsTest {
    @Test
    void aTargetColumnHeadedWithAYearOfFewerThanFourDigitsIsAnErrorNotAnIllegalArgumentException() {
        String csv = "Category,Indicator,Unit,Attribute,Baseline 2020,Target 0025\nEconomy,GDP,亿元,expected,1,2\n";
        ImportResult<?> r = IndicatorTables.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv", ImportOptions.defaults());
        assertThat(r.value()).isNull();
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p.code().code()).isEqualTo("T026"));
    }
}
