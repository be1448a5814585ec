package org.planindicators.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The seed corpus of target phrases: the {@code raw_text} column of {@code seed-statements.csv}, the 458 figures
 * labelled from the plans and reports described in {@code examples/DATA.md} (a copy of {@code
 * core/src/test/resources/seed-statements.csv}, which {@code SeedStatementsTest} checks the parser against), one phrase
 * a row, in file order, repeats kept (several labelled figures share a sentence).
 */
public final class SeedCorpus {
    /** Rows of the seed file: phrases in the corpus. */
    public static final int PHRASES = 458;
    /** Where the copy is on the class path. */
    public static final String RESOURCE = "/org/planindicators/benchmarks/seed-statements.csv";

    private SeedCorpus() {
    }

    /** The phrases. */
    public static List<String> phrases() {
        List<String> out = new ArrayList<>();
        try (InputStream in = SeedCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            CsvMapper mapper = new CsvMapper();
            try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (rows.hasNext()) {
                    out.add(rows.next().get("raw_text"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
