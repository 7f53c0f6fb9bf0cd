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
        for (int at = 0; at < text.length(); at++) {
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
