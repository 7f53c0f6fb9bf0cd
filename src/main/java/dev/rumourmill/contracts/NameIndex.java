package dev.rumourmill.contracts;

import org.apache.commons.text.similarity.LevenshteinDistance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sorted array of folded name keys for fast prefix search: every name of an entry (its own name and
 * the names it is known by) is indexed from each word on, so "van dijk", "dijk" and "virgil van dijk"
 * all find Virgil van Dijk by prefix. Immutable and safe to share between threads.
 */
final class NameIndex {

    /** How a key matched, best first. */
    enum Quality { EXACT_NAME, EXACT_WORD, NAME_PREFIX, WORD_PREFIX }

    record Hit(int entry, Quality quality) {
    }

    /** Bounds the work for one-letter prefixes on 50,000 players; ranking happens within the first matches. */
    private static final int MAX_SCANNED = 4_000;

    private final String[] keys;
    private final int[] entries;
    private final boolean[] wholeName;
    private final String[] primary;

    /** @param names per entry: its main name first, then the names it is known by */
    NameIndex(List<List<String>> names) {
        List<Object[]> rows = new ArrayList<>();
        primary = new String[names.size()];
        for (int entry = 0; entry < names.size(); entry++) {
            primary[entry] = NameFolding.fold(names.get(entry).get(0));
            for (String name : names.get(entry)) {
                String folded = NameFolding.fold(name);
                if (folded.isEmpty()) {
                    continue;
                }
                rows.add(new Object[] {folded, entry, true});
                for (int i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
                    rows.add(new Object[] {folded.substring(i + 1), entry, false});
                }
            }
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[0]));
        keys = new String[rows.size()];
        entries = new int[rows.size()];
        wholeName = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            keys[i] = (String) rows.get(i)[0];
            entries[i] = (int) rows.get(i)[1];
            wholeName[i] = (boolean) rows.get(i)[2];
        }
    }

    int size() {
        return primary.length;
    }

    /** Entries having a name or word starting with {@code foldedQuery}, each with its best match, best first. */
    List<Hit> search(String foldedQuery, int limit) {
        if (foldedQuery.isEmpty()) {
            return List.of();
        }
        Map<Integer, Quality> best = new HashMap<>();
        int from = lowerBound(foldedQuery);
        // Keys equal to the query sort first, so every exact match is seen before the scan may stop early.
        int enough = Math.max(limit * 4, 100);
        for (int i = from; i < keys.length && i - from < MAX_SCANNED && keys[i].startsWith(foldedQuery); i++) {
            boolean exact = keys[i].length() == foldedQuery.length();
            if (!exact && best.size() >= enough) {
                break;
            }
            Quality quality = exact ? (wholeName[i] ? Quality.EXACT_NAME : Quality.EXACT_WORD)
                    : (wholeName[i] ? Quality.NAME_PREFIX : Quality.WORD_PREFIX);
            best.merge(entries[i], quality, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return best.entrySet().stream()
                .map(e -> new Hit(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Hit::quality)
                        .thenComparingInt(h -> primary[h.entry()].length())
                        .thenComparing(h -> primary[h.entry()]))
                .limit(limit)
                .toList();
    }

    /** Entries whose words are within two typos of the query's words: suggestions for an unknown name. */
    List<Integer> similar(String foldedQuery, int limit) {
        if (foldedQuery.isEmpty()) {
            return List.of();
        }
        int allowed = foldedQuery.length() <= 4 ? 1 : 2;
        Map<Integer, Integer> distance = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            if (Math.abs(key.length() - foldedQuery.length()) > allowed) {
                continue;
            }
            int d = boundedDistance(foldedQuery, key, allowed);
            if (d <= allowed) {
                distance.merge(entries[i], d, Math::min);
            }
        }
        return distance.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> primary[e.getKey()]))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private int lowerBound(String query) {
        int index = Arrays.binarySearch(keys, query);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && keys[index - 1].equals(query)) {
            index--;
        }
        return index;
    }

    /** Levenshtein distance, or {@code max + 1} when it exceeds {@code max} (commons-text gives up early). */
    static int boundedDistance(String a, String b, int max) {
        int distance = new LevenshteinDistance(max).apply(a, b);
        return distance < 0 ? max + 1 : distance;
    }
}
