package org.planindicators.validation.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.validation.internal.HeaderVocabulary;
import org.planindicators.validation.internal.HeaderVocabulary.Layout;

/**
 * TABLE-FORMAT.md and OBSERVATIONS-FORMAT.md list every header name the vocabulary accepts, between the markers
 * {@code <!-- header-names:begin -->} and {@code <!-- header-names:end -->}. The list is generated here from {@link
 * HeaderVocabulary}; run with {@code -Dwrite.docs=true} to rewrite it after a change.
 */
class HeaderNamesDocTest {
    private static final String BEGIN = "<!-- header-names:begin -->\n";
    private static final String END = "<!-- header-names:end -->";

    static String generated(Layout layout) {
        StringBuilder b = new StringBuilder("| field | accepted header names |\n|---|---|\n");
        for (HeaderVocabulary.Field f : HeaderVocabulary.fields(layout)) {
            b.append("| ").append(f.key()).append(" | ").append(HeaderVocabulary.names(f, layout).stream()
                    .map(n -> "`" + n + "`").collect(Collectors.joining(", "))).append(" |\n");
        }
        if (layout == Layout.TABLE) {
            b.append("| a year's figures (after a year: `2020年`, `2020年实际`) | ")
                    .append(words(HeaderVocabulary.YEAR_VALUE_WORDS)).append(" |\n");
            b.append("| baseline (with or without a year) | ").append(words(HeaderVocabulary.BASE_WORDS)).append(" |\n");
            b.append("| target (with or without a year) | ").append(words(HeaderVocabulary.TARGET_WORDS)).append(" |\n");
        }
        return b.toString();
    }

    private static String words(java.util.List<String> w) {
        return w.stream().filter(s -> !s.isEmpty()).map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    @ParameterizedTest
    @CsvSource({"TABLE-FORMAT.md, TABLE", "OBSERVATIONS-FORMAT.md, OBSERVATIONS"})
    void theDocListsEveryAcceptedHeaderName(String doc, Layout layout) throws IOException {
        Path path = Path.of(doc);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        assertThat(b).as("markers in " + doc).isNotNegative();
        String want = generated(layout);
        if (Boolean.getBoolean("write.docs")) {
            text = text.substring(0, b + BEGIN.length()) + want + text.substring(e);
            Files.writeString(path, text, StandardCharsets.UTF_8);
        }
        assertThat(text.substring(b + BEGIN.length(), text.indexOf(END))).isEqualTo(want);
    }
}
