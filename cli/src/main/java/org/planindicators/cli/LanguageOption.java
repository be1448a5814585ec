package org.planindicators.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lang zh|en} option, a mixin shared by the sub-commands that print messages: the language of error
 * messages. Without it, the language follows the JVM's default locale: Chinese when its language is {@code zh},
 * English otherwise.
 */
public final class LanguageOption {
    /** The languages of messages. */
    public enum Language {
        /** Chinese, {@code zh}. */
        CHINESE(Locale.CHINESE),
        /** English, {@code en}. */
        ENGLISH(Locale.ENGLISH);

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        /** {@return the locale that selects this language} */
        public Locale locale() {
            return locale;
        }

        /**
         * The language of {@code locale}: Chinese for {@code zh}, English otherwise.
         *
         * @param locale a locale
         * @return the language of {@code locale}: Chinese for {@code zh}, English otherwise
         */
        public static Language of(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        }
    }

    private static final String NAME = "--lang";
    private static final String LABEL = "zh|en";
    private static final String DESCRIPTION = "Language of error messages: zh or en. Default: zh when the JVM's "
            + "locale is Chinese, else en.";

    @Option(names = NAME, paramLabel = LABEL, converter = LanguageConverter.class, description = DESCRIPTION)
    private @Nullable Language language;

    /**
     * This mixin as picocli would find it by reflection over the annotation above, built by picocli's programmatic API
     * instead (start-up: see {@link ValidateCommand#model}); the option writes this object's field.
     * {@code LeanCommandLineTest} compares the two models attribute by attribute.
     *
     * @return the mixin's model, bound to this object
     */
    CommandSpec model() {
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(this);
        mixin.addOption(ProgrammaticModel.bound(ProgrammaticModel.option(NAME), () -> language, v -> language = v)
                .paramLabel(LABEL).description(DESCRIPTION).type(Language.class).converters(new LanguageConverter())
                .build());
        return mixin;
    }

    /** {@return the chosen language, or the one of the JVM's default locale} */
    public Language language() {
        return language != null ? language : Language.of(Locale.getDefault());
    }

    /** {@return the locale of the chosen language} */
    public Locale locale() {
        return language().locale();
    }

    /** Reads {@code zh} or {@code en}, in any case, also as a locale tag such as {@code zh-CN} or {@code en_US}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            String tag = value.strip().replace('_', '-');
            String lang = Locale.forLanguageTag(tag).getLanguage();
            return switch (lang) {
                case "zh" -> Language.CHINESE;
                case "en" -> Language.ENGLISH;
                default -> throw new TypeConversionException("'" + value + "' is not a supported language; use zh or en");
            };
        }
    }
}
