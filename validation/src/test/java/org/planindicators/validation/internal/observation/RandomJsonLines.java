package org.planindicators.validation.internal.observation;

import java.util.SplittableRandom;

/**
 * Random JSON lines for the readers' differential tests: a flat object of up to {@code maxMembers} members, its keys
 * and values drawn from the given lists, with random spaces around every token, then, one line in three, mutated at a
 * random place by one of the first {@code mutations} kinds: a character deleted, one of {@code junk} put in, a
 * character changed to one of {@code junk}, the line cut short.
 */
final class RandomJsonLines {
    private static final String[] SPACES = {"", "", "", " ", "\t", "  "};

    private final SplittableRandom r;
    private final String[] keys;
    private final String[] values;
    private final String junk;
    private final int maxMembers;
    private final int mutations;

    RandomJsonLines(SplittableRandom r, String[] keys, String[] values, String junk, int maxMembers, int mutations) {
        this.r = r;
        this.keys = keys;
        this.values = values;
        this.junk = junk;
        this.maxMembers = maxMembers;
        this.mutations = mutations;
    }

    /**
     * A line of up to {@code maxPieces - 1} pieces drawn from {@code pieces}, in a row with nothing between them: token
     * sequences, most of them not JSON, for the readers' agreement on what they refuse.
     */
    static String tokens(SplittableRandom r, String[] pieces, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(maxPieces);
        for (int i = 0; i < len; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** The next line. */
    String next() {
        StringBuilder sb = new StringBuilder(space()).append('{');
        int members = r.nextInt(maxMembers + 1);
        for (int i = 0; i < members; i++) {
            if (i > 0) {
                sb.append(space()).append(',');
            }
            sb.append(space()).append(keys[r.nextInt(keys.length)]).append(space()).append(':').append(space())
                    .append(values[r.nextInt(values.length)]);
        }
        sb.append(space()).append('}').append(space());
        if (r.nextInt(3) == 0 && sb.length() > 0) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(mutations)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, junk.charAt(r.nextInt(junk.length())));
                case 2 -> sb.setCharAt(at, junk.charAt(r.nextInt(junk.length())));
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    private String space() {
        return SPACES[r.nextInt(SPACES.length)];
    }
}
