package org.planindicators.validation.internal.table;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a plan's indicators as a table in the published layout, with the columns needed so that the table reads
 * back to the same indicators. See {@code org.planindicators.validation.IndicatorTables} for the layout.
 */
public final class TableWriter {
    private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build());
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");
    /** The header of the column of annual-average and cumulative targets. */
    public static final String AVERAGE_HEADER = "年均/累计";

    private TableWriter() {
    }

    /** The cells of one indicator, and what the reader would infer from them. */
    private static final class Line {
        final Indicator indicator;
        final String baseline;
        final @Nullable Integer baselineYear;
        final List<String> targetCells;
        final String average;
        final boolean needsMeasure;
        final boolean needsAccumulation;

        Line(Indicator i, int baseYear, List<Integer> years, int lastYear) {
            this.indicator = i;
            Baseline b = i.baseline();
            if (b == null) {
                baseline = "";
                baselineYear = null;
            } else {
                Quantity q = b.value();
                String value = q.unit().equals(i.unit()) ? q.value().toPlainString() : q.toString();
                baseline = b.note() == null ? value : b.note().equals("*") ? value + "*" : value + "(" + b.note() + ")";
                Integer noted = TableSyntax.yearOfNote(b.note());
                baselineYear = b.year() == (noted != null ? noted : baseYear) ? null : b.year();
            }
            List<String> cells = new ArrayList<>();
            for (int k = 0; k < years.size(); k++) {
                cells.add("");
            }
            String avg = "";
            List<Target> byYear = new ArrayList<>(i.targets());
            byYear.sort(Comparator.comparingInt(Target::year));
            List<TargetExpression> expressions = new ArrayList<>();
            List<Measure> measures = new ArrayList<>();
            TargetParser parser = TargetParser.standard().withDefaultUnit(i.unit());
            for (Target t : byYear) {
                TargetExpression e = t.expression();
                String text = e.toString();
                if (t.year() == lastYear && e.accumulation() != Accumulation.LEVEL) {
                    avg = text;
                } else {
                    cells.set(years.indexOf(t.year()), text);
                }
                expressions.add(e);
                TargetParseResult r = parser.parse(text);
                measures.add(r.isSuccess() && r.targets().size() == 1 ? r.targets().get(0).measure() : Measure.LEVEL);
            }
            targetCells = cells;
            average = avg;
            needsMeasure = Inference.measure(i.name(), i.unit(), measures) != i.measure();
            needsAccumulation = Inference.accumulation(i.name(), expressions) != i.accumulation();
        }
    }

    /**
     * Writes the indicators of {@code plan} to {@code out} as CSV; {@code out} is flushed, not closed.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(Plan plan, Writer out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        List<Indicator> indicators = plan.indicators();
        int baseYear = plan.baseYear();
        TreeSet<Integer> yearSet = new TreeSet<>();
        yearSet.add(plan.period().lastYear());
        for (Indicator i : indicators) {
            for (Target t : i.targets()) {
                yearSet.add(t.year());
            }
        }
        List<Integer> years = List.copyOf(yearSet);
        int lastYear = yearSet.last();
        List<Line> lines = new ArrayList<>();
        for (Indicator i : indicators) {
            lines.add(new Line(i, baseYear, years, lastYear));
        }
        boolean average = lines.stream().anyMatch(l -> !l.average.isEmpty());
        boolean coAgencies = indicators.stream().anyMatch(i -> !i.coAgencies().isEmpty());
        boolean codes = indicators.stream().anyMatch(i -> i.code() != null);
        boolean measures = lines.stream().anyMatch(l -> l.needsMeasure);
        boolean accumulations = lines.stream().anyMatch(l -> l.needsAccumulation);
        boolean baselineYears = lines.stream().anyMatch(l -> l.baselineYear != null);
        boolean aggregations = indicators.stream().anyMatch(i -> i.aggregation() != null);
        boolean priceBases = indicators.stream().anyMatch(i -> i.priceBasis() != null);

        List<String> header = new ArrayList<>(List.of("类别", "指标", "单位", "属性", baseYear + "年"));
        for (int y : years) {
            header.add(y + "年");
        }
        if (average) {
            header.add(AVERAGE_HEADER);
        }
        header.add("牵头单位");
        if (coAgencies) {
            header.add("配合单位");
        }
        if (codes) {
            header.add("代码");
        }
        header.add("方向"); // always: every indicator's direction, inferred or declared, is visible
        if (measures) {
            header.add("计量");
        }
        if (accumulations) {
            header.add("累计方式");
        }
        if (baselineYears) {
            header.add("基期年份");
        }
        if (aggregations) {
            header.add("汇总方式");
        }
        if (priceBases) {
            header.add("价格口径");
        }

        try (JsonGenerator g = MAPPER.writer(SCHEMA).createGenerator(out)) {
            row(g, List.of(plan.title()));
            row(g, header);
            boolean categorised = false;
            for (Line l : lines) {
                Indicator i = l.indicator;
                List<String> cells = new ArrayList<>();
                String category = i.category();
                cells.add(category != null ? category : categorised ? "—" : "");
                categorised |= category != null;
                cells.add(i.name());
                cells.add(i.unit().symbol());
                cells.add(i.attribute().chineseName());
                cells.add(l.baseline);
                cells.addAll(l.targetCells);
                if (average) {
                    cells.add(l.average);
                }
                cells.add(orEmpty(i.leadAgency()));
                if (coAgencies) {
                    cells.add(String.join(TableSyntax.AGENCY_JOINER, i.coAgencies()));
                }
                if (codes) {
                    cells.add(orEmpty(i.code()));
                }
                cells.add(TableSyntax.word(i.direction()));
                if (measures) {
                    cells.add(TableSyntax.word(i.measure()));
                }
                if (accumulations) {
                    cells.add(TableSyntax.word(i.accumulation()));
                }
                if (baselineYears) {
                    cells.add(l.baselineYear == null ? "" : l.baselineYear.toString());
                }
                if (aggregations) {
                    cells.add(i.aggregation() == null ? "" : chinese(i.aggregation()));
                }
                if (priceBases) {
                    cells.add(i.priceBasis() == null ? "" : i.priceBasis().chineseName());
                }
                row(g, cells);
            }
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        } catch (JacksonException e) {
            throw new IOException(e.getMessage(), e);
        }
        out.flush();
    }

    /** 加总, 加权平均(常住人口), 不可加总: what {@link Aggregation#parse} reads back. */
    private static String chinese(Aggregation a) {
        return a.kind().chineseName() + (a.weight() == null ? "" : "(" + a.weight() + ")");
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static void row(JsonGenerator g, List<String> cells) {
        g.writeStartArray();
        for (String c : cells) {
            g.writeString(c);
        }
        g.writeEndArray();
    }
}
