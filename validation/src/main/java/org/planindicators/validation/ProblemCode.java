package org.planindicators.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A kind of problem, with a stable code ({@code J003}, {@code T012} …), a default severity and a message template
 * in a resource bundle.
 *
 * <p>Each area of the library has its own enum of codes and its own bundle, named after the enum's class
 * ({@code org/planindicators/validation/TableProblem.properties}, {@code …_zh.properties}), with one key per
 * constant name. Templates are {@link MessageFormat} patterns; the arguments are those the {@link Problem} carries.
 * Codes never change meaning; new ones are added.
 */
public interface ProblemCode {
    /** {@return the stable code, such as {@code T012}} */
    String code();

    /** {@return the severity problems of this kind have unless the check says otherwise} */
    Severity severity();

    /** {@return the constant's name, the key of its message in the bundle} */
    String name();

    /** {@return the base name of the resource bundle holding the messages} */
    default String bundleBaseName() {
        return getClass().getName();
    }

    /**
     * The message for {@code locale} with {@code arguments} filled in. Chinese for {@code zh}, English otherwise.
     *
     * @param locale the locale of the message: Chinese for {@code zh}, English otherwise
     * @param arguments the message arguments
     * @return the message for {@code locale} with {@code arguments} filled in
     */
    default String format(Locale locale, Object... arguments) {
        Locale l = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundleBaseName(), l, getClass().getModule()).getString(name());
        } catch (MissingResourceException e) {
            return code() + " " + String.join(", ", java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
        return new MessageFormat(pattern, l).format(arguments);
    }
}
