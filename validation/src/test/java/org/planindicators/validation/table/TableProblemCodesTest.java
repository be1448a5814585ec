package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planindicators.validation.TableProblem;

/** The table codes: stable, numbered in order, each with a message in English and Chinese. */
class TableProblemCodesTest {
    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TableProblem.class.getResourceAsStream("TableProblem" + suffix + ".properties")) {
            assertThat(in).as("bundle TableProblem%s", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void codesAreNumberedInOrder() {
        TableProblem[] all = TableProblem.values();
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].code()).isEqualTo(String.format(Locale.ROOT, "T%03d", i + 1));
        }
    }

    @Test
    void everyCodeHasAnEnglishAndAChineseMessageAndNoOthers() throws IOException {
        Set<String> names = Arrays.stream(TableProblem.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(bundle("").stringPropertyNames()).isEqualTo(names);
        assertThat(bundle("_zh").stringPropertyNames()).isEqualTo(names);
        assertThat(bundle("_en").stringPropertyNames()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TableProblem.class)
    void messagesFormatWithTheirArguments(TableProblem code) {
        Object[] arguments = {"甲", "乙", "丙", "丁", "戊"};
        String english = code.format(Locale.ENGLISH, arguments);
        String chinese = code.format(Locale.SIMPLIFIED_CHINESE, arguments);
        assertThat(english).doesNotStartWith(code.code()).doesNotContain("{").isNotEqualTo(chinese);
        assertThat(chinese).doesNotStartWith(code.code()).doesNotContain("{");
        assertThat(code.format(Locale.GERMAN, arguments)).isEqualTo(english);
    }
}
