package org.planindicators.validation.internal.observation;

import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * SipHash (Aumasson and Bernstein, 2012), fed 64-bit words: the 64-bit hash of a row's key for the duplicate check.
 * The words are the key's strings, each as its length then its UTF-16 units four to a word, so different keys give
 * different word sequences; what SipHash makes of them is, for anyone who does not know the 128-bit secret, as good
 * as random. {@link #random()} draws that secret per read, so that no file can be crafted to make two of its keys
 * collide.
 *
 * <p>{@link #KeyHasher(long, long)} is SipHash-2-4 (two rounds a word, four to finish): the hash of the words {@code
 * m1 … mk} is SipHash-2-4 of their {@code 8k} little-endian bytes, so the reference test vectors apply. {@link
 * #random()}, what the readers use, is SipHash-1-3 (one round a word, three to finish; {@link #sipHash13(long,
 * long)}), the variant that guards the hash tables of Rust's standard library against crafted collisions: no attack
 * that finds collisions without the secret is known for it, and it costs about half as much a row (a key of 7 words:
 * 10 rounds instead of 18). Not thread-safe.
 */
public final class KeyHasher {
    private final long k0;
    private final long k1;
    private long v0;
    private long v1;
    private long v2;
    private long v3;
    private int words;
    /** Whether this is SipHash-1-3 rather than SipHash-2-4. */
    private final boolean oneThree;

    /** SipHash-2-4 with the secret {@code (k0, k1)}. */
    public KeyHasher(long k0, long k1) {
        this(k0, k1, false);
    }

    private KeyHasher(long k0, long k1, boolean oneThree) {
        this.k0 = k0;
        this.k1 = k1;
        this.oneThree = oneThree;
        start();
    }

    /** SipHash-1-3 with the secret {@code (k0, k1)}. */
    public static KeyHasher sipHash13(long k0, long k1) {
        return new KeyHasher(k0, k1, true);
    }

    /** A hasher of the same variant and secret as this one, for another thread: equal words give equal hashes. */
    public KeyHasher copy() {
        return new KeyHasher(k0, k1, oneThree);
    }

    /**
     * SipHash-1-3 with a secret of 128 bits drawn from the operating system's random source: {@code /dev/urandom}
     * where there is one (what {@link SecureRandom}'s default reads on Linux and macOS, without starting the security
     * providers, which cost some tens of milliseconds at the start of a short run), else {@link SecureRandom}.
     */
    public static KeyHasher random() {
        byte[] secret = urandom();
        if (secret == null) {
            SecureRandom r = new SecureRandom();
            return sipHash13(r.nextLong(), r.nextLong());
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(secret);
        return sipHash13(b.getLong(), b.getLong());
    }

    /** Sixteen bytes of {@code /dev/urandom}, or {@code null} when it cannot be read. */
    static byte @Nullable [] urandom() {
        java.nio.file.Path source = java.nio.file.Path.of("/dev/urandom");
        if (!java.nio.file.Files.isReadable(source)) {
            return null;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(source)) {
            byte[] secret = in.readNBytes(16);
            return secret.length == 16 ? secret : null;
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Starts a new hash. */
    public KeyHasher start() {
        v0 = k0 ^ 0x736f6d6570736575L;
        v1 = k1 ^ 0x646f72616e646f6dL;
        v2 = k0 ^ 0x6c7967656e657261L;
        v3 = k1 ^ 0x7465646279746573L;
        words = 0;
        return this;
    }

    /** Adds one 64-bit word (eight little-endian bytes of the message). */
    public KeyHasher word(long m) {
        v3 ^= m;
        round();
        if (!oneThree) {
            round();
        }
        v0 ^= m;
        words++;
        return this;
    }

    /** Adds a string: its length (-1 for {@code null}), then its characters four to a word. */
    public KeyHasher string(@Nullable String s) {
        if (s == null) {
            return word(-1L);
        }
        int n = s.length();
        word(n);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            word(s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        if (i < n) {
            long w = 0;
            for (int shift = 0; i < n; i++, shift += 16) {
                w |= (long) s.charAt(i) << shift;
            }
            word(w);
        }
        return this;
    }

    /** The hash of the words added since {@link #start()}. */
    public long finish() {
        long b = ((long) (words * 8) & 0xff) << 56;
        v3 ^= b;
        round();
        if (!oneThree) {
            round();
        }
        v0 ^= b;
        v2 ^= 0xff;
        round();
        round();
        round();
        if (!oneThree) {
            round();
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private void round() {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13);
        v1 ^= v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17);
        v1 ^= v2;
        v2 = Long.rotateLeft(v2, 32);
    }
}
