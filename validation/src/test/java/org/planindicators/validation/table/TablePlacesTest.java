package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.TableContext;
import org.planindicators.validation.internal.table.TableReader;

/** The locator handed to the plan checks places every model path at its row and cell in the table. */
class TablePlacesTest {
    private static final TableReader.Outcome QINGBAIJIANG = TableReader.readPlaced(
            new ByteArrayInputStream(TableFixtures.bytes(TableFixtures.QINGBAIJIANG)), "q.csv",
            ImportOptions.defaults(), TableContext.defaults());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ''                                                  | 2  | 1
            title                                               | 2  | 1
            parts[0]                                            | 2  | 1
            parts[0].goals[1]                                   | 8  | 1
            parts[0].goals[1].title                             | 8  | 1
            parts[0].goals[0].indicators[0]                     | 3  | 3
            parts[0].goals[0].indicators[0].name                | 3  | 3
            parts[0].goals[0].indicators[0].baseline            | 3  | 5
            parts[0].goals[0].indicators[0].baseline.value      | 3  | 5
            parts[0].goals[0].indicators[0].targets[0]          | 3  | 6
            parts[0].goals[0].indicators[0].leadAgency          | 3  | 9
            parts[0].goals[0].indicators[0].coAgencies[0]       | 3  | 10
            parts[0].goals[0].indicators[1].unit                | 4  | 4
            parts[0].goals[0].indicators[1].targets[0]          | 4  | 7
            parts[0].goals[2].indicators[2].baseline.year       | 12 | 5
            parts[0].goals[3].indicators[0].targets[0]          | 14 | 7
            parts[0].goals[3].indicators[0].attribute           | 14 | 8
            parts[0].goals[3].indicators[0].category            | 14 | 1
            parts[0].goals[4].indicators[1]                     | 18 | 3
            parts[0].goals[4].indicators[1].targets[0]          | 19 | 6
            parts[0].goals[9].indicators[0]                     | 2  | 1
            """)
    void everyPathIsPlacedAtItsCell(String path, int line, int column) {
        assertThat(QINGBAIJIANG.result().model()).isPresent();
        Location l = QINGBAIJIANG.locator().locate(path);
        assertThat(l).isEqualTo(Location.at("q.csv", line, column));
    }
}
