package org.planindicators.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planindicators.extract.DocumentKind;
import org.planindicators.extract.ExtractOptions;

/**
 * What the opening of a document says about it: its title, its kind and its years.
 *
 * @param title the first title line naming a plan or report (the table's caption)
 * @param kind annual report or five-year plan
 * @param baseYear the year of the results
 * @param targetYear the year of the targets
 */
public record DocumentFacts(String title, DocumentKind kind, int baseYear, int targetYear) {
    private static final Pattern REPORT_YEAR = Pattern.compile("(\\d{4})年[^。\\n]{0,30}政府工作报告");
    private static final Pattern SPAN = Pattern.compile("\\((\\d{4})\\s*[-—–~至]\\s*(\\d{4})年?\\)|(\\d{4})\\s*[-—–~至]\\s*(\\d{4})年");
    private static final Pattern PLAN_NO = Pattern.compile("第?十([一二三四五六])(?:个)?五(?:年)?");
    private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})年");

    /**
     * Reads the facts from the first lines of {@code text}, unless {@code options} gives them.
     *
     * @param text the document
     * @param options what is known already
     * @return the facts
     */
    public static DocumentFacts read(String text, ExtractOptions options) {
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        String[] lines = head.split("\r\n|\r|\n");
        StringBuilder norm = new StringBuilder();
        String title = null;
        for (String l : lines) {
            String n = TextNormalizer.normalize(l);
            norm.append(n).append('\n');
            if (title == null && n.length() >= 6 && n.length() <= 120 && !n.contains("。")
                    && (n.contains("政府工作报告") || n.contains("规划") || n.contains("纲要"))) {
                title = n;
            }
        }
        String h = norm.toString();
        int report = h.indexOf("政府工作报告");
        Matcher planNo = PLAN_NO.matcher(h);
        int plan = planNo.find() ? planNo.start() : h.indexOf("规划");
        DocumentKind kind = options.kind();
        if (kind == null) {
            kind = report >= 0 && (plan < 0 || report < plan) ? DocumentKind.ANNUAL_REPORT
                    : plan >= 0 ? DocumentKind.FIVE_YEAR_PLAN : DocumentKind.ANNUAL_REPORT;
        }
        Integer year = options.year();
        Integer base = null;
        if (kind == DocumentKind.ANNUAL_REPORT) {
            if (year == null) {
                Matcher m = REPORT_YEAR.matcher(h);
                Matcher any = ANY_YEAR.matcher(h);
                year = m.find() ? Integer.valueOf(m.group(1)) : any.find() ? Integer.valueOf(any.group(1)) : 2000;
            }
            base = year - 1;
        } else {
            Matcher span = SPAN.matcher(h);
            Matcher no = PLAN_NO.matcher(h);
            if (no.find()) {
                // 十一五 ends 2010, 十二五 2015, 十三五 2020, 十四五 2025, 十五五 2030
                int end = 2005 + 5 * ("一二三四五六".indexOf(no.group(1)) + 1);
                year = year == null ? end : year;
                base = year - 5;
            } else if (span.find()) {
                int from = Integer.parseInt(span.group(1) != null ? span.group(1) : span.group(3));
                int to = Integer.parseInt(span.group(2) != null ? span.group(2) : span.group(4));
                year = year == null ? to : year;
                base = from - 1;
            } else {
                year = year == null ? 2025 : year;
                base = year - 5;
            }
        }
        if (base >= year) {
            base = year - 1;
        }
        if (title == null) {
            title = options.document();
        }
        if (title.length() > 200) {
            title = title.substring(0, 200);
        }
        return new DocumentFacts(title, kind, base, year);
    }
}
