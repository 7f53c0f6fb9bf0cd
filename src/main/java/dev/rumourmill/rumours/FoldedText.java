package dev.rumourmill.rumours;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * A text folded to lower-case ASCII (Konaté → konate, Ødegaard → odegaard, Højlund → hojlund, ß → ss) with
 * a map back to the original offsets, so a match found in the folded text can be shown as written.
 */
public final class FoldedText {

    private final String original;
    private final String folded;
    private final int[] originalIndex;

    private FoldedText(String original, String folded, int[] originalIndex) {
        this.original = original;
        this.folded = folded;
        this.originalIndex = originalIndex;
    }

    public static FoldedText of(String original) {
        int length = original.length();
        StringBuilder out = new StringBuilder(length + 16);
        int[] index = new int[length + 16];
        char[] in = new char[1];
        char[] buffer = new char[8];
        for (int i = 0; i < length; i++) {
            char c = original.charAt(i);
            if (c < 128) {
                index = ensure(index, out.length() + 1);
                index[out.length()] = i;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            in[0] = c;
            int n = ASCIIFoldingFilter.foldToASCII(in, 0, buffer, 0, 1);
            index = ensure(index, out.length() + n);
            for (int k = 0; k < n; k++) {
                index[out.length()] = i;
                char f = Character.toLowerCase(buffer[k]);
                // Symbols left over ("£", "€", "—") are not words: a space keeps the folded text in one byte per
                // character, which makes every lookup in it cheaper. Amounts are read from the original text.
                out.append(f < 128 || Character.isLetterOrDigit(f) ? f : ' ');
            }
        }
        index = ensure(index, out.length() + 1);
        index[out.length()] = length;
        return new FoldedText(original, out.toString(), index);
    }

    /** Folds a name or phrase for lookups: accents and case ignored, spaces collapsed. */
    public static String fold(String text) {
        return collapseSpaces(of(text).folded);
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

    private static int[] ensure(int[] index, int size) {
        return size < index.length ? index : java.util.Arrays.copyOf(index, Math.max(size + 16, index.length * 2));
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The offset in the original text of the folded character at {@code foldedOffset}. */
    public int originalOffset(int foldedOffset) {
        return originalIndex[foldedOffset];
    }

    /** The first folded offset whose original offset is at or after {@code originalOffset}. */
    public int foldedOffset(int originalOffset) {
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
        return foldedEnd == 0 ? 0 : originalIndex[foldedEnd - 1] + 1;
    }
}
