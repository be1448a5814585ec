package org.planindicators.validation.internal.observation;

import org.planindicators.validation.Observations;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The Jackson parsers, one line at a time: a line is at most {@link #MAX_LINE_CHARS} characters before it reaches
 * them, and their read constraints say so again (document, string, number and name length; nesting; tokens), so a
 * line can never make them hold more. Thread-safe and shared.
 */
final class Parsers {
    /** The longest line read, in characters; a longer line is reported and skipped. */
    static final int MAX_LINE_CHARS = Observations.MAX_LINE_CHARS;
    /** The longest field, in characters. */
    static final int MAX_FIELD_CHARS = Observations.MAX_FIELD_CHARS;
    /** The deepest nesting of a JSON line: the object, {@code dimensions}, and one more to report. */
    static final int MAX_DEPTH = 8;

    private static final StreamReadConstraints PER_LINE = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_LINE_CHARS + 2L)
            .maxStringLength(MAX_LINE_CHARS)
            .maxNumberLength(MAX_LINE_CHARS)
            .maxNameLength(MAX_FIELD_CHARS)
            .maxNestingDepth(MAX_DEPTH)
            .maxTokenCount(MAX_LINE_CHARS)
            .build();

    /** Reads one CSV line as an array of strings (no schema: the header is read as a row too). */
    static final ObjectReader CSV = CsvMapper.builder(CsvFactory.builder().streamReadConstraints(PER_LINE).build())
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .build()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema());

    /** Reads one JSON line with the streaming parser. */
    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(PER_LINE).build())
            .build();

    private Parsers() {
    }
}
