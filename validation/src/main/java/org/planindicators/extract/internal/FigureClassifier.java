package org.planindicators.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.ParsedTarget;

/**
 * Tells targets from results. A figure is a result when it is tied to a year on or before the base year
 * ("2022年地区生产总值增长3.0%" in a report on 2023), or when it stands in a section that looks back (2022年政府工作回顾,
 * 发展基础) and the sentence sets no target; it is a target when it is tied to a later year ("到2025年…达到120万标箱"),
 * or stands in a section that looks ahead, or when the sentence says so (今年, 力争, 目标, 确保) wherever it stands. A list
 * of results that opens with a past year carries it over the clauses joined to it by "；".
 */
public final class FigureClassifier {
    private static final Pattern AHEAD_WORDS = Pattern.compile("今年|明年|力争|争取|确保|目标|预期|计划|拟|将|到\\d{4}年");
    /** Words that make a figure in a review section a target: only plain statements about the year ahead. */
    private static final Pattern STRONG_AHEAD_WORDS = Pattern.compile("今年|明年|力争|争取|到\\d{4}年");
    private static final Pattern PAST_WORDS = Pattern.compile("过去一年|去年|上年|已经|已|累计完成|全年完成|圆满完成|同比");

    /** Whether a figure is a target or a result, the year it is for, and why. */
    public record Verdict(boolean target, int year, String reason) {
    }

    private final int baseYear;
    private final int targetYear;

    /**
     * A classifier for a document whose targets are for {@code targetYear} and whose results are for
     * {@code baseYear} unless the text gives another year.
     *
     * @param baseYear the year of the results (the year before an annual report's, the plan's base year)
     * @param targetYear the year of the targets (an annual report's year, a plan's last year)
     */
    public FigureClassifier(int baseYear, int targetYear) {
        this.baseYear = baseYear;
        this.targetYear = targetYear;
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** A year near the start of a sentence, after at most one short clause (初步统计，2012年…). */
    private static final Pattern OPENING_YEAR = Pattern.compile("^(?:[^,，;；。]{0,8}[,，])?(\\d{4})年");

    /**
     * The past year the sentences after {@code sentence} take when they carry on its list: the year it opens with
     * (or the one it carried) when that year is on or before the base year and the sentence ends in "；".
     *
     * @param sentence a sentence
     * @param carried the year it carried, or null
     * @param baseYear the year of the results
     * @return the year to carry to the next sentence, or null
     */
    public static @Nullable Integer carriedYear(String sentence, @Nullable Integer carried, int baseYear) {
        if (!sentence.endsWith("；") && !sentence.endsWith(";")) {
            return null;
        }
        Matcher m = OPENING_YEAR.matcher(sentence);
        if (m.find()) {
            int y = Integer.parseInt(m.group(1));
            return y <= baseYear ? Integer.valueOf(y) : null;
        }
        return AHEAD_WORDS.matcher(sentence).find() ? null : carried;
    }
    private static final Pattern CN_YEAR = Pattern.compile("二[〇零]([一二三四五六七八九〇零])([一二三四五六七八九〇零])年");

    /**
     * The year a text ties what follows to: the last year written in {@code before} (到2025年, 二〇三五年) that is after
     * the base year, else a later year in the section's title (2035年目标展望), else the target year.
     *
     * @param before the text before a target
     * @param section the section's title
     * @return the year
     */
    public int yearOf(String before, String section) {
        for (String text : new String[] {before, section}) {
            int found = 0;
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                found = Integer.parseInt(m.group(1));
            }
            Matcher c = CN_YEAR.matcher(text);
            while (c.find()) {
                found = 2000 + 10 * digit(c.group(1)) + digit(c.group(2));
            }
            if (found > baseYear && found <= 2100) {
                return found;
            }
        }
        return targetYear;
    }

    private static int digit(String d) {
        return "〇一二三四五六七八九".indexOf(d.replace('零', '〇'));
    }

    /**
     * Classifies one figure.
     *
     * @param sentence the sentence it was read from
     * @param figure the figure
     * @param mode whether its section looks ahead or back
     * @return the verdict
     */
    public Verdict classify(String sentence, ParsedTarget figure, SectionTracker.Mode mode) {
        return classify(sentence, figure, mode, null);
    }

    /**
     * Classifies one figure of a sentence that continues a list of results: a clause after "；" that writes no year
     * of its own takes the past year the list opened with (初步统计，2012年全省生产总值…；公共财政总收入3008.91亿元).
     *
     * @param sentence the sentence it was read from
     * @param figure the figure
     * @param mode whether its section looks ahead or back
     * @param carried the year on or before the base year that the sentences before, joined by "；", opened with; or
     *     null
     * @return the verdict
     */
    public Verdict classify(String sentence, ParsedTarget figure, SectionTracker.Mode mode,
            @Nullable Integer carried) {
        Integer year = figure.year();
        String before = sentence.substring(0, Math.min(figure.start(), sentence.length()));
        if (carried != null && (year == null || year < 1900) && !AHEAD_WORDS.matcher(before).find()
                && !OPENING_YEAR.matcher(sentence).find()) {
            return new Verdict(false, carried, "year " + carried + " carried from the clause before (；)");
        }
        if (year != null && year > 1900) {
            if (year <= baseYear) {
                return new Verdict(false, year, "year " + year + " written before the figure");
            }
            return new Verdict(true, year, "year " + year + " written before the figure");
        }
        boolean ahead = AHEAD_WORDS.matcher(before).find();
        boolean past = PAST_WORDS.matcher(before).find();
        if (mode == SectionTracker.Mode.RESULTS) {
            if (STRONG_AHEAD_WORDS.matcher(before).find() && !past) {
                return new Verdict(true, targetYear, "target words in a review section");
            }
            return new Verdict(false, baseYear, "review section");
        }
        if (past && !ahead) {
            return new Verdict(false, baseYear, "past-tense words in a section on targets");
        }
        return new Verdict(true, targetYear, ahead ? "target words" : "section on targets");
    }
}
