package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;

/** Finds scraped lists of links in an article's text; see {@link #find}. */
final class LinkLists {

    private LinkLists() {
    }

    /**
     * Ranges of scraped link lists ("- Arsenal keen on X - Arsenal plot move for Y - ..."): three or more
     * dash- or bullet-led items, each short. Their names and cue words belong to other stories.
     */
    static List<int[]> find(String text) {
        List<int[]> ranges = new ArrayList<>();
        int first = -1;
        int last = -1;
        int count = 0;
        for (int at : markers(text)) {
            if (!isLinkItem(text, at)) {
                continue;
            }
            if (first >= 0 && at - last <= MAX_ITEM) {
                last = at;
                count++;
                continue;
            }
            if (count >= 3) {
                ranges.add(new int[] {first, Math.min(text.length(), last + (last - first) / (count - 1))});
            }
            first = at;
            last = at;
            count = 1;
        }
        if (count >= 3) {
            ranges.add(new int[] {first, Math.min(text.length(), last + (last - first) / (count - 1))});
        }
        return ranges;
    }

    private static final char[] MARKERS = {'-', '•', '|', '»'};

    /** Where the text has a dash or bullet, in order: found with indexOf, much faster than testing each character. */
    private static int[] markers(String text) {
        int[] at = new int[16];
        int count = 0;
        for (char marker : MARKERS) {
            for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
                if (count == at.length) {
                    at = java.util.Arrays.copyOf(at, count * 2);
                }
                at[count++] = i;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(at, count);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /** A dash or bullet, at the start or after a space, then a space and a capital: "- Arsenal keen ...". */
    private static boolean isLinkItem(String text, int at) {
        char c = text.charAt(at);
        if (c != '-' && c != '•' && c != '|' && c != '»') {
            return false;
        }
        if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        int next = at + 1;
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    private static final int MAX_ITEM = 110;
}
