package org.planindicators.report;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link ReviewReport} is written: its language, its title, the decimals of computed figures and what its table
 * is grouped by.
 *
 * @param language Chinese for any locale whose language is {@code zh}, English for any other
 * @param title the title; {@code null} for the default, the plan's title and the evaluation year
 * @param scale the decimals of computed figures (expected values, progress, time progress, what is needed per year),
 *     rounded half-even; an actual keeps the decimals it was written with, up to this many; from 0 to 10
 * @param grouping what the table is grouped by: category (类别) or lead agency (牵头单位)
 */
public record ReportOptions(Locale language, @Nullable String title, int scale, ReportGrouping grouping) {
    /**
     * Checks the fields: a scale from 0 to 10, a title that is not blank.
     *
     * @param language Chinese for any locale whose language is {@code zh}, English for any other
     * @param title the title; {@code null} for the default, the plan's title and the evaluation year
     * @param scale the decimals of computed figures, rounded half-even; from 0 to 10
     * @param grouping what the table is grouped by
     */
    public ReportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(grouping, "grouping");
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("scale must be from 0 to 10: " + scale);
        }
    }

    /**
     * Options grouped by category.
     *
     * @param language Chinese for any locale whose language is {@code zh}, English for any other
     * @param title the title; {@code null} for the default
     * @param scale the decimals of computed figures, rounded half-even; from 0 to 10
     */
    public ReportOptions(Locale language, @Nullable String title, int scale) {
        this(language, title, scale, ReportGrouping.CATEGORY);
    }

    /**
     * The usual options: the JVM's default locale (so Chinese under a Chinese locale, else English), the default
     * title, {@link FigureFormat#DEFAULT_SCALE} decimals.
     *
     * @return the usual options
     */
    public static ReportOptions defaults() {
        return new ReportOptions(Locale.getDefault(), null, FigureFormat.DEFAULT_SCALE);
    }

    /**
     * These options in {@code language}.
     *
     * @param language Chinese for any locale whose language is {@code zh}, English for any other
     * @return these options in {@code language}
     */
    public ReportOptions withLanguage(Locale language) {
        return new ReportOptions(language, title, scale, grouping);
    }

    /**
     * These options with {@code title}.
     *
     * @param title the title, not blank
     * @return these options with {@code title}
     */
    public ReportOptions withTitle(String title) {
        return new ReportOptions(language, Objects.requireNonNull(title, "title"), scale, grouping);
    }

    /**
     * These options with {@code scale} decimals.
     *
     * @param scale the decimals of computed figures, rounded half-even; from 0 to 10
     * @return these options with {@code scale} decimals
     */
    public ReportOptions withScale(int scale) {
        return new ReportOptions(language, title, scale, grouping);
    }

    /**
     * These options grouped by {@code newGrouping}.
     *
     * @param newGrouping category (类别) or lead agency (牵头单位)
     * @return these options grouped so
     */
    public ReportOptions withGrouping(ReportGrouping newGrouping) {
        return new ReportOptions(language, title, scale, newGrouping);
    }

    /** {@return whether the report is written in Chinese: the language is {@code zh}} */
    public boolean isChinese() {
        return "zh".equals(language.getLanguage());
    }
}
