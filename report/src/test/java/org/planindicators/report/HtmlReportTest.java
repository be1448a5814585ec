package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.ObservedValue;
import org.planindicators.target.NumericTarget;

/**
 * The HTML report, parsed as a browser parses it (jsoup): its structure, its figures, its charts; and a golden file
 * of what each row and chart says (the text of every cell, the marks of every chart), so that a change shows as a
 * readable diff.
 */
class HtmlReportTest {
    private static final ReportOptions ZH = ReportOptions.defaults().withLanguage(Locale.SIMPLIFIED_CHINESE);
    private static final ReportOptions EN = ReportOptions.defaults().withLanguage(Locale.ENGLISH);

    @Test
    void wenjiangIsOneSelfContainedPageWithARowPerIndicator() {
        Fixtures.Input in = Fixtures.wenjiang();
        Document doc = Jsoup.parse(in.report(ZH).html());
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.title()).isEqualTo("2023年成都市温江区政府工作报告：2023年评估报告");
        // Self-contained: no script, no external resource, the style inline.
        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(doc.select("style").html()).contains("@page", "@media print");
        // Every anchor points at an element of the page.
        for (String href : doc.select("a[href]").eachAttr("href")) {
            assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
        }
        int indicators = in.evaluation().plan().indicators().size();
        Elements rows = doc.select("table.indicators tr.indicator");
        Elements parts = doc.select("table.indicators tr.part");
        assertThat(parts).extracting(e -> e.attr("data-part") + " " + e.attr("data-status"))
                .containsExactly("农村 achieved", "城镇 missed");
        assertThat(parts.get(1).selectFirst("td.name").text()).isEqualTo("其中：城镇");
        assertThat(rows).hasSize(indicators);
        assertThat(rows).allSatisfy(r -> assertThat(r.select("td")).hasSize(12));
        assertThat(doc.select("table.indicators thead th").eachText()).containsExactly("指标", "属性", "单位", "基期值",
                "目标", "实际值", "预期值", "完成进度", "时序进度", "所需年均增速", "状态", "牵头单位");
        // Grouped by category, in the plan's order of categories.
        List<String> categories = in.evaluation().plan().indicators().stream().map(i -> i.category()).distinct()
                .toList();
        assertThat(doc.select("tr.group-row th").eachText())
                .allSatisfy(t -> assertThat(categories.stream().anyMatch(t::startsWith)).isTrue())
                .hasSize(categories.size());
        // Statuses: each row's status is its evaluation's.
        int number = 0;
        for (IndicatorEvaluation e : in.evaluation().results()) {
            Element row = doc.getElementById("ind-" + ++number);
            assertThat(row.selectFirst("td.name").text()).startsWith(e.indicator().name());
            assertThat(row.attr("data-status")).isEqualTo(e.status().code());
            assertThat(row.selectFirst("td.status").text()).startsWith(e.status().chineseName());
            assertThat(row.selectFirst("td.status").text().endsWith("*")).isEqualTo(e.isProvisional());
        }
    }

    @Test
    void wenjiangRowsShowTheFiguresAsTheCommandLineDoes() {
        Document doc = Jsoup.parse(Fixtures.wenjiang().report(ZH).html());
        Element gdp = byName(doc, "地区生产总值增长");
        assertThat(cells(gdp)).containsExactly("地区生产总值增长1M-01", "预期性", "%", "3.0（2022）",
                "6.0%—7.0%（2023）", "6.4", "-", "-", "100.00%", "-", "已实现*", "");
        Element unemployment = byName(doc, "城镇调查失业率");
        assertThat(cells(unemployment).get(4)).isEqualTo("5.5%以内（2023）");
        assertThat(cells(unemployment).get(10)).isEqualTo("未完成*");
        // The footnote of provisional data is listed, and the row points at it.
        String fn = gdp.selectFirst("a.fnref").attr("href");
        assertThat(doc.getElementById(fn.substring(1)).text()).isEqualTo("依据估计数据，结论可能变化");
    }

    @Test
    void summaryCountsEveryStatusByAttributeAndListsTheConcernsBindingFirst() {
        Fixtures.Input in = Fixtures.qingbaijiang();
        Document doc = Jsoup.parse(in.report(ZH).html());
        Map<EvaluationStatus, Integer> counts = in.evaluation().counts();
        for (EvaluationStatus s : EvaluationStatus.values()) {
            Element row = doc.selectFirst("table.counts tr[data-status=" + s.code() + "]");
            assertThat(row.selectFirst("td.total").text()).as(s.code()).isEqualTo(counts.get(s).toString());
        }
        assertThat(doc.select("table.counts tfoot td.total").text())
                .isEqualTo(Integer.toString(in.evaluation().results().size()));
        List<String> concerns = doc.select("ol.concerns > li > a").eachText();
        List<String> expected = in.evaluation().byConcern().stream().filter(e -> e.status().isConcern())
                .map(e -> e.indicator().name()).toList();
        assertThat(concerns).isEqualTo(expected).isNotEmpty();
        // The status bar: one segment per status present, widths adding up to the bar.
        Elements segments = doc.select("svg.status-bar rect.segment");
        assertThat(segments).hasSize((int) counts.values().stream().filter(c -> c > 0).count());
        double width = segments.stream().mapToDouble(r -> Double.parseDouble(r.attr("width"))).sum();
        assertThat(width).isBetween(599.0, 601.0);
        assertThat(doc.selectFirst("svg.status-bar desc").text()).contains("滞后 3");
    }

    @Test
    void everyNumericIndicatorHasAnAccessibleChartWithItsObservations() {
        for (Fixtures.Input in : List.of(Fixtures.wenjiang(), Fixtures.qingbaijiang())) {
            Document doc = Jsoup.parse(in.report(ZH).html());
            int charts = 0;
            int number = 0;
            for (IndicatorEvaluation e : in.evaluation().results()) {
                number++;
                Element svg = doc.getElementById("chart-" + number);
                boolean numeric = e.target() != null && e.target().expression() instanceof NumericTarget;
                if (!numeric) {
                    assertThat(svg).as(e.indicator().name()).isNull();
                    continue;
                }
                List<ObservedValue> observed = ObservedValue.of(in.evaluation().plan(), e.indicator(),
                        in.observations(), in.evaluation().year());
                if (svg == null) {
                    // Nothing to draw: no observation, and a target in other terms than a year's figure. Said so.
                    assertThat(observed).as(e.indicator().name()).isEmpty();
                    assertThat(doc.getElementById("card-" + number).selectFirst("p.no-chart").text())
                            .startsWith("无图");
                    continue;
                }
                charts++;
                assertThat(svg.attr("role")).isEqualTo("img");
                assertThat(svg.selectFirst("title").text()).isEqualTo(e.indicator().name());
                assertThat(svg.selectFirst("desc").text()).isNotBlank();
                assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-" + number + "-title chart-" + number
                        + "-desc");
                assertThat(svg.select("circle.point")).hasSize(observed.size());
                assertThat(svg.attr("data-points")).isEqualTo(Integer.toString(observed.size()));
                assertThat(svg.select("path.target, path.expected-path, path.observed-line")).isNotEmpty();
                assertThat(svg.select("path.target-year")).hasSize(1);
                // The figure has a caption in words, and the explanation a details element.
                assertThat(svg.parent().selectFirst("figcaption").text()).isEqualTo(svg.selectFirst("desc").text());
            }
            assertThat(charts).isPositive();
        }
    }

    @Test
    void qingbaijiangChartsDrawTheExpectedPathFromBaselineToTarget() {
        Fixtures.Input in = Fixtures.qingbaijiang();
        Document doc = Jsoup.parse(in.report(ZH).html());
        Element row = byName(doc, "集装箱吞吐量");
        assertThat(cells(row).subList(3, 11)).containsExactly("52.5（2020）", "120万标箱（2025）", "78", "86.21",
                "37.78%", "60.00%", "24.03%", "滞后*");
        Element card = doc.getElementById(row.selectFirst("td.name a").attr("href").substring(1));
        Element svg = card.selectFirst("svg.chart");
        assertThat(svg.select("circle.point")).hasSize(4);
        assertThat(svg.select("circle.point.provisional")).hasSize(1);
        assertThat(svg.select("rect.baseline")).hasSize(1);
        // 2020 to 2025: six vertices, a constant rate (120 / 52.5 is a level that grows).
        String d = svg.selectFirst("path.expected-path").attr("d");
        assertThat(d.split("[ML]")).hasSize(7);
        assertThat(svg.selectFirst("desc").text()).contains("按固定增速").contains("2020年 52.5万标箱");
        assertThat(svg.select("path.target-line")).hasSize(1);
        assertThat(svg.select("path.base-year, path.target-year")).hasSize(2);
        // How each figure was computed, in a details element.
        Element details = card.selectFirst("details");
        assertThat(details.selectFirst("summary").text()).isEqualTo("计算说明");
        assertThat(details.select("dt").eachText()).anyMatch(t -> t.startsWith("预期值 = 86.2"));
        assertThat(details.text()).contains("expected = v0 × (vT / v0)^((t − b) / (T − b))");
        // A percentage is linear; 5%以内 is a bound, drawn as a line.
        Element jobs = doc.getElementById(byName(doc, "城镇调查失业率").selectFirst("td.name a").attr("href")
                .substring(1));
        assertThat(jobs.selectFirst("svg desc").text()).contains("线性");
        assertThat(jobs.select("svg path.target-line")).hasSize(1);
        assertThat(jobs.selectFirst("svg text.target-label").text()).isEqualTo("≤ 5");
    }

    @Test
    void rangesAreBandsAndBoundsAreLines() {
        Document doc = Jsoup.parse(Fixtures.wenjiang().report(ZH).html());
        Element gdp = chartOf(doc, "地区生产总值增长");
        assertThat(gdp.select("path.target-band")).hasSize(1);
        assertThat(gdp.select("path.target-line")).isEmpty();
        assertThat(gdp.selectFirst("path.target-band title").text()).isEqualTo("目标区间 6.0—7.0%");
        Element jobs = chartOf(doc, "城镇新增就业");
        assertThat(jobs.select("path.target-line")).hasSize(1);
        assertThat(jobs.selectFirst("text.target-label").text()).isEqualTo("≥ 6000");
        assertThat(jobs.select("circle.point")).hasSize(2);
    }

    @Test
    void englishReportHasEnglishHeadersAndStatuses() {
        Document doc = Jsoup.parse(Fixtures.wenjiang().report(EN).html());
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.title()).isEqualTo("2023年成都市温江区政府工作报告: review of 2023");
        assertThat(doc.select("table.indicators thead th").eachText()).containsExactly("Indicator", "Attribute",
                "Unit", "Baseline", "Target", "Actual", "Expected", "Progress", "Time progress", "Needed per year",
                "Status", "Lead agency");
        assertThat(cells(byName(doc, "地区生产总值增长")).get(10)).isEqualTo("achieved*");
    }

    @Test
    void goldenRowsAndCharts() throws Exception {
        Golden.check("wenjiang-2023.zh.html.txt", outline(Jsoup.parse(Fixtures.wenjiang().report(ZH).html())));
        Golden.check("qingbaijiang-2023.zh.html.txt",
                outline(Jsoup.parse(Fixtures.qingbaijiang().report(ZH).html())));
        Golden.check("qingbaijiang-2023.en.html.txt",
                outline(Jsoup.parse(Fixtures.qingbaijiang().report(EN).html())));
    }

    /** What the page says, line by line: headings, each row's cells, each chart's marks and description. */
    static String outline(Document doc) {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + doc.title());
        for (Element e : doc.select("h1, h2, h3, table.counts tr, ol.concerns li, table.indicators tr,"
                + " ol.footnotes li, article.card")) {
            switch (e.tagName()) {
                case "tr" -> lines.add("| " + String.join(" | ", e.select("th, td").eachText()));
                case "li" -> lines.add("- " + e.text());
                case "article" -> {
                    Element svg = e.selectFirst("svg.chart");
                    StringBuilder sb = new StringBuilder("card " + e.id() + " " + e.attr("data-status"));
                    if (svg != null) {
                        sb.append(" chart: points=").append(svg.select("circle.point").size())
                                .append(" band=").append(svg.select("path.target-band").size())
                                .append(" line=").append(svg.select("path.target-line").size())
                                .append(" path=").append(svg.select("path.expected-path").size())
                                .append(" baseline=").append(svg.select("rect.baseline").size())
                                .append("\n  ").append(svg.selectFirst("desc").text());
                    }
                    Elements dts = e.select("details dt");
                    if (!dts.isEmpty()) {
                        sb.append("\n  figures: ").append(String.join("; ", dts.eachText()));
                    }
                    lines.add(sb.toString());
                }
                default -> lines.add(e.tagName() + ": " + e.text());
            }
        }
        return String.join("\n", lines) + "\n";
    }

    static Element byName(Document doc, String name) {
        for (Element row : doc.select("tr.indicator")) {
            Element a = row.selectFirst("td.name a:not(.fnref)");
            String text = a != null ? a.text() : row.selectFirst("td.name").ownText();
            if (text.equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    static Element chartOf(Document doc, String name) {
        Element row = byName(doc, name);
        return doc.getElementById(row.selectFirst("td.name a").attr("href").substring(1)).selectFirst("svg.chart");
    }

    static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }
}
