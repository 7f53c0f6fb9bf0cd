package dev.rumourmill.rumours;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two written names are one name spelt two ways: "Andrei" and "Andrey", "Mohamed" and "Mohammed",
 * "Fernandes" and "Fernandez"; for first names also a short form ("Alex" for "Alexander"). "Kyle" is not
 * "Kylian", nor "Salahdine" "Salah": sharing the first letters is not enough.
 */
final class Spelling {

    /** The fewest letters a short form must keep to stand for the long one. */
    private static final int SHORT_FORM = 3;
    /** Shorter names are too alike to allow any edit ("Ian", "Ivan"). */
    private static final int SPELT_TWO_WAYS = 4;
    /** Names at least this long may differ by two edits ("Aleksandar", "Aleksander"), shorter ones by one. */
    private static final int LONG_NAME = 7;

    private Spelling() {
    }

    /** Whether {@code a} and {@code b} are one first name: spellings of it, or a short form of the other. */
    static boolean sameFirstName(String a, String b) {
        String x = FoldedText.fold(a);
        String y = FoldedText.fold(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= SHORT_FORM && longer.startsWith(shorter) || sameName(x, y);
    }

    /** Whether {@code a} and {@code b} (written or folded, any case) are spellings of one name. */
    static boolean sameName(String a, String b) {
        String x = FoldedText.fold(a);
        String y = FoldedText.fold(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter >= LONG_NAME ? 2 : 1;
        return shorter >= SPELT_TWO_WAYS && Math.abs(x.length() - y.length()) <= allowed
                && distance(x, y, allowed) <= allowed;
    }

    /** Levenshtein distance, or {@code limit + 1} when it exceeds {@code limit} (commons-text gives up early). */
    private static int distance(String x, String y, int limit) {
        int distance = new LevenshteinDistance(limit).apply(x, y);
        return distance < 0 ? limit + 1 : distance;
    }
}
