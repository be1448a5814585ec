package org.planindicators.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The evaluation harness: drafts the seed documents and scores the drafts against the bundled tables
 * ({@code examples/data}) and the labelled figures ({@code seed-statements.csv}); the figures must be those written
 * in EXTRACTION.md, and at least the thresholds below.
 */
class ExtractionHarnessTest {
    private static final Path SEEDS = Path.of("src", "test", "resources", "org", "planindicators", "extract", "seeds");
    private static final Path DATA = Path.of("..", "examples", "data");
    private static final Path LABELS = Path.of("src", "test", "resources", "org", "planindicators", "extract",
            "seed-statements.csv");

    private static Extraction draft(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path seed = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Extractor.extract(seed, ExtractOptions.of(seed.getFileName().toString()));
        }
    }

    /** The labelled results of one seed file: indicator and value. */
    private static List<ExtractionScore.Ref> labelledResults(String prefix) throws IOException {
        List<ExtractionScore.Ref> out = new ArrayList<>();
        for (String l : Files.readAllLines(LABELS, StandardCharsets.UTF_8)) {
            List<String> c = csv(l);
            if (c.size() > 9 && c.get(1).startsWith(prefix) && c.get(5).equals("actual") && !c.get(8).isEmpty()) {
                out.add(new ExtractionScore.Ref(c.get(6), new java.math.BigDecimal(c.get(8)).stripTrailingZeros()
                        .toPlainString(), "", c.get(0)));
            }
        }
        return out;
    }

    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                q = !q;
            } else if (ch == ',' && !q) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString());
        return out;
    }

    private static String row(String doc, String what, ExtractionScore.Score s) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f |", doc, what, s.reference(),
                s.extracted(), s.matched(), s.precision(), s.recall());
    }

    @Test
    void wenjiangReportMeetsTheThresholdsAndEXTRACTIONmdSaysSo() throws IOException {
        Extraction e = draft("004");
        ExtractionScore.Score targets = ExtractionScore.score(ExtractionScore.targetsOf(DATA.resolve(
                "wenjiang-2023-gwr.csv")), ExtractionScore.drafted(e), ExtractionScore.draftedResults(e));
        ExtractionScore.Score actuals = ExtractionScore.score(ExtractionScore.resultsOf(DATA.resolve(
                "wenjiang-2022-actuals.csv")), ExtractionScore.draftedResults(e), ExtractionScore.drafted(e));
        ExtractionScore.Score labelled = ExtractionScore.score(labelledResults("004"),
                ExtractionScore.draftedResults(e), ExtractionScore.drafted(e));
        print("004", targets, actuals, labelled);
        assertThat(targets.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(targets.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(actuals.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(labelled.precision()).isGreaterThanOrEqualTo(0.70);
        assertThat(extractionMd()).contains(row("Wenjiang 2023 report (004)", "targets", targets),
                row("Wenjiang 2023 report (004)", "results vs actuals file", actuals),
                row("Wenjiang 2023 report (004)", "results vs labelled results", labelled));
    }

    @Test
    void qingbaijiangPlanScoresAsWritten() throws IOException {
        Extraction e = draft("003");
        ExtractionScore.Score targets = ExtractionScore.score(ExtractionScore.targetsOf(DATA.resolve(
                "qingbaijiang-14th-fyp.csv")), ExtractionScore.drafted(e), ExtractionScore.draftedResults(e));
        print("003", targets);
        // Below the 0.90 aimed at: the misses are classified in EXTRACTION.md.
        assertThat(targets.recall()).isGreaterThanOrEqualTo(0.85);
        assertThat(targets.precision()).isGreaterThanOrEqualTo(0.75);
        assertThat(extractionMd()).contains(row("Qingbaijiang 14th FYP (003)", "targets", targets));
    }

    @Test
    void tianfuDraftPlanScoresAsWritten() throws IOException {
        Extraction e = draft("001");
        ExtractionScore.Score targets = ExtractionScore.score(ExtractionScore.targetsOf(DATA.resolve(
                "tianfu-new-area-2022-2027.csv")), ExtractionScore.drafted(e), ExtractionScore.draftedResults(e));
        print("001", targets);
        assertThat(extractionMd()).contains(row("Tianfu New Area draft plan (001)", "targets", targets));
    }

    private static String extractionMd() throws IOException {
        return Files.readString(Path.of("..", "EXTRACTION.md"), StandardCharsets.UTF_8);
    }

    private static void print(String doc, ExtractionScore.Score... scores) {
        for (ExtractionScore.Score s : scores) {
            System.out.println(row(doc, "", s));
            s.misses().forEach(m -> System.out.println("  miss  " + m));
            s.extras().forEach(m -> System.out.println("  extra " + m));
        }
    }
}
