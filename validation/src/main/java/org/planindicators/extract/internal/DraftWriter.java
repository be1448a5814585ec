package org.planindicators.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.planindicators.extract.Confidence;
import org.planindicators.extract.DocumentKind;
import org.planindicators.extract.DraftResult;
import org.planindicators.extract.DraftTarget;
import org.planindicators.extract.Extraction;
import org.planindicators.plan.SourceRef;
import org.planindicators.target.Measure;
import org.planindicators.unit.UnitFamily;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a draft: the targets as an indicator table, the results as observations (both CSV), or both as JSON.
 */
public final class DraftWriter {
    private static final String EOL = "\r\n";

    private DraftWriter() {
    }

    /** One row of the table: an indicator of a section, its targets by year. */
    private static final class Row {
        final String section;
        final String name;
        final String unit;
        final Map<Integer, DraftTarget> byYear = new TreeMap<>();

        Row(String section, String name, String unit) {
            this.section = section;
            this.name = name;
            this.unit = unit;
        }

        DraftTarget first() {
            return byYear.values().iterator().next();
        }
    }

    /**
     * The table (see {@link Extraction#tableCsv()}).
     *
     * @param e the draft
     * @return CSV text
     */
    public static String table(Extraction e) {
        List<Row> rows = rows(e.targets());
        Set<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.addAll(r.byYear.keySet()));
        years.add(e.targetYear());
        StringBuilder b = new StringBuilder();
        b.append(csv(e.title())).append(EOL);
        List<String> header = new ArrayList<>(List.of("类别", "指标", "单位", "属性", e.baseYear() + "年"));
        years.forEach(y -> header.add(y + "年"));
        header.addAll(List.of("牵头单位", "计量", "置信度", "依据", "来源"));
        line(b, header);
        for (Row r : rows) {
            DraftTarget f = r.first();
            List<String> cells = new ArrayList<>(List.of(r.section, r.name, r.unit, "预期性", ""));
            for (int y : years) {
                DraftTarget t = r.byYear.get(y);
                cells.add(t == null ? "" : t.target().toString());
            }
            Confidence lowest = r.byYear.values().stream().map(DraftTarget::confidence)
                    .max(Enum::compareTo).orElse(Confidence.LOW);
            cells.add(f.leadAgency() == null ? "" : f.leadAgency());
            cells.add(measure(f));
            cells.add(lowest.label(Locale.CHINESE));
            cells.add(f.reason());
            cells.add(f.source().toString());
            line(b, cells);
        }
        return b.toString();
    }

    /**
     * The name each target's row has in the table: its indicator, numbered (…#2) when the name is taken in its section
     * for that year, in another unit or for another measure.
     *
     * @param targets the targets, in document order
     * @return the row names, one per target, in the same order
     */
    public static List<String> rowNames(List<DraftTarget> targets) {
        List<String> names = new ArrayList<>();
        rows(targets, names);
        return names;
    }

    /** Rows by section and name; a name taken in a section for that year (or in another unit) gets a number. */
    private static List<Row> rows(List<DraftTarget> targets) {
        return rows(targets, new ArrayList<>());
    }

    private static List<Row> rows(List<DraftTarget> targets, List<String> names) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (DraftTarget t : targets) {
            String unit = t.unit().symbol();
            for (int k = 1;; k++) {
                String name = k == 1 ? t.indicator() : t.indicator() + "#" + k;
                String key = t.section() + "\u0000" + name;
                Row r = rows.get(key);
                if (r == null) {
                    r = new Row(t.section(), name, unit);
                    rows.put(key, r);
                }
                if (r.unit.equals(unit) && !r.byYear.containsKey(t.year()) && sameKind(r, t)) {
                    r.byYear.put(t.year(), t);
                    names.add(name);
                    break;
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static boolean sameKind(Row r, DraftTarget t) {
        return r.byYear.isEmpty() || r.first().measure() == t.measure();
    }

    /** The 计量 cell: a rate in % (or without unit) is written out; anything else the reader infers. */
    private static String measure(DraftTarget t) {
        boolean ratio = t.unit().isNone() || t.unit().family() == UnitFamily.RATIO;
        if (!ratio) {
            return "";
        }
        return t.measure() == Measure.GROWTH_RATE ? "增长率" : t.measure() == Measure.REDUCTION_RATE ? "降低率" : "";
    }

    /**
     * The observations (see {@link Extraction#observationsCsv()} and {@link Extraction#otherResultsCsv()}): the
     * results filed under the table's indicators, or the others. A result filed under another name than the text's
     * keeps the text's wording in its source's section: {@code §2022年政府工作回顾(文中:新增就业)}.
     *
     * @param e the draft
     * @param ofTable whether to write the results of the table's indicators or the others
     * @return CSV text
     */
    public static String observations(Extraction e, boolean ofTable) {
        StringBuilder b = new StringBuilder();
        line(b, List.of("指标", "年份", "数值", "单位", "状态", "来源", "area"));
        Set<String> keys = new HashSet<>();
        String status = e.kind() == DocumentKind.ANNUAL_REPORT ? "preliminary" : "";
        for (DraftResult r : e.results()) {
            if (r.ofTable() != ofTable) {
                continue;
            }
            String name = r.indicator();
            for (int k = 2; !keys.add(name + "\u0000" + r.year() + "\u0000" + r.area()); k++) {
                name = r.indicator() + "#" + k;
            }
            SourceRef source = r.source();
            if (!r.wording().equals(r.indicator())) {
                String section = source.section() == null ? "" : source.section();
                source = new SourceRef(source.document(), source.line(), section + "(文中:" + r.wording() + ")");
            }
            line(b, List.of(name, String.valueOf(r.year()), r.value().toPlainString(), r.unit().symbol(), status,
                    source.toString(), r.area() == null ? "" : r.area()));
        }
        return b.toString();
    }

    /**
     * Targets and results as JSON.
     *
     * @param e the draft
     * @return JSON text
     */
    public static String json(Extraction e) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", e.title());
        root.put("kind", e.kind().code());
        root.put("baseYear", e.baseYear());
        root.put("targetYear", e.targetYear());
        List<Object> ts = new ArrayList<>();
        for (DraftTarget t : e.targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", t.section());
            m.put("indicator", t.indicator());
            m.put("unit", t.unit().symbol());
            m.put("target", t.target().toString());
            m.put("year", t.year());
            m.put("measure", t.measure().code());
            m.put("accumulation", t.target().accumulation().code());
            m.put("leadAgency", t.leadAgency());
            m.put("source", t.source().toString());
            m.put("text", t.text());
            m.put("confidence", t.confidence().label(Locale.ENGLISH));
            m.put("reason", t.reason());
            ts.add(m);
        }
        root.put("targets", ts);
        List<Object> rs = new ArrayList<>();
        for (DraftResult r : e.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", r.section());
            m.put("indicator", r.indicator());
            m.put("wording", r.wording());
            m.put("ofTable", r.ofTable());
            m.put("value", r.value().toPlainString());
            m.put("unit", r.unit().symbol());
            m.put("year", r.year());
            m.put("measure", r.measure().code());
            m.put("area", r.area());
            m.put("source", r.source().toString());
            m.put("text", r.text());
            m.put("confidence", r.confidence().label(Locale.ENGLISH));
            m.put("reason", r.reason());
            rs.add(m);
        }
        root.put("results", rs);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csv(cells.get(i)));
        }
        b.append(EOL);
    }

    private static String csv(String cell) {
        String c = cell.replace("\r", " ").replace("\n", " ");
        if (c.contains(",") || c.contains("\"") || !c.equals(c.strip())) {
            return "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }
}
