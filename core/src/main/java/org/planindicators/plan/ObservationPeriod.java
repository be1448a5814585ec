package org.planindicators.plan;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.internal.CjkText;

/**
 * The time an observation is for: a year ({@code 2023}), a half year ({@code 2023-S1}), a quarter ({@code
 * 2023-Q2}), a month ({@code 2023-06}) — written as SDMX reporting periods are — or a year to date as statistical
 * bureaus publish it, January to a month ({@code 2023-01/06}, an ISO 8601 interval: 2023年1-6月).
 *
 * <p>A figure for a year to date is a 累计 figure: the total of January to that month (a level such as GDP 1-6月
 * 累计 in 亿元), or the growth of that total over the same months a year earlier (累计增长, in %). Which of the two it
 * is follows from its unit, as for yearly figures. 一季度 is a quarter and 上半年 a half year; both begin in January,
 * so {@link #isYearToDate()} holds for them as for 1-9月.
 *
 * <p>{@link #toString()} writes those forms and {@link #parse(CharSequence)} reads them back, and the ways documents
 * write them. Periods are ordered by their first month, a longer period before a shorter one that starts with it,
 * and among periods of one span by frequency: {@code 2023 < 2023-01/09 < 2023-S1 < 2023-01/06 < 2023-Q1 < 2023-01
 * < 2023-02 < 2023-03 < 2023-Q2 < 2023-04}.
 *
 * @param year the year, four digits
 * @param frequency year, half year, quarter, month, or year to date
 * @param number the half (1–2), the quarter (1–4), the month (1–12), or the last month of a year to date (2–11);
 *     0 for a year
 */
public record ObservationPeriod(int year, Frequency frequency, int number) implements Comparable<ObservationPeriod> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])|(\\d{4})年第?([1-4一二三四])季度");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})|(\\d{4})年(\\d{1,2})月份?");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-?[SsHh]([12])|(\\d{4})年?([上下])半年(?:累计)?");
    private static final Pattern TO_DATE = Pattern.compile(
            "(\\d{4})-0?1/(\\d{1,2})|(\\d{4})年?0?1\\s*(?:-|—|~|至|到)\\s*(\\d{1,2})月份?(?:累计)?"
                    + "|(\\d{4})年?(?:前三季度|1\\s*(?:-|—|~|至|到)\\s*([1-4])季度)(?:累计)?");
    private static final Pattern MONTH_SPAN =
            Pattern.compile("(\\d{4})年?(\\d{1,2})\\s*(?:-|—|~|至|到)\\s*(\\d{1,2})月份?");
    private static final Pattern QUARTER_TO_DATE = Pattern.compile("(\\d{4})年第?([1-4一二三四])季度累计");
    private static final Comparator<ObservationPeriod> ORDER = Comparator.comparingInt(ObservationPeriod::year)
            .thenComparingInt(ObservationPeriod::firstMonth)
            .thenComparing(Comparator.comparingInt(ObservationPeriod::lastMonth).reversed())
            .thenComparing(ObservationPeriod::frequency);

    /** How long a period is. */
    public enum Frequency {
        /** A calendar year: {@code 2023}. SDMX frequency A. */
        ANNUAL("annual", "年度", "annual", "A"),
        /** A quarter: {@code 2023-Q2}. SDMX frequency Q. */
        QUARTERLY("quarterly", "季度", "quarterly", "Q"),
        /** A month: {@code 2023-06}. SDMX frequency M. */
        MONTHLY("monthly", "月度", "monthly", "M"),
        /** A half year: {@code 2023-S1} (上半年). SDMX frequency S. */
        HALF_YEARLY("half_yearly", "半年度", "half-yearly", "S"),
        /**
         * January to a month of the year, a 累计 span: {@code 2023-01/06} (1-6月). SDMX has no such frequency; its
         * code here is the ISO 8601 interval's separator, {@code /}.
         */
        YEAR_TO_DATE("year_to_date", "年初至今累计", "year to date", "/");

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
     * Checks the fields: a four-digit year; number 0 for a year, 1–2 for a half, 1–4 for a quarter, 1–12 for a month,
     * 2–11 for the last month of a year to date.
     *
     * @param year the year, four digits
     * @param frequency year, half year, quarter, month, or year to date
     * @param number the half (1–2), the quarter (1–4), the month (1–12), or the last month of a year to date
     *     (2–11); 0 for a year
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
            case HALF_YEARLY -> {
                if (number < 1 || number > 2) {
                    throw new IllegalArgumentException("number must be a half year 1–2: " + number);
                }
            }
            case YEAR_TO_DATE -> {
                if (number < 2 || number > 11) {
                    throw new IllegalArgumentException("number must be the last month 2–11 of a year to date (1-1月 is"
                            + " a month, 1-12月 the year): " + number);
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
     * Half {@code half} (1–2) of {@code year}: 上半年, 下半年.
     *
     * @param year the year, four digits
     * @param half the half, 1–2
     * @return half {@code half} (1–2) of {@code year}
     */
    public static ObservationPeriod ofHalf(int year, int half) {
        return new ObservationPeriod(year, Frequency.HALF_YEARLY, half);
    }

    /**
     * January to {@code lastMonth} of {@code year}: {@code ofYearToDate(2023, 6)} is 2023年1-6月. January alone is
     * the month ({@link #ofMonth}) and January to December the year ({@link #ofYear}), which this returns for
     * {@code lastMonth} 1 and 12, so that one span has one form.
     *
     * @param year the year, four digits
     * @param lastMonth the last month, 1–12
     * @return January to {@code lastMonth} of {@code year}
     */
    public static ObservationPeriod ofYearToDate(int year, int lastMonth) {
        if (lastMonth == 1) {
            return ofMonth(year, 1);
        }
        return lastMonth == 12 ? ofYear(year) : new ObservationPeriod(year, Frequency.YEAR_TO_DATE, lastMonth);
    }

    /**
     * Reads a period as {@link #toString()} writes it ({@code 2023}, {@code 2023-S1}, {@code 2023-Q2}, {@code
     * 2023-06}, {@code 2023-01/06}), or as documents do: {@code 2023Q2}, {@code 2023H1}, {@code 2023-6}, {@code
     * 2023年}, {@code 2023年上半年}, {@code 2023年第二季度}, {@code 2023年一季度}, {@code 2023年6月}, {@code 2023年1-6月},
     * {@code 2023年1—6月份}, {@code 2023年1至6月累计}, {@code 2023年前三季度}, full-width digits. A year to date ending in
     * December is the year, one ending in January the month. Months that make a quarter or a half year are that
     * ({@code 2023年4-6月} is 2023-Q2, {@code 2023年7-12月} 2023-S2); any other span ({@code 2023年3-6月}) is refused.
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
        m = HALF.matcher(s);
        if (m.matches()) {
            return m.group(1) != null
                    ? ofHalf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    : ofHalf(Integer.parseInt(m.group(3)), "上".equals(m.group(4)) ? 1 : 2);
        }
        m = QUARTER_TO_DATE.matcher(s);
        if (m.matches()) {
            return ofYearToDate(Integer.parseInt(m.group(1)), quarterNumber(m.group(2)) * 3);
        }
        m = TO_DATE.matcher(s);
        if (m.matches()) {
            if (m.group(5) != null) {
                return ofYearToDate(Integer.parseInt(m.group(5)), m.group(6) == null ? 9
                        : Integer.parseInt(m.group(6)) * 3);
            }
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int last = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
            if (last < 1 || last > 12) {
                throw new IllegalArgumentException("not an observation period: '" + text + "': month " + last
                        + " is not 1–12");
            }
            return ofYearToDate(y, last);
        }
        m = MONTH_SPAN.matcher(s);
        if (m.matches()) {
            ObservationPeriod span = monthSpan(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (span != null) {
                return span;
            }
            throw new IllegalArgumentException("not an observation period: '" + text + "': months " + m.group(2)
                    + "-" + m.group(3) + " are neither a year to date (from January), a half year nor a quarter");
        }
        throw new IllegalArgumentException("not an observation period: '" + text + "'; expected 2023, 2023-S1,"
                + " 2023-Q2, 2023-06 or 2023-01/06 (2023年1-6月)");
    }

    /** Months {@code first} to {@code last} as a quarter (4-6月) or a half year (7-12月); null for another span. */
    private static @Nullable ObservationPeriod monthSpan(int year, int first, int last) {
        if (last == first + 2 && first % 3 == 1) {
            return ofQuarter(year, (first + 2) / 3);
        }
        if (first == 7 && last == 12) {
            return ofHalf(year, 2);
        }
        return null;
    }

    /** 1–4 from a digit or 一二三四. */
    private static int quarterNumber(String digit) {
        int chinese = "一二三四".indexOf(digit);
        return chinese >= 0 ? chinese + 1 : Integer.parseInt(digit);
    }

    /** {@return the first month of the period: 1 for a year, 4 for the second quarter, 6 for June, 1 for 1-6月} */
    public int firstMonth() {
        return switch (frequency) {
            case ANNUAL, YEAR_TO_DATE -> 1;
            case HALF_YEARLY -> (number - 1) * 6 + 1;
            case QUARTERLY -> (number - 1) * 3 + 1;
            case MONTHLY -> number;
        };
    }

    /** {@return the last month of the period: 12 for a year, 6 for the second quarter, 6 for June, 9 for 1-9月} */
    public int lastMonth() {
        return switch (frequency) {
            case ANNUAL -> 12;
            case HALF_YEARLY -> number * 6;
            case QUARTERLY -> number * 3;
            case MONTHLY, YEAR_TO_DATE -> number;
        };
    }

    /** {@return the number of months covered: 12 for a year, 6 for 上半年 and 1-6月, 3 for a quarter, 1 for a month} */
    public int months() {
        return lastMonth() - firstMonth() + 1;
    }

    /**
     * Whether the period runs from January to a month before December: 1-6月, 1-9月, 上半年, 一季度, January. A
     * figure for such a period is a year-to-date (累计) figure, on which in-year monitoring of an annual target
     * rests.
     *
     * @return whether the period runs from January to a month before December
     */
    public boolean isYearToDate() {
        return firstMonth() == 1 && lastMonth() < 12;
    }

    /**
     * The same span a year earlier, against which a 累计增长 is computed: 2022-01/06 for 2023-01/06.
     *
     * @return the same span a year earlier
     * @throws IllegalArgumentException when the year before has fewer than four digits
     */
    public ObservationPeriod yearBefore() {
        return new ObservationPeriod(year - 1, frequency, number);
    }

    /**
     * How a Chinese table heads this period: 2023年, 2023年上半年, 2023年第二季度, 2023年6月, 2023年1-6月.
     *
     * @return how a Chinese table heads this period, which {@link #parse(CharSequence)} reads back
     */
    public String chineseLabel() {
        return switch (frequency) {
            case ANNUAL -> year + "年";
            case HALF_YEARLY -> year + "年" + (number == 1 ? "上" : "下") + "半年";
            case QUARTERLY -> year + "年第" + "一二三四".charAt(number - 1) + "季度";
            case MONTHLY -> year + "年" + number + "月";
            case YEAR_TO_DATE -> year + "年1-" + number + "月";
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

    /** {@code 2023}, {@code 2023-S1}, {@code 2023-Q2}, {@code 2023-06} or {@code 2023-01/06}. */
    @Override
    public String toString() {
        return switch (frequency) {
            case ANNUAL -> Integer.toString(year);
            case HALF_YEARLY -> year + "-S" + number;
            case QUARTERLY -> year + "-Q" + number;
            case MONTHLY -> year + (number < 10 ? "-0" : "-") + number;
            case YEAR_TO_DATE -> year + "-01/" + (number < 10 ? "0" : "") + number;
        };
    }
}
