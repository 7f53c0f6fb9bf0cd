package dev.rumourmill.rumours;

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

    /** Levenshtein distance, or {@code limit + 1} once it is certain to exceed {@code limit}. */
    private static int distance(String x, String y, int limit) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= y.length(); j++) {
                int substitute = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
