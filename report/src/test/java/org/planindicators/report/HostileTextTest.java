package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.SourceRef;
import org.planindicators.plan.Target;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;

/**
 * Text from plans and observations is shown, never run or read as markup, in each form: names, categories, agencies,
 * sources, notes and revision reasons holding {@code <script>}, quotes, ampersands, Markdown's table pipes, control
 * characters and a very long name.
 */
class HostileTextTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String QUOTES = "\"双引号\" & 'single' </td></tr></table><img src=x onerror=alert(1)>";
    static final String PIPES = "a | b \\| `code` *bold* [link](http://example.com) # heading";
    static final String LONG = "很长的指标名称".repeat(2000);
    static final String CONTROL = "控制\u0000字符\u0007与\u001b[31m转义\uFFFE";

    static Fixtures.Input hostile() {
        Indicator script = Indicator.builder(SCRIPT, Unit.parse("亿元"))
                .code("H-1")
                .category(QUOTES)
                .leadAgency(SCRIPT)
                .coAgency(PIPES)
                .baseline(2020, Quantity.parse("100亿元"))
                .target(Target.of(2025, TargetExpression.parse("150亿元"), SourceRef.of(SCRIPT + ".txt", 3))
                        .revise(TargetExpression.parse("160亿元"), LocalDate.of(2023, 1, 5), SCRIPT + QUOTES))
                .source(SourceRef.of("<b>bold</b>.txt", 1))
                .build();
        Indicator pipes = Indicator.builder(PIPES, Unit.PERCENT).category(PIPES).leadAgency(QUOTES)
                .target(Target.of(2025, TargetExpression.parse("6.0%—7.0%"))).build();
        Indicator longName = Indicator.builder(LONG, Unit.PERCENT).category(CONTROL).leadAgency(CONTROL)
                .target(Target.of(2025, TargetExpression.parse("5%以内"))).build();
        Plan plan = Plan.builder(SCRIPT + " plan", Jurisdiction.national("<i>区</i>"), PlanKind.FIVE_YEAR_PLAN,
                        Period.of(2021, 2025))
                .baseYear(2020)
                .part(PlanPart.of(PartLevel.CHAPTER, QUOTES, List.of(Goal.of("g1", SCRIPT,
                        List.of(script, pipes, longName)))))
                .build();
        List<Observation> observations = List.of(
                Observation.of(SCRIPT, ObservationPeriod.ofYear(2022), Quantity.parse("120亿元"),
                        ObservationStatus.FINAL).withSource(SourceRef.of(SCRIPT, 9)),
                Observation.of(PIPES, ObservationPeriod.ofYear(2022), Quantity.parse("6.5%"),
                        ObservationStatus.PRELIMINARY),
                Observation.of(LONG, ObservationPeriod.ofYear(2022), Quantity.parse("4.9%"),
                        ObservationStatus.FINAL));
        PlanEvaluation evaluation = Evaluator.withDefaults().evaluate(plan, observations, 2023);
        return new Fixtures.Input(evaluation, observations);
    }

    @Test
    void htmlShowsHostileTextAsText() {
        for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String html = hostile().report(ReportOptions.defaults().withLanguage(language)).html();
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script, img, iframe, b, i")).isEmpty();
            assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                    assertThat(a.getKey()).doesNotStartWith("on")));
            assertThat(doc.select("table.indicators tr.indicator")).hasSize(3);
            List<String> names = doc.select("td.name > a").eachText();
            assertThat(names).containsExactly(SCRIPT, PIPES, LONG);
            assertThat(doc.select("tr.group-row th").eachText()).anySatisfy(t -> assertThat(t).startsWith(QUOTES));
            assertThat(doc.select("td.agency").first().text()).startsWith(SCRIPT);
            assertThat(doc.title()).startsWith(SCRIPT);
            // The chart's title and the points' titles are text too.
            assertThat(doc.select("svg.chart title").eachText()).contains(SCRIPT, LONG);
            // Control characters and noncharacters are dropped, the rest kept.
            assertThat(html).doesNotContain("\u0000", "\u0007", "\u001b", "\uFFFE");
            assertThat(doc.select("tr.group-row th").eachText()).anySatisfy(t -> assertThat(t).startsWith("控制字符与[31m转义"));
            // The revised target's footnote quotes its reason as text.
            assertThat(doc.select("ol.footnotes li").eachText()).anySatisfy(t -> assertThat(t).contains(SCRIPT + QUOTES));
            // The source is shown in the explanation, as text.
            Element details = doc.selectFirst("article.card details");
            assertThat(details.text()).contains("<b>bold</b>.txt");
        }
    }

    @Test
    void markdownEscapesMarkupAndPipes() {
        String md = hostile().report(ReportOptions.defaults().withLanguage(Locale.ENGLISH)).markdown();
        assertThat(md).doesNotContain("<script", "<img", "<b>", "\u0000");
        assertThat(md).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
        // Each row still has twelve cells: the pipes in the names are escaped.
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && l.contains("| expected |") && !l.startsWith("| Status")).toList();
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.split("(?<!\\\\)\\|", -1)).hasSize(14));
        assertThat(md).contains("a \\| b \\\\\\| \\`code\\` \\*bold\\* \\[link\\](http://example.com) \\# heading");
    }

    @Test
    void workbookKeepsHostileTextAsCellText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        hostile().report(ReportOptions.defaults().withLanguage(Locale.ENGLISH)).writeXlsx(out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.stream().map(r -> r.getCellText(2)).toList()).containsExactly("Indicator", SCRIPT, PIPES,
                    LONG);
            assertThat(rows.get(1).getCellText(0)).isEqualTo(QUOTES);
            assertThat(rows.get(3).getCellText(0)).isEqualTo("控制字符与[31m转义");
            assertThat(rows.get(1).getCellText(18)).startsWith(SCRIPT);
        }
    }
}
