package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.ObservedValue;
import tools.jackson.databind.JsonNode;

/**
 * The HTML report in a real browser (headless Chromium, see {@link Chromium}): what a person would see. The page loads
 * with no console error; every indicator row is there and laid out; every chart is a rendered SVG with the expected
 * number of points and at least one visible mark (a path with a non-empty box and a stroke or fill); the page is not
 * blank (its screenshot has many colours). The screenshots of the first screen are written to {@code target/} to look
 * at ({@code -Dreport.screenshot.full=true} adds the whole page); with {@code -Dreport.screenshot.update=true} the
 * Wenjiang one is also copied to {@code docs/report-wenjiang.png} for the README.
 */
class BrowserRenderTest {
    /** What the page shows, measured in the browser. */
    private static final String MEASURE = """
            (() => {
              const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
              const rows = [...document.querySelectorAll('table.indicators tr.indicator')];
              const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
                const marks = [...svg.querySelectorAll('path.target, path.expected-path, path.observed-line')]
                  .filter(p => {
                    const b = p.getBBox();
                    const s = getComputedStyle(p);
                    const painted = (s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0) || s.fill !== 'none';
                    return (b.width > 0 || b.height > 0) && painted && s.visibility !== 'hidden'
                      && s.display !== 'none';
                  });
                const points = [...svg.querySelectorAll('circle.point')].filter(c => visible(c));
                return {id: svg.id, shown: visible(svg), points: points.length,
                        declared: parseInt(svg.getAttribute('data-points')), marks: marks.length};
              });
              return {rows: rows.length, rowsShown: rows.filter(visible).length,
                      ids: rows.map(r => r.id), charts: charts,
                      text: document.body.innerText.length};
            })()
            """;

    private static Chromium browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void wenjiangReportShowsEveryRowAndChartWithoutError() throws Exception {
        check(Fixtures.wenjiang(), Locale.SIMPLIFIED_CHINESE, "report-wenjiang");
    }

    @Test
    void qingbaijiangReportInEnglishShowsItsPaths() throws Exception {
        check(Fixtures.qingbaijiang(), Locale.ENGLISH, "report-qingbaijiang.en");
    }

    private static void check(Fixtures.Input in, Locale language, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/browser"));
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, in.report(ReportOptions.defaults().withLanguage(language)).html());
        browser.open(page);
        JsonNode seen = browser.eval(MEASURE);
        assertThat(browser.errors()).as("console errors").isEmpty();
        int indicators = in.evaluation().plan().indicators().size();
        assertThat(seen.path("rows").asInt()).isEqualTo(indicators);
        assertThat(seen.path("rowsShown").asInt()).isEqualTo(indicators);
        Set<String> ids = new HashSet<>();
        seen.path("ids").forEach(id -> ids.add(id.asString()));
        for (int i = 1; i <= indicators; i++) {
            assertThat(ids).contains("ind-" + i);
        }
        // Every chart: rendered, its points as many as the indicator's observations, a visible mark.
        List<IndicatorEvaluation> results = in.evaluation().results();
        int charts = 0;
        for (JsonNode chart : seen.path("charts")) {
            charts++;
            String id = chart.path("id").asString();
            IndicatorEvaluation e = results.get(Integer.parseInt(id.substring("chart-".length())) - 1);
            List<ObservedValue> observed = ObservedValue.of(in.evaluation().plan(), e.indicator(),
                    in.observations(), in.evaluation().year());
            assertThat(chart.path("shown").asBoolean()).as(id).isTrue();
            assertThat(chart.path("points").asInt()).as(id + " points").isEqualTo(observed.size())
                    .isEqualTo(chart.path("declared").asInt());
            assertThat(chart.path("marks").asInt()).as(id + " visible marks").isPositive();
        }
        assertThat(charts).isPositive();
        assertThat(seen.path("text").asInt()).isGreaterThan(1000);
        // Not blank: the screenshot of the first screen has many colours, not one.
        byte[] png = browser.screenshot(false);
        Files.write(Path.of("target").resolve(name + ".png"), png);
        assertThat(colours(png)).as("distinct colours in the screenshot").isGreaterThan(16);
        if (Boolean.getBoolean("report.screenshot.full")) {
            Files.write(Path.of("target").resolve(name + ".full.png"), browser.screenshot(true));
        }
        if (name.equals("report-wenjiang") && Boolean.getBoolean("report.screenshot.update")) {
            Path docs = Files.createDirectories(Path.of("../docs"));
            Files.write(docs.resolve("report-wenjiang.png"), png);
        }
    }

    /** The number of distinct colours in a PNG. */
    static int colours(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
