package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Markdown report against golden files, and the shape of its tables. */
class MarkdownReportTest {
    private static final ReportOptions ZH = ReportOptions.defaults().withLanguage(Locale.SIMPLIFIED_CHINESE);
    private static final ReportOptions EN = ReportOptions.defaults().withLanguage(Locale.ENGLISH);

    @Test
    void golden() throws Exception {
        Golden.check("wenjiang-2023.zh.md", Fixtures.wenjiang().report(ZH).markdown());
        Golden.check("wenjiang-2023.en.md", Fixtures.wenjiang().report(EN).markdown());
        Golden.check("qingbaijiang-2023.zh.md", Fixtures.qingbaijiang().report(ZH).markdown());
    }

    @Test
    void everyIndicatorIsARowOfTwelveCells() {
        Fixtures.Input in = Fixtures.wenjiang();
        String md = in.report(EN).markdown();
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Indicator |")
                && !l.startsWith("| Status |")).filter(l -> l.split("(?<!\\\\)\\|", -1).length == 14).toList();
        assertThat(rows).hasSize(in.evaluation().plan().indicators().size() + in.evaluation().parts().size());
        assertThat(md).contains("| of which: 城镇 |  | % | - | 与经济增长基本同步 (2023) | 5.6 | - | - | 100.00% | - | missed\\* |  |");
        assertThat(md).contains("| 地区生产总值增长 [1] | expected | % | 3.0 (2022) | 6.0%—7.0% (2023) | 6.4 | - | - |"
                + " 100.00% | - | achieved\\* |  |").contains("[1] rests on estimated data; the status may change");
    }
}
