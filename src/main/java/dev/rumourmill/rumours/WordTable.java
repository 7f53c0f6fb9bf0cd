package dev.rumourmill.rumours;

import java.util.Map;

/**
 * An open-addressing map from words to values, looked up with a word of a text in place (no substring).
 * A miss, the common case, reads only the hash array: a stored hash is never 0, and 0 marks a free slot.
 */
final class WordTable<V> {
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
    V get(FoldedWords words, int index) {
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
