package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over words (not characters) for finding many phrases in folded text in one pass: each word of
 * the text is looked up once in a hash map, and only a phrase's continuation is followed. Whole words by
 * construction; punctuation between words is ignored, so "St. James' Park" and "St James Park" are one
 * phrase. Immutable after building and thread-safe to read.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    /** A phrase found at folded offsets {@code start} (inclusive) to {@code end} (exclusive). */
    record Match<T>(int start, int end, List<T> payload) {
    }

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> payload;
    }

    private final Map<String, Node<T>> roots = new HashMap<>();
    private int longestPhrase;

    /** Adds {@code item} under {@code folded}; a phrase added twice keeps every item. */
    void add(String folded, T item) {
        List<String> words = words(folded);
        if (words.isEmpty()) {
            return;
        }
        longestPhrase = Math.max(longestPhrase, words.size());
        Node<T> node = roots.computeIfAbsent(words.get(0), w -> new Node<>());
        for (int i = 1; i < words.size(); i++) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(words.get(i), w -> new Node<>());
        }
        if (node.payload == null) {
            node.payload = new ArrayList<>(1);
        }
        node.payload.add(item);
    }

    /** The words of a folded phrase joined by single spaces: the form two spellings must share to be one. */
    static String key(String folded) {
        return String.join(" ", words(folded));
    }

    /** Longest matches, left to right, not overlapping: "real madrid" wins over "madrid". */
    List<Match<T>> longest(String text) {
        return find(Words.of(text), false);
    }

    List<Match<T>> longest(Words words) {
        return find(words, false);
    }

    /** Every match, overlaps included: "fee agreed" and "agreed" are both reported. */
    List<Match<T>> all(String text) {
        return find(Words.of(text), true);
    }

    List<Match<T>> all(Words words) {
        return find(words, true);
    }

    /** A folded text cut into words once, to be looked up in several indexes. Not thread-safe. */
    static final class Words {
        private final String text;
        private final int[] starts;
        private final int[] ends;
        private final String[] words;
        private final int count;

        private Words(String text, int[] starts, int[] ends, int count) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
            this.count = count;
            this.words = new String[count];
        }

        static Words of(String text) {
            int[] starts = new int[1024];
        int[] ends = new int[1024];
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
            while (i < length && isWordChar(text.charAt(i))) {
                i++;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new Words(text, starts, ends, count);
        }

        String word(int index) {
            String word = words[index];
            if (word == null) {
                word = text.substring(starts[index], ends[index]);
                words[index] = word;
            }
            return word;
        }
    }

    private List<Match<T>> find(Words text, boolean all) {
        int count = text.count;
        int[] starts = text.starts;
        int[] ends = text.ends;
        List<Match<T>> matches = new ArrayList<>();
        int w = 0;
        while (w < count) {
            Node<T> node = roots.get(text.word(w));
            int lastEnd = -1;
            List<T> lastPayload = null;
            int k = w;
            while (node != null) {
                if (node.payload != null) {
                    if (all) {
                        matches.add(new Match<>(starts[w], ends[k], node.payload));
                    }
                    lastEnd = k;
                    lastPayload = node.payload;
                }
                k++;
                if (node.next == null || k >= count) {
                    break;
                }
                node = node.next.get(text.word(k));
            }
            if (!all && lastPayload != null) {
                matches.add(new Match<>(starts[w], ends[lastEnd], lastPayload));
                w = lastEnd + 1;
            } else {
                w++;
            }
        }
        return matches;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 && Character.isLetterOrDigit(c);
    }

    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && !isWordChar(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < folded.length() && isWordChar(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(folded.substring(start, i));
            }
        }
        return words;
    }
}
