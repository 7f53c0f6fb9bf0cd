package dev.rumourmill.rumours;

import java.util.Arrays;

/**
 * Word shingles of a text, hashed, for spotting syndicated copies: two texts sharing most of their
 * five-word runs are the same article, whatever their headline or site furniture.
 */
final class Shingles {

    private static final int WIDTH = 5;
    private final long[] hashes;

    private Shingles(long[] hashes) {
        this.hashes = hashes;
    }

    static Shingles of(String text) {
        String[] words = FoldedText.fold(text).split("[^a-z0-9]+");
        int count = Math.max(0, words.length - WIDTH + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < WIDTH; k++) {
                h = 31 * h + words[i + k].hashCode();
            }
            hashes[i] = h;
        }
        return new Shingles(Arrays.stream(hashes).distinct().sorted().toArray());
    }

    /** Jaccard similarity of the two shingle sets, 0..1. */
    double similarity(Shingles other) {
        if (hashes.length == 0 || other.hashes.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < hashes.length && j < other.hashes.length) {
            if (hashes[i] == other.hashes[j]) {
                common++;
                i++;
                j++;
            } else if (hashes[i] < other.hashes[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (hashes.length + other.hashes.length - common);
    }
}
