package org.planindicators.cli;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.ImportOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The options that say how files are read, shared by {@code validate}, {@code convert} and {@code evaluate}. */
public final class ImportOptionsMixin {
    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "Encoding of text files (UTF-8, GB18030, GBK …). Default: detected (UTF-8 with or without "
                    + "BOM, UTF-16 with BOM, else GB18030).")
    private @Nullable Charset encoding;

    @Option(names = "--base-year", paramLabel = "YEAR",
            description = "Base year of an indicator table whose headers give none.")
    private @Nullable Integer baseYear;

    @Option(names = "--target-year", paramLabel = "YEAR",
            description = "Target year of an indicator table whose headers give none.")
    private @Nullable Integer targetYear;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "1000",
            description = "Most problems listed per file; the rest are counted. Default: ${DEFAULT-VALUE}.")
    private int maxProblems = ImportOptions.DEFAULT_MAX_PROBLEMS;

    @Option(names = "--sheet", paramLabel = "NAME|N",
            description = "Sheet of an Excel workbook (.xlsx) to read, by name or 1-based number. Default: the first "
                    + "sheet that holds a table.")
    private @Nullable String sheet;

    @Option(names = "--kind", paramLabel = "table|observations|plan", converter = KindConverter.class,
            description = "Read the files as this kind, where their content is ambiguous. Default: decided from the "
                    + "content.")
    private @Nullable FileKind kind;

    @Option(names = "--jurisdiction", paramLabel = "NAME|CODE",
            description = "Jurisdiction of an indicator table (温江区, 成都市温江区, 温江区:510115, 510115), which tables "
                    + "do not carry; observations for it, written in any of these ways, count for the plan. Default: "
                    + "the one the table's title names, else none.")
    private @Nullable String jurisdiction;

    // Injected by picocli: the command this mixin is part of, for usage errors (exit code 2).
    @Spec(Spec.Target.MIXEE)
    private @Nullable CommandSpec mixee;

    /** {@return the import options these command-line options describe} */
    public ImportOptions options() {
        if (maxProblems < 1) {
            return usage("--max-problems must be at least 1, not " + maxProblems);
        }
        try {
            return ImportOptions.defaults().withEncoding(encoding).withYears(baseYear, targetYear)
                    .withMaxProblems(maxProblems).withSheet(sheet).withKind(kind).withJurisdiction(jurisdiction);
        } catch (IllegalArgumentException e) {
            return usage("--jurisdiction '" + jurisdiction + "' is not a jurisdiction: " + e.getMessage());
        }
    }

    private ImportOptions usage(String message) {
        if (mixee != null) {
            throw new ParameterException(mixee.commandLine(), message);
        }
        throw new TypeConversionException(message);
    }

    /** Reads a file kind by its code, refusing others as a usage error. */
    static final class KindConverter implements ITypeConverter<FileKind> {
        @Override
        public FileKind convert(String value) {
            for (FileKind k : FileKind.values()) {
                if (k.code().equalsIgnoreCase(value.strip())) {
                    return k;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a kind; use table, observations or plan");
        }
    }

    /** Reads a charset name, refusing unknown ones as a usage error. */
    static final class CharsetConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value.strip());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a known encoding; use UTF-8, GB18030 or GBK");
            }
        }
    }
}
