package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SipHash-1-3, the readers' hash of keys, beside SipHash-2-4. */
class KeyHasherVariantsTest {
    @Test
    void sipHash13IsAnotherFunctionOfTheSameWords() {
        KeyHasher h24 = new KeyHasher(1, 2);
        KeyHasher h13 = KeyHasher.sipHash13(1, 2);
        assertThat(h13.start().string("温江区").word(2023).finish())
                .isNotEqualTo(h24.start().string("温江区").word(2023).finish());
        // Starting again gives the same hash: the state is reset.
        assertThat(h13.start().string("温江区").finish()).isEqualTo(h13.start().string("温江区").finish());
        assertThat(KeyHasher.sipHash13(1, 3).start().string("温江区").finish())
                .isNotEqualTo(h13.start().string("温江区").finish());
    }

    @Test
    void sipHash13KeysOfAMillionRowFileDoNotCollide() {
        // The keys of the benchmarks' files: county code, indicator, year; 10^6 of them, no two hashes alike.
        KeyHasher h = KeyHasher.sipHash13(0x0706050403020100L, 0x0F0E0D0C0B0A0908L);
        Set<Long> seen = new HashSet<>();
        for (int county = 0; county < 1000; county++) {
            for (int indicator = 0; indicator < 100; indicator++) {
                for (int year = 2015; year < 2025; year++) {
                    long hash = h.start().word(indicator).string(Integer.toString(110101 + county))
                            .word((long) year << 16).word(0).word(0).finish();
                    assertThat(seen.add(hash)).isTrue();
                }
            }
        }
        assertThat(seen).hasSize(1_000_000);
    }

    @Test
    void theReadersDrawASecretForEachRead() {
        assertThat(KeyHasher.random().start().string("a").finish())
                .isNotEqualTo(KeyHasher.random().start().string("a").finish());
    }

    @Test
    void theSecretComesFromTheSystemsRandomSourceWhereThereIsOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of("/dev/urandom")));
        byte[] a = KeyHasher.urandom();
        byte[] b = KeyHasher.urandom();
        assertThat(a).hasSize(16);
        assertThat(b).hasSize(16).isNotEqualTo(a);
    }
}
