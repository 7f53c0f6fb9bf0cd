package dev.rumourmill.rumours;

import java.util.Arrays;

/**
 * Word shingles of a text, hashed, for spotting syndicated copies: two texts sharing most of their
 * five-word runs are the same article, whatever their headline or site furniture. A stored print keeps at
 * most {@link #KEPT} of the smallest hashes (a bottom-k sketch), so a story's prints stay small in a database;
 * similarity with a cut print compares the two sets only below the smaller cut-off.
 */
final class Shingles {

    private static final int WIDTH = 5;
    static final int KEPT = 256;
    private final long[] hashes;
    /** The largest hash kept when the print was cut; Long.MAX_VALUE when it holds every hash. */
    private final long limit;

    private Shingles(long[] hashes, long limit) {
        this.hashes = hashes;
        this.limit = limit;
    }

    static Shingles of(String text) {
        String[] words = FoldedText.fold(text).split("[^a-z0-9]+");
        int count = Math.max(0, words.length - WIDTH + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < WIDTH; k++) {
                h = 31 * h + words[i + k].hashCode();
            }
            hashes[i] = h;
        }
        return new Shingles(Arrays.stream(hashes).distinct().sorted().toArray(), Long.MAX_VALUE);
    }

    /** A compact text form: at most {@link #KEPT} hashes in base 36, a leading '~' when cut. */
    String print() {
        boolean cut = hashes.length > KEPT || limit != Long.MAX_VALUE;
        StringBuilder out = new StringBuilder(cut ? "~" : "");
        for (int i = 0; i < Math.min(hashes.length, KEPT); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Long.toString(hashes[i], 36));
        }
        return out.toString();
    }

    static Shingles fromPrint(String print) {
        boolean cut = print.startsWith("~");
        String body = cut ? print.substring(1) : print;
        long[] hashes = body.isEmpty() ? new long[0]
                : Arrays.stream(body.split(",")).mapToLong(h -> Long.parseLong(h, 36)).sorted().toArray();
        return new Shingles(hashes, cut && hashes.length > 0 ? hashes[hashes.length - 1] : Long.MAX_VALUE);
    }

    /** Jaccard similarity of the two shingle sets (below the smaller cut-off of a cut print), 0..1. */
    double similarity(Shingles other) {
        long below = Math.min(limit, other.limit);
        int i = 0;
        int j = 0;
        int common = 0;
        int mine = 0;
        int theirs = 0;
        while (i < hashes.length && hashes[i] <= below) {
            mine++;
            i++;
        }
        while (j < other.hashes.length && other.hashes[j] <= below) {
            theirs++;
            j++;
        }
        if (mine == 0 || theirs == 0) {
            return 0;
        }
        i = 0;
        j = 0;
        while (i < mine && j < theirs) {
            if (hashes[i] == other.hashes[j]) {
                common++;
                i++;
                j++;
            } else if (hashes[i] < other.hashes[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (mine + theirs - common);
    }
}
