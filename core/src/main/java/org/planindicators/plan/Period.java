package org.planindicators.plan;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planindicators.internal.CjkText;

/**
 * The years a plan covers, both included: 2021–2025 for a five-year plan, 2023 alone for an annual report.
 *
 * <p>{@link #toString()} writes {@code 2021-2025}, or {@code 2023} for a single year; {@link #parse(CharSequence)}
 * reads that back, and the ways documents write it.
 *
 * @param firstYear the first year, four digits
 * @param lastYear the last year, not before {@code firstYear}
 */
public record Period(int firstYear, int lastYear) {
    private static final Pattern FORM =
            Pattern.compile("(\\d{4})年?(?:\\s*(?:-|–|—|~|至|到)\\s*(\\d{4})年?)?");

    /**
     * Checks the fields: four-digit years, {@code firstYear ≤ lastYear}.
     *
     * @param firstYear the first year, four digits
     * @param lastYear the last year, not before {@code firstYear}
     */
    public Period {
        Checks.requireYear(firstYear, "firstYear");
        Checks.requireYear(lastYear, "lastYear");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear must not be before firstYear: " + lastYear + " < "
                    + firstYear);
        }
    }

    /**
     * The years {@code firstYear} to {@code lastYear}, both included.
     *
     * @param firstYear the first year, four digits
     * @param lastYear the last year, not before {@code firstYear}
     * @return the years {@code firstYear} to {@code lastYear}, both included
     */
    public static Period of(int firstYear, int lastYear) {
        return new Period(firstYear, lastYear);
    }

    /**
     * The single year {@code year}.
     *
     * @param year the year
     * @return the single year {@code year}
     */
    public static Period ofYear(int year) {
        return new Period(year, year);
    }

    /**
     * Reads a period as {@link #toString()} writes it ({@code 2021-2025}, {@code 2023}) or as documents do: "2022-2027
     * 年", "2021—2025年", "2021～2025", "2021年至2025年", full-width digits.
     *
     * @param text the text to read
     * @return the period
     * @throws IllegalArgumentException when the text is not one or two four-digit years, or the years are out of
     *     order
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = CjkText.normalize(text).text();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: '" + text + "'; expected 2021-2025 or 2023");
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return new Period(first, last);
    }

    /**
     * Whether {@code year} lies in the period, ends included.
     *
     * @param year the year
     * @return whether {@code year} lies in the period, ends included
     */
    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** {@return the number of years, ends included: 5 for 2021–2025, 1 for a single year} */
    public int length() {
        return lastYear - firstYear + 1;
    }

    /** {@code 2021-2025}, or {@code 2023} for a single year. */
    @Override
    public String toString() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }
}
