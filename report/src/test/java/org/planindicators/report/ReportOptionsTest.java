package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Options and formats: their checks and codes. */
class ReportOptionsTest {
    @Test
    void optionsCheckTheirFields() {
        ReportOptions o = ReportOptions.defaults().withLanguage(Locale.TRADITIONAL_CHINESE).withTitle("评估").withScale(3);
        assertThat(o.isChinese()).isTrue();
        assertThat(o.title()).isEqualTo("评估");
        assertThat(o.scale()).isEqualTo(3);
        assertThat(o.withLanguage(Locale.US).isChinese()).isFalse();
        assertThatThrownBy(() -> o.withScale(11)).hasMessage("scale must be from 0 to 10: 11");
        assertThatThrownBy(() -> o.withTitle(" ")).hasMessage("title must not be blank");
    }

    @ParameterizedTest
    @CsvSource({"html, HTML", "HTML, HTML", "xlsx, XLSX", "md, MARKDOWN", "markdown, MARKDOWN", "' md ', MARKDOWN"})
    void formatsByCode(String code, ReportFormat format) {
        assertThat(ReportFormat.ofCode(code)).isEqualTo(format);
    }

    @Test
    void unknownFormat() {
        assertThatThrownBy(() -> ReportFormat.ofCode("pdf"))
                .hasMessage("unknown report format 'pdf': expected html, xlsx or md");
    }

    @Test
    void figureFormatRoundsComputedFiguresAndKeepsWrittenOnes() {
        FigureFormat f = new FigureFormat(2);
        assertThat(f.number(org.planindicators.unit.Quantity.parse("86.205万标箱"))).isEqualTo("86.20");
        assertThat(f.written(org.planindicators.unit.Quantity.parse("52.5万标箱"))).isEqualTo("52.5");
        assertThat(f.writtenCell(org.planindicators.unit.Quantity.parse("9800个"))).isEqualTo("9800个");
        assertThat(f.cell(null)).isEqualTo("-");
        assertThatThrownBy(() -> new FigureFormat(-1)).hasMessage("scale must not be negative: -1");
    }
}
