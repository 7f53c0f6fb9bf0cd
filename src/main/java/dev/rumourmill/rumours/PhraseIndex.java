package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over words (not characters) for finding many phrases in folded text in one pass: each word of
 * the text is looked up once per index, and only a phrase's continuation is followed. Whole words by
 * construction; punctuation between words is ignored, so "St. James' Park" and "St James Park" are one
 * phrase. Immutable after building and thread-safe to read.
 *
 * <p>Lookups cost no allocation: the text is cut into words once ({@link Words}), each word's hash is
 * computed once and shared by every index it is looked up in, and a word is compared in place with the
 * keys of an open-addressing {@link WordTable}. With tens of thousands of names this is most of what the
 * engine does per word.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    /** A phrase found at folded offsets {@code start} (inclusive) to {@code end} (exclusive). */
    record Match<T>(int start, int end, List<T> payload) {
    }

    /** A trie node while phrases are added. */
    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> payload;
    }

    /** A trie node as searched: children in a {@link WordTable}. */
    private static final class Frozen<T> {
        WordTable<Frozen<T>> next;
        List<T> payload;
    }

    private final Map<String, Node<T>> roots = new HashMap<>();
    /** The searchable form of {@link #roots}, made on the first search after the last {@link #add}. */
    private volatile WordTable<Frozen<T>> frozen;

    /** Adds {@code item} under {@code folded}; a phrase added twice keeps every item. */
    synchronized void add(String folded, T item) {
        List<String> words = words(folded);
        if (words.isEmpty()) {
            return;
        }
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
        frozen = null;
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

    /** A folded text cut into words once, with each word's hash, to be looked up in several indexes. */
    static final class Words {
        private final String text;
        private final int[] starts;
        private final int[] ends;
        private final int[] hashes;
        private final int count;

        private Words(String text, int[] starts, int[] ends, int[] hashes, int count) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
            this.hashes = hashes;
            this.count = count;
        }

        static Words of(String text) {
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
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                    hashes = java.util.Arrays.copyOf(hashes, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                hashes[count] = hash;
                count++;
            }
            return new Words(text, starts, ends, hashes, count);
        }

        /** Where each word starts, in order. */
        int[] starts() {
            return java.util.Arrays.copyOf(starts, count);
        }

    }

    /**
     * An open-addressing map from words to values, looked up with a word of a text in place (no substring).
     * A miss, the common case, reads only the hash array: a stored hash is never 0, and 0 marks a free slot.
     */
    private static final class WordTable<V> {
        private final String[] keys;
        private final int[] hashes;
        private final Object[] values;
        private final int mask;
        private final int shift;

        WordTable(Map<String, V> entries) {
            int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
            keys = new String[capacity];
            hashes = new int[capacity];
            values = new Object[capacity];
            mask = capacity - 1;
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
            entries.forEach((key, value) -> {
                int hash = stored(key.hashCode());
                int slot = slot(hash);
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                hashes[slot] = hash;
                values[slot] = value;
            });
        }

        @SuppressWarnings("unchecked")
        V get(Words words, int index) {
            int hash = stored(words.hashes[index]);
            int slot = slot(hash);
            int h;
            while ((h = hashes[slot]) != 0) {
                if (h == hash) {
                    String key = keys[slot];
                    int start = words.starts[index];
                    if (key.length() == words.ends[index] - start && words.text.startsWith(key, start)) {
                        return (V) values[slot];
                    }
                }
                slot = (slot + 1) & mask;
            }
            return null;
        }

        private static int stored(int hash) {
            return hash == 0 ? 1 : hash;
        }

        /**
         * Fibonacci hashing: the high bits of the hash times the golden ratio. Names that differ in a letter or
         * two have hashes close together, which would crowd neighbouring slots if taken as they are.
         */
        private int slot(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }
    }

    private WordTable<Frozen<T>> frozen() {
        WordTable<Frozen<T>> table = frozen;
        if (table == null) {
            synchronized (this) {
                table = frozen;
                if (table == null) {
                    table = freeze(roots);
                    frozen = table;
                }
            }
        }
        return table;
    }

    private static <T> WordTable<Frozen<T>> freeze(Map<String, Node<T>> nodes) {
        Map<String, Frozen<T>> out = new HashMap<>(nodes.size() * 2);
        nodes.forEach((word, node) -> {
            Frozen<T> f = new Frozen<>();
            f.payload = node.payload;
            f.next = node.next == null ? null : freeze(node.next);
            out.put(word, f);
        });
        return new WordTable<>(out);
    }

    private List<Match<T>> find(Words text, boolean all) {
        WordTable<Frozen<T>> rootTable = frozen();
        int count = text.count;
        int[] starts = text.starts;
        int[] ends = text.ends;
        List<Match<T>> matches = new ArrayList<>();
        int w = 0;
        while (w < count) {
            Frozen<T> node = rootTable.get(text, w);
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
                node = node.next.get(text, k);
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
