package dev.rumourmill.rumours;

import java.util.Arrays;

/**
 * A folded text cut into words (runs of letters and digits) once, with each word's hash, to be looked up in
 * several {@link PhraseIndex}es without a substring per word.
 */
final class FoldedWords {

    final String text;
    final int[] starts;
    final int[] ends;
    final int[] hashes;
    private final int count;

    private FoldedWords(String text, int[] starts, int[] ends, int[] hashes, int count) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.count = count;
    }

    static FoldedWords of(String text) {
        int capacity = Math.max(16, text.length() / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] hashes = new int[capacity];
        int count = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int start = i;
            int hash = 0;
            char c;
            while (i < length && isWordChar(c = text.charAt(i))) {
                hash = 31 * hash + c; // String.hashCode of the word, so keys hash alike
                i++;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            hashes[count] = hash;
            count++;
        }
        return new FoldedWords(text, starts, ends, hashes, count);
    }

    /** The number of words. */
    int count() {
        return count;
    }

    /** Whether {@code c} is part of a word: a lower-case ASCII letter or digit, or any other letter or digit. */
    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 && Character.isLetterOrDigit(c);
    }

}
