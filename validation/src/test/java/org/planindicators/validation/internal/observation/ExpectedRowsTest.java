package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.ValidationReport;

/**
 * A reader that knows how many bytes it has left makes its duplicate set the size the rest of the rows need, once its
 * first {@link RowChecker#SAMPLE_LINES} lines show how long a row is; its report is the same as without that hint.
 */
class ExpectedRowsTest {
    private static RowChecker checker() {
        return new RowChecker("x.csv", new ProblemCollector("x.csv", 100), ImportOptions.defaults().units(), null,
                2024, null, new KeyHasher(1, 2), 1 << 22, 1 << 20);
    }

    @Test
    void rowsToComeAreTheBytesLeftAtTheSampleRate() {
        RowChecker c = checker();
        // 8,192 lines in 327,680 bytes: 40 bytes a row; 1,000,000 bytes left: 25,000 rows, more than 2^15 slots
        // hold at three quarters (24,576), so 2^16.
        c.expectRows(1_000_000, RowChecker.SAMPLE_LINES * 40L);
        assertThat(c.keys().slots()).isEqualTo(1 << 16);
        c.expectRows(983_040, RowChecker.SAMPLE_LINES * 40L); // 24,576 rows: 2^15 would do, and the set never shrinks
        assertThat(c.keys().slots()).isEqualTo(1 << 16);
        c.expectRows(40L << 30, RowChecker.SAMPLE_LINES * 40L); // a billion rows: as far as the heap slots go
        assertThat(c.keys().slots()).isEqualTo(1 << 20);
    }

    @Test
    void nothingIsMadeWithoutBytesLeftOrWithoutTheDuplicateCheck() {
        RowChecker c = checker();
        c.expectRows(0, 100);
        c.expectRows(1_000_000, 0);
        c.expectRows(-5, 100);
        assertThat(c.keys().slots()).isEqualTo(1024);
        c.leaveDuplicatesToCaller();
        c.expectRows(1_000_000, 1000);
        assertThat(c.keys().slots()).isEqualTo(1024);
    }

    @Test
    void aReaderToldItsSizeReportsWhatItReportsWithout() {
        StringBuilder sb = new StringBuilder("指标代码,地区,年份,数值,单位\n");
        for (int i = 0; i < 3 * RowChecker.SAMPLE_LINES; i++) {
            sb.append('C').append(i % 97).append(",110101,").append(2000 + i / 97 % 40).append(',')
                    .append(i % 13 == 0 ? "x" : String.valueOf(i % 1000)).append(",亿元\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        ObservationReader reader = new ObservationReader(ImportOptions.defaults(), null, 2024, new KeyHasher(1, 2),
                1 << 20);
        ValidationReport without = reader.check(new ByteArrayInputStream(bytes), "x.csv");
        ValidationReport with = reader.check(new ByteArrayInputStream(bytes), "x.csv", bytes.length);
        assertThat(with).isEqualTo(without);
        assertThat(with.errors()).isPositive(); // the bad values and the duplicates (a code, year and place again)
    }
}
