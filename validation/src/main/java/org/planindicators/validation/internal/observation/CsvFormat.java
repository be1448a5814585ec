package org.planindicators.validation.internal.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * line is parsed on its own by Jackson's CSV parser, so a broken line (an unclosed quote) costs that line only; a
 * field therefore cannot hold a line break. Blank lines and lines of empty fields are skipped.
 */
final class CsvFormat implements LineFormat {
    private final String file;
    private final ProblemCollector problems;
    private final RowChecker checker;
    private String[] names = new String[0];
    private @Nullable Role[] roles = new Role[0];
    private final int[] columnOf = new int[Role.values().length];
    private boolean headerRead;

    CsvFormat(String file, ProblemCollector problems, RowChecker checker) {
        this.file = file;
        this.problems = problems;
        this.checker = checker;
    }

    @Override
    public boolean accept(LineSource.Line line) {
        if (line.isBlank()) {
            return true;
        }
        if (!headerRead) {
            headerRead = true;
            return header(line);
        }
        row(line);
        return true;
    }

    private boolean header(LineSource.Line line) {
        int n = line.number();
        List<String> cells = cells(line);
        if (cells == null) {
            return false;
        }
        names = new String[cells.size()];
        roles = new Role[cells.size()];
        Map<String, Integer> dimensions = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < cells.size(); i++) {
            String name = Role.normalize(cells.get(i)).isEmpty() ? "" : stripBom(cells.get(i));
            names[i] = name;
            Role role = name.isEmpty() ? null : Role.of(name);
            if (role == Role.DIMENSIONS) {
                role = null;
            }
            roles[i] = role;
            if (role != null) {
                if (columnOf[role.ordinal()] != 0) {
                    problems.add(ObservationProblem.DUPLICATE_FIELD, Location.at(file, n, i + 1), name, name, name);
                    ok = false;
                } else {
                    columnOf[role.ordinal()] = i + 1;
                }
            } else if (!name.isEmpty() && dimensions.putIfAbsent(name, i + 1) != null) {
                problems.add(ObservationProblem.DUPLICATE_FIELD, Location.at(file, n, i + 1), name, name, name);
                ok = false;
            }
        }
        if (columnOf[Role.INDICATOR.ordinal()] == 0 && columnOf[Role.CODE.ordinal()] == 0) {
            missingColumn(n, Role.INDICATOR);
            ok = false;
        }
        for (Role required : new Role[] {Role.PERIOD, Role.VALUE}) {
            if (columnOf[required.ordinal()] == 0) {
                missingColumn(n, required);
                ok = false;
            }
        }
        return ok;
    }

    private void missingColumn(int line, Role role) {
        problems.add(ObservationProblem.MISSING_FIELD, new Location(file, line, null, null), role.key(), null,
                role.key());
    }

    private void row(LineSource.Line line) {
        int n = line.number();
        List<String> cells = cells(line);
        if (cells == null) {
            checker.countRejected();
            return;
        }
        boolean blank = true;
        for (String c : cells) {
            if (!c.isBlank()) {
                blank = false;
                break;
            }
        }
        if (blank) {
            return;
        }
        if (cells.size() < names.length) {
            problems.add(ObservationProblem.WRONG_FIELD_COUNT, Location.at(file, n, cells.size() + 1), null, null,
                    cells.size(), names.length);
            checker.countRejected();
            return;
        }
        for (int i = names.length; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                problems.add(ObservationProblem.WRONG_FIELD_COUNT, Location.at(file, n, i + 1), null, cells.get(i),
                        cells.size(), names.length);
                checker.countRejected();
                return;
            }
        }
        RawRecord record = new RawRecord(n, role -> Location.at(file, n, columnOf(role)));
        for (int i = 0; i < names.length; i++) {
            String text = cells.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            RawField field = new RawField(names[i].isEmpty() ? "#" + (i + 1) : names[i], text, n, i + 1, null);
            if (text.length() > Parsers.MAX_FIELD_CHARS) {
                problems.add(ObservationProblem.TOO_LONG, field.location(file), field.name(), text, text.length(),
                        Parsers.MAX_FIELD_CHARS);
                record.markBroken();
                if (roles[i] != null) {
                    record.markReported(roles[i]);
                }
            } else if (names[i].isEmpty()) {
                problems.add(ObservationProblem.UNNAMED_FIELD, field.location(file), field.name(), text, text);
                record.markBroken();
            } else if (roles[i] == null) {
                record.addDimension(field);
            } else {
                record.put(roles[i], field);
            }
        }
        checker.check(record);
    }

    /** The column where a missing field of {@code role} would be. */
    private int columnOf(Role role) {
        if (role == Role.INDICATOR && columnOf[Role.INDICATOR.ordinal()] == 0) {
            return columnOf[Role.CODE.ordinal()];
        }
        return Math.max(1, columnOf[role.ordinal()]);
    }

    /** The fields of a line, or {@code null} after reporting why it cannot be read. */
    private @Nullable List<String> cells(LineSource.Line line) {
        int n = line.number();
        if (line.overflow()) {
            int field = fieldAt(line.text());
            String name = field <= names.length ? names[field - 1] : null;
            problems.add(ObservationProblem.TOO_LONG, Location.at(file, n, field), name, null, line.length(),
                    Parsers.MAX_LINE_CHARS);
            return null;
        }
        List<String> cells = new ArrayList<>(Math.max(8, names.length));
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

    private static String stripBom(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.charAt(0) == '\uFEFF' ? t.substring(1).strip() : t;
    }
}
