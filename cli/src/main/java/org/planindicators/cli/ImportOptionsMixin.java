package org.planindicators.cli;

import static org.planindicators.cli.ProgrammaticModel.bound;
import static org.planindicators.cli.ProgrammaticModel.option;

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
    private static final String ENCODING = "--encoding";
    private static final String ENCODING_LABEL = "CHARSET";
    private static final String ENCODING_DESCRIPTION = "Encoding of text files (UTF-8, GB18030, GBK …). Default: "
            + "detected (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030).";
    private static final String BASE_YEAR = "--base-year";
    private static final String TARGET_YEAR = "--target-year";
    private static final String YEAR_LABEL = "YEAR";
    private static final String BASE_YEAR_DESCRIPTION = "Base year of an indicator table whose headers give none.";
    private static final String TARGET_YEAR_DESCRIPTION = "Target year of an indicator table whose headers give none.";
    private static final String MAX_PROBLEMS = "--max-problems";
    private static final String MAX_PROBLEMS_LABEL = "N";
    private static final String MAX_PROBLEMS_DEFAULT = "1000";
    private static final String MAX_PROBLEMS_DESCRIPTION = "Most problems listed per file; the rest are counted. "
            + "Default: ${DEFAULT-VALUE}.";
    private static final String SHEET = "--sheet";
    private static final String SHEET_LABEL = "NAME|N";
    private static final String SHEET_DESCRIPTION = "Sheet of an Excel workbook (.xlsx) to read, by name or 1-based "
            + "number. Default: the first sheet that holds a table.";
    private static final String KIND = "--kind";
    private static final String KIND_LABEL = "table|observations|plan";
    private static final String KIND_DESCRIPTION = "Read the files as this kind, where their content is ambiguous. "
            + "Default: decided from the content.";
    private static final String JURISDICTION = "--jurisdiction";
    private static final String JURISDICTION_LABEL = "NAME|CODE";
    private static final String JURISDICTION_DESCRIPTION = "Jurisdiction of an indicator table (温江区, 成都市温江区, "
            + "温江区:510115, 510115), which tables do not carry; observations for it, written in any of these ways, "
            + "count for the plan. Default: the one the table's title names, else none.";

    @Option(names = ENCODING, paramLabel = ENCODING_LABEL, converter = CharsetConverter.class,
            description = ENCODING_DESCRIPTION)
    private @Nullable Charset encoding;

    @Option(names = BASE_YEAR, paramLabel = YEAR_LABEL, description = BASE_YEAR_DESCRIPTION)
    private @Nullable Integer baseYear;

    @Option(names = TARGET_YEAR, paramLabel = YEAR_LABEL, description = TARGET_YEAR_DESCRIPTION)
    private @Nullable Integer targetYear;

    @Option(names = MAX_PROBLEMS, paramLabel = MAX_PROBLEMS_LABEL, defaultValue = MAX_PROBLEMS_DEFAULT,
            description = MAX_PROBLEMS_DESCRIPTION)
    private int maxProblems = ImportOptions.DEFAULT_MAX_PROBLEMS;

    @Option(names = SHEET, paramLabel = SHEET_LABEL, description = SHEET_DESCRIPTION)
    private @Nullable String sheet;

    @Option(names = KIND, paramLabel = KIND_LABEL, converter = KindConverter.class, description = KIND_DESCRIPTION)
    private @Nullable FileKind kind;

    @Option(names = JURISDICTION, paramLabel = JURISDICTION_LABEL, description = JURISDICTION_DESCRIPTION)
    private @Nullable String jurisdiction;

    // Injected by picocli: the command this mixin is part of, for usage errors (exit code 2).
    @Spec(Spec.Target.MIXEE)
    private @Nullable CommandSpec mixee;

    /**
     * This mixin as picocli would find it by reflection over the annotations above, built by picocli's programmatic
     * API instead (start-up: see {@link ValidateCommand#model}); the options write this object's fields, and usage
     * errors name {@code mixee}. {@code LeanCommandLineTest} compares the two models attribute by attribute.
     *
     * @param mixee the command this mixin is part of
     * @return the mixin's model, bound to this object
     */
    CommandSpec model(CommandSpec mixee) {
        this.mixee = mixee;
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(this);
        mixin.addOption(bound(option(ENCODING), () -> encoding, v -> encoding = v).paramLabel(ENCODING_LABEL)
                .description(ENCODING_DESCRIPTION).type(Charset.class).converters(new CharsetConverter()).build());
        mixin.addOption(bound(option(BASE_YEAR), () -> baseYear, v -> baseYear = v).paramLabel(YEAR_LABEL)
                .description(BASE_YEAR_DESCRIPTION).type(Integer.class).build());
        mixin.addOption(bound(option(TARGET_YEAR), () -> targetYear, v -> targetYear = v).paramLabel(YEAR_LABEL)
                .description(TARGET_YEAR_DESCRIPTION).type(Integer.class).build());
        mixin.addOption(bound(option(MAX_PROBLEMS), () -> maxProblems, v -> maxProblems = v)
                .paramLabel(MAX_PROBLEMS_LABEL).defaultValue(MAX_PROBLEMS_DEFAULT).description(MAX_PROBLEMS_DESCRIPTION)
                .type(int.class).build());
        mixin.addOption(bound(option(SHEET), () -> sheet, v -> sheet = v).paramLabel(SHEET_LABEL)
                .description(SHEET_DESCRIPTION).type(String.class).build());
        mixin.addOption(bound(option(KIND), () -> kind, v -> kind = v).paramLabel(KIND_LABEL)
                .description(KIND_DESCRIPTION).type(FileKind.class).converters(new KindConverter()).build());
        mixin.addOption(bound(option(JURISDICTION), () -> jurisdiction, v -> jurisdiction = v)
                .paramLabel(JURISDICTION_LABEL).description(JURISDICTION_DESCRIPTION).type(String.class).build());
        return mixin;
    }

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
