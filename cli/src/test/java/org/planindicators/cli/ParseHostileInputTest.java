package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 items 8, 10 and 12 for {@code parse}: a 25 MiB line ran out of memory; invalid UTF-8 on line 1001 of 2001
 * stopped the output at line 744 and blamed line 745; a bare CR split a line in two.
 */
class ParseHostileInputTest {
    @Test
    void invalidUtf8OnLine1001Of2001IsBlamedOnLine1001AfterTheThousandLinesBefore() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 1; i <= 2001; i++) {
            if (i == 1001) {
                b.writeBytes("增长".getBytes(StandardCharsets.UTF_8));
                b.write(0xFF);
                b.writeBytes("6%\n".getBytes(StandardCharsets.UTF_8));
            } else {
                b.writeBytes("6.0%—7.0%\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        CliRun r = CliRun.runWithStdin(b.toByteArray(), "parse");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json()).hasSize(1000);
        assertThat(r.err()).contains("line 1001, column 3");
    }

    @Test
    void aBareCarriageReturnDoesNotSplitALineAndIsAnError() {
        CliRun r = CliRun.runWithStdin("6.0%\r7.0%\n5.5%以内\r\n", "parse");
        List<JsonNode> lines = r.json();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).toString()).contains("TP014");
        assertThat(lines.get(1).toString()).doesNotContain("error\":{");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void aLineOf25MebibytesIsATooLongErrorReadPastWithoutBeingStored() {
        long size = 25L * 1024 * 1024;
        InputStream huge = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return left == 0 ? '\n' : '6';
            }
        };
        CliRun r = CliRun.runWithStdin(new java.io.SequenceInputStream(huge,
                new java.io.ByteArrayInputStream("5.5%以内\n".getBytes(StandardCharsets.UTF_8))), "parse");
        List<JsonNode> lines = r.json();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).toString()).contains("TP002").hasSizeLessThan(20_000);
        assertThat(lines.get(1).toString()).contains("5.5");
        assertThat(r.exitCode()).isEqualTo(1);
    }
}
