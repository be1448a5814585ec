package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.planindicators.validation.ObservationProblem;

/** The codes are stable and numbered in order, and every one has a message in English and in Chinese. */
class ObservationProblemBundleTest {
    @Test
    void codesAreNumberedInOrder() {
        ObservationProblem[] all = ObservationProblem.values();
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].code()).isEqualTo(String.format("O%03d", i + 1));
        }
    }

    @Test
    void everyCodeHasAnEnglishAndAChineseMessageAndTheEnglishBundleIsEmpty() throws IOException {
        Properties en = load("");
        Properties zh = load("_zh");
        assertThat(load("_en")).isEmpty();
        for (ObservationProblem p : ObservationProblem.values()) {
            assertThat(en.getProperty(p.name())).as(p.name()).isNotBlank();
            assertThat(zh.getProperty(p.name())).as(p.name()).isNotBlank();
            Object[] args = Arrays.stream(new String[] {"a", "b", "c"}).toArray();
            String english = p.format(Locale.ENGLISH, args);
            String chinese = p.format(Locale.SIMPLIFIED_CHINESE, args);
            assertThat(english).doesNotStartWith(p.code()).doesNotContain("{");
            assertThat(chinese).doesNotStartWith(p.code()).doesNotContain("{").isNotEqualTo(english);
        }
        assertThat(en.stringPropertyNames()).hasSize(ObservationProblem.values().length);
        assertThat(zh.stringPropertyNames()).hasSize(ObservationProblem.values().length);
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ObservationProblem.class.getResourceAsStream("ObservationProblem" + suffix
                + ".properties")) {
            assertThat(in).as("bundle" + suffix).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
