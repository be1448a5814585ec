package org.planindicators.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A browser that is not there fails the browser test, unless it is skipped on purpose. */
class ChromiumLookupTest {
    @Test
    void aMissingBrowserFailsWithAMessageSayingWhatToDo() {
        String before = System.getProperty("report.browser");
        try {
            System.setProperty("report.browser", "/no/such/chromium");
            assertThatThrownBy(Chromium::executable).isInstanceOf(AssertionError.class)
                    .hasMessage("-Dreport.browser=/no/such/chromium is not an executable file");
            System.setProperty("report.browser", "skip");
            assertThatThrownBy(Chromium::executable).isInstanceOf(TestAbortedException.class);
        } finally {
            if (before == null) {
                System.clearProperty("report.browser");
            } else {
                System.setProperty("report.browser", before);
            }
        }
    }
}
