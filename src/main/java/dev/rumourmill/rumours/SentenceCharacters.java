package dev.rumourmill.rumours;

/**
 * What kinds of character each sentence has (digits, dashes, slashes) and how many words the text has, read
 * in one pass: a rule that needs a digit and a dash skips most sentences without trying its pattern.
 */
final class SentenceCharacters {

    static final int DIGIT = 1;
    static final int DASH = 2;
    static final int SLASH = 4;

    private final byte[] flags;
    private final int wordCount;

    SentenceCharacters(String text, int[] sentenceStarts, int[] sentenceEnds) {
        this.flags = new byte[sentenceStarts.length];
        int words = 0;
        boolean inWord = false;
        int s = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            int kind = kind(c);
            if (kind == 0) {
                continue;
            }
            while (s < flags.length && sentenceEnds[s] <= i) {
                s++;
            }
            if (s < flags.length && i >= sentenceStarts[s]) {
                flags[s] |= (byte) kind;
            }
        }
        this.wordCount = words;
    }

    /** The flag a character sets: a digit ("²" too: folding makes it a "2"), '-' or '–', '/'; else 0. */
    private static int kind(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c == '-' || c == '–') {
            return DASH;
        }
        if (c == '/') {
            return SLASH;
        }
        return c > 127 && (Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER) ? DIGIT : 0;
    }

    /** Whether sentence {@code index} has a character of the kind {@code flag}. */
    boolean has(int index, int flag) {
        return (flags[index] & flag) != 0;
    }

    /** The number of white-space separated words. */
    int wordCount() {
        return wordCount;
    }
}
