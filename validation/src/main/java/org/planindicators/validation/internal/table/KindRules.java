package org.planindicators.validation.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.PlanFiles;
import org.planindicators.validation.internal.CurrentYear;
import org.planindicators.validation.internal.HeaderVocabulary;
import org.planindicators.validation.internal.observation.WorkbookObservations;

/** The rules {@link PlanFiles#decide} applies to the first rows of a CSV text or a sheet. */
public final class KindRules {
    private static final Pattern TARGET_WORDING = Pattern.compile(
            "左右|以上|以下|以内|[<>≥≤〔【\\[]|约|不低于|不少于|不高于|不超过|达到|力争|确保|完成|控制在|同步|增长|下降|提高");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(\\.\\d+)?%?");

    private KindRules() {
    }

    /** The cells of a CSV line, split at commas outside double quotes, quotes removed. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(b.toString().strip());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString().strip());
        return out;
    }

    /** Whether a row reads as the header of a table or of observations. */
    public static boolean isHeader(List<String> cells) {
        return TableReader.isTableHeader(cells) || WorkbookObservations.isHeader(cells);
    }

    /** Decides the kind of a file from its first rows; see {@link PlanFiles#decide}. */
    public static PlanFiles.Decision decide(List<List<String>> rows, boolean tabular) {
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (isHeader(rows.get(i))) {
                header = i;
            }
        }
        if (header < 0) {
            return tabular ? new PlanFiles.Decision(FileKind.TABLE, false, List.of(FileKind.TABLE),
                    "no header recognised; read as a table to report it")
                    : new PlanFiles.Decision(null, false, List.of(), "no header recognised");
        }
        List<String> h = rows.get(header);
        boolean value = false;
        boolean period = false;
        boolean indicator = false;
        boolean planOnly = false;
        boolean observationOnly = false;
        List<Integer> yearColumns = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String c = h.get(i);
            if (c.isBlank()) {
                continue;
            }
            HeaderVocabulary.Match obs = HeaderVocabulary.match(c, HeaderVocabulary.Layout.OBSERVATIONS);
            HeaderVocabulary.Match table = HeaderVocabulary.match(c, HeaderVocabulary.Layout.TABLE);
            TableSyntax.Role role = TableSyntax.classify(c).role();
            if (obs != null) {
                switch (obs.field()) {
                    case VALUE -> value = true;
                    case PERIOD -> period = true;
                    case INDICATOR, CODE -> indicator = true;
                    case STATUS, SOURCE, JURISDICTION -> observationOnly = true;
                    default -> {
                    }
                }
            }
            if (table != null && obs == null && table.field() != HeaderVocabulary.Field.CATEGORY
                    && table.field() != HeaderVocabulary.Field.NUMBER) {
                planOnly = true;
            }
            if (role == TableSyntax.Role.TARGET || role == TableSyntax.Role.BASE || role == TableSyntax.Role.AVERAGE) {
                planOnly = true;
            }
            if (role == TableSyntax.Role.PLAIN_YEAR) {
                yearColumns.add(i);
            }
        }
        if (value && period) {
            return new PlanFiles.Decision(FileKind.OBSERVATIONS, false, List.of(FileKind.OBSERVATIONS),
                    "a value column and a period column: long observations");
        }
        int lastYear = CurrentYear.get() - 1;
        boolean targets = false;
        boolean future = false;
        for (int i : yearColumns) {
            Integer y = TableSyntax.classify(h.get(i)).year();
            future |= y != null && y > lastYear;
            for (int r = header + 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String cell = i < row.size() ? row.get(i).strip() : "";
                if (!TableSyntax.isEmpty(cell) && !PLAIN_NUMBER.matcher(cell).matches()
                        && TARGET_WORDING.matcher(TableSyntax.fold(cell)).find()) {
                    targets = true;
                }
            }
        }
        if (planOnly || targets || future && !observationOnly) {
            return new PlanFiles.Decision(FileKind.TABLE, false, List.of(FileKind.TABLE),
                    planOnly ? "a column only plans have" : targets ? "year cells written as targets"
                            : "a year column later than last year");
        }
        if (indicator && (yearColumns.size() >= 2 || observationOnly && !yearColumns.isEmpty())) {
            return new PlanFiles.Decision(FileKind.OBSERVATIONS, true, List.of(FileKind.OBSERVATIONS),
                    "an indicator column and period columns of numbers: wide observations");
        }
        if (indicator && !yearColumns.isEmpty()) {
            return new PlanFiles.Decision(null, false, List.of(FileKind.TABLE, FileKind.OBSERVATIONS),
                    "one year column of plain numbers: a table's figures or a year's observations");
        }
        return new PlanFiles.Decision(FileKind.TABLE, false, List.of(FileKind.TABLE), "an indicator table");
    }
}
