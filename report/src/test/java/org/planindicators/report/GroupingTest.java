package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Indicator;

/**
 * The table grouped by lead agency (牵头单位), as a commission sends each department its part of the review: one group
 * per agency in the order the plan first names them, indicators without one last, every indicator once.
 */
class GroupingTest {
    private static final ReportOptions BY_AGENCY = ReportOptions.defaults().withLanguage(Locale.SIMPLIFIED_CHINESE)
            .withGrouping(ReportGrouping.LEAD_AGENCY);

    @Test
    void theHtmlTableHasAGroupPerLeadAgencyInThePlansOrderAndTheUnnamedLast() {
        Fixtures.Input in = Fixtures.wenjiang();
        Document doc = Jsoup.parse(in.report(BY_AGENCY).html());
        Set<String> agencies = new LinkedHashSet<>();
        boolean unnamed = false;
        for (Indicator i : in.evaluation().plan().indicators()) {
            if (i.leadAgency() == null || i.leadAgency().isBlank()) {
                unnamed = true;
            } else {
                agencies.add(i.leadAgency().strip());
            }
        }
        List<String> expected = new ArrayList<>(agencies);
        if (unnamed) {
            expected.add("未注明牵头单位");
        }
        assertThat(expected).contains("区文体旅局", "区住建局");
        List<String> headings = doc.select("tr.group-row th").eachText();
        assertThat(headings).hasSize(expected.size());
        for (int g = 0; g < expected.size(); g++) {
            assertThat(headings.get(g)).startsWith(expected.get(g));
        }
        assertThat(doc.select("#indicators h2").text()).isEqualTo("指标一览（按牵头单位）");
        assertThat(doc.select("table.indicators tr.indicator")).hasSize(in.evaluation().plan().indicators().size());
    }

    @Test
    void theWorkbooksFirstColumnIsTheAgency() throws IOException {
        Fixtures.Input in = Fixtures.wenjiang();
        List<String> names = new ArrayList<>();
        List<Row> rows = XlsxReportTest.sheets(XlsxReportTest.xlsx(in, BY_AGENCY), names).get(0);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("牵头单位");
        int agencyColumn = -1;
        for (int c = 1; c < rows.get(0).getCellCount(); c++) {
            if ("牵头单位".equals(rows.get(0).getCellText(c))) {
                agencyColumn = c;
            }
        }
        assertThat(agencyColumn).isPositive();
        assertThat(rows).hasSize(in.evaluation().plan().indicators().size() + in.evaluation().parts().size() + 1);
        for (Row r : rows.subList(1, rows.size())) {
            String agency = r.getCellText(agencyColumn) == null ? "" : r.getCellText(agencyColumn);
            assertThat(r.getCellText(0)).isEqualTo(agency.isEmpty() ? "未注明牵头单位" : agency.split("；")[0]);
        }
    }

    @Test
    void theMarkdownSaysWhatItIsGroupedBy() {
        String md = Fixtures.wenjiang().report(ReportOptions.defaults().withLanguage(Locale.ENGLISH)
                .withGrouping(ReportGrouping.LEAD_AGENCY)).markdown();
        assertThat(md).contains("## Indicators by lead agency").contains("### No lead agency named");
    }

    @Test
    void groupingsAreReadByCode() {
        assertThat(ReportGrouping.of("agency")).isEqualTo(ReportGrouping.LEAD_AGENCY);
        assertThat(ReportGrouping.of(" Category ")).isEqualTo(ReportGrouping.CATEGORY);
        assertThat(ReportGrouping.of("lead_agency")).isEqualTo(ReportGrouping.LEAD_AGENCY);
        assertThatThrownBy(() -> ReportGrouping.of("goal")).hasMessage("'goal' is not a grouping; use category or agency");
        assertThat(ReportOptions.defaults().grouping()).isEqualTo(ReportGrouping.CATEGORY);
    }
}
