package org.planindicators.validation.internal.observation;

import org.planindicators.validation.Observations;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * Jackson's streaming parsers, one line at a time: a line is at most {@link #MAX_LINE_CHARS} characters before it
 * reaches them, and their read constraints say so again (document, string, number and name length; nesting; tokens),
 * so a line can never make them hold more. Parsers are made from the factories, without a mapper (no data binding
 * is needed), with buffers recycled per thread, as a parser is made for every line. Thread-safe and shared.
 */
final class Parsers {
    /** The longest line read, in characters; a longer line is reported and skipped. */
    static final int MAX_LINE_CHARS = Observations.MAX_LINE_CHARS;
    /** The longest field, in characters. */
    static final int MAX_FIELD_CHARS = Observations.MAX_FIELD_CHARS;
    /** The deepest nesting of a JSON line: the object, {@code dimensions}, and a few more to report. */
    static final int MAX_DEPTH = 8;

    private static final StreamReadConstraints PER_LINE = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_LINE_CHARS + 2L)
            .maxStringLength(MAX_LINE_CHARS)
            .maxNumberLength(MAX_LINE_CHARS)
            .maxNameLength(MAX_FIELD_CHARS)
            .maxNestingDepth(MAX_DEPTH)
            .maxTokenCount(MAX_LINE_CHARS)
            .build();

    /** CSV without a schema: each line is one array of strings (the header is read as a row too). */
    private static final CsvFactory CSV = CsvFactory.builder()
            .streamReadConstraints(PER_LINE)
            .recyclerPool(JsonRecyclerPools.threadLocalPool())
            .build();

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(PER_LINE)
            .recyclerPool(JsonRecyclerPools.threadLocalPool())
            .build();

    private Parsers() {
    }

    /** A parser of one CSV line: {@code START_ARRAY}, a {@code VALUE_STRING} for each field, {@code END_ARRAY}. */
    static JsonParser csv(String line) {
        return CSV.createParser(ObjectReadContext.empty(), line);
    }

    /** A parser of one JSON line. */
    static JsonParser json(String line) {
        return JSON.createParser(ObjectReadContext.empty(), line);
    }
}
