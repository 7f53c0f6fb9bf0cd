package dev.rumourmill.rumours;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * A text folded to lower-case ASCII (Konaté → konate, Ødegaard → odegaard, Højlund → hojlund, ß → ss) with
 * a map back to the original offsets, so a match found in the folded text can be shown as written.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    /** Original offset of each folded character, or null when they are the same (no letter expanded). */
    private final int[] originalIndex;

    private FoldedText(String original, String folded, int[] originalIndex) {
        this.original = original;
        this.folded = folded;
        this.originalIndex = originalIndex;
    }

    public static FoldedText of(String original) {
        int length = original.length();
        // Plain arrays: this runs over every article, and per-character StringBuilder calls were a visible
        // share of its cost. Most texts fold one character to one (é → e, £ → space), so offsets are the
        // same in both and no offset map is kept until a letter expands (ß → ss).
        char[] out = new char[length + 16];
        int[] index = null;
        int size = 0;
        char[] in = new char[1];
        char[] buffer = new char[8];
        char[] chars = original.toCharArray();
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 128) {
                if (index != null) {
                    index[size] = i;
                }
                out[size++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                continue;
            }
            in[0] = c;
            int n = ASCIIFoldingFilter.foldToASCII(in, 0, buffer, 0, 1);
            if (n != 1 && index == null) {
                index = new int[out.length + 1];
                for (int k = 0; k < size; k++) {
                    index[k] = k;
                }
            }
            if (size + n + 1 > out.length - (length - i)) {
                int grown = Math.max(out.length * 2, size + n + (length - i) + 16);
                out = java.util.Arrays.copyOf(out, grown);
                if (index != null) {
                    index = java.util.Arrays.copyOf(index, grown + 1);
                }
            }
            for (int k = 0; k < n; k++) {
                if (index != null) {
                    index[size] = i;
                }
                char f = Character.toLowerCase(buffer[k]);
                // Symbols left over ("£", "€", "—") are not words: a space keeps the folded text in one byte per
                // character, which makes every lookup in it cheaper. Amounts are read from the original text.
                out[size++] = f < 128 || Character.isLetterOrDigit(f) ? f : ' ';
            }
        }
        if (index != null) {
            index[size] = length;
        }
        return new FoldedText(original, new String(out, 0, size), index);
    }

    /** Folds a name or phrase for lookups: accents and case ignored, spaces collapsed. */
    public static String fold(String text) {
        if (alreadyFolded(text)) {
            return text;
        }
        return collapseSpaces(of(text).folded);
    }

    /** Lower-case ASCII with single inner spaces: folding would return it unchanged. */
    private static boolean alreadyFolded(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
            if (c <= ' ' && (c != ' ' || i == 0 || i == length - 1 || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Runs of white space become one space; leading and trailing space goes. */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The offset in the original text of the folded character at {@code foldedOffset}. */
    public int originalOffset(int foldedOffset) {
        return originalIndex == null ? foldedOffset : originalIndex[foldedOffset];
    }

    /** The first folded offset whose original offset is at or after {@code originalOffset}. */
    public int foldedOffset(int originalOffset) {
        if (originalIndex == null) {
            return Math.max(0, Math.min(originalOffset, folded.length()));
        }
        int low = 0;
        int high = folded.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (originalIndex[mid] < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The original offset just after the folded range ending (exclusive) at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        if (originalIndex == null) {
            return foldedEnd;
        }
        return foldedEnd == 0 ? 0 : originalIndex[foldedEnd - 1] + 1;
    }
}
