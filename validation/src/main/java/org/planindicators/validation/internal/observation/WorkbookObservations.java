package org.planindicators.validation.internal.observation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.FileProblem;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.HeaderVocabulary;
import org.planindicators.validation.internal.Workbooks;

/**
 * Observations in a sheet of an Excel workbook, long or wide, read row by row as a CSV file is ({@link
 * ObservationTable}); problems are placed at the sheet's cells ({@code file.xlsx!Sheet1!C12}).
 */
public final class WorkbookObservations {
    private WorkbookObservations() {
    }

    /** Whether a row of cells reads as an observation table's header. */
    public static boolean isHeader(List<String> cells) {
        int known = 0;
        for (String c : cells) {
            if (!c.isBlank() && (HeaderVocabulary.match(c, HeaderVocabulary.Layout.OBSERVATIONS) != null
                    || ObservationTable.periodOf(c) != null)) {
                known++;
            }
        }
        return known >= 2;
    }

    /**
     * Reads the observations of the sheet {@link ImportOptions#sheet()} names (default: the first sheet holding a
     * table) of the workbook {@code path}, named {@code file} in problems.
     */
    public static ValidationReport read(Path path, String file, ImportOptions options, @Nullable Plan plan,
            int currentYear, Consumer<? super Observation> sink) {
        ProblemCollector problems = new ProblemCollector(file, options.maxProblems());
        RowChecker checker = new RowChecker(file, problems, options.units(), plan == null ? null : new PlanIndex(plan),
                currentYear, sink, KeyHasher.random(), RowChecker.MAX_KEY_SLOTS);
        try {
            String refused = Workbooks.refusal(path);
            if (refused != null) {
                problems.add(FileProblem.WORKBOOK_REFUSED, Location.ofFile(file), null, null, refused);
                return problems.report(FileKind.OBSERVATIONS, 0, 0);
            }
            try (Workbooks.Book book = Workbooks.open(path)) {
                String sheet;
                if (options.sheet() != null) {
                    sheet = book.find(options.sheet());
                    if (sheet == null) {
                        problems.add(FileProblem.NO_SUCH_SHEET, Location.ofFile(file), null, options.sheet(),
                                options.sheet(), String.join(", ", book.sheetNames()));
                        return problems.report(FileKind.OBSERVATIONS, 0, 0);
                    }
                } else {
                    Optional<String> first = Workbooks.firstTable(book, WorkbookObservations::isHeader);
                    if (first.isEmpty()) {
                        problems.add(FileProblem.EMPTY, Location.ofFile(file), null, null);
                        return problems.report(FileKind.OBSERVATIONS, 0, 0);
                    }
                    sheet = first.get();
                }
                String name = sheet;
                ObservationTable table = new ObservationTable(problems, checker,
                        (line, column) -> Location.inSheet(file, name, line, column));
                boolean headerRead = false;
                boolean any = false;
                try (Stream<Workbooks.SheetRow> rows = book.rows(sheet)) {
                    Iterator<Workbooks.SheetRow> it = rows.iterator();
                    while (it.hasNext()) {
                        Workbooks.SheetRow row = it.next();
                        if (row.cells().isEmpty()) {
                            continue;
                        }
                        any = true;
                        if (!headerRead) {
                            ObservationTable.HeaderResult r = table.header(row.cells(), row.number());
                            if (r == ObservationTable.HeaderResult.FAILED) {
                                return problems.report(FileKind.OBSERVATIONS, 0, 0);
                            }
                            headerRead = r == ObservationTable.HeaderResult.READ;
                            continue;
                        }
                        table.row(Cells.of(row.cells()), row.number());
                    }
                }
                table.finish();
                checker.finish();
                if (!any) {
                    problems.add(FileProblem.EMPTY, Location.inSheet(file, sheet, null, null), null, null);
                } else if (checker.rows() == 0) {
                    problems.add(ObservationProblem.NO_OBSERVATIONS, Location.inSheet(file, sheet, null, null), null,
                            null);
                }
            }
        } catch (IOException e) {
            problems.add(FileProblem.UNREADABLE, Location.ofFile(file), null, null, String.valueOf(e.getMessage()));
        } catch (ExcelReaderException | IllegalStateException e) {
            problems.add(FileProblem.WORKBOOK_REFUSED, Location.ofFile(file), null, null,
                    "cannot be read: " + e.getMessage());
        }
        return problems.report(FileKind.OBSERVATIONS, checker.indicatorsObserved(), checker.delivered());
    }
}
