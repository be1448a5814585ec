package org.planindicators.internal;

/**
 * A list of words matched at the end or the start of a range of a text without copying it: the words are bucketed by
 * their last and their first character (a trie's first level, in either direction), and within a bucket kept in the
 * list's order, so that a match gives the same word as trying the whole list in order would ({@code text.endsWith(w)}
 * for each {@code w} in turn), at the cost of the few words that share the character.
 */
final class WordList {
    private static final int BUCKETS = 256;

    private final String[] words;
    private final int[][] byLast = new int[BUCKETS][];
    private final int[][] byFirst = new int[BUCKETS][];

    WordList(String... words) {
        this.words = words.clone();
        int[] lastCount = new int[BUCKETS];
        int[] firstCount = new int[BUCKETS];
        for (String w : this.words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            lastCount[bucket(w.charAt(w.length() - 1))]++;
            firstCount[bucket(w.charAt(0))]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            byLast[b] = new int[lastCount[b]];
            byFirst[b] = new int[firstCount[b]];
            lastCount[b] = 0;
            firstCount[b] = 0;
        }
        for (int i = 0; i < this.words.length; i++) {
            String w = this.words[i];
            int bl = bucket(w.charAt(w.length() - 1));
            byLast[bl][lastCount[bl]++] = i;
            int bf = bucket(w.charAt(0));
            byFirst[bf][firstCount[bf]++] = i;
        }
    }

    private static int bucket(char c) {
        return (c ^ (c >>> 8)) & (BUCKETS - 1);
    }

    /** The word at {@code index} of the list. */
    String word(int index) {
        return words[index];
    }

    /** The length of the word at {@code index} of the list. */
    int length(int index) {
        return words[index].length();
    }

    /** The index of the first word of the list that {@code text[from, end)} ends with, or -1. */
    int endingAt(String text, int from, int end) {
        if (end <= from) {
            return -1;
        }
        for (int i : byLast[bucket(text.charAt(end - 1))]) {
            String w = words[i];
            int len = w.length();
            if (end - from >= len && matchesAt(text, end - len, w)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first word of the list that {@code text[from, end)} starts with, or -1. */
    int startingAt(String text, int from, int end) {
        if (end <= from) {
            return -1;
        }
        for (int i : byFirst[bucket(text.charAt(from))]) {
            String w = words[i];
            int len = w.length();
            if (end - from >= len && matchesAt(text, from, w)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} holds {@code w} at {@code at} (in range), compared from its last character. */
    private static boolean matchesAt(String text, int at, String w) {
        for (int k = w.length() - 1; k >= 0; k--) {
            if (text.charAt(at + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code text[from, end)} ends once words of the list are dropped from its end as long as one matches (the
     * first of the list each time): the range version of {@link Words#stripTrailing(String, String[])}.
     */
    int stripTrailing(String text, int from, int end) {
        int e = end;
        int k;
        while ((k = endingAt(text, from, e)) >= 0) {
            e -= words[k].length();
        }
        return e;
    }
}
