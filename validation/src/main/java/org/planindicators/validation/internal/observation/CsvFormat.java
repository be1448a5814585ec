package org.planindicators.validation.internal.observation;

import org.jspecify.annotations.Nullable;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.internal.QuoteCheck;
import org.planindicators.validation.internal.Reasons;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * CSV long format: a header naming the columns (指标/indicator, 指标代码/code, 地区/jurisdiction, 年份/year/期间/period,
 * 数值/value, 单位/unit, 状态/status, 来源/source; any other name is a dimension), then one observation a line. Each
 * line is read on its own, so a broken line (an unclosed quote) costs that line only; a field therefore cannot hold a
 * line break. A plain RFC 4180 line is split by {@link CsvFields} without a parser; any other line goes to Jackson's
 * CSV parser, made for that line, which reads or reports it as before. Blank lines and lines of empty fields are
 * skipped.
 */
final class CsvFormat implements LineFormat {
    private final String file;
    private final ProblemCollector problems;
    private final RowChecker checker;
    private final ObservationTable table;
    private boolean headerRead;
    /** The fields of the line being read, by the fast path (reused line after line). */
    private final Cells fields = new Cells();
    private final CsvFields splitter = new CsvFields();

    CsvFormat(String file, ProblemCollector problems, RowChecker checker) {
        this.file = file;
        this.problems = problems;
        this.checker = checker;
        this.table = new ObservationTable(problems, checker, (line, column) -> Location.at(file, line, column));
    }

    /**
     * A reader of the rows of a later part of the same file, whose header {@code first} (the reader of the first
     * part) has read: the rows are checked by {@code checker}, their problems go to {@code problems}.
     */
    CsvFormat(CsvFormat first, ProblemCollector problems, RowChecker checker) {
        this.file = first.file;
        this.problems = problems;
        this.checker = checker;
        this.table = first.table.forPart(problems, checker);
        this.headerRead = true;
    }

    /** Whether the header has been read, so that the lines from here on are rows. */
    boolean headerRead() {
        return headerRead;
    }

    /** The table of the rows read, for their tallies. */
    ObservationTable table() {
        return table;
    }

    @Override
    public boolean accept(LineSource.Line line) {
        if (line.isBlank()) {
            return true;
        }
        Cells cells = cells(line);
        if (!headerRead) {
            if (cells == null) {
                return false;
            }
            ObservationTable.HeaderResult r = table.header(cells, line.number());
            headerRead = r != ObservationTable.HeaderResult.TITLE;
            return r != ObservationTable.HeaderResult.FAILED;
        }
        if (cells == null) {
            checker.countRejected();
            return true;
        }
        table.row(cells, line.number());
        return true;
    }

    @Override
    public void finish() {
        table.finish();
    }

    /** The fields of a line, or {@code null} after reporting why it cannot be read. */
    private @Nullable Cells cells(LineSource.Line line) {
        int n = line.number();
        if (line.overflow()) {
            int field = fieldAt(line.text());
            String name = table.name(field - 1);
            problems.add(ObservationProblem.TOO_LONG, Location.at(file, n, field), name, null, line.length(),
                    Parsers.MAX_LINE_CHARS);
            return null;
        }
        byte[] utf8 = line.utf8();
        if (utf8 != null && splitter.split(utf8, line.utf8From(), line.utf8To(), fields)
                || splitter.split(line.text(), fields)) {
            return fields;
        }
        Cells cells = new Cells();
        if (line.text().indexOf('"') >= 0) {
            QuoteCheck quotes = new QuoteCheck();
            for (int i = 0; i < line.text().length(); i++) {
                quotes.feed(line.text().charAt(i));
            }
            if (quotes.badLine() > 0) {
                problems.add(ObservationProblem.MALFORMED_CSV_LINE, Location.at(file, n, quotes.badField()), null,
                        line.text(), QuoteCheck.MESSAGE);
                return null;
            }
        }
        try (JsonParser p = Parsers.csv(line.text())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    cells.add(p.getString());
                }
            }
        } catch (JacksonException e) {
            problems.add(ObservationProblem.MALFORMED_CSV_LINE, Location.at(file, n, cells.size() + 1), null,
                    line.text(), Reasons.json(e, false));
            return null;
        }
        return cells;
    }

    /** The 1-based number of the field that the end of {@code prefix} lies in (commas in quotes do not count). */
    static int fieldAt(String prefix) {
        int field = 1;
        boolean quoted = false;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                field++;
            }
        }
        return field;
    }
}
