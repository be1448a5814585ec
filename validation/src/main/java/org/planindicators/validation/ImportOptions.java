package org.planindicators.validation;

import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.unit.UnitRegistry;

/**
 * How to read files.
 *
 * @param encoding the encoding of text files, or {@code null} to detect it (UTF-8 with or without BOM, else GB18030)
 * @param baseYear the base year of a table whose headers give none, or {@code null}
 * @param targetYear the target year of a table whose headers give none, or {@code null}
 * @param maxProblems the most problems listed per file; the rest are counted
 * @param maxFileBytes the largest file read, in bytes (observation streams are not limited)
 * @param units the units known to the readers
 * @param sheet the sheet of a workbook to read, by name or 1-based number, or {@code null} for the first sheet that
 *     holds a table
 * @param kind the kind a file is to be read as, or {@code null} to decide it from the content
 * @param jurisdiction the jurisdiction of an indicator table, as written ({@code 温江区}, {@code 成都市温江区},
 *     {@code 温江区(510115)}, {@code 510115}), or {@code null} for the one its title names, else the placeholder
 *     {@link TableContext#UNSPECIFIED}; a {@link TableContext} that names one takes precedence
 */
public record ImportOptions(@Nullable Charset encoding, @Nullable Integer baseYear, @Nullable Integer targetYear,
        int maxProblems, long maxFileBytes, UnitRegistry units, @Nullable String sheet, @Nullable FileKind kind,
        @Nullable String jurisdiction) {
    /** The default cap on listed problems. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;
    /**
     * The default size limit of plan and table files: 8 MiB. A whole document is held while it is read (its bytes,
     * its text, its tree and the place of every node: some 20× the file); at this limit that fits a heap of 256 MiB
     * ({@code PlanDocumentMemoryTest}: 46,187 indicators). Real plans are under 1 MiB.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    /**
     * Checks the fields.
     *
     * @param encoding the encoding of text files, or {@code null} to detect it (UTF-8 with or without BOM, else
     *     GB18030)
     * @param baseYear the base year of a table whose headers give none, or {@code null}
     * @param targetYear the target year of a table whose headers give none, or {@code null}
     * @param maxProblems the most problems listed per file; the rest are counted
     * @param maxFileBytes the largest file read, in bytes (observation streams are not limited)
     * @param units the units known to the readers
     * @param sheet the sheet of a workbook to read, or {@code null}
     * @param kind the kind a file is to be read as, or {@code null}
     * @param jurisdiction the jurisdiction of an indicator table, or {@code null}
     * @throws IllegalArgumentException when a limit is not positive or the jurisdiction is blank
     */
    public ImportOptions {
        Objects.requireNonNull(units, "units");
        if (jurisdiction != null) {
            TableContext.parseJurisdiction(jurisdiction); // refuses a blank one here rather than at the first table
        }
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be positive: " + maxProblems);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
    }

    /**
     * Options without a sheet or kind: the first sheet holding a table, the kind from the content.
     *
     * @param encoding the encoding of text files, or {@code null} to detect it
     * @param baseYear the base year of a table whose headers give none, or {@code null}
     * @param targetYear the target year of a table whose headers give none, or {@code null}
     * @param maxProblems the most problems listed per file
     * @param maxFileBytes the largest file read, in bytes
     * @param units the units known to the readers
     */
    public ImportOptions(@Nullable Charset encoding, @Nullable Integer baseYear, @Nullable Integer targetYear,
            int maxProblems, long maxFileBytes, UnitRegistry units) {
        this(encoding, baseYear, targetYear, maxProblems, maxFileBytes, units, null, null, null);
    }

    /**
     * Options without a jurisdiction: the one a table's title names, else the placeholder.
     *
     * @param encoding the encoding of text files, or {@code null} to detect it
     * @param baseYear the base year of a table whose headers give none, or {@code null}
     * @param targetYear the target year of a table whose headers give none, or {@code null}
     * @param maxProblems the most problems listed per file
     * @param maxFileBytes the largest file read, in bytes
     * @param units the units known to the readers
     * @param sheet the sheet of a workbook to read, or {@code null}
     * @param kind the kind a file is to be read as, or {@code null}
     */
    public ImportOptions(@Nullable Charset encoding, @Nullable Integer baseYear, @Nullable Integer targetYear,
            int maxProblems, long maxFileBytes, UnitRegistry units, @Nullable String sheet, @Nullable FileKind kind) {
        this(encoding, baseYear, targetYear, maxProblems, maxFileBytes, units, sheet, kind, null);
    }

    /**
     * Detect the encoding, years from headers, 1000 problems, 8 MiB, standard units.
     *
     * @return the default options
     */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, DEFAULT_MAX_PROBLEMS, DEFAULT_MAX_FILE_BYTES,
                UnitRegistry.standard());
    }

    /**
     * These options with the encoding given.
     *
     * @param charset the encoding of text files, or {@code null} to detect it
     * @return these options with the encoding given
     */
    public ImportOptions withEncoding(@Nullable Charset charset) {
        return new ImportOptions(charset, baseYear, targetYear, maxProblems, maxFileBytes, units, sheet, kind, jurisdiction);
    }

    /**
     * These options with the base and target years of tables whose headers give none.
     *
     * @param base the base year, or {@code null}
     * @param target the target year, or {@code null}
     * @return these options with the base and target years of tables whose headers give none
     */
    public ImportOptions withYears(@Nullable Integer base, @Nullable Integer target) {
        return new ImportOptions(encoding, base, target, maxProblems, maxFileBytes, units, sheet, kind, jurisdiction);
    }

    /**
     * These options with another cap on listed problems.
     *
     * @param max the new limit, at least 1
     * @return these options with another cap on listed problems
     */
    public ImportOptions withMaxProblems(int max) {
        return new ImportOptions(encoding, baseYear, targetYear, max, maxFileBytes, units, sheet, kind, jurisdiction);
    }

    /**
     * These options with another size limit.
     *
     * @param max the new limit, at least 1
     * @return these options with another size limit
     */
    public ImportOptions withMaxFileBytes(long max) {
        return new ImportOptions(encoding, baseYear, targetYear, maxProblems, max, units, sheet, kind, jurisdiction);
    }

    /**
     * These options with the sheet of a workbook to read.
     *
     * @param newSheet the sheet's name or 1-based number, or {@code null} for the first sheet holding a table
     * @return these options with the sheet given
     */
    public ImportOptions withSheet(@Nullable String newSheet) {
        return new ImportOptions(encoding, baseYear, targetYear, maxProblems, maxFileBytes, units, newSheet, kind, jurisdiction);
    }

    /**
     * These options with the kind files are to be read as ({@code --kind table|observations|plan}).
     *
     * @param newKind the kind, or {@code null} to decide it from the content
     * @return these options with the kind given
     */
    public ImportOptions withKind(@Nullable FileKind newKind) {
        return new ImportOptions(encoding, baseYear, targetYear, maxProblems, maxFileBytes, units, sheet, newKind, jurisdiction);
    }

    /**
     * These options with the jurisdiction of indicator tables ({@code --jurisdiction}).
     *
     * @param newJurisdiction the jurisdiction as written ({@code 温江区}, {@code 成都市温江区}, {@code 510115}), or
     *     {@code null} for the one a table's title names
     * @return these options with the jurisdiction given
     * @throws IllegalArgumentException when it is blank
     */
    public ImportOptions withJurisdiction(@Nullable String newJurisdiction) {
        return new ImportOptions(encoding, baseYear, targetYear, maxProblems, maxFileBytes, units, sheet, kind,
                newJurisdiction);
    }
}
