package org.planindicators.extract;

import java.util.Locale;

/** How sure the extractor is of a drafted row; a reviewer checks {@link #LOW} rows first. */
public enum Confidence {
    /** Named by the words right before the figure, tied to a year or a section on targets, numeric. */
    HIGH("高"),
    /** Named from a split sentence, an enumeration or the noun after the figure. */
    MEDIUM("中"),
    /** The name is a guess (too short, too long, or borrowed from a neighbouring figure), or no figure. */
    LOW("低");

    private final String chinese;

    Confidence(String chinese) {
        this.chinese = chinese;
    }

    /**
     * The label in {@code locale}'s language: 高/中/低 in Chinese, high/medium/low otherwise.
     *
     * @param locale the language
     * @return the label
     */
    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : name().toLowerCase(Locale.ROOT);
    }
}
