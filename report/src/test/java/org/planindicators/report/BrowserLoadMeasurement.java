package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * Not a timed test: a measurement run by hand (BENCHMARKS.md). With {@code -Dreport.measure=FILE.html}, opens the page
 * in headless Chromium three times and prints, for each load, the browser's own navigation timing (DOMContentLoaded,
 * load event end, first contentful paint) and the wall time from navigation to the load event. It asserts only that
 * the page loaded without console errors.
 */
@EnabledIfSystemProperty(named = "report.measure", matches = ".+")
class BrowserLoadMeasurement {
    @Test
    void measure() throws Exception {
        Path page = Path.of(System.getProperty("report.measure")).toAbsolutePath();
        assertThat(page).exists();
        try (Chromium browser = Chromium.start()) {
            for (int run = 1; run <= 3; run++) {
                long wall = browser.open(page);
                JsonNode t = browser.eval("(() => { const n = performance.getEntriesByType('navigation')[0];"
                        + " const p = performance.getEntriesByName('first-contentful-paint')[0];"
                        + " return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
                        + " fcp: p ? p.startTime : -1, rows: document.querySelectorAll('tr.indicator').length,"
                        + " charts: document.querySelectorAll('svg.chart').length}; })()");
                assertThat(browser.errors()).isEmpty();
                System.out.printf("report.measure run=%d bytes=%d rows=%d charts=%d domContentLoaded_ms=%.0f"
                        + " load_ms=%.0f first_contentful_paint_ms=%.0f wall_to_load_ms=%d%n", run,
                        Files.size(page), t.path("rows").asInt(), t.path("charts").asInt(),
                        t.path("dom").asDouble(), t.path("load").asDouble(), t.path("fcp").asDouble(), wall);
            }
        }
    }
}
