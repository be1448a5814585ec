package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planindicators.validation.JsonProblem;
import org.planindicators.validation.Location;
import org.planindicators.validation.Problem;
import org.planindicators.validation.Severity;

/** The codes of plan-document problems and their messages in English and Chinese. */
class JsonProblemTest {
    @Test
    void codesAreDistinctAndNumberedInOrder() {
        JsonProblem[] all = JsonProblem.values();
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].code()).isEqualTo(String.format("J%03d", i + 1));
            assertThat(all[i].severity()).isEqualTo(Severity.ERROR);
        }
    }

    @Test
    void everyCodeHasAnEnglishAndAChineseMessageAndTheEnglishBundleIsEmpty() throws IOException {
        Properties base = bundle("JsonProblem.properties");
        Properties zh = bundle("JsonProblem_zh.properties");
        Properties en = bundle("JsonProblem_en.properties");
        Set<String> names = Arrays.stream(JsonProblem.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(base.stringPropertyNames()).isEqualTo(names);
        assertThat(zh.stringPropertyNames()).isEqualTo(names);
        assertThat(en).isEmpty();
    }

    @Test
    void messagesFillTheirArguments() {
        Problem p = Problem.of(JsonProblem.MISSING_FIELD, Location.ofPointer("f.json", "", 1, 1), "status", null,
                "status", "plan", "规划");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("The required property \"status\" of the plan is missing");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("规划缺少必填属性“status”");
        Problem t = Problem.of(JsonProblem.BAD_TARGET, Location.ofPointer("f.json", "/t", 1, 1), "target", "6.0%—",
                "6.0%—", "TP006", "TP006: the range '6.0%—' has no upper bound", "TP006: 区间“6.0%—”缺少上限");
        assertThat(t.message(Locale.ENGLISH)).isEqualTo(
                "The target \"6.0%—\" cannot be read: TP006: the range '6.0%—' has no upper bound");
        assertThat(t.message(Locale.CHINA)).isEqualTo("无法读取目标“6.0%—”：TP006: 区间“6.0%—”缺少上限");
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = JsonProblem.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
