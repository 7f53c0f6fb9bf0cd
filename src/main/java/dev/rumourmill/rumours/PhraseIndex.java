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
 * <p>Lookups cost no allocation: the text is cut into words once ({@link FoldedWords}), each word's hash is
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
        return find(FoldedWords.of(text), false);
    }

    List<Match<T>> longest(FoldedWords words) {
        return find(words, false);
    }

    /** Every match, overlaps included: "fee agreed" and "agreed" are both reported. */
    List<Match<T>> all(String text) {
        return find(FoldedWords.of(text), true);
    }

    List<Match<T>> all(FoldedWords words) {
        return find(words, true);
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

    private List<Match<T>> find(FoldedWords text, boolean all) {
        WordTable<Frozen<T>> rootTable = frozen();
        int count = text.count();
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

    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && !FoldedWords.isWordChar(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < folded.length() && FoldedWords.isWordChar(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(folded.substring(start, i));
            }
        }
        return words;
    }
}
