package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15 items 9 and 11: {@code calc apportion 100 1e100000000:1} ran for 147 s (1e300000000 never finished) and
 * {@code 1e999999999:1} printed an ArithmeticException with exit code 1; {@code validate --max-problems=0} printed a
 * TypeConversionException with exit code 1. Each is a usage error: exit code 2, a message in words.
 */
class UsageErrorsTest {
    @ParameterizedTest
    @ValueSource(strings = {"1e100000000:1", "1e300000000:1", "1e999999999:1", "1E5:1", "-1:2",
        "1234567890123456789012345678901234567890123:1"})
    void apportionRefusesARatioNotWrittenInFullAsAUsageError(String ratio) {
        CliRun r = CliRun.run("calc", "apportion", "100", ratio);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("RATIO").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --max-problems=0 x.json", "evaluate --max-problems=0 x.json -o y.csv --year 2023",
        "convert --max-problems=0 x.json --to csv"})
    void maxProblemsZeroIsAUsageError(String command) {
        CliRun r = CliRun.run(command.split(" "));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--max-problems must be at least 1").doesNotContain("Exception");
    }
}
