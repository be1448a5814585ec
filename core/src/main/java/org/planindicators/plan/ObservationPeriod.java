package org.planindicators.plan;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planindicators.internal.CjkText;

/**
 * The time an observation is for: a year ({@code 2023}), a quarter ({@code 2023-Q2}) or a month ({@code 2023-06}),
 * written as SDMX reporting periods are.
 *
 * <p>{@link #toString()} writes those forms and {@link #parse(CharSequence)} reads them back. Periods are ordered by
 * their first month, and a longer period before a shorter one that starts with it: {@code 2023 < 2023-Q1 <
 * 2023-01 < 2023-02 < 2023-03 < 2023-Q2 < 2023-04}.
 *
 * @param year the year, four digits
 * @param frequency year, quarter or month
 * @param number the quarter (1–4) or the month (1–12); 0 for a year
 */
public record ObservationPeriod(int year, Frequency frequency, int number) implements Comparable<ObservationPeriod> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])|(\\d{4})年第?([1-4一二三四])季度");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})|(\\d{4})年(\\d{1,2})月");
    private static final Comparator<ObservationPeriod> ORDER = Comparator.comparingInt(ObservationPeriod::year)
            .thenComparingInt(ObservationPeriod::firstMonth)
            .thenComparing(ObservationPeriod::frequency);

    /** How long a period is. */
    public enum Frequency {
        /** A calendar year: {@code 2023}. SDMX frequency A. */
        ANNUAL("annual", "年度", "annual", "A"),
        /** A quarter: {@code 2023-Q2}. SDMX frequency Q. */
        QUARTERLY("quarterly", "季度", "quarterly", "Q"),
        /** A month: {@code 2023-06}. SDMX frequency M. */
        MONTHLY("monthly", "月度", "monthly", "M");

        private final String code;
        private final String chineseName;
        private final String englishName;
        private final String sdmxCode;

        Frequency(String code, String chineseName, String englishName, String sdmxCode) {
            this.code = code;
            this.chineseName = chineseName;
            this.englishName = englishName;
            this.sdmxCode = sdmxCode;
        }

        /** {@return the stable code: {@code annual}, {@code quarterly}, {@code monthly}} */
        public String code() {
            return code;
        }

        /** {@return the name in Chinese: 年度, 季度, 月度} */
        public String chineseName() {
            return chineseName;
        }

        /** {@return the name in English} */
        public String englishName() {
            return englishName;
        }

        /** {@return the code in SDMX's frequency code list CL_FREQ: A, Q, M} */
        public String sdmxCode() {
            return sdmxCode;
        }

        /**
         * The frequency with this code.
         *
         * @param code the stable code
         * @return the frequency with this code
         * @throws IllegalArgumentException for an unknown code, naming it
         */
        public static Frequency ofCode(String code) {
            return Checks.byCode(values(), Frequency::code, code, "frequency");
        }
    }

    /**
     * Checks the fields: a four-digit year; number 0 for a year, 1–4 for a quarter, 1–12 for a month.
     *
     * @param year the year, four digits
     * @param frequency year, quarter or month
     * @param number the quarter (1–4) or the month (1–12); 0 for a year
     */
    public ObservationPeriod {
        Checks.requireYear(year, "year");
        Objects.requireNonNull(frequency, "frequency");
        switch (frequency) {
            case ANNUAL -> {
                if (number != 0) {
                    throw new IllegalArgumentException("number must be 0 for a year: " + number);
                }
            }
            case QUARTERLY -> {
                if (number < 1 || number > 4) {
                    throw new IllegalArgumentException("number must be a quarter 1–4: " + number);
                }
            }
            case MONTHLY -> {
                if (number < 1 || number > 12) {
                    throw new IllegalArgumentException("number must be a month 1–12: " + number);
                }
            }
            default -> throw new AssertionError(frequency);
        }
    }

    /**
     * The year {@code year}.
     *
     * @param year the year, four digits
     * @return the year {@code year}
     */
    public static ObservationPeriod ofYear(int year) {
        return new ObservationPeriod(year, Frequency.ANNUAL, 0);
    }

    /**
     * Quarter {@code quarter} (1–4) of {@code year}.
     *
     * @param year the year, four digits
     * @param quarter the quarter, 1–4
     * @return quarter {@code quarter} (1–4) of {@code year}
     */
    public static ObservationPeriod ofQuarter(int year, int quarter) {
        return new ObservationPeriod(year, Frequency.QUARTERLY, quarter);
    }

    /**
     * Month {@code month} (1–12) of {@code year}.
     *
     * @param year the year, four digits
     * @param month the month, 1–12
     * @return month {@code month} (1–12) of {@code year}
     */
    public static ObservationPeriod ofMonth(int year, int month) {
        return new ObservationPeriod(year, Frequency.MONTHLY, month);
    }

    /**
     * Reads a period as {@link #toString()} writes it ({@code 2023}, {@code 2023-Q2}, {@code 2023-06}), or as
     * documents do: {@code 2023Q2}, {@code 2023-6}, {@code 2023年}, {@code 2023年第二季度}, {@code 2023年6月}, full-width
     * digits.
     *
     * @param text the text to read
     * @return the period
     * @throws IllegalArgumentException when the text is none of these, or the quarter or month is out of range
     */
    public static ObservationPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = CjkText.normalize(text).text();
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            return ofYear(Integer.parseInt(m.group(1)));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            return m.group(1) != null
                    ? ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    : ofQuarter(Integer.parseInt(m.group(3)), quarterNumber(m.group(4)));
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            return m.group(1) != null
                    ? ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    : ofMonth(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        throw new IllegalArgumentException("not an observation period: '" + text + "'; expected 2023, 2023-Q2 or"
                + " 2023-06");
    }

    /** 1–4 from a digit or 一二三四. */
    private static int quarterNumber(String digit) {
        int chinese = "一二三四".indexOf(digit);
        return chinese >= 0 ? chinese + 1 : Integer.parseInt(digit);
    }

    /** {@return the first month of the period: 1 for a year, 4 for the second quarter, 6 for June} */
    public int firstMonth() {
        return switch (frequency) {
            case ANNUAL -> 1;
            case QUARTERLY -> (number - 1) * 3 + 1;
            case MONTHLY -> number;
        };
    }

    /** {@return the last month of the period: 12 for a year, 6 for the second quarter, 6 for June} */
    public int lastMonth() {
        return switch (frequency) {
            case ANNUAL -> 12;
            case QUARTERLY -> number * 3;
            case MONTHLY -> number;
        };
    }

    /**
     * Whether {@code other} lies within this period: 2023-06 within 2023-Q2 and 2023.
     *
     * @param other the other one
     * @return whether {@code other} lies within this period: 2023-06 within 2023-Q2 and 2023
     */
    public boolean contains(ObservationPeriod other) {
        Objects.requireNonNull(other, "other");
        return other.year == year && other.firstMonth() >= firstMonth() && other.lastMonth() <= lastMonth();
    }

    /** Orders by first month, a longer period before a shorter one that starts with it. */
    @Override
    public int compareTo(ObservationPeriod other) {
        return ORDER.compare(this, other);
    }

    /** {@code 2023}, {@code 2023-Q2} or {@code 2023-06}. */
    @Override
    public String toString() {
        return switch (frequency) {
            case ANNUAL -> Integer.toString(year);
            case QUARTERLY -> year + "-Q" + number;
            case MONTHLY -> year + (number < 10 ? "-0" : "-") + number;
        };
    }
}
