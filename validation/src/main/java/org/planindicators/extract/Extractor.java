package org.planindicators.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.planindicators.extract.internal.ExtractionEngine;
import org.planindicators.validation.internal.TextInput;

/**
 * Drafts the indicator table of a plan or report from its text: every target with its indicator, unit, year,
 * section, lead agency and source line, and apart from them the results the text reports.
 *
 * <pre>{@code
 * Extraction draft = Extractor.extract(Path.of("report.txt"), ExtractOptions.of("report.txt"));
 * Files.writeString(Path.of("draft.csv"), draft.tableCsv());
 * Files.writeString(Path.of("draft-results.csv"), draft.observationsCsv());
 * }</pre>
 *
 * <p>The figures are read by {@link org.planindicators.target.TargetParser}; the extractor adds what a person does
 * next: it follows the headings, tells targets (今年…, 到2025年…, sections on the year ahead) from results (sections
 * that look back, earlier years), splits sentences with several figures (分别, 均), names each figure's indicator,
 * and reads the lead agency of list items (牵头单位); a result that is the same measure as a drafted target is filed
 * under that target's indicator ({@link DraftResult#ofTable()}). It reads text as PDF extraction leaves it: stray
 * spaces inside words and numbers, full-width forms, lines broken inside sentences, page furniture between them. The
 * draft is for review: each row says how sure the extractor is ({@link Confidence}) and why. Stateless and
 * thread-safe.
 */
public final class Extractor {
    private Extractor() {
    }

    /**
     * Drafts the table of {@code text}.
     *
     * @param text the document's text
     * @param options what is known of the document
     * @return the draft
     */
    public static Extraction extract(String text, ExtractOptions options) {
        return new ExtractionEngine(Objects.requireNonNull(options, "options"))
                .run(Objects.requireNonNull(text, "text"));
    }

    /**
     * Drafts the table of the text file {@code file}, whose encoding is detected (UTF-8 with or without BOM,
     * UTF-16 with BOM, else GB18030).
     *
     * @param file a plain-text file
     * @param options what is known of the document
     * @return the draft
     * @throws IOException when the file cannot be read or is not text
     */
    public static Extraction extract(Path file, ExtractOptions options) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return extract(read(in, file.toString()), options);
        }
    }

    private static String read(InputStream in, String name) throws IOException {
        TextInput.Detection d = TextInput.open(in, null);
        if (d instanceof TextInput.Text t) {
            try (Reader r = t.reader()) {
                StringBuilder b = new StringBuilder();
                char[] buf = new char[8192];
                int n;
                while ((n = r.read(buf)) > 0) {
                    b.append(buf, 0, n);
                }
                return b.toString();
            }
        }
        if (d instanceof TextInput.Empty) {
            return "";
        }
        throw new IOException(name + ": not a text file (" + d + ")");
    }
}
