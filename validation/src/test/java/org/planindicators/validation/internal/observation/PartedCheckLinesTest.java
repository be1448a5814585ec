package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines before a part are counted eight bytes at a time, as one byte at a time counts them. */
class PartedCheckLinesTest {
    @TempDir
    Path dir;

    /** The lines that end in {@code a[from, to)}, byte by byte: each \n, each \r not followed by \n. */
    private static long reference(byte[] a, int from, int to) {
        long lines = 0;
        for (int i = from; i < to; i++) {
            if (a[i] == '\n' || a[i] == '\r' && (i + 1 >= to || a[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    @Test
    void linesOfEveryEndingAndEveryAlignmentAreCountedAsByteByByte() throws IOException {
        SplittableRandom r = new SplittableRandom(2026);
        byte[] alphabet = {'a', ',', '1', '\n', '\r', (byte) 0xE4, (byte) 0xBA, (byte) 0x0A - 1, (byte) 0x8D, 0x0B};
        for (int k = 0; k < 300; k++) {
            byte[] a = new byte[r.nextInt(1, 200)];
            for (int i = 0; i < a.length; i++) {
                // Mostly text, with line endings of every kind, some in runs.
                a[i] = r.nextInt(4) == 0 ? alphabet[r.nextInt(3, 5)] : alphabet[r.nextInt(alphabet.length)];
            }
            Path file = dir.resolve("f" + k);
            Files.write(file, a);
            int from = r.nextInt(a.length);
            int to = r.nextInt(from, a.length + 1);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                assertThat(PartedCheck.countLines(ch, from, to)).as("%d: [%d, %d)", k, from, to)
                        .isEqualTo(reference(a, from, to));
            }
        }
    }

    @Test
    void aMegabyteOfShortLinesCrossesTheBuffer() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < (3 << 20); i++) {
            sb.append("C0001,").append(i).append(i % 7 == 0 ? "\r\n" : i % 11 == 0 ? "\r" : "\n");
        }
        byte[] a = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path file = dir.resolve("big");
        Files.write(file, a);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThat(PartedCheck.countLines(ch, 0, a.length)).isEqualTo(reference(a, 0, a.length));
            assertThat(PartedCheck.countLines(ch, 5, a.length - 3)).isEqualTo(reference(a, 5, a.length - 3));
        }
    }
}
