package org.planindicators.target;

import java.util.Locale;
import java.util.Objects;
import org.planindicators.internal.Excerpt;

/**
 * Why a text could not be read as targets: a stable code, the input quoted, where in it reading failed and the
 * fragment at fault.
 *
 * @param code what went wrong
 * @param input the text as given
 * @param index the index in {@code input} where the fault starts (0-based)
 * @param fragment the part of the input at fault
 */
public record TargetParseError(TargetParseErrorCode code, String input, int index, String fragment) {
    /**
     * Checks the fields.
     *
     * @param code what went wrong
     * @param input the text as given
     * @param index the index in {@code input} where the fault starts (0-based)
     * @param fragment the part of the input at fault
     */
    public TargetParseError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(fragment, "fragment");
        if (index < 0 || index > input.length()) {
            throw new IllegalArgumentException("index " + index + " is outside the input of length " + input.length());
        }
    }

    /** {@return the message in English} */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * The message for {@code locale}, with the code, the input quoted and the 1-based column: {@code TP006: the
     * range '6.0%—' has no upper bound (in '6.0%—', column 1)}.
     *
     * @param locale the locale of the message: Chinese for {@code zh}, English otherwise
     * @return the message for {@code locale}, with the code, the input quoted and the 1-based column: {@code TP006:
     *     the range '6.0%—' has no upper bound (in '6.0%—', column 1)}
     */
    public String message(Locale locale) {
        // Quoted texts are cut to their first characters: an input of 10 MB is not repeated whole.
        String text = code.format(locale, Excerpt.of(fragment));
        String quoted = Excerpt.of(input);
        String where = TargetParseErrorCode.isChinese(locale)
                ? "（原文“" + quoted + "”，第 " + (index + 1) + " 列）"
                : " (in '" + quoted + "', column " + (index + 1) + ")";
        return code.code() + ": " + text + where;
    }

    @Override
    public String toString() {
        return message();
    }
}
